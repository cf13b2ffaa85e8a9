// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "oauth/authorizationrequest.h"
#include "oauth/discovery.h"
#include "oauth/pkce.h"
#include "oauth/redirect.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace PCAuth;
using namespace Qt::StringLiterals;

namespace {

using Items = QList<std::pair<QString, QString>>;

const QString kTenant = u"contoso.onmicrosoft.com"_s;
const QString kClient = u"11111111-2222-3333-4444-555555555555"_s;

/// How a server reads a query (form decoding: '+' is a space). Independent of the code
/// under test, which never produces a '+'.
Items serverDecode(const QString &encodedQuery)
{
    Items items;
    const QList<QByteArray> pairs = encodedQuery.toLatin1().split('&');
    for (QByteArray pair : pairs) {
        pair.replace('+', ' ');
        const qsizetype eq = pair.indexOf('=');
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)))});
    }
    return items;
}

AuthorizationRequest fixedRequest(const Cloud &cloud, Protocol protocol)
{
    AuthorizationRequest r = AuthorizationRequest::forPartnerConsent(
        cloud, kTenant, kClient, QUrl(u"http://localhost/"_s), protocol);
    r.state = "state-123"_ba;
    r.nonce = "nonce-456"_ba;
    r.pkce.verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_ba;
    r.pkce.challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_ba;
    return r;
}

QByteArray discoveryDoc(const QString &authorize, const QString &token, const QString &jwks)
{
    return u"{\"issuer\":\"https://login.microsoftonline.com/{tenantid}/v2.0\","
           "\"authorization_endpoint\":\"%1\",\"token_endpoint\":\"%2\",\"jwks_uri\":\"%3\","
           "\"response_modes_supported\":[\"query\",\"fragment\",\"form_post\"]}"_s
               .arg(authorize, token, jwks)
               .toUtf8();
}

} // namespace

class tst_AuthRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pkceMatchesRfc7636Vector();
    void pkceIsFreshAndWellFormed();
    void randomTokenLength_data();
    void randomTokenLength();
    void urlPerCloudAndProtocol_data();
    void urlPerCloudAndProtocol();
    void urlIsFullyPercentEncoded();
    void optionalItemsLeftOut();
    void v1NonceGoesWithOpenIdScope();
    void freshSecretsPerRequest();
    void invalidRequestsNameTheField_data();
    void invalidRequestsNameTheField();
    void isRedirectTo_data();
    void isRedirectTo();
    void parseAnswers_data();
    void parseAnswers();
    void parseRefusals_data();
    void parseRefusals();
    void redirectMessagesNeverContainTheCode();
    void discovery_data();
    void discovery();
};

void tst_AuthRequest::pkceMatchesRfc7636Vector()
{
    QCOMPARE(Pkce::challengeFor("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"_ba),
             "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_ba);
}

void tst_AuthRequest::pkceIsFreshAndWellFormed()
{
    static const QRegularExpression base64url(u"^[A-Za-z0-9_-]{43}$"_s);
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QVERIFY2(base64url.match(QString::fromLatin1(a.verifier)).hasMatch(), a.verifier.constData());
    QVERIFY2(base64url.match(QString::fromLatin1(a.challenge)).hasMatch(), a.challenge.constData());
    QCOMPARE(a.challenge, Pkce::challengeFor(a.verifier));
    QVERIFY(a.verifier != b.verifier);
    QVERIFY(a.challenge != b.challenge);
}

void tst_AuthRequest::randomTokenLength_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("length");
    QTest::addRow("32 bytes (default)") << 32 << 43;
    QTest::addRow("16 bytes") << 16 << 22;
    QTest::addRow("48 bytes") << 48 << 64;
    QTest::addRow("8 raised to 16") << 8 << 22;
    QTest::addRow("0 raised to 16") << 0 << 22;
}

void tst_AuthRequest::randomTokenLength()
{
    QFETCH(int, bytes);
    QFETCH(int, length);
    const QByteArray token = randomToken(bytes);
    QCOMPARE(token.size(), length);
    QVERIFY(!token.contains('=') && !token.contains('+') && !token.contains('/'));
    QCOMPARE(QByteArray::fromBase64(token, QByteArray::Base64UrlEncoding).size(),
             std::max(bytes, 16));
    QVERIFY(randomToken(bytes) != token);
}

