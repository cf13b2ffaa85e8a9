// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "api/graphclient.h"

using namespace Qt::StringLiterals;

namespace PCAuth {

GraphClient::GraphClient(HttpClient &http, QUrl baseEndpoint, AccessTokenSource &tokens,
                         QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_base(std::move(baseEndpoint))
    , m_tokens(tokens)
{ }

void GraphClient::get(const QString &pathAndQuery, QObject *context, ApiCallback done)
{
    HttpRequest request;
    request.method = "GET"_ba;
    request.url = apiUrl(m_base, pathAndQuery);
    sendApiRequest(m_http, m_tokens, ApiKind::Graph, std::move(request), m_correlationId, context,
                   std::move(done));
}

void GraphClient::organization(QObject *context, ApiCallback done)
{
    get(u"/v1.0/organization"_s, context, std::move(done));
}

void GraphClient::domains(QObject *context, ApiCallback done)
{
    get(u"/v1.0/domains"_s, context, std::move(done));
}

void GraphClient::firstUser(QObject *context, ApiCallback done)
{
    get(u"/v1.0/users?$top=1"_s, context, std::move(done));
}

void GraphClient::me(QObject *context, ApiCallback done)
{
    get(u"/v1.0/me"_s, context, std::move(done));
}

} // namespace PCAuth
