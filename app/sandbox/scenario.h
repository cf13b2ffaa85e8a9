// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PCAuth::Sandbox {

// The world the sandbox pretends to be: tenants, users, app registrations. Loaded from a JSON
// scenario file (the demo one is compiled in); the server mutates its own copy when test
// controls change passwords or consents.
// One AllPrincipals (admin) delegated permission grant of an app in a tenant: what
// `applicationGrants` of a Partner Center application consent creates, one per resource.
struct ConsentGrant
{
    QString resourceAppId; // e.g. Microsoft Graph 00000003-0000-0000-c000-000000000000
    QString scope; // space-separated, as Graph's oauth2PermissionGrant.scope

    bool operator==(const ConsentGrant &o) const
    {
        return resourceAppId == o.resourceAppId && scope == o.scope;
    }
};

struct Tenant
{
    QString id;
    QString name;
    QString domain; // the initial *.onmicrosoft.com domain
    QStringList extraDomains; // further verified domains
    bool partner = false;
    bool requireMfa = false; // Conditional Access: every token for this tenant needs MFA
    QStringList consentedApps; // app ids with a service principal and an admin grant here
    // App ids whose service principal is here but whose admin grant was removed: delegated
    // tokens get AADSTS65001, app-only tokens still work (no AADSTS700016).
    QStringList servicePrincipalOnlyApps;
    // Explicit grants per app id (from an application consent); absent = defaultGrants().
    QHash<QString, QList<ConsentGrant>> grants;

    bool hasDomain(const QString &domain) const;
    bool consented(const QString &appId) const { return consentedApps.contains(appId); }
    bool hasServicePrincipal(const QString &appId) const
    {
        return consented(appId) || servicePrincipalOnlyApps.contains(appId);
    }
    // The admin grants of a consented app: explicit ones, else Graph "Directory.Read.All
    // User.Read" (and Partner Center user_impersonation in the partner tenant).
    QList<ConsentGrant> grantsOf(const QString &appId) const;
    // Stable object ids of service principals and grants, derived from tenant and app ids.
    QString servicePrincipalId(const QString &appId) const;
};

struct User
{
    QString oid;
    QString upn;
    QString displayName;
    QString tenantId;
    QString password;
    QString mfaCode; // the fixed 6-digit code the sandbox's "authenticator" shows
    bool mfaRegistered = false;
    bool enabled = true;
    QDateTime tokensValidFrom; // refresh tokens issued before this are revoked (AADSTS50173)
    QStringList groups; // ids of the partner security groups the user is a member of
};

// A security group of the partner tenant (GDAP access assignments name one; "AdminAgents" is
// the group whose members may read GDAP relationships with a delegated token).
struct SecurityGroup
{
    QString id;
    QString displayName;
};

// Template ids of the directory roles the demo uses (the same in every tenant).
inline constexpr char GlobalAdministratorRole[] = "62e90394-69f5-4237-9190-012177145e10";
inline constexpr char AdminAgentsGroupName[] = "AdminAgents";

// The statuses Graph's delegatedAdminRelationship may have.
const QStringList &relationshipStatuses();

struct GdapAccessAssignment
{
    QString id;
    QString groupId; // accessContainerId: a partner security group
    QString status = QStringLiteral("active"); // pending, active, deleting, deleted, error
    QStringList roles; // roleDefinitionIds, a subset of the relationship's
    QDateTime created;
    QDateTime modified;
};

// A GDAP relationship between the partner and one customer, as Graph's
// delegatedAdminRelationship. Dates are absolute; the scenario file may give them relative to
// the start ("createdDaysAgo", "endsInDays") so that the demo stays fresh.
struct GdapRelationship
{
    QString id;
    QString displayName;
    QString customerTenantId;
    QString status; // activating, active, approvalPending, approved, created, expired, ...
    QString duration = QStringLiteral("P730D");
    QString autoExtendDuration = QStringLiteral("PT0S"); // PT0S or P180D
    QDateTime created;
    QDateTime activated; // null until approved
    QDateTime end; // null until active
    QDateTime modified;
    QStringList roles; // roleDefinitionIds
    QList<GdapAccessAssignment> assignments;

    bool holdsGlobalAdministrator() const
    {
        return roles.contains(QLatin1String(GlobalAdministratorRole));
    }
};

struct AppSecret
{
    QString id;
    QString hint;
    QString value;
    QDateTime expires;
    QString displayName;
};

struct AppCertificate
{
    QString description;
    QByteArray certificatePem;
    QByteArray privateKeyPem; // sandbox only: lets --describe hand clients a working key
    QString keyId; // what Graph lists in keyCredentials (metadata only: assertions are
    QString displayName; // checked against the key, not against these dates)
    QDateTime expires;
};

struct App
{
    QString appId;
    QString name;
    bool confidential = false;
    QStringList redirectUris;
    QList<AppSecret> secrets;
    QList<AppCertificate> certificates;
    QStringList applicationPermissions; // app roles granted for app-only tokens
    QJsonArray requiredResourceAccess; // Graph's shape, passed through as the scenario has it
};

struct RateLimit
{
    int requests = 0; // 0 = unlimited
    int perSeconds = 60;
};

class Scenario final
{
public:
    // Parses a scenario document; on failure returns nullopt and a message naming the field.
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    // The compiled-in demo scenario (":/sandbox/scenarios/demo.json").
    static Scenario demo();

    // Adds `count` customers generated deterministically from `seed` (same count, same ids),
    // each with GDAP relationships (most active, a few expiring soon, some without).
    void addGeneratedCustomers(int count);

    // The effective scenario, secrets included (what --describe prints).
    QJsonObject toJson() const;

    Tenant *findTenant(const QString &idOrDomain);
    const Tenant *findTenant(const QString &idOrDomain) const;
    User *findUser(const QString &upnOrOid);
    const User *findUser(const QString &upnOrOid) const;
    const App *findApp(const QString &appId) const;
    App *findApp(const QString &appId);
    QList<Tenant *> allTenants();
    GdapRelationship *findRelationship(const QString &id);
    const SecurityGroup *findGroup(const QString &idOrName) const;
    // Whether the user is in the partner's Admin Agents group.
    bool isAdminAgent(const User &u) const;
    // What time does to GDAP by itself, applied when someone looks (sandbox clock `now`): an
    // active relationship past its end auto-extends by 180 days (P180D, no Global
    // Administrator) or expires; a request not approved within 90 days expires.
    void advanceRelationships(const QDateTime &now);

    QString name;
    quint32 seed = 1;
    Tenant partner;
    QList<Tenant> customers;
    QList<User> users;
    QList<App> apps;
    RateLimit partnerCenterRateLimit;
    // POST/DELETE applicationconsents, per calling app id (documented: about 50 per second).
    RateLimit applicationConsentRateLimit{50, 1};
    // Partner Center answers app+user calls without MFA evidence 401 code 900421.
    bool partnerCenterMfaEnforced = true;
    QList<SecurityGroup> groups; // partner tenant security groups
    QList<GdapRelationship> relationships;
    QByteArray signingKeyPem; // optional; a fresh key is made at start when empty
};

} // namespace PCAuth::Sandbox
