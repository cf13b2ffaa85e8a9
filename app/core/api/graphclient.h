// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace PCAuth {

class AccessTokenSource;
class HttpClient;

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

private:
    HttpClient &m_http;
    QUrl m_base;
    AccessTokenSource &m_tokens;
    QString m_correlationId;
};

} // namespace PCAuth
