// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "graph.h"

#include "apiauth.h"
#include "entracommon.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

HttpResponse graphError(int status, const QString &code, const QString &message,
                        const HttpRequest &req)
{
    const QJsonObject inner{
        {"date"_L1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {"request-id"_L1, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {"client-request-id"_L1, QString::fromLatin1(req.header("client-request-id"_ba))}};
    const QJsonObject body{
        {"error"_L1,
         QJsonObject{{"code"_L1, code}, {"message"_L1, message}, {"innerError"_L1, inner}}}};
    HttpResponse r = HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (status == 401)
        r.setHeader("WWW-Authenticate"_ba, "Bearer realm=\"\", error=\"invalid_token\""_ba);
    return r;
}

HttpResponse okJson(const QJsonObject &o)
{
    return HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString customerUserId(const Tenant &t, const QString &localPart)
{
    return QUuid::createUuidV5(QUuid::fromString(t.id), localPart).toString(QUuid::WithoutBraces);
}

namespace {

QJsonArray domainsOf(const Tenant &t)
{
    QJsonArray out;
    out.append(QJsonObject{{"id"_L1, t.domain},
                           {"isDefault"_L1, t.extraDomains.isEmpty()},
                           {"isInitial"_L1, true},
                           {"isVerified"_L1, true},
                           {"authenticationType"_L1, u"Managed"_s}});
    for (qsizetype i = 0; i < t.extraDomains.size(); ++i)
        out.append(QJsonObject{{"id"_L1, t.extraDomains.at(i)},
                               {"isDefault"_L1, i == 0},
                               {"isInitial"_L1, false},
                               {"isVerified"_L1, true},
                               {"authenticationType"_L1, u"Managed"_s}});
    return out;
}

QJsonObject userJson(const QString &oid, const QString &upn, const QString &name)
{
    return QJsonObject{{"id"_L1, oid},
                       {"userPrincipalName"_L1, upn},
                       {"displayName"_L1, name},
                       {"mail"_L1, upn},
                       {"accountEnabled"_L1, true}};
}

} // namespace

GraphApi::GraphApi(SandboxContext &ctx)
    : m_ctx(ctx)
    , m_access(ctx)
{ }

QJsonArray GraphApi::usersOf(const Tenant &t) const
{
    QJsonArray out;
    if (t.partner) {
        for (const User &u : m_ctx.scenario.users)
            out.append(userJson(u.oid, u.upn, u.displayName));
        return out;
    }
    // Customers get a few deterministic users, derived from the tenant id.
    const char *const names[] = {"admin", "it.support", "finance"};
    for (const char *n : names) {
        const QString local = QString::fromLatin1(n);
        out.append(
            userJson(customerUserId(t, local), local + u'@' + t.domain, t.name + u' ' + local));
    }
    return out;
}

HttpResponse GraphApi::graph(const HttpRequest &req, const QStringList &s)
{
    const auto *res = findResource(u"https://graph.microsoft.com"_s);
    const BearerCheck check = checkBearer(m_ctx, req, {res->uri, res->appId});
    if (!check.ok())
        return graphError(401, u"InvalidAuthenticationToken"_s,
                          u"Access token validation failure. "_s + check.message, req);
    const Tenant *t = m_ctx.scenario.findTenant(check.token.tenantId);
    if (!t)
        return graphError(401, u"InvalidAuthenticationToken"_s,
                          u"Access token validation failure. Unknown tenant."_s, req);
    if (req.method != "GET"_ba)
        return graphError(405, u"Request_BadRequest"_s,
                          u"Only GET is supported by the sandbox's Graph."_s, req);
    if (auto answer = m_access.handle(req, s, check.token, *t))
        return *answer;
    const QString what = s.size() == 2 && s.at(0) == "v1.0"_L1 ? s.at(1).toLower() : QString();
    const QString context = u"https://graph.microsoft.com/v1.0/$metadata#"_s;
    if (what == "organization"_L1) {
        const QJsonObject org{{"id"_L1, t->id},
                              {"displayName"_L1, t->name},
                              {"tenantType"_L1, u"AAD"_s},
                              {"verifiedDomains"_L1, domainsOf(*t)}};
        return okJson({{"@odata.context"_L1, QString(context + u"organization"_s)},
                       {"value"_L1, QJsonArray{org}}});
    }
    if (what == "domains"_L1)
        return okJson(
            {{"@odata.context"_L1, QString(context + u"domains"_s)}, {"value"_L1, domainsOf(*t)}});
    if (what == "users"_L1) {
        QJsonArray users = usersOf(*t);
        bool okTop = false;
        const int top = req.query.queryItemValue(u"$top"_s).toInt(&okTop);
        if (okTop && top >= 0)
            while (users.size() > top)
                users.removeLast();
        return okJson({{"@odata.context"_L1, QString(context + u"users"_s)}, {"value"_L1, users}});
    }
    if (what == "me"_L1) {
        if (check.token.appOnly)
            return graphError(400, u"BadRequest"_s,
                              u"/me request is only valid with delegated authentication flow."_s,
                              req);
        const User *u = m_ctx.scenario.findUser(check.token.userOid);
        if (!u)
            return graphError(404, u"Request_ResourceNotFound"_s, u"User not found."_s, req);
        QJsonObject me = userJson(u->oid, u->upn, u->displayName);
        me.insert("@odata.context"_L1, QString(context + u"users/$entity"_s));
        return okJson(me);
    }
    return graphError(400, u"BadRequest"_s,
                      u"Resource not found for the segment '%1'."_s.arg(s.join(u'/')), req);
}

HttpResponse GraphApi::arm(const HttpRequest &req, const QStringList &s)
{
    const auto *res = findResource(u"https://management.azure.com"_s);
    const BearerCheck check = checkBearer(m_ctx, req, {res->uri, res->uri + u'/', res->appId});
    const auto armError = [](int status, const QString &code, const QString &message) {
        const QJsonObject body{
            {"error"_L1, QJsonObject{{"code"_L1, code}, {"message"_L1, message}}}};
        return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    if (!check.ok())
        return armError(401, u"InvalidAuthenticationToken"_s, check.message);
    if (req.query.queryItemValue(u"api-version"_s).isEmpty())
        return armError(400, u"MissingApiVersionParameter"_s,
                        u"The api-version query parameter (?api-version=) is required for all "
                        "requests."_s);
    if (s != QStringList{u"subscriptions"_s} || req.method != "GET"_ba)
        return armError(404, u"NotFound"_s, u"The sandbox's ARM serves GET /subscriptions only."_s);
    const QString subId =
        QUuid::createUuidV5(QUuid::fromString(check.token.tenantId), u"subscription"_s)
            .toString(QUuid::WithoutBraces);
    const QJsonObject sub{{"id"_L1, QString(u"/subscriptions/"_s + subId)},
                          {"subscriptionId"_L1, subId},
                          {"tenantId"_L1, check.token.tenantId},
                          {"displayName"_L1, u"Sandbox subscription"_s},
                          {"state"_L1, u"Enabled"_s}};
    return okJson({{"value"_L1, QJsonArray{sub}},
                   {"count"_L1, QJsonObject{{"type"_L1, u"Total"_s}, {"value"_L1, 1}}}});
}

HttpResponse GraphApi::aadGraph(const HttpRequest &req, const QStringList &s)
{
    const auto *res = findResource(u"https://graph.windows.net"_s);
    const BearerCheck check = checkBearer(m_ctx, req, {res->uri, res->uri + u'/', res->appId});
    const auto odataError = [](int status, const QString &code, const QString &message) {
        const QJsonObject body{
            {"odata.error"_L1, QJsonObject{{"code"_L1, code},
                                           {"message"_L1, QJsonObject{{"lang"_L1, u"en"_s},
                                                                      {"value"_L1, message}}}}}};
        return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    };
    if (!check.ok())
        return odataError(401, u"Authentication_MissingOrMalformed"_s, check.message);
    const Tenant *t = m_ctx.scenario.findTenant(check.token.tenantId);
    if (s.size() != 2 || s.at(1) != "tenantDetails"_L1 || !t || req.method != "GET"_ba)
        return odataError(
            404, u"Request_ResourceNotFound"_s,
            u"The sandbox's Azure AD Graph serves GET /{tenant}/tenantDetails only."_s);
    const QJsonObject details{
        {"objectId"_L1, t->id}, {"displayName"_L1, t->name}, {"verifiedDomains"_L1, domainsOf(*t)}};
    return okJson({{"odata.metadata"_L1,
                    u"https://graph.windows.net/%1/$metadata#directoryObjects"_s.arg(t->id)},
                   {"value"_L1, QJsonArray{details}}});
}

} // namespace PCAuth::Sandbox
