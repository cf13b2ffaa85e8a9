// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "entracommon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

const QList<KnownResource> &knownResources()
{
    static const QList<KnownResource> list{
        {u"https://api.partnercenter.microsoft.com"_s, u"fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd"_s,
         u"user_impersonation"_s},
        {u"https://graph.microsoft.com"_s, u"00000003-0000-0000-c000-000000000000"_s,
         u"Directory.Read.All User.Read"_s},
        {u"https://graph.windows.net"_s, u"00000002-0000-0000-c000-000000000000"_s,
         u"Directory.Read.All"_s},
        {u"https://management.azure.com"_s, u"797f4846-ba00-4fd7-ba43-dac1f8f63013"_s,
         u"user_impersonation"_s},
        {u"https://vault.azure.net"_s, u"cfa8b339-82a2-471a-a3c9-0fc0be7a4093"_s,
         u"user_impersonation"_s}};
    return list;
}

const KnownResource *findResource(const QString &uriOrAppId)
{
    QString key = uriOrAppId;
    while (key.endsWith(u'/'))
        key.chop(1);
    for (const auto &r : knownResources()) {
        if (r.uri.compare(key, Qt::CaseInsensitive) == 0
            || r.appId.compare(key, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

std::optional<TenantSegment> resolveTenantSegment(const Scenario &scenario, const QString &segment)
{
    if (segment.compare("organizations"_L1, Qt::CaseInsensitive) == 0
        || segment.compare("common"_L1, Qt::CaseInsensitive) == 0)
        return TenantSegment{nullptr, true};
    if (const Tenant *t = scenario.findTenant(segment))
        return TenantSegment{t, false};
    return std::nullopt;
}

// What a resource's scope may name after its URI: /.default or one of its delegated
// permissions (user_impersonation, or Graph's permission names), in any letter case.
static bool isKnownPermission(const KnownResource &resource, const QString &name)
{
    if (name == ".default"_L1)
        return true;
    const QStringList permissions = resource.delegatedScopes.split(u' ', Qt::SkipEmptyParts);
    return permissions.contains(name, Qt::CaseInsensitive);
}

ScopeRequest parseV2Scope(const QString &scope)
{
    ScopeRequest r;
    QStringList qualified;
    QStringList shortNames;
    const QStringList parts = scope.split(u' ', Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        const QString lower = p.toLower();
        if (lower == "offline_access"_L1) {
            r.offlineAccess = true;
            continue;
        }
        if (lower == "openid"_L1 || lower == "profile"_L1 || lower == "email"_L1) {
            r.openid = r.openid || lower == "openid"_L1;
            continue;
        }
        const qsizetype slash = p.lastIndexOf(u'/');
        const QString base = slash > 0 ? p.left(slash) : u"https://graph.microsoft.com"_s;
        const QString name = slash > 0 ? p.mid(slash + 1) : p;
        const KnownResource *res = findResource(base);
        if (res && !isKnownPermission(*res, name)) {
            r.errorCode = 70011;
            r.error = u"The provided value for the input parameter 'scope' is not valid. The "
                      "scope '%1' does not exist."_s.arg(p);
            return r;
        }
        if (!res) {
            r.errorCode = 500011;
            r.error = u"The resource principal named %1 was not found in the "
                      "tenant. This can happen if the application has not been installed by the "
                      "administrator of the tenant."_s.arg(base);
            return r;
        }
        if (r.resource && r.resource != res) {
            r.errorCode = 28000;
            r.error = u"Provided value for the input parameter scope is not valid "
                      "because it contains more than one resource."_s;
            return r;
        }
        r.resource = res;
        if (name == ".default"_L1) {
            r.isDefault = true;
            const QStringList expanded = res->delegatedScopes.split(u' ');
            for (const QString &e : expanded) {
                shortNames.append(e);
                qualified.append(res->uri + u'/' + e);
            }
        } else {
            shortNames.append(name);
            qualified.append(res->uri + u'/' + name);
        }
    }
    if (!r.resource) {
        r.resource = findResource(u"https://graph.microsoft.com"_s);
        shortNames = QStringList{u"User.Read"_s};
        qualified = QStringList{u"https://graph.microsoft.com/User.Read"_s};
    }
    shortNames.removeDuplicates();
    qualified.removeDuplicates();
    r.shortScopes = shortNames.join(u' ');
    r.resourceScopes = qualified.join(u' ');
    return r;
}

QString entraTimestamp(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
}

HttpResponse entraError(SandboxContext &ctx, const HttpRequest &req, int httpStatus,
                        const QString &error, int code, const QString &message)
{
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString correlationId = QString::fromLatin1(req.header("client-request-id"_ba));
    if (QUuid::fromString(correlationId).isNull())
        correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString ts = entraTimestamp(ctx.state.clock.now());
    const QString description = u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\n"
                                "Timestamp: %5"_s.arg(code)
                                    .arg(message, traceId, correlationId, ts);
    const QJsonObject body{
        {"error"_L1, error},
        {"error_description"_L1, description},
        {"error_codes"_L1, QJsonArray{code}},
        {"timestamp"_L1, ts},
        {"trace_id"_L1, traceId},
        {"correlation_id"_L1, correlationId},
        {"error_uri"_L1, QString(ctx.baseUrl + u"/error?code="_s + QString::number(code))}};
    ctx.state.count(u"errors.AADSTS%1"_s.arg(code));
    HttpResponse r =
        HttpResponse::json(httpStatus, QJsonDocument(body).toJson(QJsonDocument::Compact));
    r.setHeader("client-request-id"_ba, correlationId.toLatin1());
    r.setHeader("x-ms-request-id"_ba, traceId.toLatin1());
    if (httpStatus == 401)
        r.setHeader("WWW-Authenticate"_ba, "Basic realm=\"sandbox\""_ba);
    return r;
}

QString issuerFor(const SandboxContext &ctx, int version, const QString &tenantId)
{
    if (version == 1)
        return u"https://sts.windows.net/%1/"_s.arg(tenantId);
    return u"%1/%2/v2.0"_s.arg(ctx.baseUrl, tenantId);
}

static QJsonArray amrFor(bool mfa)
{
    return mfa ? QJsonArray{u"pwd"_s, u"mfa"_s} : QJsonArray{u"pwd"_s};
}

QByteArray mintAccessToken(SandboxContext &ctx, const AccessTokenSpec &spec)
{
    const QDateTime now = ctx.state.clock.now();
    const qint64 iat = now.toSecsSinceEpoch();
    QJsonObject c{{"aud"_L1, spec.audience},
                  {"iss"_L1, issuerFor(ctx, spec.version, spec.tenantId)},
                  {"iat"_L1, iat},
                  {"nbf"_L1, iat},
                  {"exp"_L1, iat + AccessTokenLifetimeSeconds},
                  {"tid"_L1, spec.tenantId},
                  {"ver"_L1, spec.version == 1 ? u"1.0"_s : u"2.0"_s},
                  {"uti"_L1, QString::fromLatin1(randomToken(16))},
                  {"rh"_L1, u"sandbox"_s}};
    c.insert(spec.version == 1 ? "appid"_L1 : "azp"_L1, spec.clientId);
    c.insert(spec.version == 1 ? "appidacr"_L1 : "azpacr"_L1, u"1"_s);
    if (spec.user) {
        c.insert("oid"_L1, spec.user->oid);
        c.insert("sub"_L1, spec.user->oid);
        c.insert("upn"_L1, spec.user->upn);
        c.insert("unique_name"_L1, spec.user->upn);
        c.insert("name"_L1, spec.user->displayName);
        c.insert("amr"_L1, amrFor(spec.mfa));
        c.insert("scp"_L1, spec.scp);
        c.insert("auth_time"_L1, spec.authTime.toSecsSinceEpoch());
        c.insert("idtyp"_L1, u"user"_s);
    } else {
        c.insert("oid"_L1, spec.clientId);
        c.insert("sub"_L1, spec.clientId);
        c.insert("idtyp"_L1, u"app"_s);
        QJsonArray roles;
        for (const auto &r : spec.roles)
            roles.append(r);
        c.insert("roles"_L1, roles);
    }
    ctx.state.count(u"tokens.access"_s);
    const QJsonObject header{{"typ"_L1, u"JWT"_s},
                             {"alg"_L1, u"RS256"_s},
                             {"kid"_L1, QString::fromLatin1(ctx.kid)},
                             {"x5t"_L1, QString::fromLatin1(ctx.kid)}};
    return signJwt(ctx.signingKey, header, c);
}

QByteArray mintIdToken(SandboxContext &ctx, int version, const QString &tenantId,
                       const QString &clientId, const User &user, bool mfa, const QString &nonce,
                       const QDateTime &authTime)
{
    const qint64 iat = ctx.state.clock.now().toSecsSinceEpoch();
    QJsonObject c{{"aud"_L1, clientId},
                  {"iss"_L1, issuerFor(ctx, version, tenantId)},
                  {"iat"_L1, iat},
                  {"nbf"_L1, iat},
                  {"exp"_L1, iat + 3600},
                  {"tid"_L1, tenantId},
                  {"oid"_L1, user.oid},
                  {"sub"_L1, user.oid},
                  {"name"_L1, user.displayName},
                  {"amr"_L1, amrFor(mfa)},
                  {"auth_time"_L1, authTime.toSecsSinceEpoch()},
                  {"ver"_L1, version == 1 ? u"1.0"_s : u"2.0"_s}};
    if (version == 1) {
        c.insert("upn"_L1, user.upn);
        c.insert("unique_name"_L1, user.upn);
    } else {
        c.insert("preferred_username"_L1, user.upn);
    }
    if (!nonce.isEmpty())
        c.insert("nonce"_L1, nonce);
    const QJsonObject header{
        {"typ"_L1, u"JWT"_s}, {"alg"_L1, u"RS256"_s}, {"kid"_L1, QString::fromLatin1(ctx.kid)}};
    return signJwt(ctx.signingKey, header, c);
}

HttpResponse discoveryDocument(SandboxContext &ctx, const HttpRequest &req, const QString &segment,
                               int version)
{
    const auto resolved = resolveTenantSegment(ctx.scenario, segment);
    if (!resolved)
        return entraError(ctx, req, 400, u"invalid_tenant"_s, 90002,
                          u"Tenant '%1' not found. Check to make sure you have the correct tenant "
                          "ID and are signing into the correct cloud."_s.arg(segment));
    const QString tid = resolved->tenant ? resolved->tenant->id : u"{tenantid}"_s;
    const QString base = ctx.baseUrl + u'/' + segment;
    const QString v = version == 2 ? u"/v2.0"_s : QString();
    QJsonObject d{
        {"issuer"_L1, issuerFor(ctx, version, tid)},
        {"authorization_endpoint"_L1, QString(base + u"/oauth2"_s + v + u"/authorize"_s)},
        {"token_endpoint"_L1, QString(base + u"/oauth2"_s + v + u"/token"_s)},
        {"jwks_uri"_L1, QString(base + u"/discovery"_s + v + u"/keys"_s)},
        {"token_endpoint_auth_methods_supported"_L1,
         QJsonArray{u"client_secret_post"_s, u"private_key_jwt"_s}},
        {"response_types_supported"_L1, QJsonArray{u"code"_s}},
        {"response_modes_supported"_L1, QJsonArray{u"query"_s}},
        {"scopes_supported"_L1,
         QJsonArray{u"openid"_s, u"profile"_s, u"email"_s, u"offline_access"_s}},
        {"subject_types_supported"_L1, QJsonArray{u"pairwise"_s}},
        {"id_token_signing_alg_values_supported"_L1, QJsonArray{u"RS256"_s}},
        {"code_challenge_methods_supported"_L1, QJsonArray{u"S256"_s, u"plain"_s}},
        {"claims_supported"_L1,
         QJsonArray{u"sub"_s, u"iss"_s, u"aud"_s, u"exp"_s, u"iat"_s, u"auth_time"_s, u"amr"_s,
                    u"nonce"_s, u"name"_s, u"oid"_s, u"tid"_s, u"upn"_s, u"preferred_username"_s}},
        {"tenant_region_scope"_L1, u"EU"_s},
        {"cloud_instance_name"_L1, u"sandbox.local"_s},
        {"cloud_graph_host_name"_L1, u"graph.windows.net"_s},
        {"msgraph_host"_L1, u"graph.microsoft.com"_s}};
    if (version == 1)
        d.insert("resource_parameter_supported"_L1, true);
    return HttpResponse::json(200, QJsonDocument(d).toJson(QJsonDocument::Compact));
}

HttpResponse jwksDocument(const SandboxContext &ctx)
{
    const QJsonObject key{{"kty"_L1, u"RSA"_s},
                          {"use"_L1, u"sig"_s},
                          {"alg"_L1, u"RS256"_s},
                          {"kid"_L1, QString::fromLatin1(ctx.kid)},
                          {"x5t"_L1, QString::fromLatin1(ctx.kid)},
                          {"n"_L1, QString::fromLatin1(base64Url(ctx.signingKey.modulus()))},
                          {"e"_L1, QString::fromLatin1(base64Url(ctx.signingKey.exponent()))}};
    const QJsonObject doc{{"keys"_L1, QJsonArray{key}}};
    return HttpResponse::json(200, QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

} // namespace PCAuth::Sandbox
