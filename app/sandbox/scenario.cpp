// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "scenario.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

bool Tenant::hasDomain(const QString &d) const
{
    return domain.compare(d, Qt::CaseInsensitive) == 0
           || extraDomains.contains(d, Qt::CaseInsensitive);
}

const QStringList &relationshipStatuses()
{
    static const QStringList statuses{u"activating"_s,      u"active"_s,
                                      u"approvalPending"_s, u"approved"_s,
                                      u"created"_s,         u"expired"_s,
                                      u"expiring"_s,        u"terminated"_s,
                                      u"terminating"_s,     u"terminationRequested"_s};
    return statuses;
}

QList<ConsentGrant> Tenant::grantsOf(const QString &appId) const
{
    if (!consented(appId))
        return {};
    if (const auto it = grants.constFind(appId); it != grants.cend())
        return *it;
    QList<ConsentGrant> out{
        {u"00000003-0000-0000-c000-000000000000"_s, u"Directory.Read.All User.Read"_s}};
    if (partner)
        out.append({u"fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd"_s, u"user_impersonation"_s});
    return out;
}

QString Tenant::servicePrincipalId(const QString &appId) const
{
    return QUuid::createUuidV5(QUuid::fromString(id), u"servicePrincipal:"_s + appId.toLower())
        .toString(QUuid::WithoutBraces);
}

namespace {

// Whole days of an ISO 8601 duration of the forms GDAP uses (PnD, PnY); -1 if not one.
int durationDays(const QString &d)
{
    bool ok = false;
    if (d.startsWith(u'P') && d.endsWith(u'D'))
        if (const int n = d.mid(1, d.size() - 2).toInt(&ok); ok && n >= 0)
            return n;
    if (d.startsWith(u'P') && d.endsWith(u'Y'))
        if (const int n = d.mid(1, d.size() - 2).toInt(&ok); ok && n >= 0)
            return n * 365;
    return -1;
}

// An absolute date ("<key>DateTime") or one relative to `now` in days ("<relKey>", counted
// forward, or backward when `past`); null when neither is given.
QDateTime dateField(const QJsonObject &o, const QString &key, const QString &relKey, bool past,
                    const QDateTime &now)
{
    if (o.contains(key))
        return QDateTime::fromString(o.value(key).toString(), Qt::ISODate);
    if (o.contains(relKey)) {
        const double days = o.value(relKey).toDouble();
        return now.addSecs(qint64((past ? -days : days) * 86400));
    }
    return {};
}

QString isoOrNull(const QDateTime &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const auto &x : a)
        out.append(x.toString());
    return out;
}

QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const auto &s : l)
        a.append(s);
    return a;
}

bool isGuid(const QString &s)
{
    return !QUuid::fromString(s).isNull() && s.size() == 36;
}

std::optional<Tenant> parseTenant(const QJsonObject &o, const QString &where, QString *error)
{
    Tenant t;
    t.id = o.value("tenantId"_L1).toString();
    t.name = o.value("name"_L1).toString();
    t.domain = o.value("domain"_L1).toString();
    t.extraDomains = stringList(o.value("extraDomains"_L1));
    t.requireMfa = o.value("requireMfa"_L1).toBool(false);
    t.consentedApps = stringList(o.value("consentedApps"_L1));
    t.servicePrincipalOnlyApps = stringList(o.value("servicePrincipalOnlyApps"_L1));
    const QJsonObject grants = o.value("grants"_L1).toObject();
    for (auto it = grants.begin(); it != grants.end(); ++it) {
        QList<ConsentGrant> list;
        for (const auto &g : it.value().toArray())
            list.append({g.toObject().value("resourceAppId"_L1).toString(),
                         g.toObject().value("scope"_L1).toString()});
        t.grants.insert(it.key(), list);
    }
    if (!isGuid(t.id)) {
        *error = u"%1.tenantId must be a GUID"_s.arg(where);
        return std::nullopt;
    }
    if (t.name.isEmpty() || t.domain.isEmpty()) {
        *error = u"%1 needs a name and a domain"_s.arg(where);
        return std::nullopt;
    }
    return t;
}

