// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "entratoken.h"

#include "entraauthorize.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

EntraToken::EntraToken(SandboxContext &ctx)
    : m_ctx(ctx)
    , m_clientAuth(ctx)
{ }

HttpResponse EntraToken::missing(const Call &call, const QString &parameter)
{
    return entraError(
        m_ctx, *call.req, 400, u"invalid_request"_s, 900144,
        u"The request body must contain the following parameter: '%1'."_s.arg(parameter));
}

HttpResponse EntraToken::handle(const HttpRequest &req, const QString &segment, int version)
{
    Call call;
    call.req = &req;
    call.segment = segment;
    call.version = version;
    if (req.method != "POST"_ba)
        return entraError(m_ctx, req, 400, u"invalid_request"_s, 900561,
                          u"The endpoint only accepts POST, OPTIONS requests. Received a %1 "
                          "request."_s.arg(QString::fromLatin1(req.method)));
    const auto tenant = resolveTenantSegment(m_ctx.scenario, segment);
    if (!tenant)
        return entraError(m_ctx, req, 400, u"invalid_request"_s, 90002,
                          u"Tenant '%1' not found. Check to make sure you have the correct tenant "
                          "ID and are signing into the correct cloud."_s.arg(segment));
    call.tenant = tenant->tenant;
    call.form = req.form();
    const QString grant = call.form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded);
    if (grant.isEmpty())
        return missing(call, u"grant_type"_s);
    const QString clientId = call.form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return missing(call, u"client_id"_s);
    call.app = m_ctx.scenario.findApp(clientId);
    if (!call.app)
        return entraError(m_ctx, req, 400, u"unauthorized_client"_s, 700016,
                          u"Application with identifier '%1' was not found in the directory "
                          "'%2'. This can happen if the application has not been installed by "
                          "the administrator of the tenant or consented to by any user in the "
                          "tenant. You may have sent your authentication request to the wrong "
                          "tenant."_s.arg(clientId, segment));
    m_ctx.state.count(u"token.grant.%1"_s.arg(grant));
    if (grant == "authorization_code"_L1)
        return authorizationCode(call);
    if (grant == "refresh_token"_L1)
        return refreshToken(call);
    if (grant == "client_credentials"_L1)
        return clientCredentials(call);
    return entraError(m_ctx, req, 400, u"unsupported_grant_type"_s, 70003,
                      u"The app requested an unsupported grant type '%1'."_s.arg(grant));
}

std::optional<HttpResponse> EntraToken::resolveTarget(const Call &call,
                                                      const QString &fallbackResource,
                                                      const QString &fallbackScope, Target *out)
{
    if (call.version == 1) {
        QString resource = call.form.queryItemValue(u"resource"_s, QUrl::FullyDecoded);
        if (resource.isEmpty())
            resource = fallbackResource;
        if (resource.isEmpty())
            resource = u"https://graph.windows.net"_s;
        out->resource = findResource(resource);
        if (!out->resource)
            return entraError(
                m_ctx, *call.req, 400, u"invalid_resource"_s, 500011,
                u"The resource principal named %1 was not found in the tenant "
                "named %2. This can happen if the application has not been "
                "installed by the administrator of the tenant."_s.arg(resource, call.segment));
        out->scp = out->resource->delegatedScopes;
        out->openid = true;
        out->offlineAccess = true;
        return std::nullopt;
    }
    QString scope = call.form.queryItemValue(u"scope"_s, QUrl::FullyDecoded);
    if (scope.isEmpty())
        scope = fallbackScope;
    if (scope.isEmpty())
        return missing(call, u"scope"_s);
    const ScopeRequest sr = parseV2Scope(scope);
    if (!sr.error.isEmpty())
        return entraError(m_ctx, *call.req, 400, u"invalid_scope"_s, sr.errorCode, sr.error);
    out->resource = sr.resource;
    out->scp = sr.shortScopes;
    out->v2Scope = sr.resourceScopes;
    out->offlineAccess = sr.offlineAccess;
    out->openid = sr.openid;
    out->isDefault = sr.isDefault;
    return std::nullopt;
}

static bool pkceMatches(const AuthCode &code, const QString &verifier)
{
    if (code.request.codeChallenge.isEmpty())
        return true;
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    if (code.request.codeChallengeMethod == "plain"_L1)
        return verifier == code.request.codeChallenge;
    const QByteArray hash =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return base64Url(hash) == code.request.codeChallenge.toLatin1();
}

