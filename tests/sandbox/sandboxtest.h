// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the sandbox tests. They speak plain HTTP through QNetworkAccessManager and
// decode/verify tokens with OpenSSL directly, never through the sandbox's own code, so a test
// sees exactly what a client on the wire would see.

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>
#include <QUrlQuery>

namespace PCAuth::SandboxTest {

using namespace Qt::StringLiterals;
using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QByteArray body;
    Headers headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    // The first AADSTS number of an Entra error body, or 0.
    int aadsts() const { return json().value("error_codes"_L1).toArray().at(0).toInt(); }
    QUrl location() const { return QUrl::fromEncoded(header("Location"_ba)); }
};

class Client
{
public:
    explicit Client(const QUrl &base)
        : m_base(base)
    { }

    QUrl url(const QString &path) const
    {
        return path.startsWith("http"_L1) ? QUrl(path) : QUrl(m_base.toString() + path);
    }

    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const Headers &headers = {},
               const QByteArray &contentType = "application/x-www-form-urlencoded"_ba)
    {
        QNetworkRequest req(url);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
        req.setTransferTimeout(15000);
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        for (const auto &h : headers)
            req.setRawHeader(h.first, h.second);
        QNetworkReply *r = m_nam.sendCustomRequest(req, method, body);
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!r->isFinished())
            loop.exec();
        Reply out;
        out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = r->readAll();
        out.error = r->error();
        for (const auto &p : r->rawHeaderPairs())
            out.headers.append({p.first, p.second});
        r->deleteLater();
        return out;
    }
    Reply get(const QString &path, const Headers &headers = {})
    {
        return send("GET"_ba, url(path), {}, headers);
    }
    Reply post(const QString &path, const QByteArray &body, const Headers &headers = {})
    {
        return send("POST"_ba, url(path), body, headers);
    }
    Reply postJson(const QString &path, const QJsonObject &o)
    {
        return send("POST"_ba, url(path), QJsonDocument(o).toJson(QJsonDocument::Compact), {},
                    "application/json"_ba);
    }

    QNetworkAccessManager &nam() { return m_nam; }

private:
    QUrl m_base;
    QNetworkAccessManager m_nam;
};

inline QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(f.second);
    }
    return out;
}

inline QByteArray b64url(const QByteArray &d)
{
    return d.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QJsonObject jwtPart(const QByteArray &jwt, int index)
{
    const QByteArray part = jwt.split('.').value(index);
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding))
        .object();
}
inline QJsonObject jwtHeader(const QByteArray &jwt)
{
    return jwtPart(jwt, 0);
}
inline QJsonObject jwtClaims(const QByteArray &jwt)
{
    return jwtPart(jwt, 1);
}

struct Pkce
{
    QByteArray verifier;
    QByteArray challenge;
    static Pkce make()
    {
        QByteArray raw(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), 8);
        Pkce p;
        p.verifier = b64url(raw);
        p.challenge = b64url(QCryptographicHash::hash(p.verifier, QCryptographicHash::Sha256));
        return p;
    }
};

