// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "access/gdap.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

struct KnownRole
{
    const QString &id;
    const char *name;
};

const QList<KnownRole> &knownRoles()
{
    static const QList<KnownRole> roles{
        {EntraRoles::GlobalAdministrator, "Global Administrator"},
        {EntraRoles::GlobalReader, "Global Reader"},
        {EntraRoles::DirectoryReaders, "Directory Readers"},
        {EntraRoles::DirectoryWriters, "Directory Writers"},
        {EntraRoles::UserAdministrator, "User Administrator"},
        {EntraRoles::LicenseAdministrator, "License Administrator"},
        {EntraRoles::CloudApplicationAdministrator, "Cloud Application Administrator"},
        {EntraRoles::ApplicationAdministrator, "Application Administrator"},
        {EntraRoles::PrivilegedRoleAdministrator, "Privileged Role Administrator"},
    };
    return roles;
}

QStringList rolesOf(const QJsonObject &accessDetails)
{
    QStringList ids;
    for (const QJsonValue &role : accessDetails.value("unifiedRoles"_L1).toArray()) {
        const QString id = role.toObject().value("roleDefinitionId"_L1).toString().toLower();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

QString nameOrId(const QString &roleId)
{
    const QString name = entraRoleName(roleId);
    return name.isEmpty() ? roleId : name;
}

QString relationshipLabel(const GdapRelationship &r)
{
    return r.displayName.isEmpty() ? r.id : r.displayName;
}

QJsonObject relationshipEvidence(const GdapRelationship &r, const QString &request)
{
    QJsonObject evidence{{u"relationshipId"_s, r.id},
                         {u"displayName"_s, r.displayName},
                         {u"status"_s, r.status},
                         {u"customerTenantId"_s, r.customerTenantId},
                         {u"autoExtendDuration"_s, r.autoExtendDuration},
                         {u"roles"_s, QJsonArray::fromStringList(r.roleNames())}};
    if (r.created.isValid())
        evidence.insert(u"createdDateTime"_s, isoDate(r.created));
    if (r.end.isValid())
        evidence.insert(u"endDateTime"_s, isoDate(r.end));
    if (!request.isEmpty())
        evidence.insert(u"request"_s, request);
    return evidence;
}

AccessVerdict verdict(const QString &check, AccessStatus status, const QString &reason,
                      const QString &action, QJsonObject evidence)
{
    return AccessVerdict{check, status, reason, action, std::move(evidence)};
}

QString dayText(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

QString newRelationshipAction()
{
    return AccessText::tr("Request a new GDAP relationship with least-privileged roles in "
                          "Partner Center and have the customer approve it.");
}

} // namespace

QString entraRoleName(const QString &roleDefinitionId)
{
    const QString id = roleDefinitionId.toLower();
    for (const KnownRole &role : knownRoles()) {
        if (role.id == id)
            return QString::fromLatin1(role.name);
    }
    return QString();
}

bool GdapRelationship::autoExtends() const
{
    return !autoExtendDuration.isEmpty() && autoExtendDuration != "PT0S"_L1;
}

bool GdapRelationship::holdsGlobalAdministrator() const
{
    return roleIds.contains(EntraRoles::GlobalAdministrator);
}

bool GdapRelationship::isUsable() const
{
    return status == "active"_L1 || status == "expiring"_L1;
}

QStringList GdapRelationship::roleNames() const
{
    QStringList names;
    for (const QString &roleId : roleIds)
        names.append(nameOrId(roleId));
    return names;
}

Expected<GdapRelationship> GdapRelationship::fromJson(const QJsonObject &item)
{
    GdapRelationship r;
    r.id = item.value("id"_L1).toString();
    r.status = item.value("status"_L1).toString();
    if (r.id.isEmpty())
        return fail(AccessText::tr("A GDAP relationship has no \"id\"."));
    if (r.status.isEmpty())
        return fail(AccessText::tr("The GDAP relationship %1 has no \"status\".").arg(r.id));
    r.displayName = item.value("displayName"_L1).toString();
    r.duration = item.value("duration"_L1).toString();
    r.autoExtendDuration = item.value("autoExtendDuration"_L1).toString();
    r.created = parseServiceDate(item.value("createdDateTime"_L1).toString());
    r.activated = parseServiceDate(item.value("activatedDateTime"_L1).toString());
    r.end = parseServiceDate(item.value("endDateTime"_L1).toString());
    const QJsonObject customer = item.value("customer"_L1).toObject();
    r.customerTenantId = customer.value("tenantId"_L1).toString().toLower();
    r.customerName = customer.value("displayName"_L1).toString();
    r.roleIds = rolesOf(item.value("accessDetails"_L1).toObject());
    return r;
}

Expected<GdapAccessAssignment> GdapAccessAssignment::fromJson(const QJsonObject &item)
{
    GdapAccessAssignment a;
    a.id = item.value("id"_L1).toString();
    a.status = item.value("status"_L1).toString();
    if (a.id.isEmpty())
        return fail(AccessText::tr("A GDAP access assignment has no \"id\"."));
    const QJsonObject container = item.value("accessContainer"_L1).toObject();
    a.groupId = container.value("accessContainerId"_L1).toString();
    a.roleIds = rolesOf(item.value("accessDetails"_L1).toObject());
    a.created = parseServiceDate(item.value("createdDateTime"_L1).toString());
    a.modified = parseServiceDate(item.value("lastModifiedDateTime"_L1).toString());
    return a;
}

template<typename T>
static Expected<QList<T>> parseList(const QJsonArray &value)
{
    QList<T> items;
    for (const QJsonValue &v : value) {
        Expected<T> item = T::fromJson(v.toObject());
        if (!item)
            return fail(item.error());
        items.append(std::move(item).value());
    }
    return items;
}

Expected<QList<GdapRelationship>> parseRelationships(const QJsonArray &value)
{
    return parseList<GdapRelationship>(value);
}

Expected<QList<GdapAccessAssignment>> parseAccessAssignments(const QJsonArray &value)
{
    return parseList<GdapAccessAssignment>(value);
}

QString gdapTaskId(GdapTask task)
{
    switch (task) {
    case GdapTask::ReadUsers:
        return u"read-users"_s;
    case GdapTask::CreateUsers:
        return u"create-users"_s;
    case GdapTask::ApplicationConsent:
        return u"application-consent"_s;
    }
    return QString();
}

QString gdapTaskLabel(GdapTask task)
{
    switch (task) {
    case GdapTask::ReadUsers:
        return AccessText::tr("Read users and licences");
    case GdapTask::CreateUsers:
        return AccessText::tr("Create users");
    case GdapTask::ApplicationConsent:
        return AccessText::tr("Consent to applications");
    }
    return QString();
}

QList<TaskCoverage> gdapRoleCoverage(const QStringList &roleIds)
{
    using namespace EntraRoles;
    const QList<std::pair<GdapTask, QStringList>> table{
        {GdapTask::ReadUsers,
         {DirectoryReaders, GlobalReader, UserAdministrator, LicenseAdministrator,
          GlobalAdministrator}},
        {GdapTask::CreateUsers, {DirectoryWriters, UserAdministrator, GlobalAdministrator}},
        {GdapTask::ApplicationConsent,
         {CloudApplicationAdministrator, ApplicationAdministrator, PrivilegedRoleAdministrator,
          GlobalAdministrator}},
    };
    QList<TaskCoverage> coverage;
    for (const auto &[task, roles] : table) {
        TaskCoverage c;
        c.task = task;
        for (const QString &role : roles) {
            c.anyOf.append(nameOrId(role));
            if (roleIds.contains(role))
                c.byRoles.append(nameOrId(role));
        }
        c.allowed = !c.byRoles.isEmpty();
        coverage.append(c);
    }
    return coverage;
}

QList<AccessVerdict> evaluateRelationship(const GdapRelationship &r, const QDateTime &now,
                                          int warningDays, const QString &request)
{
    QList<AccessVerdict> verdicts;
    const QJsonObject evidence = relationshipEvidence(r, request);
    const QString name = relationshipLabel(r);
    if (r.status == "expired"_L1) {
        verdicts.append(verdict(u"gdap-expired"_s, AccessStatus::Problem,
                                r.end.isValid() ? AccessText::tr("The GDAP relationship \"%1\" "
                                                                 "expired on %2.")
                                                      .arg(name, dayText(r.end))
                                                : AccessText::tr("The GDAP relationship \"%1\" "
                                                                 "has expired.")
                                                      .arg(name),
                                newRelationshipAction(), evidence));
        return verdicts;
    }
    if (r.status == "terminated"_L1 || r.status == "terminating"_L1
        || r.status == "terminationRequested"_L1) {
        verdicts.append(verdict(u"gdap-terminated"_s, AccessStatus::Problem,
                                AccessText::tr("The GDAP relationship \"%1\" is %2: its roles "
                                               "no longer work.")
                                    .arg(name, r.status),
                                newRelationshipAction(), evidence));
        return verdicts;
    }
    if (r.status == "approvalPending"_L1) {
        const QDateTime expires = r.created.addDays(GdapApprovalDays);
        const int left = r.created.isValid() ? daysUntil(now, expires) : GdapApprovalDays;
        QJsonObject e = evidence;
        e.insert(u"approvalExpires"_s, isoDate(expires));
        e.insert(u"daysLeft"_s, left);
        verdicts.append(
            left <= 0 ? verdict(u"gdap-approval-pending"_s, AccessStatus::Problem,
                                AccessText::tr("The GDAP request \"%1\" was not approved within "
                                               "%2 days and has lapsed.")
                                    .arg(name)
                                    .arg(GdapApprovalDays),
                                newRelationshipAction(), e)
                      : verdict(u"gdap-approval-pending"_s, AccessStatus::Warning,
                                AccessText::tr("The GDAP request \"%1\" awaits the customer's "
                                               "approval; it lapses in %n day(s), on %2.",
                                               nullptr, left)
                                    .arg(name, dayText(expires)),
                                AccessText::tr("Send the customer the approval link from "
                                               "Partner Center again and ask them to approve."),
                                e));
        return verdicts;
    }
    if (!r.isUsable()) { // activating, approved, created
        verdicts.append(verdict(u"gdap-not-active"_s, AccessStatus::Warning,
                                AccessText::tr("The GDAP relationship \"%1\" is %2, not yet "
                                               "active: its roles do not work yet.")
                                    .arg(name, r.status),
                                r.status == "created"_L1
                                    ? AccessText::tr("Send the approval request to the customer "
                                                     "from Partner Center.")
                                    : AccessText::tr("Wait a few minutes and check again."),
                                evidence));
        return verdicts;
    }
    // Active or expiring: what matters is the end.
    const int left = r.end.isValid() ? daysUntil(now, r.end) : 0;
    QJsonObject e = evidence;
    if (r.end.isValid())
        e.insert(u"daysLeft"_s, left);
    if (r.end.isValid() && left <= 0) {
        verdicts.append(verdict(
            u"gdap-expired"_s, AccessStatus::Problem,
            AccessText::tr("The GDAP relationship \"%1\" ended on %2.").arg(name, dayText(r.end)),
            newRelationshipAction(), e));
    } else if (r.end.isValid() && left <= warningDays && !r.autoExtends()) {
        verdicts.append(verdict(u"gdap-expiring"_s, AccessStatus::Warning,
                                AccessText::tr("The GDAP relationship \"%1\" ends in %n day(s), "
                                               "on %2, and will not extend automatically.",
                                               nullptr, left)
                                    .arg(name, dayText(r.end)),
                                r.holdsGlobalAdministrator()
                                    ? newRelationshipAction()
                                    : AccessText::tr("Turn on auto-extend (180 days) for the "
                                                     "relationship in Partner Center, or "
                                                     "request a new one."),
                                e));
    } else if (r.end.isValid() && left <= warningDays) {
        verdicts.append(verdict(u"gdap-active"_s, AccessStatus::Ok,
                                AccessText::tr("The GDAP relationship \"%1\" ends on %2 and "
                                               "extends automatically by %3 days.")
                                    .arg(name, dayText(r.end))
                                    .arg(GdapAutoExtendDays),
                                QString(), e));
    } else {
        verdicts.append(verdict(
            u"gdap-active"_s, AccessStatus::Ok,
            r.end.isValid() ? AccessText::tr("The GDAP relationship \"%1\" is active "
                                             "until %2.")
                                  .arg(name, dayText(r.end))
                            : AccessText::tr("The GDAP relationship \"%1\" is active.").arg(name),
            QString(), e));
    }
    if (r.holdsGlobalAdministrator()) {
        verdicts.append(verdict(u"gdap-global-administrator"_s, AccessStatus::Warning,
                                AccessText::tr("The GDAP relationship \"%1\" includes Global "
                                               "Administrator, so it cannot extend "
                                               "automatically.")
                                    .arg(name),
                                AccessText::tr("Replace it with a relationship of "
                                               "least-privileged roles before it ends, which "
                                               "can then extend automatically."),
                                evidence));
    }
    return verdicts;
}

QList<AccessVerdict> evaluateCustomerGdap(const QList<GdapRelationship> &relationships,
                                          const QDateTime &now, int warningDays, bool listEmpty,
                                          const QString &request)
{
    QList<AccessVerdict> verdicts;
    if (relationships.isEmpty()) {
        if (listEmpty) {
            verdicts.append(verdict(u"gdap-unknown"_s, AccessStatus::Unknown,
                                    AccessText::tr("GDAP relationships could not be read with "
                                                   "this sign-in (see the profile's findings)."),
                                    QString(), QJsonObject{{u"request"_s, request}}));
            return verdicts;
        }
        verdicts.append(verdict(u"gdap-none"_s, AccessStatus::Problem,
                                AccessText::tr("There is no GDAP relationship with this "
                                               "customer: delegated admin calls into its tenant "
                                               "fail."),
                                newRelationshipAction(), QJsonObject{{u"request"_s, request}}));
        return verdicts;
    }
    bool anyUsable = false;
    for (const GdapRelationship &r : relationships)
        anyUsable = anyUsable || (r.isUsable() && (!r.end.isValid() || r.end > now));
    for (const GdapRelationship &r : relationships) {
        const bool ended = r.status == "expired"_L1 || r.status == "terminated"_L1;
        if (anyUsable && ended)
            continue; // an old relationship, replaced by one that works
        verdicts.append(evaluateRelationship(r, now, warningDays, request));
    }
    if (anyUsable) {
        QStringList roles;
        for (const GdapRelationship &r : relationships) {
            if (r.isUsable())
                roles.append(r.roleIds);
        }
        const TaskCoverage read = gdapRoleCoverage(roles).constFirst();
        if (!read.allowed)
            verdicts.append(verdict(u"gdap-roles"_s, AccessStatus::Warning,
                                    AccessText::tr("No active GDAP role allows reading users "
                                                   "and licences."),
                                    AccessText::tr("Add one of these roles to the relationship: "
                                                   "%1.")
                                        .arg(read.anyOf.join(u", "_s)),
                                    QJsonObject{{u"request"_s, request}}));
    }
    return verdicts;
}

QList<AccessVerdict> evaluateAccessAssignments(const GdapRelationship &relationship,
                                               const QList<GdapAccessAssignment> &assignments,
                                               const QString &request)
{
    QList<AccessVerdict> verdicts;
    if (!relationship.isUsable())
        return verdicts;
    QStringList active;
    QStringList pending;
    for (const GdapAccessAssignment &a : assignments) {
        if (a.status == "active"_L1)
            active.append(a.groupId);
        else if (a.status == "pending"_L1)
            pending.append(a.groupId);
    }
    QJsonObject evidence = relationshipEvidence(relationship, request);
    evidence.insert(u"activeGroups"_s, QJsonArray::fromStringList(active));
    evidence.insert(u"pendingGroups"_s, QJsonArray::fromStringList(pending));
    const QString name = relationshipLabel(relationship);
    if (active.isEmpty()) {
        verdicts.append(verdict(
            u"gdap-assignments"_s,
            pending.isEmpty() ? AccessStatus::Problem : AccessStatus::Warning,
            pending.isEmpty()
                ? AccessText::tr("No security group is assigned the roles of \"%1\": nobody in "
                                 "the partner tenant can use them.")
                      .arg(name)
                : AccessText::tr("The access assignments of \"%1\" are still pending.").arg(name),
            pending.isEmpty() ? AccessText::tr("Assign the relationship's roles to a security "
                                               "group in Partner Center (GDAP, Access "
                                               "assignments).")
                              : AccessText::tr("Wait a few minutes and check again."),
            evidence));
    } else {
        verdicts.append(verdict(u"gdap-assignments"_s, AccessStatus::Ok,
                                AccessText::tr("%n security group(s) hold the roles of \"%1\".",
                                               nullptr, int(active.size()))
                                    .arg(name),
                                QString(), evidence));
    }
    return verdicts;
}

AccessVerdict evaluateRelationshipList(int relationshipCount, int customerCount,
                                       const QString &request)
{
    const QJsonObject evidence{{u"request"_s, request},
                               {u"relationships"_s, relationshipCount},
                               {u"customers"_s, customerCount}};
    if (relationshipCount == 0 && customerCount > 0)
        return verdict(u"gdap-list-empty"_s, AccessStatus::Warning,
                       AccessText::tr("Graph listed no GDAP relationship although the partner "
                                      "has %n customer(s): the signed-in user is probably not in "
                                      "the Admin Agents group.",
                                      nullptr, customerCount),
                       AccessText::tr("Add the account to the Admin Agents group of the partner "
                                      "tenant, or run the partner consent with an account that "
                                      "is in it."),
                       evidence);
    return verdict(u"gdap-list"_s, AccessStatus::Ok,
                   AccessText::tr("%n GDAP relationship(s) read.", nullptr, relationshipCount),
                   QString(), evidence);
}

} // namespace PCAuth
