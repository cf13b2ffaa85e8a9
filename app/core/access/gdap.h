// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "access/accessverdict.h"
#include "support/expected.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace PCAuth {

/// Built-in Entra role template ids (Microsoft Entra built-in roles, "Template ID"), the
/// ones the GDAP task table (PROTOCOL.md §8) names.
namespace EntraRoles {
inline const QString GlobalAdministrator = QStringLiteral("62e90394-69f5-4237-9190-012177145e10");
inline const QString GlobalReader = QStringLiteral("f2ef992c-3afb-46b9-b7cf-a126ee74c451");
inline const QString DirectoryReaders = QStringLiteral("88d8e3e3-8f55-4a1e-953a-9b9898b8876b");
inline const QString DirectoryWriters = QStringLiteral("9360feb5-f418-4baa-8175-e2a00bac4301");
inline const QString UserAdministrator = QStringLiteral("fe930be7-5e62-47db-91af-98c3a49a38b1");
inline const QString LicenseAdministrator = QStringLiteral("4d6ac14f-3453-41d0-bef9-a3e0c569773a");
inline const QString CloudApplicationAdministrator =
    QStringLiteral("158c047a-c907-4556-b7ef-446551a6b5f7");
inline const QString ApplicationAdministrator =
    QStringLiteral("9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3");
inline const QString PrivilegedRoleAdministrator =
    QStringLiteral("e8611ab8-c189-46e8-94e1-60213ab1f814");
} // namespace EntraRoles

/// The role's name ("Global Administrator") for a known role template id, else empty.
/// Role names are Microsoft's product names and stay untranslated.
QString entraRoleName(const QString &roleDefinitionId);

/// One GDAP relationship (GET /v1.0/tenantRelationships/delegatedAdminRelationships).
struct GdapRelationship
{
    QString id;
    QString displayName;
    QString status; // activating, active, approvalPending, approved, created, expired, ...
    QString duration; // ISO 8601, "P730D"
    QString autoExtendDuration; // "PT0S" or "P180D"
    QDateTime created;
    QDateTime activated;
    QDateTime end;
    QString customerTenantId;
    QString customerName;
    QStringList roleIds;

    bool autoExtends() const;
    bool holdsGlobalAdministrator() const;
    /// active or expiring: the roles work now.
    bool isUsable() const;
    /// The roles as names where known, else the id.
    QStringList roleNames() const;

    /// Reads one item of the list; the message names the missing field.
    static Expected<GdapRelationship> fromJson(const QJsonObject &item);
};

/// One access assignment of a relationship (…/{id}/accessAssignments).
struct GdapAccessAssignment
{
    QString id;
    QString status; // pending, active, deleting, deleted, error
    QString groupId; // accessContainer.accessContainerId, a partner security group
    QStringList roleIds;
    QDateTime created;
    QDateTime modified;

    static Expected<GdapAccessAssignment> fromJson(const QJsonObject &item);
};

/// Every item of a Graph list's `value`, or the first that cannot be read.
Expected<QList<GdapRelationship>> parseRelationships(const QJsonArray &value);
Expected<QList<GdapAccessAssignment>> parseAccessAssignments(const QJsonArray &value);

/// The common tasks of a partner admin and the GDAP roles that allow them ("GDAP API
/// impact" in Partner Center's documentation).
enum class GdapTask { ReadUsers, CreateUsers, ApplicationConsent };
/// Stable ids for JSON: "read-users", "create-users", "application-consent".
QString gdapTaskId(GdapTask task);
QString gdapTaskLabel(GdapTask task);

struct TaskCoverage
{
    GdapTask task = GdapTask::ReadUsers;
    bool allowed = false;
    QStringList byRoles; // the names of the held roles that allow it
    QStringList anyOf; // the names of the roles that would
};

/// Which tasks the roles allow, in GdapTask order.
QList<TaskCoverage> gdapRoleCoverage(const QStringList &roleIds);

/// The verdicts on one relationship at `now`: its status, its end (within `warningDays`),
/// an approval request running out (90 days after creation), and auto-extend made
/// impossible by Global Administrator. `request` goes into the evidence.
QList<AccessVerdict> evaluateRelationship(const GdapRelationship &relationship,
                                          const QDateTime &now, int warningDays,
                                          const QString &request);

/// The verdicts on one customer's relationships. Expired or ended ones count only while
/// no other relationship is usable. None at all: "no relationship", unless `listEmpty`
/// (the partner's whole list came back empty though it has customers: see
/// evaluateRelationshipList()), when nothing can be said about this customer.
QList<AccessVerdict> evaluateCustomerGdap(const QList<GdapRelationship> &relationships,
                                          const QDateTime &now, int warningDays, bool listEmpty,
                                          const QString &request);

/// Whether the usable relationships' access assignments give their roles to anyone.
QList<AccessVerdict> evaluateAccessAssignments(const GdapRelationship &relationship,
                                               const QList<GdapAccessAssignment> &assignments,
                                               const QString &request);

/// The partner-level verdict on the relationship list: empty although `customerCount`
/// customers exist means, with a delegated token, that the signed-in user is probably not in
/// the Admin Agents group (Graph answers an empty list, not an error, by design).
AccessVerdict evaluateRelationshipList(int relationshipCount, int customerCount,
                                       const QString &request);

/// The months a relationship at most may last, and the approval window.
inline constexpr int GdapApprovalDays = 90;
inline constexpr int GdapAutoExtendDays = 180;

} // namespace PCAuth
