// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "graphaccess.h"
#include "httpadapter.h"
#include "sandboxstate.h"

namespace PCAuth::Sandbox {

// Microsoft Graph under /graph (organization, domains, users, me), plus the two small test
// targets ARM under /arm (subscriptions) and Azure AD Graph under /aadgraph (tenantDetails).
// The data returned is the token's tenant (`tid`): a customer token shows that customer.
class GraphApi final
{
public:
    explicit GraphApi(SandboxContext &ctx);

    HttpResponse graph(const HttpRequest &req, const QStringList &segments);
    HttpResponse arm(const HttpRequest &req, const QStringList &segments);
    HttpResponse aadGraph(const HttpRequest &req, const QStringList &segments);

private:
    QJsonArray usersOf(const Tenant &t) const;

    SandboxContext &m_ctx;
    GraphAccessApi m_access;
};

// Graph's error body {error{code, message, innerError{date, request-id, client-request-id}}}.
HttpResponse graphError(int status, const QString &code, const QString &message,
                        const HttpRequest &req);
HttpResponse okJson(const QJsonObject &o);
// The object id of a customer tenant's generated user `localPart` (admin, it.support, ...).
QString customerUserId(const Tenant &t, const QString &localPart);

} // namespace PCAuth::Sandbox