// Verifies an RS256 JWT against the n/e of the matching key in a JWKS document.
inline bool verifyWithJwks(const QByteArray &jwt, const QJsonObject &jwks)
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3)
        return false;
    const QString kid = jwtHeader(jwt).value("kid"_L1).toString();
    QJsonObject key;
    for (const auto &k : jwks.value("keys"_L1).toArray()) {
        if (k.toObject().value("kid"_L1).toString() == kid)
            key = k.toObject();
    }
    if (key.isEmpty())
        return false;
    const auto decode = [](const QJsonValue &v) {
        return QByteArray::fromBase64(v.toString().toLatin1(), QByteArray::Base64UrlEncoding);
    };
    const QByteArray n = decode(key.value("n"_L1)), e = decode(key.value("e"_L1));
    BIGNUM *bn =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(n.data()), int(n.size()), nullptr);
    BIGNUM *be =
        BN_bin2bn(reinterpret_cast<const unsigned char *>(e.data()), int(e.size()), nullptr);
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn);
    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be);
    OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
    EVP_PKEY_CTX *pctx = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY *pkey = nullptr;
    EVP_PKEY_fromdata_init(pctx);
    EVP_PKEY_fromdata(pctx, &pkey, EVP_PKEY_PUBLIC_KEY, params);
    const QByteArray input = parts.at(0) + '.' + parts.at(1);
    const QByteArray sig = QByteArray::fromBase64(parts.at(2), QByteArray::Base64UrlEncoding);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    const bool ok = pkey && EVP_DigestVerifyInit(md, nullptr, EVP_sha256(), nullptr, pkey) == 1
                    && EVP_DigestVerify(md, reinterpret_cast<const unsigned char *>(sig.data()),
                                        size_t(sig.size()),
                                        reinterpret_cast<const unsigned char *>(input.data()),
                                        size_t(input.size()))
                           == 1;
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pkey);
    EVP_PKEY_CTX_free(pctx);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(bld);
    BN_free(bn);
    BN_free(be);
    return ok;
}