void tst_AuthRequest::urlPerCloudAndProtocol_data()
{
    QTest::addColumn<QString>("cloudId");
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("path");
    QTest::addColumn<Items>("items");

    const struct
    {
        const char *id;
        QString authority;
        QString pc;
    } clouds[] = {
        {"global", u"https://login.microsoftonline.com"_s,
         u"https://api.partnercenter.microsoft.com"_s},
        {"china", u"https://login.chinacloudapi.cn"_s,
         u"https://partner.partnercenterapi.microsoftonline.cn"_s},
        {"usgov", u"https://login.microsoftonline.us"_s,
         u"https://api.partnercenter.microsoft.com"_s},
        {"germany", u"https://login.microsoftonline.de"_s,
         u"https://api.partnercenter.microsoft.com"_s},
    };
    const Items head{{u"client_id"_s, kClient},
                     {u"response_type"_s, u"code"_s},
                     {u"redirect_uri"_s, u"http://localhost/"_s},
                     {u"response_mode"_s, u"query"_s}};
    const Items tail{{u"state"_s, u"state-123"_s},
                     {u"nonce"_s, u"nonce-456"_s},
                     {u"code_challenge"_s, u"E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"_s},
                     {u"code_challenge_method"_s, u"S256"_s},
                     {u"prompt"_s, u"login"_s},
                     {u"amr_values"_s, u"mfa"_s}};
    for (const auto &c : clouds) {
        QTest::addRow("%s v1", c.id)
            << QString::fromLatin1(c.id) << Protocol::V1 << c.authority
            << u"/contoso.onmicrosoft.com/oauth2/authorize"_s
            << (head + Items{{u"resource"_s, c.pc}, {u"scope"_s, u"openid"_s}} + tail);
        QTest::addRow("%s v2", c.id)
            << QString::fromLatin1(c.id) << Protocol::V2 << c.authority
            << u"/contoso.onmicrosoft.com/oauth2/v2.0/authorize"_s
            << (head
                + Items{{u"scope"_s, c.pc + u"/user_impersonation offline_access openid profile"_s}}
                + tail);
    }
}

void tst_AuthRequest::urlPerCloudAndProtocol()
{
    QFETCH(QString, cloudId);
    QFETCH(Protocol, protocol);
    QFETCH(QString, authority);
    QFETCH(QString, path);
    QFETCH(Items, items);
    const auto cloud = Cloud::builtIn(cloudId);
    QVERIFY(cloud.has_value());
    const QUrl url = fixedRequest(*cloud, protocol).url();
    QCOMPARE(url.scheme() + u"://"_s + url.host(), authority);
    QCOMPARE(url.path(), path);
    QCOMPARE(serverDecode(url.query(QUrl::FullyEncoded)), items);
}

void tst_AuthRequest::urlIsFullyPercentEncoded()
{
    AuthorizationRequest r = fixedRequest(Cloud(), Protocol::V2);
    r.loginHint = u"jürgen+csp@contoso.de"_s;
    r.redirectUri = QUrl(u"http://127.0.0.1:8400/cb"_s);
    r.scopes =
        QStringList{u"https://api.partnercenter.microsoft.com/user_impersonation"_s, u"a&b=c#d"_s};
    const QUrl url = r.url();
    QCOMPARE(url.toString(QUrl::FullyEncoded),
             u"https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize"
             "?client_id=11111111-2222-3333-4444-555555555555&response_type=code"
             "&redirect_uri=http%3A%2F%2F127.0.0.1%3A8400%2Fcb&response_mode=query"
             "&scope=https%3A%2F%2Fapi.partnercenter.microsoft.com%2Fuser_impersonation"
             "%20a%26b%3Dc%23d&state=state-123&nonce=nonce-456"
             "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
             "&code_challenge_method=S256&prompt=login&amr_values=mfa"
             "&login_hint=j%C3%BCrgen%2Bcsp%40contoso.de"_s);
    // What a server decodes is what was set: '+' is not read as a space.
    const Items decoded = serverDecode(url.query(QUrl::FullyEncoded));
    QCOMPARE(decoded.last(), std::make_pair(u"login_hint"_s, u"jürgen+csp@contoso.de"_s));
    QCOMPARE(decoded.at(4).second,
             u"https://api.partnercenter.microsoft.com/user_impersonation a&b=c#d"_s);
}

void tst_AuthRequest::optionalItemsLeftOut()
{
    AuthorizationRequest r = fixedRequest(Cloud(), Protocol::V1);
    r.requireMfa = false;
    r.loginHint = u"  "_s;
    const QUrlQuery query(r.url());
    QVERIFY(!query.hasQueryItem(u"amr_values"_s));
    QVERIFY(!query.hasQueryItem(u"login_hint"_s));
    QCOMPARE(query.queryItemValue(u"prompt"_s), u"login"_s);
}

