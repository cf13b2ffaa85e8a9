// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/tokenendpoint.h"

#include "crypto/clientassertion.h"
#include "errors/errorbodies.h"
#include "net/httpclient.h"
#include "token/jwt.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QPointer>
#include <QTimeZone>

namespace PCAuth {

using namespace Qt::StringLiterals;

namespace {

/// A JSON member that may be a string or a number (v1 sends numbers as strings), in seconds.
/// Values beyond the year 9999 (in either direction) are no usable time: converting such a
/// double to qint64 is undefined behaviour, and no token lives that long, so they read as
/// absent, as Jwt::timeClaim() does.
std::optional<qint64> numberMember(const QJsonObject &object, QLatin1String name)
{
    constexpr qint64 lastSecondOf9999 = 253402300799;
    const QJsonValue value = object.value(name);
    std::optional<qint64> number;
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (seconds >= -double(lastSecondOf9999) && seconds <= double(lastSecondOf9999))
            number = qint64(seconds);
    } else if (value.isString()) {
        bool ok = false;
        const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            number = parsed;
    }
    if (number && (*number < -lastSecondOf9999 || *number > lastSecondOf9999))
        return std::nullopt;
    return number;
}

QString grantName(const QString &grant)
{
    if (grant == u"authorization_code")
        return TokenEndpointClient::tr("code redemption");
    if (grant == u"refresh_token")
        return TokenEndpointClient::tr("refresh-token redemption");
    return TokenEndpointClient::tr("app-only token request");
}

} // namespace

Expected<TokenResponse> TokenResponse::parse(const QByteArray &body, const QDateTime &now)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("The token endpoint answered with success but its body is not a JSON "
                       "object (%n bytes), so no token could be read.",
                       nullptr, int(body.size())));
    const QJsonObject object = document.object();
    TokenResponse out;
    out.accessToken = object.value("access_token"_L1).toString();
    if (out.accessToken.isEmpty())
        return fail(tr("The token endpoint answered with success but without \"access_token\"."));
    out.refreshToken = object.value("refresh_token"_L1).toString();
    out.idToken = object.value("id_token"_L1).toString();
    out.tokenType = object.value("token_type"_L1).toString();
    out.scope = object.value("scope"_L1).toString();
    out.resource = object.value("resource"_L1).toString();
    if (const auto expiresIn = numberMember(object, "expires_in"_L1)) {
        out.expiresAt = now.addSecs(*expiresIn);
    } else if (const auto expiresOn = numberMember(object, "expires_on"_L1)) {
        out.expiresAt = QDateTime::fromSecsSinceEpoch(*expiresOn, QTimeZone::utc());
    } else if (const Expected<Jwt> jwt = Jwt::decode(out.accessToken); jwt && jwt->expiresAt()) {
        out.expiresAt = *jwt->expiresAt();
    } else {
        return fail(tr("The token endpoint answered with success but without \"expires_in\" or "
                       "\"expires_on\", and the access token has no expiry: it cannot be "
                       "cached safely."));
    }
    return out;
}

TokenEndpointClient::TokenEndpointClient(HttpClient &http, const Clock &clock)
    : m_http(http)
    , m_clock(clock)
{ }

QString TokenEndpointClient::defaultScopeFor(const QString &resource)
{
    return resource + u"/.default"_s;
}

void TokenEndpointClient::redeemCode(const Cloud &cloud, const QString &tenant, Protocol protocol,
                                     const QString &clientId, const ClientCredential &credential,
                                     const QString &code, const QUrl &redirectUri,
                                     const QByteArray &codeVerifier,
                                     const QString &resourceOrScopes, QObject *context,
                                     Callback done)
{
    Form form{{u"grant_type"_s, u"authorization_code"_s},
              {u"code"_s, code},
              {u"redirect_uri"_s, redirectUri.toString(QUrl::FullyEncoded)},
              {u"code_verifier"_s, QString::fromLatin1(codeVerifier)}};
    form.append({protocol == Protocol::V1 ? u"resource"_s : u"scope"_s, resourceOrScopes});
    post(cloud, tenant, protocol, clientId, credential, std::move(form), context, std::move(done));
}

