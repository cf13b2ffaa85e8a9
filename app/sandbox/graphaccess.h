// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "apiauth.h"
#include "httpadapter.h"
#include "sandboxstate.h"

#include <optional>

namespace PCAuth::Sandbox {

// The Graph calls that tell whether partner automation will work (access health):
// GDAP relationships, their access assignments and the delegated-admin customers (partner
// token; a delegated token of a user outside Admin Agents gets empty lists, 200), directory
// role assignments, the app's service principal and admin grants (customer token), the app
// registration's credentials and redirect URIs (partner token).
class GraphAccessApi final
{
public:
    explicit GraphAccessApi(SandboxContext &ctx);

    // `segments` is the path after /graph; nullopt when the path is not one of these calls.
    std::optional<HttpResponse> handle(const HttpRequest &req, const QStringList &segments,
                                       const BearerToken &token, const Tenant &tenant);

private:
    HttpResponse relationships(const HttpRequest &req, const QStringList &s,
                               const BearerToken &token, const Tenant &tenant);
    HttpResponse customers(const HttpRequest &req, const QStringList &s, const BearerToken &token,
                           const Tenant &tenant);
    HttpResponse roleAssignments(const HttpRequest &req, const Tenant &tenant);
    HttpResponse servicePrincipal(const HttpRequest &req, const QString &appId,
                                  const Tenant &tenant);
    HttpResponse permissionGrants(const HttpRequest &req, const Tenant &tenant,
                                  const QString &spId);
    HttpResponse application(const HttpRequest &req, const QString &appId, const Tenant &tenant);
    // A page of `all` after `$skiptoken`, `$top` items (default 100, at most 300), with an
    // @odata.nextLink to `path` that keeps the query's other options.
    HttpResponse page(const HttpRequest &req, const QString &path, const QJsonArray &all);
    // Whether the caller sees the partner's GDAP data (app-only, or a user in Admin Agents).
    bool seesGdap(const BearerToken &token) const;

    SandboxContext &m_ctx;
};

} // namespace PCAuth::Sandbox