std::optional<User> parseUser(const QJsonObject &o, const QString &where, QString *error)
{
    User u;
    u.oid = o.value("oid"_L1).toString();
    u.upn = o.value("upn"_L1).toString();
    u.displayName = o.value("displayName"_L1).toString();
    u.password = o.value("password"_L1).toString();
    u.mfaRegistered = o.value("mfaRegistered"_L1).toBool(false);
    u.mfaCode = o.value("mfaCode"_L1).toString();
    u.enabled = o.value("enabled"_L1).toBool(true);
    u.groups = stringList(o.value("groups"_L1)); // names or ids; resolved by fromJson
    if (!isGuid(u.oid) || !u.upn.contains(u'@')) {
        *error = u"%1 needs a GUID oid and a upn with '@'"_s.arg(where);
        return std::nullopt;
    }
    if (u.mfaRegistered && u.mfaCode.size() != 6) {
        *error = u"%1.mfaCode must have 6 digits when mfaRegistered is true"_s.arg(where);
        return std::nullopt;
    }
    return u;
}

std::optional<App> parseApp(const QJsonObject &o, const QString &where, const QDateTime &now,
                            QString *error)
{
    App a;
    a.appId = o.value("appId"_L1).toString();
    a.name = o.value("name"_L1).toString();
    a.confidential = o.value("type"_L1).toString() == "confidential"_L1;
    a.redirectUris = stringList(o.value("redirectUris"_L1));
    a.applicationPermissions = stringList(o.value("applicationPermissions"_L1));
    if (!isGuid(a.appId)) {
        *error = u"%1.appId must be a GUID"_s.arg(where);
        return std::nullopt;
    }
    const QJsonArray secrets = o.value("secrets"_L1).toArray();
    for (const auto &s : secrets) {
        const QJsonObject so = s.toObject();
        AppSecret secret{so.value("id"_L1).toString(), so.value("hint"_L1).toString(),
                         so.value("value"_L1).toString(),
                         dateField(so, u"expires"_s, u"endsInDays"_s, false, now),
                         so.value("displayName"_L1).toString()};
        if (!secret.expires.isValid()) {
            *error = u"%1.secrets need \"expires\" or \"endsInDays\""_s.arg(where);
            return std::nullopt;
        }
        a.secrets.append(secret);
    }
    const QJsonArray certs = o.value("certificates"_L1).toArray();
    for (const auto &c : certs) {
        const QJsonObject co = c.toObject();
        AppCertificate cert{co.value("description"_L1).toString(),
                            co.value("certificatePem"_L1).toString().toUtf8(),
                            co.value("privateKeyPem"_L1).toString().toUtf8(),
                            co.value("keyId"_L1).toString(),
                            co.value("displayName"_L1).toString(),
                            dateField(co, u"expires"_s, u"endsInDays"_s, false, now)};
        if (cert.keyId.isEmpty())
            cert.keyId = QUuid::createUuidV5(QUuid::fromString(a.appId), cert.certificatePem)
                             .toString(QUuid::WithoutBraces);
        if (!cert.expires.isValid())
            cert.expires = now.addDays(365);
        a.certificates.append(cert);
    }
    a.requiredResourceAccess = o.value("requiredResourceAccess"_L1).toArray();
    return a;
}