std::optional<HttpResponse> EntraToken::checkCode(const Call &call, const AuthCode &code,
                                                  const QString &redirectUri)
{
    const HttpRequest &req = *call.req;
    if (code.used)
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 54005,
                          u"OAuth2 Authorization code was already redeemed, please retry with a "
                          "new valid code or use an existing refresh token."_s);
    if (code.issued.secsTo(m_ctx.state.clock.now()) > CodeLifetimeSeconds)
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 70008,
                          u"The provided authorization code or refresh token has expired due to "
                          "inactivity. Send a new interactive authorization request for this "
                          "user and resource."_s);
    if (code.request.clientId.compare(call.app->appId, Qt::CaseInsensitive) != 0)
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 70000,
                          u"The provided authorization code was issued to a different client."_s);
    if (!EntraAuthorize::redirectUriAllowed(call.app->redirectUris, redirectUri))
        return entraError(m_ctx, req, 400, u"invalid_client"_s, 50011,
                          u"The redirect URI '%1' specified in the request does not match the "
                          "redirect URIs configured for the application '%2'."_s.arg(
                              redirectUri, call.app->appId));
    if (redirectUri != code.request.redirectUri)
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 500112,
                          u"The reply address '%1' does not match the reply address '%2' "
                          "provided when requesting Authorization code."_s.arg(
                              redirectUri, code.request.redirectUri));
    if (!pkceMatches(code, call.form.queryItemValue(u"code_verifier"_s, QUrl::FullyDecoded)))
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 501481,
                          u"The Code_Verifier does not match the code_challenge supplied in the "
                          "authorization request."_s);
    return std::nullopt;
}

HttpResponse EntraToken::authorizationCode(const Call &call)
{
    const HttpRequest &req = *call.req;
    const QString codeValue = call.form.queryItemValue(u"code"_s, QUrl::FullyDecoded);
    if (codeValue.isEmpty())
        return missing(call, u"code"_s);
    const QString redirectUri = call.form.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded);
    if (redirectUri.isEmpty())
        return missing(call, u"redirect_uri"_s);
    ClientAuthResult auth = m_clientAuth.authenticate(req, call.form, call.app->appId, call.segment,
                                                      call.tenant ? call.tenant->id : QString());
    if (auth.error)
        return *auth.error;
    auto it = m_ctx.state.codes.find(codeValue);
    if (it == m_ctx.state.codes.end())
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 70000,
                          u"The provided value for the 'code' parameter is not valid."_s);
    AuthCode &code = *it;
    if (auto err = checkCode(call, code, redirectUri))
        return *err;
    const User *user = m_ctx.scenario.findUser(code.userOid);
    if (!user || !user->enabled)
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 50057,
                          u"The user account is disabled."_s);
    Target t;
    if (auto err = resolveTarget(call, code.request.resource, code.request.scope, &t))
        return *err;
    code.used = true;
    AccessTokenSpec spec{call.version, code.tenantId, t.resource->uri, call.app->appId,
                         user,         code.mfa,      t.scp,           {},
                         code.authTime};
    const QByteArray at = mintAccessToken(m_ctx, spec);
    QByteArray rt;
    if (t.offlineAccess || call.version == 1)
        rt = newRefreshToken({user->oid, call.app->appId, code.tenantId,
                              call.version == 1 ? t.resource->uri : code.request.scope,
                              m_ctx.state.clock.now(), code.authTime, code.mfa, false});
    QByteArray idToken;
    if (t.openid || call.version == 1)
        idToken = mintIdToken(m_ctx, call.version, code.tenantId, call.app->appId, *user, code.mfa,
                              code.request.nonce, code.authTime);
    return success(call, t, at, rt, idToken);
}

std::optional<HttpResponse> EntraToken::checkTenantAccess(const Call &call, const Tenant &target,
                                                          const RefreshTokenRecord &rt,
                                                          const Target &t)
{
    if (!target.consented(call.app->appId))
        return entraError(m_ctx, *call.req, 400, u"invalid_grant"_s, 65001,
                          u"The user or administrator has not consented to use the application "
                          "with ID '%1' named '%2'. Send an interactive authorization request "
                          "for this user and resource."_s.arg(call.app->appId, call.app->name));
    if (target.requireMfa && !rt.mfa)
        return entraError(m_ctx, *call.req, 400, u"interaction_required"_s, 50076,
                          u"Due to a configuration change made by your administrator, or because "
                          "you moved to a new location, you must use multi-factor "
                          "authentication to access '%1'."_s.arg(t.resource->uri));
    return std::nullopt;
}

