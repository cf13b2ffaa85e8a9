// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "clientauth.h"

#include "crypto.h"
#include "entracommon.h"

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

ClientAuthenticator::ClientAuthenticator(SandboxContext &ctx)
    : m_ctx(ctx)
{ }

static QString basicSecret(const HttpRequest &req, const QString &clientId)
{
    const QByteArray auth = req.header("Authorization"_ba);
    if (!auth.startsWith("Basic "_ba))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(auth.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return {};
    const QString id = QUrl::fromPercentEncoding(decoded.left(colon));
    if (id.compare(clientId, Qt::CaseInsensitive) != 0)
        return {};
    return QUrl::fromPercentEncoding(decoded.mid(colon + 1));
}

ClientAuthResult ClientAuthenticator::authenticate(const HttpRequest &req, const QUrlQuery &form,
                                                   const QString &clientId, const QString &segment,
                                                   const QString &resolvedTenantId)
{
    ClientAuthResult r;
    r.app = m_ctx.scenario.findApp(clientId);
    QString secret = form.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
    if (secret.isEmpty())
        secret = basicSecret(req, clientId);
    const bool hasAssertion = form.hasQueryItem(u"client_assertion"_s);
    if (!r.app->confidential) {
        if (!secret.isEmpty() || hasAssertion)
            r.error = entraError(m_ctx, req, 401, u"invalid_client"_s, 700025,
                                 u"Client is public so neither 'client_assertion' nor "
                                 "'client_secret' should be presented."_s);
        return r;
    }
    if (hasAssertion) {
        r.usedCertificate = true;
        r.error = checkAssertion(req, form, *r.app, segment, resolvedTenantId);
        return r;
    }
    if (secret.isEmpty()) {
        r.error = entraError(m_ctx, req, 401, u"invalid_client"_s, 7000218,
                             u"The request body must contain the following parameter: "
                             "'client_assertion' or 'client_secret'."_s);
        return r;
    }
    r.error = checkSecret(req, *r.app, secret);
    return r;
}

std::optional<HttpResponse> ClientAuthenticator::checkSecret(const HttpRequest &req, const App &app,
                                                             const QString &secret)
{
    for (const AppSecret &s : app.secrets) {
        if (s.value != secret)
            continue;
        if (s.expires.isValid() && s.expires < m_ctx.state.clock.now())
            return entraError(m_ctx, req, 401, u"invalid_client"_s, 7000222,
                              u"The provided client secret keys for app '%1' are expired. Visit "
                              "the Azure portal to create new keys for your app."_s.arg(app.appId));
        return std::nullopt;
    }
    return entraError(m_ctx, req, 401, u"invalid_client"_s, 7000215,
                      u"Invalid client secret provided. Ensure the secret being sent in the "
                      "request is the client secret value, not the client secret ID, for a "
                      "secret added to app '%1'."_s.arg(app.appId));
}

bool ClientAuthenticator::timeAcceptable(const QJsonObject &claims, QString *why) const
{
    // The client builds its assertion from its own clock; tests may have moved the sandbox
    // clock. Accept the assertion when it is valid against either.
    const qint64 exp = qint64(claims.value("exp"_L1).toDouble(0));
    const qint64 nbf = qint64(claims.value("nbf"_L1).toDouble(0));
    if (exp == 0) {
        *why = u"The 'exp' claim is missing."_s;
        return false;
    }
    const qint64 clocks[] = {QDateTime::currentSecsSinceEpoch(),
                             m_ctx.state.clock.now().toSecsSinceEpoch()};
    for (qint64 now : clocks) {
        if (exp > now && exp <= now + MaxAssertionLifetimeSeconds + 60 && nbf <= now + 300)
            return true;
    }
    *why = exp <= clocks[1] ? u"The assertion has expired (exp is in the past)."_s
                            : u"The assertion lifetime exceeds 10 minutes or nbf is in the "
                              "future."_s;
    return false;
}

std::optional<HttpResponse>
ClientAuthenticator::checkAssertion(const HttpRequest &req, const QUrlQuery &form, const App &app,
                                    const QString &segment, const QString &resolvedTenantId)
{
    const QString type = form.queryItemValue(u"client_assertion_type"_s, QUrl::FullyDecoded);
    if (type != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_L1)
        return entraError(m_ctx, req, 400, u"invalid_request"_s, 90023,
                          u"Invalid request: client_assertion_type must be "
                          "urn:ietf:params:oauth:client-assertion-type:jwt-bearer."_s);
    const auto jwt =
        parseJwt(form.queryItemValue(u"client_assertion"_s, QUrl::FullyDecoded).toLatin1());
    if (!jwt)
        return entraError(m_ctx, req, 401, u"invalid_client"_s, 50027,
                          u"JWT token is invalid or is malformed."_s);
    const QByteArray alg = jwt->header.value("alg"_L1).toString().toLatin1();
    const QByteArray x5t = jwt->header.value("x5t"_L1).toString().toLatin1();
    const QByteArray x5tS256 = jwt->header.value("x5t#S256"_L1).toString().toLatin1();
    std::optional<Certificate> matched;
    for (const AppCertificate &ac : app.certificates) {
        auto cert = loadCertificate(ac.certificatePem);
        if (cert
            && ((!x5t.isEmpty() && cert->x5t == x5t)
                || (!x5tS256.isEmpty() && cert->x5tS256 == x5tS256))) {
            matched = std::move(cert);
            break;
        }
    }
    if (!matched)
        return entraError(m_ctx, req, 401, u"invalid_client"_s, 700027,
                          u"The certificate with identifier used to sign the client assertion "
                          "is not registered on application. [Reason - The key was not found., "
                          "Thumbprint of key used by client: '%1']"_s.arg(
                              QString::fromLatin1(x5t.isEmpty() ? x5tS256 : x5t)));
    if ((alg != "RS256"_ba && alg != "PS256"_ba)
        || !matched->publicKey.verify(alg, jwt->signingInput, jwt->signature))
        return entraError(m_ctx, req, 401, u"invalid_client"_s, 700027,
                          u"Client assertion failed signature validation."_s);
    const QJsonObject &c = jwt->payload;
    if (c.value("iss"_L1).toString() != app.appId || c.value("sub"_L1).toString() != app.appId)
        return entraError(m_ctx, req, 401, u"invalid_client"_s, 700021,
                          u"Client assertion application identifier doesn't match 'client_id' "
                          "parameter."_s);
    const QString aud = c.value("aud"_L1).toString();
    QStringList audiences;
    for (const QString &t : {segment, resolvedTenantId}) {
        audiences << m_ctx.baseUrl + u'/' + t + u"/oauth2/v2.0/token"_s
                  << m_ctx.baseUrl + u'/' + t + u"/oauth2/token"_s;
    }
    if (!audiences.contains(aud, Qt::CaseInsensitive))
        return entraError(m_ctx, req, 401, u"invalid_client"_s, 700027,
                          u"Client assertion audience '%1' is not the token endpoint of this "
                          "tenant."_s.arg(aud));
    QString why;
    if (!timeAcceptable(c, &why))
        return entraError(m_ctx, req, 401, u"invalid_client"_s, 700024,
                          u"Client assertion is not within its valid time range. %1"_s.arg(why));
    return std::nullopt;
}

} // namespace PCAuth::Sandbox