void tst_AuthRequest::v1NonceGoesWithOpenIdScope()
{
    // OpenID Connect: a nonce belongs to an id_token, which only scope=openid asks for; a strict
    // provider refuses a nonce without it. v1 names the audience with resource, not scope.
    for (const bool mfa : {true, false}) {
        AuthorizationRequest r = fixedRequest(Cloud(), Protocol::V1);
        r.requireMfa = mfa;
        const QUrlQuery query(r.url());
        QCOMPARE(query.queryItemValue(u"nonce"_s), u"nonce-456"_s);
        QCOMPARE(query.queryItemValue(u"scope"_s), u"openid"_s);
        QCOMPARE(query.queryItemValue(u"resource"_s, QUrl::FullyDecoded),
                 u"https://api.partnercenter.microsoft.com"_s);
    }
}

void tst_AuthRequest::freshSecretsPerRequest()
{
    const auto make = [] {
        return AuthorizationRequest::forPartnerConsent(Cloud(), kTenant, kClient,
                                                       QUrl(u"http://localhost/"_s), Protocol::V2,
                                                       u"admin@contoso.com"_s);
    };
    const AuthorizationRequest a = make();
    const AuthorizationRequest b = make();
    QVERIFY(a.state != b.state);
    QVERIFY(a.nonce != b.nonce);
    QVERIFY(a.state != a.nonce);
    QVERIFY(a.pkce.verifier != b.pkce.verifier);
    QCOMPARE(a.state.size(), 43);
    QCOMPARE(a.nonce.size(), 43);
    const QUrlQuery query(a.url());
    QCOMPARE(query.queryItemValue(u"state"_s).toLatin1(), a.state);
    QCOMPARE(query.queryItemValue(u"nonce"_s).toLatin1(), a.nonce);
    QCOMPARE(query.queryItemValue(u"code_challenge"_s).toLatin1(),
             Pkce::challengeFor(a.pkce.verifier));
    QCOMPARE(query.queryItemValue(u"login_hint"_s, QUrl::FullyDecoded), u"admin@contoso.com"_s);
    QVERIFY2(!a.url().toString().contains(QString::fromLatin1(a.pkce.verifier)),
             "the verifier must never be in the URL");
}

void tst_AuthRequest::invalidRequestsNameTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::addRow("tenant with a space") << u"tenantSpace"_s << u"tenant must not contain spaces"_s;
    QTest::addRow("tenant empty") << u"tenantEmpty"_s << u"tenant"_s;
    QTest::addRow("client id") << u"clientId"_s << u"client) id is empty"_s;
    QTest::addRow("relative redirect") << u"redirect"_s << u"redirect URI"_s;
    QTest::addRow("redirect with fragment") << u"fragment"_s << u"fragment"_s;
    QTest::addRow("v1 without resource") << u"resource"_s << u"resource"_s;
    QTest::addRow("v2 without scopes") << u"scopes"_s << u"scope list is empty"_s;
    QTest::addRow("state") << u"state"_s << u"state is empty"_s;
    QTest::addRow("nonce") << u"nonce"_s << u"nonce is empty"_s;
    QTest::addRow("pkce") << u"pkce"_s << u"PKCE pair is empty"_s;
}

void tst_AuthRequest::invalidRequestsNameTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, expected);
    AuthorizationRequest r = fixedRequest(Cloud(), Protocol::V2);
    QVERIFY(r.validate().isEmpty());
    if (field == u"tenantSpace"_s)
        r.tenant = u"contoso com"_s;
    else if (field == u"tenantEmpty"_s)
        r.tenant.clear();
    else if (field == u"clientId"_s)
        r.clientId = u" "_s;
    else if (field == u"redirect"_s)
        r.redirectUri = QUrl(u"/callback"_s);
    else if (field == u"fragment"_s)
        r.redirectUri = QUrl(u"http://localhost/#x"_s);
    else if (field == u"resource"_s) {
        r.protocol = Protocol::V1;
        r.resource.clear();
    } else if (field == u"scopes"_s)
        r.scopes.clear();
    else if (field == u"state"_s)
        r.state.clear();
    else if (field == u"nonce"_s)
        r.nonce.clear();
    else if (field == u"pkce"_s)
        r.pkce = Pkce{};
    const QString message = r.validate();
    QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(r.url().isEmpty());
}