std::optional<GdapRelationship> parseRelationship(const QJsonObject &o, const Tenant &customer,
                                                  int index, const Scenario &s,
                                                  const QString &where, const QDateTime &now,
                                                  QString *error)
{
    const QUuid ns = QUuid::fromString(customer.id);
    GdapRelationship r;
    r.customerTenantId = customer.id;
    r.id = o.value("id"_L1).toString(
        QUuid::createUuidV5(ns, u"gdap-a:%1"_s.arg(index)).toString(QUuid::WithoutBraces) + u'-'
        + QUuid::createUuidV5(ns, u"gdap-b:%1"_s.arg(index)).toString(QUuid::WithoutBraces));
    r.displayName =
        o.value("displayName"_L1).toString(u"%1 GDAP %2"_s.arg(customer.name).arg(index + 1));
    r.status = o.value("status"_L1).toString(u"active"_s);
    r.duration = o.value("duration"_L1).toString(u"P730D"_s);
    r.autoExtendDuration = o.value("autoExtendDuration"_L1).toString(u"PT0S"_s);
    r.roles = stringList(o.value("roles"_L1));
    if (!relationshipStatuses().contains(r.status)) {
        *error = u"%1.status must be one of %2"_s.arg(where, relationshipStatuses().join(u", "_s));
        return std::nullopt;
    }
    const int days = durationDays(r.duration);
    if (days < 1 || days > 730) {
        *error = u"%1.duration must be P1D..P730D (or P1Y, P2Y)"_s.arg(where);
        return std::nullopt;
    }
    if (r.autoExtendDuration != "PT0S"_L1 && r.autoExtendDuration != "P180D"_L1) {
        *error = u"%1.autoExtendDuration must be PT0S or P180D"_s.arg(where);
        return std::nullopt;
    }
    if (r.roles.isEmpty() || !std::all_of(r.roles.cbegin(), r.roles.cend(), isGuid)) {
        *error = u"%1.roles must list role definition ids (GUIDs)"_s.arg(where);
        return std::nullopt;
    }
    if (r.holdsGlobalAdministrator() && r.autoExtendDuration != "PT0S"_L1) {
        *error = u"%1: a relationship with Global Administrator cannot auto-extend"_s.arg(where);
        return std::nullopt;
    }
    r.created = dateField(o, u"createdDateTime"_s, u"createdDaysAgo"_s, true, now);
    if (!r.created.isValid())
        r.created = now.addDays(-30);
    const bool wasApproved = !QStringList{u"approvalPending"_s, u"created"_s}.contains(r.status);
    r.activated = dateField(o, u"activatedDateTime"_s, u"activatedDaysAgo"_s, true, now);
    if (!r.activated.isValid() && wasApproved)
        r.activated = r.created.addDays(1);
    r.end = dateField(o, u"endDateTime"_s, u"endsInDays"_s, false, now);
    if (!r.end.isValid() && r.activated.isValid())
        r.end = r.activated.addDays(days);
    r.modified = std::max(r.created, r.activated.isValid() ? r.activated : r.created);
    const QJsonValue assignments = o.value("accessAssignments"_L1);
    if (assignments.isArray()) {
        const QJsonArray list = assignments.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject a = list.at(i).toObject();
            const SecurityGroup *g = s.findGroup(a.value("group"_L1).toString());
            if (!g) {
                *error =
                    u"%1.accessAssignments[%2].group must name a security group"_s.arg(where).arg(
                        i);
                return std::nullopt;
            }
            GdapAccessAssignment as;
            as.id = a.value("id"_L1).toString(
                QUuid::createUuidV5(QUuid::fromString(r.id.left(36)), u"assignment:%1"_s.arg(i))
                    .toString(QUuid::WithoutBraces));
            as.groupId = g->id;
            as.status = a.value("status"_L1).toString(u"active"_s);
            as.roles = a.contains("roles"_L1) ? stringList(a.value("roles"_L1)) : r.roles;
            as.created = r.modified;
            as.modified = r.modified;
            r.assignments.append(as);
        }
    } else if (wasApproved) {
        // By default the first group that is not Admin Agents gets every role of the
        // relationship, as the Partner Center wizard suggests.
        for (const SecurityGroup &g : s.groups) {
            if (g.displayName == QLatin1String(AdminAgentsGroupName))
                continue;
            r.assignments.append(
                {QUuid::createUuidV5(QUuid::fromString(r.id.left(36)), u"assignment:0"_s)
                     .toString(QUuid::WithoutBraces),
                 g.id, u"active"_s, r.roles, r.modified, r.modified});
            break;
        }
    }
    return r;
}

