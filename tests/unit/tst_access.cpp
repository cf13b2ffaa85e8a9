// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The access checks' parsers and verdicts, over answers in the documented shapes
// (PROTOCOL.md §8) and a fixed clock.
#include "../common/utctime.h"
#include "access/consent.h"
#include "access/gdap.h"
#include "access/mfa.h"
#include "access/samapp.h"
#include "api/graphclient.h"
#include "api/partnercenterclient.h"
#include "support/clock.h"
#include "support/translations.h"

#include <QJsonDocument>
#include <QTest>

using namespace PCAuth;
using namespace Qt::StringLiterals;

namespace {

const QDateTime Now = PCAuth::Test::utcDateTime(QDate(2026, 12, 7), QTime(10, 0));

QString at(int days)
{
    return Now.addDays(days).toString(Qt::ISODate);
}

QJsonObject relationship(const QString &status, int endsInDays, const QString &autoExtend,
                         const QStringList &roles, int createdDaysAgo = 30)
{
    QJsonArray unified;
    for (const QString &r : roles)
        unified.append(QJsonObject{{u"roleDefinitionId"_s, r}});
    QJsonObject o{{u"id"_s, u"rel-1"_s},
                  {u"displayName"_s, u"Northwind support"_s},
                  {u"status"_s, status},
                  {u"duration"_s, u"P730D"_s},
                  {u"autoExtendDuration"_s, autoExtend},
                  {u"createdDateTime"_s, at(-createdDaysAgo)},
                  {u"customer"_s, QJsonObject{{u"tenantId"_s, u"AAAA-1"_s},
                                              {u"displayName"_s, u"Northwind Traders"_s}}},
                  {u"accessDetails"_s, QJsonObject{{u"unifiedRoles"_s, unified}}}};
    o.insert(u"endDateTime"_s, endsInDays == INT_MIN ? QJsonValue() : QJsonValue(at(endsInDays)));
    return o;
}

GdapRelationship parsed(const QJsonObject &o)
{
    const Expected<GdapRelationship> r = GdapRelationship::fromJson(o);
    if (!r)
        qFatal("%s", qPrintable(r.error()));
    return r.value();
}

QStringList checks(const QList<AccessVerdict> &verdicts)
{
    QStringList ids;
    for (const AccessVerdict &v : verdicts)
        ids << v.check + u':' + accessStatusId(v.status);
    return ids;
}

ApiResult answer(int status, const QJsonDocument &json, const HttpHeaders &headers = {})
{
    ApiResult r;
    r.status = status;
    r.json = json;
    r.headers = headers;
    r.requestId = u"req-1"_s;
    return r;
}

ApiResult errorAnswer(int status, const QString &code)
{
    ApiResult r;
    r.status = status;
    ServiceError e;
    e.httpStatus = status;
    e.error = code;
    r.error = e;
    return r;
}

QJsonDocument values(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{u"value"_s, items}});
}

Profile profileWith(CredentialKind kind, const QString &redirect = u"http://localhost"_s)
{
    Profile p;
    p.clientId = u"29f0cfea-cee2-512b-9f76-ab897fdcf52f"_s;
    p.credential = kind;
    p.redirectUri = redirect;
    return p;
}

} // namespace

