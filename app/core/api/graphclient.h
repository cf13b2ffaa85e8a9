// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <functional>

#include <QJsonArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace PCAuth {

class AccessTokenSource;
class HttpClient;

/// Every item of a Graph collection, page after page (@odata.nextLink), or why it stopped.
/// `result` is the last page's call: on failure it carries the error and the ids.
struct GraphList
{
    QJsonArray value;
    int pages = 0;
    ApiResult result;
    QString problem; // a page we could not read, or a next link we refused; empty otherwise

    bool ok() const { return result.ok() && problem.isEmpty(); }
    QString errorMessage() const { return problem.isEmpty() ? result.errorMessage() : problem; }
};

/// Microsoft Graph calls the health checks use (PROTOCOL.md §4, "Graph tests"), with the token
/// of one tenant. Same shape as PartnerCenterClient: `client-request-id` is the request id
/// (new per logical request, the same on retries), error bodies go through
/// ErrorBodies::parseGraph.
class GraphClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphClient)
public:
    /// `baseEndpoint`: cloud.endpoint(Service::Graph). `http` and `tokens` must outlive it.
    GraphClient(HttpClient &http, QUrl baseEndpoint, AccessTokenSource &tokens,
                QObject *parent = nullptr);

    void setCorrelationId(const QString &correlationId) { m_correlationId = correlationId; }

    /// GET {base}{pathAndQuery}, e.g. "/v1.0/organization".
    void get(const QString &pathAndQuery, QObject *context, ApiCallback done);
    void organization(QObject *context, ApiCallback done);
    void domains(QObject *context, ApiCallback done);
    /// GET /v1.0/users?$top=1: proves the token may read the directory.
    void firstUser(QObject *context, ApiCallback done);
    /// GET /v1.0/me: delegated tokens only.
    void me(QObject *context, ApiCallback done);

    /// GET `url`, absolute (an @odata.nextLink). Refused without traffic unless it points at
    /// this client's endpoint (scheme, host and port): the token goes nowhere else.
    void getUrl(const QUrl &url, QObject *context, ApiCallback done);
    /// GET {base}{pathAndQuery} and every next page, at most `maxPages`.
    void getAll(const QString &pathAndQuery, int maxPages, QObject *context,
                std::function<void(const GraphList &)> done);

    // Access health (PROTOCOL.md §8). The paths are public for previews and evidence.
    static QString relationshipsPath(int top, const QString &filter = QString());
    static QString accessAssignmentsPath(const QString &relationshipId);
    static QString servicePrincipalPath(const QString &appId);
    static QString allPrincipalsGrantsPath(const QString &servicePrincipalId);
    static QString servicePrincipalGrantsPath(const QString &servicePrincipalId);
    static QString applicationPath(const QString &appId);

    /// Every GDAP relationship the token may see ($top ≤ 300 per page).
    void delegatedAdminRelationships(int top, const QString &filter, QObject *context,
                                     std::function<void(const GraphList &)> done);
    void accessAssignments(const QString &relationshipId, QObject *context,
                           std::function<void(const GraphList &)> done);
    /// The app's service principal in the token's tenant (404 when it has none).
    void servicePrincipal(const QString &appId, QObject *context, ApiCallback done);
    /// The AllPrincipals (admin) grants of a service principal.
    void allPrincipalsGrants(const QString &servicePrincipalId, QObject *context, ApiCallback done);
    /// Every delegated grant of a service principal.
    void servicePrincipalGrants(const QString &servicePrincipalId, QObject *context,
                                ApiCallback done);
    /// The app registration: credentials, redirect URIs, declared permissions.
    void application(const QString &appId, QObject *context, ApiCallback done);

    /// Pages one getAll() follows at most.
    static constexpr int MaxPages = 1000;

private:
    HttpClient &m_http;
    QUrl m_base;
    AccessTokenSource &m_tokens;
    QString m_correlationId;
};

} // namespace PCAuth