QJsonObject relationshipJson(const GdapRelationship &r)
{
    QJsonArray assignments;
    for (const auto &a : r.assignments)
        assignments.append(QJsonObject{{"id"_L1, a.id},
                                       {"group"_L1, a.groupId},
                                       {"status"_L1, a.status},
                                       {"roles"_L1, toArray(a.roles)}});
    QJsonObject o{{"id"_L1, r.id},
                  {"displayName"_L1, r.displayName},
                  {"status"_L1, r.status},
                  {"duration"_L1, r.duration},
                  {"autoExtendDuration"_L1, r.autoExtendDuration},
                  {"createdDateTime"_L1, isoOrNull(r.created)},
                  {"roles"_L1, toArray(r.roles)},
                  {"accessAssignments"_L1, assignments}};
    if (r.activated.isValid())
        o.insert("activatedDateTime"_L1, isoOrNull(r.activated));
    if (r.end.isValid())
        o.insert("endDateTime"_L1, isoOrNull(r.end));
    return o;
}

QJsonObject tenantJson(const Tenant &t, const QHash<QString, QJsonArray> &relationships)
{
    QJsonObject o{{"tenantId"_L1, t.id},           {"name"_L1, t.name},
                  {"domain"_L1, t.domain},         {"extraDomains"_L1, toArray(t.extraDomains)},
                  {"requireMfa"_L1, t.requireMfa}, {"consentedApps"_L1, toArray(t.consentedApps)}};
    if (!t.servicePrincipalOnlyApps.isEmpty())
        o.insert("servicePrincipalOnlyApps"_L1, toArray(t.servicePrincipalOnlyApps));
    QJsonObject grants;
    for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it) {
        QJsonArray list;
        for (const auto &g : it.value())
            list.append(QJsonObject{{"resourceAppId"_L1, g.resourceAppId}, {"scope"_L1, g.scope}});
        grants.insert(it.key(), list);
    }
    if (!grants.isEmpty())
        o.insert("grants"_L1, grants);
    if (!t.partner)
        o.insert("gdapRelationships"_L1, relationships.value(t.id));
    return o;
}

} // namespace

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = u"scenario is not a JSON object: %1 at offset %2"_s.arg(pe.errorString())
                     .arg(pe.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Scenario s;
    s.name = o.value("name"_L1).toString(u"custom"_s);
    s.seed = quint32(o.value("seed"_L1).toDouble(1));
    auto partner = parseTenant(o.value("partner"_L1).toObject(), u"partner"_s, error);
    if (!partner)
        return std::nullopt;
    s.partner = *partner;
    s.partner.partner = true;
    // Relative dates in the file ("endsInDays", ...) count from the moment it is loaded: the
    // start of the sandbox, when its clock has no offset yet.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QJsonArray groups = o.value("securityGroups"_L1).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QJsonObject g = groups.at(i).toObject();
        const SecurityGroup group{g.value("id"_L1).toString(),
                                  g.value("displayName"_L1).toString()};
        if (!isGuid(group.id) || group.displayName.isEmpty()) {
            *error = u"securityGroups[%1] needs a GUID id and a displayName"_s.arg(i);
            return std::nullopt;
        }
        s.groups.append(group);
    }
    const QJsonArray customers = o.value("customers"_L1).toArray();
    for (qsizetype i = 0; i < customers.size(); ++i) {
        const QString where = u"customers[%1]"_s.arg(i);
        const QJsonObject co = customers.at(i).toObject();
        auto t = parseTenant(co, where, error);
        if (!t)
            return std::nullopt;
        const QJsonArray rels = co.value("gdapRelationships"_L1).toArray();
        for (qsizetype j = 0; j < rels.size(); ++j) {
            auto r = parseRelationship(rels.at(j).toObject(), *t, int(j), s,
                                       u"%1.gdapRelationships[%2]"_s.arg(where).arg(j), now, error);
            if (!r)
                return std::nullopt;
            s.relationships.append(*r);
        }
        s.customers.append(*t);
    }
    const QJsonArray users = o.value("users"_L1).toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        auto u = parseUser(users.at(i).toObject(), u"users[%1]"_s.arg(i), error);
        if (!u)
            return std::nullopt;
        u->tenantId = s.partner.id;
        for (QString &g : u->groups) {
            const SecurityGroup *group = s.findGroup(g);
            if (!group) {
                *error = u"users[%1].groups: no security group %2"_s.arg(i).arg(g);
                return std::nullopt;
            }
            g = group->id;
        }
        s.users.append(*u);
    }
    s.partnerCenterMfaEnforced = o.value("partnerCenterMfaEnforced"_L1).toBool(true);
    const QJsonArray apps = o.value("apps"_L1).toArray();
    for (qsizetype i = 0; i < apps.size(); ++i) {
        auto a = parseApp(apps.at(i).toObject(), u"apps[%1]"_s.arg(i), now, error);
        if (!a)
            return std::nullopt;
        s.apps.append(*a);
    }
    const QJsonObject pc = o.value("rateLimits"_L1).toObject().value("partnerCenter"_L1).toObject();
    s.partnerCenterRateLimit.requests = pc.value("requests"_L1).toInt(0);
    s.partnerCenterRateLimit.perSeconds = std::max(1, pc.value("perSeconds"_L1).toInt(60));
    const QJsonObject ac =
        o.value("rateLimits"_L1).toObject().value("applicationConsents"_L1).toObject();
    s.applicationConsentRateLimit.requests = ac.value("requests"_L1).toInt(50);
    s.applicationConsentRateLimit.perSeconds = std::max(1, ac.value("perSeconds"_L1).toInt(1));
    s.signingKeyPem = o.value("signingKeyPem"_L1).toString().toUtf8();
    return s;
}

