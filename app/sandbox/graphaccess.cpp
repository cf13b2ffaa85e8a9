// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "graphaccess.h"

#include "crypto.h"
#include "entracommon.h"
#include "graph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

namespace {

constexpr int DefaultTop = 100;
constexpr int MaxTop = 300;
const QString Context = u"https://graph.microsoft.com/v1.0/$metadata#"_s;

QString queryValue(const HttpRequest &req, const QString &key)
{
    return req.query.queryItemValue(key, QUrl::FullyDecoded);
}

using Filter = QList<QPair<QString, QString>>; // (lower-case property, value)

// The `$filter` forms the sandbox understands: `prop eq 'value'` clauses joined by `and`.
// nullopt for anything else (Graph answers 400 then, and so does the sandbox).
std::optional<Filter> parseFilter(const QString &text)
{
    Filter out;
    if (text.trimmed().isEmpty())
        return out;
    static const QRegularExpression clause(uR"(^\s*([A-Za-z/]+)\s+eq\s+'([^']*)'\s*(?:and\s+|$))"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    qsizetype pos = 0;
    while (pos < text.size()) {
        const auto m = clause.match(text.mid(pos));
        if (!m.hasMatch())
            return std::nullopt;
        out.append({m.captured(1).toLower(), m.captured(2)});
        pos += m.capturedLength(0);
    }
    return out;
}

// Whether every clause names one of `known` and `values` (property -> value) satisfies it.
bool matches(const Filter &f, const QHash<QString, QString> &values)
{
    for (const auto &[prop, value] : f) {
        if (values.value(prop).compare(value, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

bool knows(const Filter &f, const QStringList &properties)
{
    for (const auto &clause : f) {
        if (!properties.contains(clause.first))
            return false;
    }
    return true;
}

QString iso(const QDateTime &d)
{
    return d.toString(Qt::ISODate);
}

QJsonValue isoOrNull(const QDateTime &d)
{
    return d.isValid() ? QJsonValue(iso(d)) : QJsonValue(QJsonValue::Null);
}

QJsonObject unifiedRoles(const QStringList &roles)
{
    QJsonArray out;
    for (const auto &r : roles)
        out.append(QJsonObject{{"roleDefinitionId"_L1, r}});
    return QJsonObject{{"unifiedRoles"_L1, out}};
}

// The value inside `name(appId='…')`, as Graph addresses an object by an alternate key.
QString alternateKey(const QString &segment, const QString &name)
{
    static const QRegularExpression re(uR"(^([A-Za-z]+)\(appId='([^']*)'\)$)"_s);
    const auto m = re.match(segment);
    return m.hasMatch() && m.captured(1).compare(name, Qt::CaseInsensitive) == 0 ? m.captured(2)
                                                                                 : QString();
}

bool grantsAccess(const QString &status)
{
    return status == "active"_L1 || status == "expiring"_L1;
}

// Statuses of a relationship that still make the customer a delegated-admin customer.
bool listsCustomer(const QString &status)
{
    return grantsAccess(status) || status == "activating"_L1 || status == "terminating"_L1
           || status == "terminationRequested"_L1;
}

HttpResponse notFound(const HttpRequest &req, const QString &what)
{
    return graphError(404, u"Request_ResourceNotFound"_s,
                      u"Resource '%1' does not exist or one of its queried reference-property "
                      "objects are not present."_s.arg(what),
                      req);
}

HttpResponse badFilter(const HttpRequest &req)
{
    return graphError(400, u"BadRequest"_s,
                      u"Invalid filter clause: the sandbox supports \"property eq 'value'\" "
                      "clauses joined by 'and' on the documented properties."_s,
                      req);
}

} // namespace

GraphAccessApi::GraphAccessApi(SandboxContext &ctx)
    : m_ctx(ctx)
{ }

bool GraphAccessApi::seesGdap(const BearerToken &token) const
{
    if (token.appOnly)
        return true;
    const User *u = m_ctx.scenario.findUser(token.userOid);
    return u && m_ctx.scenario.isAdminAgent(*u);
}

std::optional<HttpResponse> GraphAccessApi::handle(const HttpRequest &req, const QStringList &s,
                                                   const BearerToken &token, const Tenant &tenant)
{
    if (s.size() < 2 || s.at(0) != "v1.0"_L1)
        return std::nullopt;
    const QString first = s.at(1).toLower();
    if (first == "tenantrelationships"_L1 && s.size() >= 3) {
        const QString what = s.at(2).toLower();
        if (what != "delegatedadminrelationships"_L1 && what != "delegatedadmincustomers"_L1)
            return std::nullopt;
        if (!tenant.partner)
            return graphError(403, u"Authorization_RequestDenied"_s,
                              u"GDAP relationships are read with a token of the partner tenant."_s,
                              req);
        m_ctx.scenario.advanceRelationships(m_ctx.state.clock.now());
        return what == "delegatedadminrelationships"_L1 ? relationships(req, s, token, tenant)
                                                        : customers(req, s, token, tenant);
    }
    if (first == "rolemanagement"_L1 && s.size() == 4 && s.at(2).toLower() == "directory"_L1
        && s.at(3).toLower() == "roleassignments"_L1) {
        m_ctx.scenario.advanceRelationships(m_ctx.state.clock.now());
        return roleAssignments(req, tenant);
    }
    if (const QString appId = alternateKey(s.at(1), u"servicePrincipals"_s);
        !appId.isEmpty() && s.size() == 2)
        return servicePrincipal(req, appId, tenant);
    if (first == "serviceprincipals"_L1 && s.size() == 4
        && s.at(3).toLower() == "oauth2permissiongrants"_L1)
        return permissionGrants(req, tenant, s.at(2));
    if (first == "oauth2permissiongrants"_L1 && s.size() == 2)
        return permissionGrants(req, tenant, QString());
    if (const QString appId = alternateKey(s.at(1), u"applications"_s);
        !appId.isEmpty() && s.size() == 2)
        return application(req, appId, tenant);
    return std::nullopt;
}

HttpResponse GraphAccessApi::page(const HttpRequest &req, const QString &path,
                                  const QJsonArray &all)
{
    bool ok = true;
    const QString topText = queryValue(req, u"$top"_s);
    const int top = topText.isEmpty() ? DefaultTop : topText.toInt(&ok);
    if (!ok || top < 1 || top > MaxTop)
        return graphError(400, u"BadRequest"_s,
                          u"Invalid page size: $top must be between 1 and %1."_s.arg(MaxTop), req);
    qsizetype offset = 0;
    if (const QString skip = queryValue(req, u"$skiptoken"_s); !skip.isEmpty()) {
        const auto decoded = fromBase64Url(skip.toLatin1());
        const QList<QByteArray> parts = decoded ? decoded->split(':') : QList<QByteArray>{};
        bool okOffset = false;
        if (parts.size() == 2 && parts.at(0) == "sbxpage"_ba)
            offset = parts.at(1).toLongLong(&okOffset);
        if (!okOffset || offset < 0 || offset > all.size())
            return graphError(400, u"BadRequest"_s, u"The $skiptoken is not valid."_s, req);
    }
    QJsonArray value;
    for (qsizetype i = offset; i < all.size() && value.size() < top; ++i)
        value.append(all.at(i));
    QJsonObject body{{"@odata.context"_L1, QString(Context + path.section(u'/', 0, 0))},
                     {"value"_L1, value}};
    if (offset + value.size() < all.size()) {
        QByteArray next = "$top=" + QByteArray::number(top);
        if (const QString f = queryValue(req, u"$filter"_s); !f.isEmpty())
            next += "&$filter=" + QUrl::toPercentEncoding(f);
        next +=
            "&$skiptoken=" + base64Url("sbxpage:"_ba + QByteArray::number(offset + value.size()));
        body.insert("@odata.nextLink"_L1,
                    u"%1/graph/v1.0/%2?%3"_s.arg(m_ctx.baseUrl, path, QString::fromLatin1(next)));
    }
    return okJson(body);
}

HttpResponse GraphAccessApi::relationships(const HttpRequest &req, const QStringList &s,
                                           const BearerToken &token, const Tenant &)
{
    const Scenario &sc = m_ctx.scenario;
    const auto relationshipJson = [&sc](const GdapRelationship &r) {
        const Tenant *c = sc.findTenant(r.customerTenantId);
        return QJsonObject{
            {"@odata.type"_L1, u"#microsoft.graph.delegatedAdminRelationship"_s},
            {"id"_L1, r.id},
            {"displayName"_L1, r.displayName},
            {"duration"_L1, r.duration},
            {"status"_L1, r.status},
            {"autoExtendDuration"_L1, r.autoExtendDuration},
            {"createdDateTime"_L1, iso(r.created)},
            {"lastModifiedDateTime"_L1, iso(r.modified)},
            {"activatedDateTime"_L1, isoOrNull(r.activated)},
            {"endDateTime"_L1, isoOrNull(r.end)},
            {"customer"_L1, QJsonObject{{"tenantId"_L1, r.customerTenantId},
                                        {"displayName"_L1, c ? c->name : QString()}}},
            {"accessDetails"_L1, unifiedRoles(r.roles)}};
    };
    const bool sees = seesGdap(token);
    if (s.size() == 3) {
        const auto filter = parseFilter(queryValue(req, u"$filter"_s));
        if (!filter || !knows(*filter, {u"status"_s, u"customer/tenantid"_s, u"displayname"_s}))
            return badFilter(req);
        QJsonArray all;
        for (const GdapRelationship &r : sc.relationships) {
            if (sees
                && matches(*filter, {{u"status"_s, r.status},
                                     {u"customer/tenantid"_s, r.customerTenantId},
                                     {u"displayname"_s, r.displayName}}))
                all.append(relationshipJson(r));
        }
        return page(req, u"tenantRelationships/delegatedAdminRelationships"_s, all);
    }
    const GdapRelationship *r = m_ctx.scenario.findRelationship(s.at(3));
    if (!r || !sees) // what a user outside Admin Agents cannot list, they cannot read either
        return notFound(req, s.at(3));
    if (s.size() == 4)
        return okJson(relationshipJson(*r));
    if (s.size() == 5 && s.at(4).toLower() == "accessassignments"_L1) {
        QJsonArray all;
        for (const GdapAccessAssignment &a : r->assignments)
            all.append(QJsonObject{
                {"@odata.type"_L1, u"#microsoft.graph.delegatedAdminAccessAssignment"_s},
                {"id"_L1, a.id},
                {"status"_L1, a.status},
                {"accessContainer"_L1, QJsonObject{{"accessContainerId"_L1, a.groupId},
                                                   {"accessContainerType"_L1, u"securityGroup"_s}}},
                {"accessDetails"_L1, unifiedRoles(a.roles)},
                {"createdDateTime"_L1, iso(a.created)},
                {"lastModifiedDateTime"_L1, iso(a.modified)}});
        return page(
            req,
            u"tenantRelationships/delegatedAdminRelationships/%1/accessAssignments"_s.arg(r->id),
            all);
    }
    return notFound(req, s.mid(3).join(u'/'));
}

HttpResponse GraphAccessApi::customers(const HttpRequest &req, const QStringList &s,
                                       const BearerToken &token, const Tenant &)
{
    QJsonArray all;
    const Tenant *found = nullptr;
    if (seesGdap(token)) {
        QSet<QString> listed; // one pass: benchmarks run this with thousands of customers
        for (const GdapRelationship &r : m_ctx.scenario.relationships) {
            if (listsCustomer(r.status))
                listed.insert(r.customerTenantId);
        }
        for (const Tenant &c : m_ctx.scenario.customers) {
            if (!listed.contains(c.id))
                continue;
            if (s.size() > 3 && s.at(3).compare(c.id, Qt::CaseInsensitive) == 0)
                found = &c;
            all.append(
                QJsonObject{{"id"_L1, c.id}, {"tenantId"_L1, c.id}, {"displayName"_L1, c.name}});
        }
    }
    if (s.size() == 3)
        return page(req, u"tenantRelationships/delegatedAdminCustomers"_s, all);
    if (!found)
        return notFound(req, s.at(3));
    if (s.size() == 4)
        return okJson(QJsonObject{
            {"id"_L1, found->id}, {"tenantId"_L1, found->id}, {"displayName"_L1, found->name}});
    if (s.size() != 5 || s.at(4).toLower() != "servicemanagementdetails"_L1)
        return notFound(req, s.mid(3).join(u'/'));
    const auto service = [found](const char *id, const char *name, const QString &url) {
        return QJsonObject{
            {"id"_L1, QUuid::createUuidV5(QUuid::fromString(found->id), QString::fromLatin1(id))
                          .toString(QUuid::WithoutBraces)},
            {"serviceId"_L1, QString::fromLatin1(id)},
            {"serviceName"_L1, QString::fromLatin1(name)},
            {"serviceManagementUrl"_L1, url}};
    };
    const QJsonArray details{
        service("MEA", "Microsoft Entra admin center",
                u"https://entra.microsoft.com/%1"_s.arg(found->domain)),
        service(
            "EXO", "Exchange admin center",
            u"https://admin.exchange.microsoft.com/?landingpage=homepage&form=mac_sidebar&delegatedOrg=%1"_s
                .arg(found->domain)),
        service("MAC", "Microsoft 365 admin center",
                u"https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=%1"_s.arg(
                    found->id))};
    return page(
        req,
        u"tenantRelationships/delegatedAdminCustomers/%1/serviceManagementDetails"_s.arg(found->id),
        details);
}

HttpResponse GraphAccessApi::roleAssignments(const HttpRequest &req, const Tenant &tenant)
{
    const auto filter = parseFilter(queryValue(req, u"$filter"_s));
    if (!filter || !knows(*filter, {u"roledefinitionid"_s, u"principalid"_s}))
        return badFilter(req);
    const bool expand =
        queryValue(req, u"$expand"_s).compare("principal"_L1, Qt::CaseInsensitive) == 0;
    const Scenario &sc = m_ctx.scenario;
    QJsonArray all;
    const auto add = [&](const QString &role, const QString &principalId,
                         const QString &principalOrg, const QJsonObject &principal) {
        if (!matches(*filter, {{u"roledefinitionid"_s, role}, {u"principalid"_s, principalId}}))
            return;
        QJsonObject a{
            {"id"_L1, QUuid::createUuidV5(QUuid::fromString(tenant.id), role + u':' + principalId)
                          .toString(QUuid::WithoutBraces)},
            {"roleDefinitionId"_L1, role},
            {"principalId"_L1, principalId},
            {"directoryScopeId"_L1, u"/"_s},
            {"principalOrganizationId"_L1, principalOrg}};
        if (expand)
            a.insert("principal"_L1, principal);
        all.append(a);
    };
    if (!tenant.partner) {
        // The customer's own administrator holds Global Administrator.
        const QString admin = customerUserId(tenant, u"admin"_s);
        add(QLatin1String(GlobalAdministratorRole), admin, tenant.id,
            QJsonObject{{"@odata.type"_L1, u"#microsoft.graph.user"_s},
                        {"id"_L1, admin},
                        {"displayName"_L1, QString(tenant.name + u" admin"_s)},
                        {"userPrincipalName"_L1, QString(u"admin@"_s + tenant.domain)}});
    }
    // GDAP: each active access assignment of a running relationship gives its partner group
    // its roles inside the customer.
    for (const GdapRelationship &r : sc.relationships) {
        if (r.customerTenantId != tenant.id || !grantsAccess(r.status))
            continue;
        for (const GdapAccessAssignment &as : r.assignments) {
            const SecurityGroup *g = sc.findGroup(as.groupId);
            if (as.status != "active"_L1 || !g)
                continue;
            for (const QString &role : as.roles)
                add(role, g->id, sc.partner.id,
                    QJsonObject{{"@odata.type"_L1, u"#microsoft.graph.group"_s},
                                {"id"_L1, g->id},
                                {"displayName"_L1, g->displayName}});
        }
    }
    return page(req, u"roleManagement/directory/roleAssignments"_s, all);
}

HttpResponse GraphAccessApi::servicePrincipal(const HttpRequest &req, const QString &appId,
                                              const Tenant &tenant)
{
    const App *app = m_ctx.scenario.findApp(appId);
    if (!app || !tenant.hasServicePrincipal(app->appId))
        return notFound(req, u"servicePrincipals(appId='%1')"_s.arg(appId));
    return okJson(
        QJsonObject{{"@odata.context"_L1, QString(Context + u"servicePrincipals/$entity"_s)},
                    {"id"_L1, tenant.servicePrincipalId(app->appId)},
                    {"appId"_L1, app->appId},
                    {"displayName"_L1, app->name},
                    {"appOwnerOrganizationId"_L1, m_ctx.scenario.partner.id},
                    {"servicePrincipalType"_L1, u"Application"_s},
                    {"accountEnabled"_L1, true}});
}

HttpResponse GraphAccessApi::permissionGrants(const HttpRequest &req, const Tenant &tenant,
                                              const QString &spId)
{
    const auto filter = parseFilter(queryValue(req, u"$filter"_s));
    if (!filter || !knows(*filter, {u"clientid"_s, u"consenttype"_s, u"resourceid"_s}))
        return badFilter(req);
    QJsonArray all;
    bool spFound = spId.isEmpty();
    for (const App &app : m_ctx.scenario.apps) {
        const QString client = tenant.servicePrincipalId(app.appId);
        if (!spId.isEmpty() && client.compare(spId, Qt::CaseInsensitive) != 0)
            continue;
        spFound = spFound || tenant.hasServicePrincipal(app.appId);
        for (const ConsentGrant &g : tenant.grantsOf(app.appId)) {
            const QString resource = tenant.servicePrincipalId(g.resourceAppId);
            if (!matches(*filter, {{u"clientid"_s, client},
                                   {u"consenttype"_s, u"AllPrincipals"_s},
                                   {u"resourceid"_s, resource}}))
                continue;
            const QUuid grantId = QUuid::createUuidV5(QUuid::fromString(client), resource);
            all.append(QJsonObject{{"id"_L1, QString::fromLatin1(base64Url(grantId.toRfc4122()))},
                                   {"clientId"_L1, client},
                                   {"consentType"_L1, u"AllPrincipals"_s},
                                   {"principalId"_L1, QJsonValue(QJsonValue::Null)},
                                   {"resourceId"_L1, resource},
                                   {"scope"_L1, g.scope}});
        }
    }
    if (!spFound)
        return notFound(req, spId);
    return page(req,
                spId.isEmpty() ? u"oauth2PermissionGrants"_s
                               : u"servicePrincipals/%1/oauth2PermissionGrants"_s.arg(spId),
                all);
}

HttpResponse GraphAccessApi::application(const HttpRequest &req, const QString &appId,
                                         const Tenant &tenant)
{
    const App *app = m_ctx.scenario.findApp(appId);
    // App registrations live in the partner tenant, where the app is registered.
    if (!app || !tenant.partner)
        return notFound(req, u"applications(appId='%1')"_s.arg(appId));
    QJsonArray passwords;
    for (const AppSecret &secret : app->secrets)
        passwords.append(QJsonObject{{"keyId"_L1, secret.id},
                                     {"displayName"_L1, secret.displayName},
                                     {"hint"_L1, secret.hint},
                                     {"endDateTime"_L1, iso(secret.expires)},
                                     {"secretText"_L1, QJsonValue(QJsonValue::Null)}});
    QJsonArray keys;
    for (const AppCertificate &cert : app->certificates)
        keys.append(QJsonObject{{"keyId"_L1, cert.keyId},
                                {"displayName"_L1, cert.displayName},
                                {"type"_L1, u"AsymmetricX509Cert"_s},
                                {"usage"_L1, u"Verify"_s},
                                {"endDateTime"_L1, iso(cert.expires)}});
    QJsonArray redirects;
    for (const QString &uri : app->redirectUris)
        redirects.append(uri);
    const QJsonObject full{
        {"id"_L1, QUuid::createUuidV5(QUuid::fromString(tenant.id), u"application:"_s + app->appId)
                      .toString(QUuid::WithoutBraces)},
        {"appId"_L1, app->appId},
        {"displayName"_L1, app->name},
        {"passwordCredentials"_L1, passwords},
        {"keyCredentials"_L1, keys},
        {"web"_L1, QJsonObject{{"redirectUris"_L1, app->confidential ? redirects : QJsonArray{}}}},
        {"publicClient"_L1,
         QJsonObject{{"redirectUris"_L1, app->confidential ? QJsonArray{} : redirects}}},
        {"requiredResourceAccess"_L1, app->requiredResourceAccess}};
    QJsonObject out{{"@odata.context"_L1, QString(Context + u"applications/$entity"_s)}};
    const QStringList select = queryValue(req, u"$select"_s).split(u',', Qt::SkipEmptyParts);
    for (auto it = full.begin(); it != full.end(); ++it) {
        if (select.isEmpty() || select.contains(it.key(), Qt::CaseInsensitive))
            out.insert(it.key(), it.value());
    }
    return okJson(out);
}

} // namespace PCAuth::Sandbox
