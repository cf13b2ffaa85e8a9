// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "httpadapter.h"
#include "sandboxstate.h"

#include <QString>
#include <QStringList>

namespace PCAuth::Sandbox {

// Real resource identifiers, as Entra issues them in `aud`.
struct KnownResource
{
    QString uri; // e.g. https://graph.microsoft.com
    QString appId; // e.g. 00000003-0000-0000-c000-000000000000
    QString delegatedScopes; // what /.default expands to for a user
};
const QList<KnownResource> &knownResources();
// Accepts the URI (trailing slash optional) or the resource's app id.
const KnownResource *findResource(const QString &uriOrAppId);

// The tenant a path segment names: a GUID or verified domain, or organizations/common.
struct TenantSegment
{
    const Tenant *tenant = nullptr; // null for organizations/common
    bool multiTenant = false;
};
std::optional<TenantSegment> resolveTenantSegment(const Scenario &scenario, const QString &segment);

// A v2 `scope` parameter split into the one resource it targets and OpenID extras. Known
// scopes: openid, profile, email, offline_access, and for a known resource `{uri}/.default` or
// `{uri}/{permission}` with a permission of its delegatedScopes (a bare name is a Graph
// permission). Any other scope is refused like Entra does: AADSTS70011 (invalid_scope).
struct ScopeRequest
{
    const KnownResource *resource = nullptr;
    QString resourceScopes; // as echoed in the response, resource-qualified
    QString shortScopes; // scp claim value
    bool offlineAccess = false;
    bool openid = false;
    bool isDefault = false;
    int errorCode = 0; // AADSTS number when a scope names no resource or permission we know
    QString error; // its message
};
ScopeRequest parseV2Scope(const QString &scope);

// Entra-shaped error: {error, error_description "AADSTSn: ...\r\nTrace ID...", error_codes,
// timestamp, trace_id, correlation_id, error_uri}. Counts it under errors.AADSTS<code>.
HttpResponse entraError(SandboxContext &ctx, const HttpRequest &req, int httpStatus,
                        const QString &error, int code, const QString &message);
QString entraTimestamp(const QDateTime &t); // "2026-11-27 05:23:53Z"

QString issuerFor(const SandboxContext &ctx, int version, const QString &tenantId);

struct AccessTokenSpec
{
    int version = 2;
    QString tenantId;
    QString audience;
    QString clientId;
    const User *user = nullptr; // null: app-only
    bool mfa = false;
    QString scp;
    QStringList roles;
    QDateTime authTime;
};
QByteArray mintAccessToken(SandboxContext &ctx, const AccessTokenSpec &spec);
QByteArray mintIdToken(SandboxContext &ctx, int version, const QString &tenantId,
                       const QString &clientId, const User &user, bool mfa, const QString &nonce,
                       const QDateTime &authTime);
constexpr int AccessTokenLifetimeSeconds = 3599;

HttpResponse discoveryDocument(SandboxContext &ctx, const HttpRequest &req, const QString &segment,
                               int version);
HttpResponse jwksDocument(const SandboxContext &ctx);

} // namespace PCAuth::Sandbox