void tst_AuthRequest::isRedirectTo_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("registered");
    QTest::addColumn<bool>("expected");
    QTest::addRow("loopback, any port")
        << u"http://localhost:52311/?code=x"_s << u"http://localhost"_s << true;
    QTest::addRow("loopback ip, any port")
        << u"http://127.0.0.1:4000/cb?code=x"_s << u"http://127.0.0.1:8080/cb"_s << true;
    QTest::addRow("ipv6 loopback") << u"http://[::1]:4000/"_s << u"http://[::1]/"_s << true;
    QTest::addRow("host case") << u"http://LOCALHOST:1/"_s << u"http://localhost/"_s << true;
    QTest::addRow("localhost is not 127.0.0.1")
        << u"http://127.0.0.1:1/"_s << u"http://localhost/"_s << false;
    QTest::addRow("other path") << u"http://localhost:1/other"_s << u"http://localhost/"_s << false;
    QTest::addRow("favicon") << u"http://localhost:1/favicon.ico"_s << u"http://localhost/"_s
                             << false;
    QTest::addRow("path prefix is not enough")
        << u"http://localhost/cb/x"_s << u"http://localhost/cb"_s << false;
    QTest::addRow("https vs http") << u"https://localhost/"_s << u"http://localhost/"_s << false;
    QTest::addRow("web host, same default port")
        << u"https://app.contoso.com:443/auth"_s << u"https://app.contoso.com/auth"_s << true;
    QTest::addRow("web host, other port")
        << u"https://app.contoso.com:8443/auth"_s << u"https://app.contoso.com/auth"_s << false;
    QTest::addRow("look-alike host") << u"https://app.contoso.com.evil.example/auth"_s
                                     << u"https://app.contoso.com/auth"_s << false;
    QTest::addRow("user info") << u"http://user@localhost/"_s << u"http://localhost/"_s << false;
    QTest::addRow("native client uri")
        << u"https://login.microsoftonline.com/common/oauth2/nativeclient?code=x"_s
        << u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s << true;
    QTest::addRow("the authority itself")
        << u"https://login.microsoftonline.com/common/oauth2/v2.0/authorize"_s
        << u"https://login.microsoftonline.com/common/oauth2/nativeclient"_s << false;
}

void tst_AuthRequest::isRedirectTo()
{
    QFETCH(QString, candidate);
    QFETCH(QString, registered);
    QFETCH(bool, expected);
    QCOMPARE(PCAuth::isRedirectTo(QUrl(candidate), QUrl(registered)), expected);
}

void tst_AuthRequest::parseAnswers_data()
{
    using Kind = RedirectResult::Kind;
    QTest::addColumn<QString>("url");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("message"); // a part of the user message; empty: no message

    const QString base = u"http://localhost:50123/"_s;
    QTest::addRow("code") << base + u"?code=0.AXoA-abc_d&state=S1&session_state=x"_s << Kind::Code
                          << u"0.AXoA-abc_d"_s << QString() << QString() << QString();
    QTest::addRow("code, percent-encoded") << base + u"?state=S1&code=a%2Bb%2Fc%3D"_s << Kind::Code
                                           << u"a+b/c="_s << QString() << QString() << QString();
    QTest::addRow("code in the fragment")
        << base + u"#code=abc&state=S1"_s << Kind::Code << u"abc"_s << QString() << QString()
        << u"fragment (response_mode=fragment)"_s;
    QTest::addRow("access_denied")
        << base
               + u"?error=access_denied&error_description=AADSTS65004%3a+User+declined+to+"
                 "consent+to+access+the+app.&state=S1"_s
        << Kind::Error << QString() << u"access_denied"_s
        << u"AADSTS65004: User declined to consent to access the app."_s
        << u"cancelled or the consent was declined"_s;
    QTest::addRow("MFA required, explained by the catalogue")
        << base
               + u"?error=interaction_required&error_description=AADSTS50076%3A%20Due%20to"
                 "%20a%20configuration%20change%2C%20you%20must%20use%20MFA.&state=S1"
                 "&error_uri=https%3A%2F%2Flogin.microsoftonline.com%2Ferror%3Fcode%3D50076"_s
        << Kind::Error << QString() << u"interaction_required"_s
        << u"AADSTS50076: Due to a configuration change, you must use MFA."_s
        << u"Multi-factor authentication is required now"_s;
    QTest::addRow("redirect URI mismatch")
        << base
               + u"?error=invalid_request&error_description=AADSTS50011%3a+The+redirect+URI"
                 "+does+not+match.&state=S1"_s
        << Kind::Error << QString() << u"invalid_request"_s
        << u"AADSTS50011: The redirect URI does not match."_s
        << u"does not match any redirect URI registered"_s;
}