Scenario Scenario::demo()
{
    QFile f(u":/sandbox/scenarios/demo.json"_s);
    QString error;
    std::optional<Scenario> s;
    if (f.open(QIODevice::ReadOnly))
        s = fromJson(f.readAll(), &error);
    Q_ASSERT_X(s, "Scenario::demo", "the compiled-in demo scenario must parse");
    return s ? *s : Scenario{};
}

QJsonObject Scenario::toJson() const
{
    QJsonArray customersJson;
    QHash<QString, QJsonArray> relationshipsByCustomer;
    for (const auto &r : relationships)
        relationshipsByCustomer[r.customerTenantId].append(relationshipJson(r));
    for (const auto &t : customers)
        customersJson.append(tenantJson(t, relationshipsByCustomer));
    QJsonArray groupsJson;
    for (const auto &g : groups)
        groupsJson.append(QJsonObject{{"id"_L1, g.id}, {"displayName"_L1, g.displayName}});
    QJsonArray usersJson;
    for (const auto &u : users) {
        QJsonObject uo{{"oid"_L1, u.oid},
                       {"upn"_L1, u.upn},
                       {"displayName"_L1, u.displayName},
                       {"tenantId"_L1, u.tenantId},
                       {"password"_L1, u.password},
                       {"mfaRegistered"_L1, u.mfaRegistered},
                       {"enabled"_L1, u.enabled},
                       {"groups"_L1, toArray(u.groups)}};
        if (u.mfaRegistered)
            uo.insert("mfaCode"_L1, u.mfaCode);
        usersJson.append(uo);
    }
    QJsonArray appsJson;
    for (const auto &a : apps) {
        QJsonArray secrets;
        for (const auto &sec : a.secrets)
            secrets.append(QJsonObject{{"id"_L1, sec.id},
                                       {"hint"_L1, sec.hint},
                                       {"value"_L1, sec.value},
                                       {"displayName"_L1, sec.displayName},
                                       {"expires"_L1, sec.expires.toString(Qt::ISODate)}});
        QJsonArray certs;
        for (const auto &c : a.certificates)
            certs.append(QJsonObject{{"description"_L1, c.description},
                                     {"certificatePem"_L1, QString::fromUtf8(c.certificatePem)},
                                     {"privateKeyPem"_L1, QString::fromUtf8(c.privateKeyPem)},
                                     {"keyId"_L1, c.keyId},
                                     {"displayName"_L1, c.displayName},
                                     {"expires"_L1, c.expires.toString(Qt::ISODate)}});
        appsJson.append(
            QJsonObject{{"appId"_L1, a.appId},
                        {"name"_L1, a.name},
                        {"type"_L1, a.confidential ? u"confidential"_s : u"public"_s},
                        {"redirectUris"_L1, toArray(a.redirectUris)},
                        {"secrets"_L1, secrets},
                        {"certificates"_L1, certs},
                        {"applicationPermissions"_L1, toArray(a.applicationPermissions)},
                        {"requiredResourceAccess"_L1, a.requiredResourceAccess}});
    }
    return QJsonObject{
        {"pcauthSandboxScenario"_L1, 1},
        {"notice"_L1, u"SANDBOX ONLY, NOT A SECRET: these credentials are public test data."_s},
        {"name"_L1, name},
        {"seed"_L1, double(seed)},
        {"partner"_L1, tenantJson(partner, {})},
        {"partnerCenterMfaEnforced"_L1, partnerCenterMfaEnforced},
        {"securityGroups"_L1, groupsJson},
        {"customers"_L1, customersJson},
        {"users"_L1, usersJson},
        {"apps"_L1, appsJson},
        {"rateLimits"_L1,
         QJsonObject{{"partnerCenter"_L1,
                      QJsonObject{{"requests"_L1, partnerCenterRateLimit.requests},
                                  {"perSeconds"_L1, partnerCenterRateLimit.perSeconds}}},
                     {"applicationConsents"_L1,
                      QJsonObject{{"requests"_L1, applicationConsentRateLimit.requests},
                                  {"perSeconds"_L1, applicationConsentRateLimit.perSeconds}}}}}};
}