// A client assertion as a confidential client builds it: RS256 with the certificate's key,
// x5t = base64url SHA-1 of the DER certificate (or x5t#S256, SHA-256).
inline QByteArray clientAssertion(const QByteArray &certPem, const QByteArray &keyPem,
                                  const QString &clientId, const QString &audience,
                                  qint64 expiresIn = 300, bool corruptSignature = false,
                                  bool sha256Thumbprint = false)
{
    const QSslCertificate cert(certPem, QSsl::Pem);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject header{{"alg"_L1, u"RS256"_s}, {"typ"_L1, u"JWT"_s}};
    if (sha256Thumbprint)
        header.insert("x5t#S256"_L1,
                      QString::fromLatin1(b64url(cert.digest(QCryptographicHash::Sha256))));
    else
        header.insert("x5t"_L1, QString::fromLatin1(b64url(cert.digest(QCryptographicHash::Sha1))));
    const QJsonObject claims{{"aud"_L1, audience},
                             {"iss"_L1, clientId},
                             {"sub"_L1, clientId},
                             {"jti"_L1, QString::number(QRandomGenerator::global()->generate64())},
                             {"nbf"_L1, now},
                             {"iat"_L1, now},
                             {"exp"_L1, now + expiresIn}};
    const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    BIO *bio = BIO_new_mem_buf(keyPem.constData(), int(keyPem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_MD_CTX *md = EVP_MD_CTX_new();
    size_t len = 0;
    EVP_DigestSignInit(md, nullptr, EVP_sha256(), nullptr, pkey);
    EVP_DigestSign(md, nullptr, &len, reinterpret_cast<const unsigned char *>(input.data()),
                   size_t(input.size()));
    QByteArray sig(qsizetype(len), Qt::Uninitialized);
    EVP_DigestSign(md, reinterpret_cast<unsigned char *>(sig.data()), &len,
                   reinterpret_cast<const unsigned char *>(input.data()), size_t(input.size()));
    EVP_MD_CTX_free(md);
    EVP_PKEY_free(pkey);
    if (corruptSignature)
        sig[10] = char(sig[10] ^ 0x55);
    return input + '.' + b64url(sig);
}

inline QString htmlMatch(const QByteArray &html, const QString &pattern)
{
    const QRegularExpression re(pattern);
    return re.match(QString::fromUtf8(html)).captured(1);
}
inline QString pageOf(const Reply &r)
{
    return htmlMatch(r.body, u"data-page=\"(\\w+)\""_s);
}
inline QString inputValue(const Reply &r, const QString &id)
{
    return htmlMatch(r.body, u"<input[^>]*id=\"%1\"[^>]*value=\"([^\"]*)\""_s.arg(id))
        .replace("&amp;"_L1, "&"_L1)
        .replace("&quot;"_L1, "\""_L1);
}
inline int pageErrorCode(const Reply &r)
{
    return htmlMatch(r.body, u"id=\"error\"[^>]*data-code=\"(\\d+)\""_s).toInt();
}

// One interactive sign-in, walked through the HTML forms by POSTing their fields.
struct SignIn
{
    QString tenant = u"organizations"_s;
    int version = 2;
    QString clientId;
    QString redirectUri = u"http://localhost:53123/"_s;
    QString scope = u"https://api.partnercenter.microsoft.com/user_impersonation offline_access "
                    "openid profile"_s;
    QString resource = u"https://api.partnercenter.microsoft.com"_s;
    /// v1 only: OpenID Connect asks for the id_token (and its nonce) with scope=openid.
    QString v1Scope = u"openid"_s;
    QString login;
    QString password;
    QString otc;
    QString consent = u"accept"_s;
    QString state = u"state-123"_s;
    QString nonce = u"nonce-456"_s;
    bool pkce = true;
    QList<QPair<QString, QString>> extra; // prompt, login_hint, amr_values, ...
};

struct SignInResult
{
    QStringList pages; // pages seen, in order
    Reply last;
    int pageError = 0; // data-code of the last page's error block
    QUrlQuery redirect; // query of the final 302
    QUrl location;
    Pkce pkce;
};

inline QUrl authorizeUrl(Client &c, const SignIn &s, const Pkce &pkce)
{
    QUrl u =
        c.url(u"/%1/oauth2/%2authorize"_s.arg(s.tenant, s.version == 2 ? u"v2.0/"_s : QString()));
    QUrlQuery q;
    const auto add = [&q](const QString &k, const QString &v) {
        q.addQueryItem(k, QString::fromLatin1(QUrl::toPercentEncoding(v)));
    };
    add(u"client_id"_s, s.clientId);
    add(u"response_type"_s, u"code"_s);
    add(u"redirect_uri"_s, s.redirectUri);
    add(u"state"_s, s.state);
    add(u"nonce"_s, s.nonce);
    if (s.version == 2)
        add(u"scope"_s, s.scope);
    else
        add(u"resource"_s, s.resource);
    if (s.version == 1 && !s.v1Scope.isEmpty())
        add(u"scope"_s, s.v1Scope);
    if (s.pkce) {
        add(u"code_challenge"_s, QString::fromLatin1(pkce.challenge));
        add(u"code_challenge_method"_s, u"S256"_s);
    }
    for (const auto &e : s.extra)
        add(e.first, e.second);
    u.setQuery(q);
    return u;
}

inline SignInResult signIn(Client &c, const SignIn &s)
{
    SignInResult out;
    out.pkce = Pkce::make();
    Reply r = c.send("GET"_ba, authorizeUrl(c, s, out.pkce));
    for (int step = 0; step < 6 && r.status == 200; ++step) {
        const QString page = pageOf(r);
        out.pages.append(page);
        out.pageError = pageErrorCode(r);
        if (page == "error"_L1 || (step > 0 && out.pageError != 0))
            break;
        const QString action = htmlMatch(r.body, u"<form[^>]*action=\"([^\"]+)\""_s);
        QList<QPair<QString, QString>> fields{{u"flowToken"_s, inputValue(r, u"flowToken"_s)}};
        if (page == "login"_L1)
            fields << qMakePair(u"login"_s, s.login) << qMakePair(u"passwd"_s, s.password);
        else if (page == "mfa"_L1)
            fields << qMakePair(u"otc"_s, s.otc);
        else if (page == "consent"_L1)
            fields << qMakePair(u"consent"_s, s.consent);
        r = c.post(action, form(fields));
    }
    out.last = r;
    if (r.status == 302) {
        out.location = r.location();
        out.redirect = QUrlQuery(out.location);
    }
    return out;
}

inline QString queryValue(const QUrlQuery &q, const QString &key)
{
    return q.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace PCAuth::SandboxTest