void tst_AuthRequest::parseAnswers()
{
    QFETCH(QString, url);
    QFETCH(RedirectResult::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, error);
    QFETCH(QString, description);
    QFETCH(QString, message);
    const RedirectResult r =
        PCAuth::parseRedirect(QUrl(url, QUrl::StrictMode), QUrl(u"http://localhost"_s), "S1"_ba);
    QCOMPARE(r.kind, kind);
    QCOMPARE(r.problem, RedirectResult::Problem::None);
    QCOMPARE(r.code, code);
    QCOMPARE(r.error, error);
    QCOMPARE(r.errorDescription, description);
    if (message.isEmpty())
        QCOMPARE(r.message, QString());
    else
        QVERIFY2(r.message.contains(message), qPrintable(r.message));
}

void tst_AuthRequest::parseRefusals_data()
{
    using Problem = RedirectResult::Problem;
    QTest::addColumn<QString>("url");
    QTest::addColumn<Problem>("problem");
    QTest::addColumn<QString>("message"); // a part of the user message

    const QString base = u"http://localhost:50123/"_s;
    QTest::addRow("no state") << base + u"?code=abc"_s << Problem::NoState
                              << u"no state: this answer was not started by PCAuth, ignored"_s;
    QTest::addRow("empty state") << base + u"?code=abc&state="_s << Problem::NoState
                                 << u"not started by PCAuth"_s;
    QTest::addRow("nothing at all") << base << Problem::NoState << u"no state"_s;
    QTest::addRow("state mismatch")
        << base + u"?code=abc&state=S0"_s << Problem::StateMismatch << u"older browser tab"_s;
    QTest::addRow("error with another state")
        << base + u"?error=access_denied&state=S0"_s << Problem::StateMismatch
        << u"cross-site request forgery"_s;
    QTest::addRow("state twice") << base + u"?code=abc&state=S1&state=S0"_s
                                 << Problem::StateMismatch << u"\"state\" more than once"_s;
    QTest::addRow("state twice, both right")
        << base + u"?code=abc&state=S1&state=S1"_s << Problem::StateMismatch
        << u"\"state\" more than once"_s;
    QTest::addRow("code twice, no state")
        << base + u"?code=abc&code=def"_s << Problem::NoState << u"no state"_s;
    QTest::addRow("code twice, wrong state") << base + u"?code=abc&code=def&state=S0"_s
                                             << Problem::StateMismatch << u"older browser tab"_s;
    QTest::addRow("error twice, no state")
        << base + u"?error=a&error=b"_s << Problem::NoState << u"no state"_s;
    QTest::addRow("code twice") << base + u"?code=abc&state=S1&code=def"_s << Problem::Malformed
                                << u"\"code\" more than once"_s;
    QTest::addRow("neither code nor error")
        << base + u"?state=S1&session_state=x"_s << Problem::Malformed
        << u"neither a code nor an error"_s;
    QTest::addRow("empty code") << base + u"?state=S1&code="_s << Problem::Malformed
                                << u"neither a code nor an error"_s;
    QTest::addRow("another path") << u"http://localhost:50123/favicon.ico?code=a&state=S1"_s
                                  << Problem::NotTheRedirect << u"http://localhost"_s;
    QTest::addRow("another host") << u"http://127.0.0.1:50123/?code=a&state=S1"_s
                                  << Problem::NotTheRedirect << u"not the registered redirect"_s;
}

void tst_AuthRequest::parseRefusals()
{
    QFETCH(QString, url);
    QFETCH(RedirectResult::Problem, problem);
    QFETCH(QString, message);
    const RedirectResult r =
        PCAuth::parseRedirect(QUrl(url, QUrl::StrictMode), QUrl(u"http://localhost"_s), "S1"_ba);
    QCOMPARE(r.kind, RedirectResult::Kind::Invalid);
    QCOMPARE(r.problem, problem);
    QCOMPARE(r.code, QString());
    QCOMPARE(r.error, QString());
    QVERIFY2(r.message.contains(message), qPrintable(r.message));
}