Tenant *Scenario::findTenant(const QString &idOrDomain)
{
    return const_cast<Tenant *>(std::as_const(*this).findTenant(idOrDomain));
}

const Tenant *Scenario::findTenant(const QString &idOrDomain) const
{
    if (partner.id.compare(idOrDomain, Qt::CaseInsensitive) == 0 || partner.hasDomain(idOrDomain))
        return &partner;
    for (const auto &t : customers) {
        if (t.id.compare(idOrDomain, Qt::CaseInsensitive) == 0 || t.hasDomain(idOrDomain))
            return &t;
    }
    return nullptr;
}

User *Scenario::findUser(const QString &upnOrOid)
{
    return const_cast<User *>(std::as_const(*this).findUser(upnOrOid));
}

const User *Scenario::findUser(const QString &upnOrOid) const
{
    for (const auto &u : users) {
        if (u.upn.compare(upnOrOid, Qt::CaseInsensitive) == 0
            || u.oid.compare(upnOrOid, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

const App *Scenario::findApp(const QString &appId) const
{
    for (const auto &a : apps) {
        if (a.appId.compare(appId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

App *Scenario::findApp(const QString &appId)
{
    return const_cast<App *>(std::as_const(*this).findApp(appId));
}

GdapRelationship *Scenario::findRelationship(const QString &id)
{
    for (auto &r : relationships) {
        if (r.id.compare(id, Qt::CaseInsensitive) == 0)
            return &r;
    }
    return nullptr;
}

const SecurityGroup *Scenario::findGroup(const QString &idOrName) const
{
    for (const auto &g : groups) {
        if (g.id.compare(idOrName, Qt::CaseInsensitive) == 0 || g.displayName == idOrName)
            return &g;
    }
    return nullptr;
}

bool Scenario::isAdminAgent(const User &u) const
{
    const SecurityGroup *g = findGroup(QLatin1String(AdminAgentsGroupName));
    return g && u.groups.contains(g->id, Qt::CaseInsensitive);
}

void Scenario::advanceRelationships(const QDateTime &now)
{
    for (GdapRelationship &r : relationships) {
        const bool running = r.status == "active"_L1 || r.status == "expiring"_L1;
        if (running && r.end.isValid() && r.end <= now) {
            if (r.autoExtendDuration == "P180D"_L1 && !r.holdsGlobalAdministrator()) {
                while (r.end <= now)
                    r.end = r.end.addDays(180);
                r.status = u"active"_s;
            } else {
                r.status = u"expired"_s;
            }
            r.modified = now;
        } else if (r.status == "approvalPending"_L1 && r.created.addDays(90) <= now) {
            r.status = u"expired"_s;
            r.modified = now;
        }
    }
}

QList<Tenant *> Scenario::allTenants()
{
    QList<Tenant *> out{&partner};
    for (auto &t : customers)
        out.append(&t);
    return out;
}

} // namespace PCAuth::Sandbox