void TokenEndpointClient::redeemRefreshToken(const Cloud &cloud, const QString &tenant,
                                             Protocol protocol, const QString &clientId,
                                             const ClientCredential &credential,
                                             const QString &refreshToken,
                                             const QString &audienceResource, QObject *context,
                                             Callback done)
{
    Form form{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}};
    if (protocol == Protocol::V1)
        form.append({u"resource"_s, audienceResource});
    else
        form.append({u"scope"_s, defaultScopeFor(audienceResource) + u" offline_access"_s});
    post(cloud, tenant, protocol, clientId, credential, std::move(form), context, std::move(done));
}

void TokenEndpointClient::clientCredentials(const Cloud &cloud, const QString &tenant,
                                            Protocol protocol, const QString &clientId,
                                            const ClientCredential &credential,
                                            const QString &audienceResource, QObject *context,
                                            Callback done)
{
    Form form{{u"grant_type"_s, u"client_credentials"_s}};
    if (protocol == Protocol::V1)
        form.append({u"resource"_s, audienceResource});
    else
        form.append({u"scope"_s, defaultScopeFor(audienceResource)});
    post(cloud, tenant, protocol, clientId, credential, std::move(form), context, std::move(done));
}

void TokenEndpointClient::post(const Cloud &cloud, const QString &tenant, Protocol protocol,
                               const QString &clientId, const ClientCredential &credential,
                               Form form, QObject *context, Callback done)
{
    const QString what = grantName(form.constFirst().second);
    const auto failNow = [&done](const QString &message) {
        TokenResult result;
        result.message = message;
        done(result);
    };
    if (const QString problem = Cloud::validateTenant(tenant); !problem.isEmpty())
        return failNow(problem);
    const QUrl url = cloud.tokenUrl(tenant, protocol);
    form.append({u"client_id"_s, clientId});
    switch (credential.kind) {
    case CredentialKind::None:
        break;
    case CredentialKind::Secret:
        if (credential.secret.isEmpty())
            return failNow(
                tr("The %1 needs the app's client secret, and none was loaded.").arg(what));
        form.append({u"client_secret"_s, QString::fromUtf8(credential.secret)});
        break;
    case CredentialKind::Certificate: {
        if (!credential.certificate)
            return failNow(
                tr("The %1 needs the app's certificate, and none was loaded.").arg(what));
        const Expected<QString> assertion =
            makeClientAssertion(*credential.certificate, clientId, url, m_clock);
        if (!assertion)
            return failNow(tr("The client assertion for the %1 could not be made: %2")
                               .arg(what, assertion.error()));
        form.append({u"client_assertion_type"_s,
                     u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s});
        form.append({u"client_assertion"_s, assertion.value()});
        break;
    }
    }
    HttpRequest request;
    request.method = "POST"_ba;
    request.url = url;
    request.setHeader("Content-Type"_ba, "application/x-www-form-urlencoded"_ba);
    request.setHeader("Accept"_ba, "application/json"_ba);
    for (const auto &[name, value] : std::as_const(form)) {
        if (!request.body.isEmpty())
            request.body += '&';
        request.body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    request.idempotent = true; // see the class comment: a repeat is harmless
    m_http.send(std::move(request), context,
                [this, done = std::move(done)](const HttpResponse &response) {
                    done(interpret(response));
                });
}

TokenResult TokenEndpointClient::interpret(const HttpResponse &response) const
{
    TokenResult result;
    if (response.failure != HttpResponse::Failure::None) {
        result.message = response.message.isEmpty() ? tr("The token endpoint could not be reached.")
                                                    : response.message;
        result.noAnswer = response.failure == HttpResponse::Failure::Timeout
                          || response.failure == HttpResponse::Failure::Connection;
        return result;
    }
    if (response.ok()) {
        Expected<TokenResponse> token = TokenResponse::parse(response.body, m_clock.now());
        if (token)
            result.token = std::move(token).value();
        else
            result.message = token.error();
        return result;
    }
    ServiceError error = ErrorBodies::parseEntra(response.body, response.status);
    if (const auto wait =
            HttpPolicy::parseRetryAfter(response.header("Retry-After"_ba), m_clock.now()))
        error.retryAfterSeconds = int(wait->count());
    result.message = ErrorCatalogue::describe(error);
    result.error = std::move(error);
    return result;
}

} // namespace PCAuth