void tst_AuthRequest::redirectMessagesNeverContainTheCode()
{
    const QString code = u"0.SECRET-CODE-VALUE"_s;
    const QStringList queries{u"?code=%1&state=S1"_s, u"?code=%1&state=S0"_s, u"?code=%1"_s,
                              u"?code=%1&code=%1&state=S1"_s, u"#code=%1&state=S1"_s};
    for (const QString &query : queries) {
        const RedirectResult r =
            PCAuth::parseRedirect(QUrl(u"http://localhost:1/"_s + query.arg(code)),
                                  QUrl(u"http://localhost/"_s), "S1"_ba);
        QVERIFY2(!r.message.contains(code), qPrintable(query));
    }
}

void tst_AuthRequest::discovery_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: parses

    const QString a = u"https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize"_s;
    const QString t = u"https://login.microsoftonline.com/organizations/oauth2/v2.0/token"_s;
    const QString k = u"https://login.microsoftonline.com/organizations/discovery/v2.0/keys"_s;
    QTest::addRow("Entra v2") << discoveryDoc(a, t, k) << QString();
    QTest::addRow("sandbox on loopback http")
        << discoveryDoc(u"http://127.0.0.1:8443/t/oauth2/v2.0/authorize"_s,
                        u"http://localhost:8443/t/oauth2/v2.0/token"_s,
                        u"http://[::1]:8443/t/discovery/v2.0/keys"_s)
        << QString();
    QTest::addRow("not JSON") << "<html>502 Bad Gateway</html>"_ba << u"not valid JSON"_s;
    QTest::addRow("truncated") << discoveryDoc(a, t, k).left(60) << u"at offset"_s;
    QTest::addRow("array") << "[]"_ba << u"not a JSON object"_s;
    QTest::addRow("no token_endpoint")
        << "{\"issuer\":\"https://x/\",\"authorization_endpoint\":\"https://x/a\","
           "\"jwks_uri\":\"https://x/k\"}"_ba
        << u"has no \"token_endpoint\""_s;
    QTest::addRow("no issuer")
        << "{\"authorization_endpoint\":\"https://x/a\",\"token_endpoint\":\"https://x/t\","
           "\"jwks_uri\":\"https://x/k\"}"_ba
        << u"has no \"issuer\""_s;
    QTest::addRow("issuer empty")
        << "{\"issuer\":\" \",\"authorization_endpoint\":\"https://x/a\","
           "\"token_endpoint\":\"https://x/t\",\"jwks_uri\":\"https://x/k\"}"_ba
        << u"\"issuer\" is empty"_s;
    QTest::addRow("jwks_uri a number")
        << "{\"issuer\":\"https://x/\",\"authorization_endpoint\":\"https://x/a\","
           "\"token_endpoint\":\"https://x/t\",\"jwks_uri\":42}"_ba
        << u"\"jwks_uri\" is not a string"_s;
    QTest::addRow("token endpoint over http")
        << discoveryDoc(a, u"http://login.example.com/t/oauth2/v2.0/token"_s, k)
        << u"\"token_endpoint\" in the OpenID configuration uses http:// with host "
           "login.example.com"_s;
    QTest::addRow("authorize endpoint relative")
        << discoveryDoc(u"/oauth2/v2.0/authorize"_s, t, k)
        << u"\"authorization_endpoint\" in the OpenID configuration must be an absolute URL"_s;
    QTest::addRow("jwks with a query")
        << discoveryDoc(a, t, k + u"?x=1"_s)
        << u"\"jwks_uri\" in the OpenID configuration must not contain a query"_s;
}

void tst_AuthRequest::discovery()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    const Expected<OpenIdConfiguration> config = OpenIdConfiguration::parse(json);
    if (!problem.isEmpty()) {
        QVERIFY(!config.ok());
        QVERIFY2(config.error().contains(problem), qPrintable(config.error()));
        return;
    }
    QVERIFY2(config.ok(), qPrintable(config.error()));
    const QJsonObject expected = QJsonDocument::fromJson(json).object();
    QCOMPARE(config->issuer, expected.value(u"issuer"_s).toString());
    QCOMPARE(config->authorizationEndpoint.toString(),
             expected.value(u"authorization_endpoint"_s).toString());
    QCOMPARE(config->tokenEndpoint.toString(), expected.value(u"token_endpoint"_s).toString());
    QCOMPARE(config->jwksUri.toString(), expected.value(u"jwks_uri"_s).toString());
}

QTEST_GUILESS_MAIN(tst_AuthRequest)
#include "tst_authrequest.moc"