std::optional<HttpResponse>
EntraToken::checkRefreshToken(const Call &call, const RefreshTokenRecord &rt, const User *user)
{
    const HttpRequest &req = *call.req;
    const QDateTime now = m_ctx.state.clock.now();
    if (rt.clientId.compare(call.app->appId, Qt::CaseInsensitive) != 0)
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 700007,
                          u"The refresh token was issued to a different client id; it can only "
                          "be redeemed by the application it was issued to."_s);
    if (rt.issued.secsTo(now) > RefreshInactivitySeconds)
        return entraError(
            m_ctx, req, 400, u"invalid_grant"_s, 700082,
            u"The refresh token has expired due to inactivity. The token was issued "
            "on %1 and was inactive for 90.00:00:00."_s.arg(rt.issued.toString(Qt::ISODateWithMs)));
    if (!user)
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 9002313,
                          u"Invalid request. Request is malformed or invalid."_s);
    if (rt.revoked || (user->tokensValidFrom.isValid() && rt.issued < user->tokensValidFrom))
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 50173,
                          u"The provided grant has expired due to it being revoked, a fresh auth "
                          "token is needed. The user might have changed or reset their password. "
                          "The grant was issued on '%1' and the TokensValidFrom date (before "
                          "which tokens are not valid) for this user is '%2'."_s.arg(
                              rt.issued.toString(Qt::ISODateWithMs),
                              user->tokensValidFrom.toString(Qt::ISODateWithMs)));
    if (!user->enabled)
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 50057,
                          u"The user account is disabled."_s);
    return std::nullopt;
}

HttpResponse EntraToken::refreshToken(const Call &call)
{
    const HttpRequest &req = *call.req;
    const QByteArray token =
        call.form.queryItemValue(u"refresh_token"_s, QUrl::FullyDecoded).toLatin1();
    if (token.isEmpty())
        return missing(call, u"refresh_token"_s);
    ClientAuthResult auth = m_clientAuth.authenticate(req, call.form, call.app->appId, call.segment,
                                                      call.tenant ? call.tenant->id : QString());
    if (auth.error)
        return *auth.error;
    auto it = m_ctx.state.refreshTokens.find(SandboxState::tokenKey(token));
    if (it == m_ctx.state.refreshTokens.end())
        return entraError(m_ctx, req, 400, u"invalid_grant"_s, 9002313,
                          u"Invalid request. Request is malformed or invalid."_s);
    const RefreshTokenRecord rt = *it;
    const QDateTime now = m_ctx.state.clock.now();
    const User *user = m_ctx.scenario.findUser(rt.userOid);
    if (auto err = checkRefreshToken(call, rt, user))
        return *err;
    Target t;
    // v1 records keep the resource URI, v2 records the scope string; either serves as default.
    const KnownResource *original = findResource(rt.scope);
    if (!original)
        original = parseV2Scope(rt.scope).resource;
    const QString fallbackScope =
        findResource(rt.scope) ? rt.scope + u"/.default offline_access"_s : rt.scope;
    if (auto err = resolveTarget(call, original ? original->uri : QString(), fallbackScope, &t))
        return *err;
    const Tenant *target = call.tenant ? call.tenant : m_ctx.scenario.findTenant(rt.tenantId);
    if (!target)
        return entraError(m_ctx, req, 400, u"invalid_request"_s, 90002,
                          u"Tenant '%1' not found."_s.arg(rt.tenantId));
    if (auto err = checkTenantAccess(call, *target, rt, t))
        return *err;
    m_ctx.state.count(u"refresh.redeemed"_s);
    AccessTokenSpec spec{call.version, target->id, t.resource->uri, call.app->appId, user, rt.mfa,
                         t.scp,        {},         rt.authTime};
    const QByteArray at = mintAccessToken(m_ctx, spec);
    RefreshTokenRecord next = rt;
    next.issued = now; // the old token keeps its own clock; only the new one starts fresh
    const QByteArray newRt = newRefreshToken(next);
    QByteArray idToken;
    if (t.openid && call.version == 2)
        idToken = mintIdToken(m_ctx, call.version, target->id, call.app->appId, *user, rt.mfa,
                              QString(), rt.authTime);
    return success(call, t, at, newRt, idToken);
}