class tst_Access : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relationshipParsesRolesByName()
    {
        const GdapRelationship r = parsed(relationship(
            u"active"_s, 5, u"PT0S"_s,
            {EntraRoles::GlobalAdministrator, u"88D8E3E3-8F55-4A1E-953A-9B9898B8876B"_s,
             u"00000000-1111-2222-3333-444444444444"_s}));
        QCOMPARE(r.customerTenantId, u"aaaa-1"_s);
        QCOMPARE(r.roleNames(), (QStringList{u"Global Administrator"_s, u"Directory Readers"_s,
                                             u"00000000-1111-2222-3333-444444444444"_s}));
        QVERIFY(r.holdsGlobalAdministrator());
        QVERIFY(!r.autoExtends());
        QCOMPARE(r.end, Now.addDays(5));
        QVERIFY(!GdapRelationship::fromJson(QJsonObject{{u"status"_s, u"active"_s}}));
        QVERIFY(!parseRelationships(QJsonArray{relationship(u"active"_s, 5, u"PT0S"_s, {}),
                                               QJsonObject{{u"id"_s, u"x"_s}}}));
    }

    void graphDatesWithSevenFractionDigits()
    {
        QCOMPARE(parseServiceDate(u"2026-12-07T10:00:00.1234567Z"_s),
                 PCAuth::Test::utcDateTime(QDate(2026, 12, 7), QTime(10, 0, 0, 123)));
        QVERIFY(!parseServiceDate(u"yesterday"_s).isValid());
    }

    void relationshipVerdicts_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<int>("warningDays");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("reasonPart");
        const QStringList reader{EntraRoles::DirectoryReaders};
        QTest::addRow("ends in 5 days, no auto-extend")
            << relationship(u"active"_s, 5, u"PT0S"_s, reader) << 30
            << QStringList{u"gdap-expiring:warning"_s} << u"ends in 5 day"_s;
        QTest::addRow("ends in 5 days, window 3")
            << relationship(u"active"_s, 5, u"PT0S"_s, reader) << 3
            << QStringList{u"gdap-active:ok"_s} << u"active until"_s;
        QTest::addRow("ends in 5 days, auto-extends")
            << relationship(u"active"_s, 5, u"P180D"_s, reader) << 30
            << QStringList{u"gdap-active:ok"_s} << u"extends automatically by 180 days"_s;
        QTest::addRow("ended yesterday, still active")
            << relationship(u"active"_s, -1, u"PT0S"_s, reader) << 30
            << QStringList{u"gdap-expired:problem"_s} << u"ended on"_s;
        QTest::addRow("expired") << relationship(u"expired"_s, -3, u"PT0S"_s, reader) << 30
                                 << QStringList{u"gdap-expired:problem"_s} << u"expired on"_s;
        QTest::addRow("terminated")
            << relationship(u"terminated"_s, -3, u"PT0S"_s, reader) << 30
            << QStringList{u"gdap-terminated:problem"_s} << u"no longer work"_s;
        QTest::addRow("approval pending, 80 days old")
            << relationship(u"approvalPending"_s, INT_MIN, u"PT0S"_s, reader, 80) << 30
            << QStringList{u"gdap-approval-pending:warning"_s} << u"lapses in 10 day"_s;
        QTest::addRow("approval pending, 91 days old")
            << relationship(u"approvalPending"_s, INT_MIN, u"PT0S"_s, reader, 91) << 30
            << QStringList{u"gdap-approval-pending:problem"_s} << u"has lapsed"_s;
        QTest::addRow("created") << relationship(u"created"_s, INT_MIN, u"PT0S"_s, reader) << 30
                                 << QStringList{u"gdap-not-active:warning"_s} << u"not yet"_s;
        QTest::addRow("global administrator")
            << relationship(u"active"_s, 400, u"PT0S"_s, {EntraRoles::GlobalAdministrator}) << 30
            << QStringList{u"gdap-active:ok"_s, u"gdap-global-administrator:warning"_s}
            << u"active until"_s;
    }
    void relationshipVerdicts()
    {
        QFETCH(QJsonObject, json);
        QFETCH(int, warningDays);
        ManualClock clock(Now);
        const QList<AccessVerdict> verdicts =
            evaluateRelationship(parsed(json), clock.now(), warningDays, u"GET /x"_s);
        QTEST(checks(verdicts), "expected");
        QFETCH(QString, reasonPart);
        QVERIFY2(verdicts.constFirst().reason.contains(reasonPart),
                 qPrintable(verdicts.constFirst().reason));
        QCOMPARE(verdicts.constFirst().evidence.value(u"relationshipId"_s).toString(), u"rel-1"_s);
        QCOMPARE(verdicts.constFirst().evidence.value(u"request"_s).toString(), u"GET /x"_s);
        for (const AccessVerdict &v : verdicts) {
            QVERIFY(!v.reason.isEmpty());
            QCOMPARE(v.action.isEmpty(), v.status == AccessStatus::Ok);
        }
    }

    void expiringCarriesDaysLeftAndEndDate()
    {
        const QList<AccessVerdict> v = evaluateRelationship(
            parsed(relationship(u"active"_s, 5, u"PT0S"_s, {EntraRoles::UserAdministrator})), Now,
            30, QString());
        QCOMPARE(v.constFirst().evidence.value(u"daysLeft"_s).toInt(), 5);
        QCOMPARE(v.constFirst().evidence.value(u"endDateTime"_s).toString(), at(5));
    }

    void customerGdap()
    {
        const GdapRelationship expired =
            parsed(relationship(u"expired"_s, -10, u"PT0S"_s, {EntraRoles::DirectoryReaders}));
        GdapRelationship active =
            parsed(relationship(u"active"_s, 300, u"P180D"_s, {EntraRoles::DirectoryReaders}));
        active.id = u"rel-2"_s;
        // An old expired relationship does not count while another one works.
        QCOMPARE(checks(evaluateCustomerGdap({expired, active}, Now, 30, false, {})),
                 QStringList{u"gdap-active:ok"_s});
        QCOMPARE(checks(evaluateCustomerGdap({expired}, Now, 30, false, {})),
                 QStringList{u"gdap-expired:problem"_s});
        QCOMPARE(checks(evaluateCustomerGdap({}, Now, 30, false, {})),
                 QStringList{u"gdap-none:problem"_s});
        // An empty list for a user outside Admin Agents says nothing about the customer.
        QCOMPARE(checks(evaluateCustomerGdap({}, Now, 30, true, {})),
                 QStringList{u"gdap-unknown:unknown"_s});
        GdapRelationship consentOnly = active;
        consentOnly.roleIds = {EntraRoles::CloudApplicationAdministrator};
        QCOMPARE(checks(evaluateCustomerGdap({consentOnly}, Now, 30, false, {})),
                 (QStringList{u"gdap-active:ok"_s, u"gdap-roles:warning"_s}));
    }

    void emptyListIsAdminAgentsWarning()
    {
        const AccessVerdict v = evaluateRelationshipList(0, 25, u"GET /v1.0/x"_s);
        QCOMPARE(v.check, u"gdap-list-empty"_s);
        QCOMPARE(v.status, AccessStatus::Warning);
        QVERIFY(v.reason.contains(u"Admin Agents"_s));
        QCOMPARE(evaluateRelationshipList(0, 0, {}).status, AccessStatus::Ok);
        QCOMPARE(evaluateRelationshipList(3, 25, {}).status, AccessStatus::Ok);
    }

    void roleCoverage()
    {
        const QList<TaskCoverage> c =
            gdapRoleCoverage({EntraRoles::UserAdministrator, EntraRoles::ApplicationAdministrator});
        QCOMPARE(c.size(), 3);
        QCOMPARE(c[0].task, GdapTask::ReadUsers);
        QVERIFY(c[0].allowed);
        QCOMPARE(c[0].byRoles, QStringList{u"User Administrator"_s});
        QVERIFY(c[1].allowed);
        QVERIFY(c[2].allowed);
        QCOMPARE(c[2].byRoles, QStringList{u"Application Administrator"_s});
        const QList<TaskCoverage> reader = gdapRoleCoverage({EntraRoles::DirectoryReaders});
        QVERIFY(reader[0].allowed);
        QVERIFY(!reader[1].allowed);
        QVERIFY(!reader[2].allowed);
        QVERIFY(reader[2].anyOf.contains(u"Privileged Role Administrator"_s));
        QCOMPARE(entraRoleName(EntraRoles::GlobalReader), u"Global Reader"_s);
        QCOMPARE(entraRoleName(EntraRoles::LicenseAdministrator), u"License Administrator"_s);
        QCOMPARE(entraRoleName(EntraRoles::DirectoryWriters), u"Directory Writers"_s);
        QCOMPARE(entraRoleName(EntraRoles::CloudApplicationAdministrator),
                 u"Cloud Application Administrator"_s);
    }

    void accessAssignments()
    {
        const QJsonArray items{QJsonObject{
            {u"id"_s, u"a1"_s},
            {u"status"_s, u"pending"_s},
            {u"accessContainer"_s, QJsonObject{{u"accessContainerId"_s, u"g1"_s},
                                               {u"accessContainerType"_s, u"securityGroup"_s}}},
            {u"accessDetails"_s,
             QJsonObject{
                 {u"unifiedRoles"_s,
                  QJsonArray{QJsonObject{{u"roleDefinitionId"_s, EntraRoles::DirectoryReaders}}}}}},
            {u"createdDateTime"_s, at(-2)}}};
        const Expected<QList<GdapAccessAssignment>> a = parseAccessAssignments(items);
        QVERIFY(a);
        QCOMPARE(a->constFirst().groupId, u"g1"_s);
        QCOMPARE(a->constFirst().roleIds, QStringList{EntraRoles::DirectoryReaders});
        const GdapRelationship r =
            parsed(relationship(u"active"_s, 300, u"P180D"_s, {EntraRoles::DirectoryReaders}));
        QCOMPARE(checks(evaluateAccessAssignments(r, *a, {})),
                 QStringList{u"gdap-assignments:warning"_s});
        QCOMPARE(checks(evaluateAccessAssignments(r, {}, {})),
                 QStringList{u"gdap-assignments:problem"_s});
        QList<GdapAccessAssignment> active = *a;
        active[0].status = u"active"_s;
        QCOMPARE(checks(evaluateAccessAssignments(r, active, {})),
                 QStringList{u"gdap-assignments:ok"_s});
    }

    void consent_data()
    {
        QTest::addColumn<int>("tokenAadsts");
        QTest::addColumn<int>("spStatus");
        QTest::addColumn<QJsonArray>("grants");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("status");
        const QJsonObject sp{{u"id"_s, u"sp-1"_s}, {u"appId"_s, u"app"_s}};
        const auto grant = [](const QString &scope) {
            return QJsonObject{{u"id"_s, u"g"_s},
                               {u"clientId"_s, u"sp-1"_s},
                               {u"consentType"_s, u"AllPrincipals"_s},
                               {u"scope"_s, scope}};
        };
        QTest::addRow("consented")
            << 0 << 200 << QJsonArray{grant(u"Directory.Read.All User.Read"_s)} << u"consented"_s
            << u"ok"_s;
        QTest::addRow("scopes missing")
            << 0 << 200 << QJsonArray{grant(u"User.Read"_s)} << u"scopes-missing"_s << u"warning"_s;
        QTest::addRow("no grant") << 0 << 200 << QJsonArray{} << u"no-grant"_s << u"problem"_s;
        QTest::addRow("no service principal")
            << 0 << 404 << QJsonArray{} << u"no-service-principal"_s << u"problem"_s;
        QTest::addRow("Graph refuses: GDAP, not consent")
            << 0 << 403 << QJsonArray{} << u"not-checked"_s << u"unknown"_s;
        QTest::addRow("AADSTS65001") << 65001 << 0 << QJsonArray{} << u"no-grant"_s << u"problem"_s;
        QTest::addRow("AADSTS700016")
            << 700016 << 0 << QJsonArray{} << u"no-service-principal"_s << u"problem"_s;
        QTest::addRow("AADSTS50076: not a consent finding")
            << 50076 << 0 << QJsonArray{} << u"not-checked"_s << u"unknown"_s;
    }
    void consent()
    {
        QFETCH(int, tokenAadsts);
        QFETCH(int, spStatus);
        QFETCH(QJsonArray, grants);
        ConsentObservation o;
        o.appId = u"app"_s;
        o.tenantId = u"t1"_s;
        o.requiredScopes = {u"Directory.Read.All"_s};
        if (tokenAadsts) {
            o.tokenFailure = u"AADSTS%1: something"_s.arg(tokenAadsts);
            ServiceError e;
            e.aadsts = tokenAadsts;
            o.tokenError = e;
        } else {
            o.servicePrincipal =
                spStatus == 200
                    ? answer(200, QJsonDocument(QJsonObject{{u"id"_s, u"sp-1"_s}}))
                    : errorAnswer(spStatus, spStatus == 404 ? u"Request_ResourceNotFound"_s
                                                            : u"Authorization_RequestDenied"_s);
            o.servicePrincipalRequest = GraphClient::servicePrincipalPath(o.appId);
            if (spStatus == 200) {
                o.grants = answer(200, values(grants));
                o.grantsRequest = GraphClient::allPrincipalsGrantsPath(u"sp-1"_s);
            }
        }
        const ConsentFinding f = evaluateConsent(o);
        QTEST(consentStateId(f.state), "state");
        QTEST(accessStatusId(f.verdict.status), "status");
        QCOMPARE(f.verdict.check, u"consent"_s);
        QCOMPARE(f.verdict.action.isEmpty(), f.verdict.status != AccessStatus::Problem
                                                 && f.verdict.status != AccessStatus::Warning
                                                 && tokenAadsts != 50076);
        if (spStatus == 200)
            QCOMPARE(f.servicePrincipalId, u"sp-1"_s);
    }

    void consentPaths()
    {
        QCOMPARE(GraphClient::servicePrincipalPath(u"abc"_s),
                 u"/v1.0/servicePrincipals(appId='abc')"_s);
        QCOMPARE(GraphClient::allPrincipalsGrantsPath(u"sp"_s),
                 u"/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20'sp'%20and%20consentType"
                 "%20eq%20'AllPrincipals'"_s);
    }

    void partnerCenterConsentRequests()
    {
        QCOMPARE(PartnerCenterClient::applicationConsentsPath(u"t-1"_s),
                 u"/v1/customers/t-1/applicationconsents"_s);
        QCOMPARE(PartnerCenterClient::applicationConsentsPath(u"t-1"_s, u"app"_s),
                 u"/v1/customers/t-1/applicationconsents/app"_s);
        QCOMPARE(
            PartnerCenterClient::applicationConsentBody(
                u"app"_s, {ApplicationGrant{u"00000003-0000-0000-c000-000000000000"_s,
                                            {u"Directory.Read.All"_s, u"User.Read.All"_s}}}),
            R"({"applicationGrants":[{"enterpriseApplicationId":"00000003-0000-0000-c000-000000000000","scope":"Directory.Read.All,User.Read.All"}],"applicationId":"app"})"_ba);
        QCOMPARE(
            GraphClient::relationshipsPath(300, u"status eq 'active'"_s),
            u"/v1.0/tenantRelationships/delegatedAdminRelationships?$top=300&$filter=status%20eq%20'active'"_s);
    }

    void samApplication()
    {
        const QJsonObject json{
            {u"passwordCredentials"_s, QJsonArray{QJsonObject{{u"keyId"_s, u"S1"_s},
                                                              {u"displayName"_s, u"main"_s},
                                                              {u"hint"_s, u"San"_s},
                                                              {u"endDateTime"_s, at(600)}},
                                                  QJsonObject{{u"keyId"_s, u"s2"_s},
                                                              {u"displayName"_s, u"soon"_s},
                                                              {u"endDateTime"_s, at(10)}},
                                                  QJsonObject{{u"keyId"_s, u"s3"_s},
                                                              {u"displayName"_s, u"old"_s},
                                                              {u"endDateTime"_s, at(-1)}}}},
            {u"keyCredentials"_s, QJsonArray{QJsonObject{{u"keyId"_s, u"c1"_s},
                                                         {u"displayName"_s, u"cert"_s},
                                                         {u"type"_s, u"AsymmetricX509Cert"_s},
                                                         {u"endDateTime"_s, at(20)}}}},
            {u"web"_s,
             QJsonObject{{u"redirectUris"_s,
                          QJsonArray{u"http://localhost"_s, u"https://localhost/signin-oidc"_s}}}},
            {u"publicClient"_s, QJsonObject{{u"redirectUris"_s, QJsonArray{}}}}};
        const Expected<SamApplication> app = SamApplication::fromJson(json);
        QVERIFY2(app, qPrintable(app.error()));
        QCOMPARE(app->credentials.size(), 4);
        QCOMPARE(app->credentials[0].keyId, u"s1"_s);

        const Profile secret = profileWith(CredentialKind::Secret);
        QCOMPARE(checks(evaluateCredentials(*app, secret, Now, 30, {})),
                 (QStringList{u"secret:ok"_s, u"secret-expiring:warning"_s,
                              u"secret-expired:warning"_s, u"certificate-expiring:ok"_s}));
        const QList<AccessVerdict> v = evaluateCredentials(*app, secret, Now, 30, {});
        QCOMPARE(v[1].evidence.value(u"daysLeft"_s).toInt(), 10);
        QCOMPARE(v[1].evidence.value(u"use"_s).toString(), u"maybe-used"_s);
        QVERIFY(v[1].reason.contains(u"10 day"_s));
        // With a warning window of 5 days the 10-day secret is fine.
        QCOMPARE(evaluateCredentials(*app, secret, Now, 5, {})[1].status, AccessStatus::Ok);
        // The certificate profile: the certificate in 20 days matters, the secrets do not.
        QCOMPARE(checks(evaluateCredentials(*app, profileWith(CredentialKind::Certificate), Now, 30,
                                            {})),
                 (QStringList{u"secret:ok"_s, u"secret-expiring:ok"_s, u"secret-expired:ok"_s,
                              u"certificate-expiring:warning"_s}));
        // The one used, when the key id is known.
        QCOMPARE(credentialUse(app->credentials[2], secret, u"S3"_s), CredentialUse::Used);
        QCOMPARE(credentialUse(app->credentials[1], secret, u"s3"_s), CredentialUse::NotUsed);
        // A certificate matched by thumbprint (Graph's base64 against the profile's x5t).
        Profile cert = profileWith(CredentialKind::Certificate);
        const QByteArray sha1 = QByteArray::fromHex("0102030405060708090a0b0c0d0e0f1011121314");
        cert.certificateThumbprint = QString::fromLatin1(
            sha1.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        AppCredential c = app->credentials[3];
        c.customKeyIdentifier = QString::fromLatin1(sha1.toBase64());
        QCOMPARE(credentialUse(c, cert), CredentialUse::Used);
        c.customKeyIdentifier = QString::fromLatin1(QByteArray(20, 'x').toBase64());
        QCOMPARE(credentialUse(c, cert), CredentialUse::NotUsed);

        // Every secret expired: the profile cannot sign in.
        SamApplication stale = *app;
        stale.credentials = {app->credentials[2]};
        QVERIFY(checks(evaluateCredentials(stale, secret, Now, 30, {}))
                    .contains(u"credential-none-valid:problem"_s));

        QCOMPARE(evaluateRedirectUri(
                     *app, profileWith(CredentialKind::Secret, u"http://localhost:8400/"_s), {})
                     .status,
                 AccessStatus::Ok);
        const AccessVerdict missing = evaluateRedirectUri(
            *app, profileWith(CredentialKind::Secret, u"http://127.0.0.1"_s), {});
        QCOMPARE(missing.status, AccessStatus::Problem);
        QVERIFY(missing.reason.contains(u"AADSTS50011"_s));
        QVERIFY(!SamApplication::fromJson(QJsonObject{
            {u"passwordCredentials"_s, QJsonArray{QJsonObject{{u"keyId"_s, u"k"_s}}}}}));
    }

    void redirectUris_data()
    {
        QTest::addColumn<QString>("registered");
        QTest::addColumn<QString>("used");
        QTest::addColumn<bool>("match");
        QTest::addRow("loopback port ignored")
            << u"http://localhost"_s << u"http://localhost:53100"_s << true;
        QTest::addRow("loopback trailing slash")
            << u"http://127.0.0.1/"_s << u"http://127.0.0.1:9/"_s << true;
        QTest::addRow("loopback path differs")
            << u"http://localhost/cb"_s << u"http://localhost:9/"_s << false;
        QTest::addRow("localhost is not 127.0.0.1")
            << u"http://localhost"_s << u"http://127.0.0.1"_s << false;
        QTest::addRow("https port counts") << u"https://localhost/signin-oidc"_s
                                           << u"https://localhost:8443/signin-oidc"_s << false;
        QTest::addRow("https exact")
            << u"https://app.example/cb"_s << u"https://app.example/cb"_s << true;
    }
    void redirectUris()
    {
        QFETCH(QString, registered);
        QFETCH(QString, used);
        QTEST(redirectUriMatches(registered, used), "match");
    }

    void partnerGrants()
    {
        const QJsonArray grants{QJsonObject{{u"consentType"_s, u"AllPrincipals"_s},
                                            {u"scope"_s, u"user_impersonation"_s}},
                                QJsonObject{{u"consentType"_s, u"AllPrincipals"_s},
                                            {u"scope"_s, u"Directory.Read.All User.Read"_s}}};
        QCOMPARE(
            evaluatePartnerGrants(grants, {u"user_impersonation"_s, u"Directory.Read.All"_s}, {})
                .status,
            AccessStatus::Ok);
        const AccessVerdict v =
            evaluatePartnerGrants(QJsonArray{grants.at(1)}, {u"user_impersonation"_s}, {});
        QCOMPARE(v.status, AccessStatus::Problem);
        QCOMPARE(v.evidence.value(u"missingScopes"_s).toArray().at(0).toString(),
                 u"user_impersonation"_s);
    }

    void mfaProbe_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("source");
        QTest::addRow("header true")
            << 200 << "true"_ba << QJsonObject{} << QString() << u"ok"_s << u"header"_s;
        QTest::addRow("body false")
            << 200 << QByteArray() << QJsonObject{{u"isMfaCompliant"_s, false}} << QString()
            << u"warning"_s << u"body"_s;
        QTest::addRow("both") << 200 << "True"_ba << QJsonObject{{u"isMfaCompliant"_s, true}}
                              << QString() << u"ok"_s << u"header and body"_s;
        QTest::addRow("neither") << 200 << QByteArray() << QJsonObject{{u"id"_s, u"x"_s}}
                                 << QString() << u"unknown"_s << QString();
        QTest::addRow("900421") << 401 << QByteArray() << QJsonObject{} << u"900421"_s
                                << u"problem"_s << QString();
    }
    void mfaProbe()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(QJsonObject, body);
        QFETCH(QString, code);
        HttpHeaders headers;
        if (!header.isEmpty())
            headers.append({"IsMfaCompliant"_ba, header});
        ApiResult r = code.isEmpty() ? answer(status, QJsonDocument(body), headers)
                                     : errorAnswer(status, code);
        MfaVerdict amr;
        amr.state = MfaVerdict::State::Present;
        amr.evidence = u"amr contains \"mfa\""_s;
        const AccessVerdict v = evaluateMfa(r, amr, u"GET /v1/profiles/organization"_s);
        QTEST(accessStatusId(v.status), "expected");
        QTEST(MfaProbe::fromResult(r).source, "source");
        QCOMPARE(v.evidence.value(u"amr"_s).toString(), u"present"_s);
        QCOMPARE(v.evidence.value(u"request"_s).toString(), u"GET /v1/profiles/organization"_s);
    }

    void mfaAdoption()
    {
        const auto entry = [](const QString &day, const QString &app, int ok, int total) {
            return QJsonObject{{u"loginDate"_s, day},
                               {u"mfaCompliantRequestCount"_s, ok},
                               {u"totalRequestCount"_s, total},
                               {u"applicationId"_s, app},
                               {u"applicationName"_s, QString(u"App "_s + app)}};
        };
        const QJsonArray entries{entry(u"2026-12-07"_s, u"A"_s, 1, 2),
                                 entry(u"2026-12-01"_s, u"a"_s, 3, 3),
                                 entry(u"2026-10-01"_s, u"a"_s, 0, 50), // older than 30 days
                                 entry(u"2026-12-06"_s, u"b"_s, 9, 9)};
        const Expected<QList<MfaAdoption>> s = summarizeMfaAdoption(entries, Now.date());
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(s->size(), 2);
        QCOMPARE(s->at(0).applicationId, u"b"_s);
        QCOMPARE(s->at(1).totalRequests, 5);
        QCOMPARE(s->at(1).compliantRequests, 4);
        QCOMPARE(s->at(1).days, 2);
        QCOMPARE(s->at(1).lastDay, QDate(2026, 12, 7));
        const AccessVerdict a = evaluateMfaAdoption(*s, u"A"_s, {});
        QCOMPARE(a.status, AccessStatus::Warning);
        QVERIFY(a.reason.startsWith(u"1 of 5"_s));
        QCOMPARE(evaluateMfaAdoption(*s, u"b"_s, {}).status, AccessStatus::Ok);
        QVERIFY(evaluateMfaAdoption(*s, u"b"_s, {}).reason.startsWith(u"All 9 "_s));
        // One request reads as one, with the English plural forms the app installs.
        QVERIFY(installEnglishPlurals(*QCoreApplication::instance()));
        const Expected<QList<MfaAdoption>> one = summarizeMfaAdoption(
            QJsonArray{entry(u"2026-12-07"_s, u"d"_s, 1, 1), entry(u"2026-12-07"_s, u"e"_s, 0, 1)},
            Now.date());
        QVERIFY2(one, qPrintable(one.error()));
        QCOMPARE(evaluateMfaAdoption(*one, u"d"_s, {}).reason,
                 u"The one app+user request of this app in the last 30 days carried MFA."_s);
        QCOMPARE(evaluateMfaAdoption(*one, u"e"_s, {}).reason,
                 u"1 of 1 app+user request of this app in the last 30 days carried no MFA."_s);
        QCOMPARE(evaluateMfaAdoption(*s, u"c"_s, {}).status, AccessStatus::Ok);
        QVERIFY(!summarizeMfaAdoption(QJsonArray{QJsonObject{{u"loginDate"_s, u"2026-12-07"_s}}},
                                      Now.date()));
    }

    void verdictJson()
    {
        const AccessVerdict v{u"x"_s, AccessStatus::Warning, u"r"_s, u"a"_s,
                              QJsonObject{{u"request"_s, u"GET /"_s}}};
        const QJsonObject o = v.toJson();
        QCOMPARE(o.value(u"status"_s).toString(), u"warning"_s);
        QCOMPARE(o.value(u"evidence"_s).toObject().value(u"request"_s).toString(), u"GET /"_s);
        QCOMPARE(worstStatus({v, AccessVerdict{u"y"_s, AccessStatus::Problem, {}, {}, {}}}),
                 AccessStatus::Problem);
        QCOMPARE(worstStatus({}), AccessStatus::Ok);
        QCOMPARE(daysUntil(Now, Now.addSecs(5 * 86400 - 3)), 5);
        QCOMPARE(daysUntil(Now, Now.addSecs(-3)), 0);
        QCOMPARE(daysUntil(Now, Now.addDays(-2)), -2);
    }
};

QTEST_GUILESS_MAIN(tst_Access)
#include "tst_access.moc"
