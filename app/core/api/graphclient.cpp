// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "api/graphclient.h"

#include <algorithm>
#include <memory>

#include <QCoreApplication>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::GraphClient)
};

QString encoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, "'"));
}

/// One getAll(): the pages read so far and how to ask for the next.
struct Paging
{
    GraphList list;
    int maxPages = GraphClient::MaxPages;
    std::function<void(const GraphList &)> done;
};

} // namespace

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

void GraphClient::getUrl(const QUrl &url, QObject *context, ApiCallback done)
{
    if (url.scheme() != m_base.scheme() || url.host() != m_base.host()
        || url.port(-1) != m_base.port(-1)) {
        ApiResult refused;
        refused.message = Text::tr("Graph's next link points elsewhere (%1): not followed.")
                              .arg(url.toDisplayString(QUrl::RemoveQuery));
        QPointer<QObject> alive(context);
        QMetaObject::invokeMethod(
            this,
            [alive, refused, done = std::move(done)] {
                if (alive)
                    done(refused);
            },
            Qt::QueuedConnection);
        return;
    }
    HttpRequest request;
    request.method = "GET"_ba;
    request.url = url;
    sendApiRequest(m_http, m_tokens, ApiKind::Graph, std::move(request), m_correlationId, context,
                   std::move(done));
}

void GraphClient::getAll(const QString &pathAndQuery, int maxPages, QObject *context,
                         std::function<void(const GraphList &)> done)
{
    auto paging = std::make_shared<Paging>();
    paging->maxPages = std::max(1, maxPages);
    paging->done = std::move(done);
    // The callback holds the only reference to the next step: it dies with `context`.
    auto step = std::make_shared<ApiCallback>();
    *step = [this, paging, context,
             weakStep = std::weak_ptr<ApiCallback>(step)](const ApiResult &result) {
        GraphList &list = paging->list;
        list.result = result;
        ++list.pages;
        if (!result.ok())
            return paging->done(list);
        const QJsonObject page = result.json.object();
        if (!page.value("value"_L1).isArray()) {
            list.problem = Text::tr("Graph's answer has no \"value\" list.");
            return paging->done(list);
        }
        for (const QJsonValue &item : page.value("value"_L1).toArray())
            list.value.append(item);
        const QString next = page.value("@odata.nextLink"_L1).toString();
        if (next.isEmpty())
            return paging->done(list);
        if (list.pages >= paging->maxPages) {
            list.problem =
                Text::tr("Graph kept announcing more pages after %1; stopped.").arg(list.pages);
            return paging->done(list);
        }
        const std::shared_ptr<ApiCallback> again = weakStep.lock();
        if (!again)
            return;
        getUrl(QUrl(next), context, [again](const ApiResult &r) { (*again)(r); });
    };
    get(pathAndQuery, context, [step](const ApiResult &r) { (*step)(r); });
}

QString GraphClient::relationshipsPath(int top, const QString &filter)
{
    QString path = u"/v1.0/tenantRelationships/delegatedAdminRelationships?$top=%1"_s.arg(top);
    if (!filter.isEmpty())
        path += u"&$filter="_s + encoded(filter);
    return path;
}

QString GraphClient::accessAssignmentsPath(const QString &relationshipId)
{
    return u"/v1.0/tenantRelationships/delegatedAdminRelationships/%1/accessAssignments"_s.arg(
        encoded(relationshipId));
}

QString GraphClient::servicePrincipalPath(const QString &appId)
{
    return u"/v1.0/servicePrincipals(appId='%1')"_s.arg(encoded(appId));
}

QString GraphClient::allPrincipalsGrantsPath(const QString &servicePrincipalId)
{
    return u"/v1.0/oauth2PermissionGrants?$filter="_s
           + encoded(
               u"clientId eq '%1' and consentType eq 'AllPrincipals'"_s.arg(servicePrincipalId));
}

QString GraphClient::servicePrincipalGrantsPath(const QString &servicePrincipalId)
{
    return u"/v1.0/servicePrincipals/%1/oauth2PermissionGrants"_s.arg(encoded(servicePrincipalId));
}

QString GraphClient::applicationPath(const QString &appId)
{
    return u"/v1.0/applications(appId='%1')?$select=passwordCredentials,keyCredentials,web,"
           "publicClient,requiredResourceAccess"_s.arg(encoded(appId));
}

void GraphClient::delegatedAdminRelationships(int top, const QString &filter, QObject *context,
                                              std::function<void(const GraphList &)> done)
{
    getAll(relationshipsPath(std::clamp(top, 1, 300), filter), MaxPages, context, std::move(done));
}

void GraphClient::accessAssignments(const QString &relationshipId, QObject *context,
                                    std::function<void(const GraphList &)> done)
{
    getAll(accessAssignmentsPath(relationshipId), MaxPages, context, std::move(done));
}

void GraphClient::servicePrincipal(const QString &appId, QObject *context, ApiCallback done)
{
    get(servicePrincipalPath(appId), context, std::move(done));
}

void GraphClient::allPrincipalsGrants(const QString &servicePrincipalId, QObject *context,
                                      ApiCallback done)
{
    get(allPrincipalsGrantsPath(servicePrincipalId), context, std::move(done));
}

void GraphClient::servicePrincipalGrants(const QString &servicePrincipalId, QObject *context,
                                         ApiCallback done)
{
    get(servicePrincipalGrantsPath(servicePrincipalId), context, std::move(done));
}

void GraphClient::application(const QString &appId, QObject *context, ApiCallback done)
{
    get(applicationPath(appId), context, std::move(done));
}

} // namespace PCAuth