HttpResponse EntraToken::clientCredentials(const Call &call)
{
    const HttpRequest &req = *call.req;
    if (!call.app->confidential)
        return entraError(m_ctx, req, 401, u"invalid_client"_s, 7000218,
                          u"The request body must contain the following parameter: "
                          "'client_assertion' or 'client_secret'."_s);
    if (!call.tenant)
        return entraError(m_ctx, req, 400, u"invalid_request"_s, 90023,
                          u"The client credentials grant needs a tenant-specific endpoint, not "
                          "'%1'."_s.arg(call.segment));
    ClientAuthResult auth =
        m_clientAuth.authenticate(req, call.form, call.app->appId, call.segment, call.tenant->id);
    if (auth.error)
        return *auth.error;
    if (call.version == 1 && !call.form.hasQueryItem(u"resource"_s))
        return missing(call, u"resource"_s);
    Target t;
    if (auto err = resolveTarget(call, QString(), QString(), &t))
        return *err;
    if (call.version == 2 && !t.isDefault)
        return entraError(m_ctx, req, 400, u"invalid_scope"_s, 1002012,
                          u"The provided value for scope %1 is not valid. Client credential "
                          "flows must have a scope value with /.default suffixed to the resource "
                          "identifier (application ID URI)."_s.arg(
                              call.form.queryItemValue(u"scope"_s, QUrl::FullyDecoded)));
    if (!call.tenant->hasServicePrincipal(call.app->appId))
        return entraError(m_ctx, req, 400, u"unauthorized_client"_s, 700016,
                          u"Application with identifier '%1' was not found in the directory "
                          "'%2'. This can happen if the application has not been installed by "
                          "the administrator of the tenant or consented to by any user in the "
                          "tenant."_s.arg(call.app->appId, call.tenant->name));
    AccessTokenSpec spec{
        call.version, call.tenant->id, t.resource->uri, call.app->appId,
        nullptr,      false,           QString(),       call.app->applicationPermissions,
        QDateTime()};
    t.scp.clear();
    t.v2Scope = t.resource->uri + u"/.default"_s;
    return success(call, t, mintAccessToken(m_ctx, spec), {}, {});
}

QByteArray EntraToken::newRefreshToken(const RefreshTokenRecord &record)
{
    const QByteArray token = "1.SBX."_ba + randomToken(96);
    m_ctx.state.refreshTokens.insert(SandboxState::tokenKey(token), record);
    m_ctx.state.count(u"tokens.refresh"_s);
    return token;
}

HttpResponse EntraToken::success(const Call &call, const Target &t, const QByteArray &accessToken,
                                 const QByteArray &refreshToken, const QByteArray &idToken)
{
    const qint64 now = m_ctx.state.clock.now().toSecsSinceEpoch();
    const int lifetime = AccessTokenLifetimeSeconds;
    QJsonObject o{{"token_type"_L1, u"Bearer"_s},
                  {"access_token"_L1, QString::fromLatin1(accessToken)}};
    if (call.version == 1) {
        // v1 carries every number as a JSON string.
        o.insert("expires_in"_L1, QString::number(lifetime));
        o.insert("ext_expires_in"_L1, QString::number(lifetime));
        o.insert("expires_on"_L1, QString::number(now + lifetime));
        o.insert("not_before"_L1, QString::number(now));
        o.insert("resource"_L1, t.resource->uri);
        if (!t.scp.isEmpty())
            o.insert("scope"_L1, t.scp);
    } else {
        o.insert("expires_in"_L1, lifetime);
        o.insert("ext_expires_in"_L1, lifetime);
        o.insert("scope"_L1, t.v2Scope);
    }
    if (!refreshToken.isEmpty())
        o.insert("refresh_token"_L1, QString::fromLatin1(refreshToken));
    if (!idToken.isEmpty())
        o.insert("id_token"_L1, QString::fromLatin1(idToken));
    HttpResponse r = HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
    r.setHeader("Cache-Control"_ba, "no-store, no-cache"_ba);
    r.setHeader("Pragma"_ba, "no-cache"_ba);
    return r;
}

} // namespace PCAuth::Sandbox
