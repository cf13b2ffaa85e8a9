// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// What access health reads from the sandbox: Partner Center MFA enforcement (ValidateMfa,
// 900421, the adoption report), GDAP on Graph (relationships, access assignments, customers,
// role assignments; empty lists for a user outside Admin Agents), the app's consent in each
// customer (service principal, admin grants, Partner Center applicationconsents with its rate
// limit), the SAM app registration, and the controls that move each of these facts.

#include "sandboxfixture.h"
#include "sandboxstate.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth::SandboxTest;

namespace {
const QString PartnerCenter = u"https://api.partnercenter.microsoft.com"_s;
const QString Graph = u"https://graph.microsoft.com"_s;
const QString GraphAppId = u"00000003-0000-0000-c000-000000000000"_s;
const QString GlobalAdmin = u"62e90394-69f5-4237-9190-012177145e10"_s;
const QString DirectoryReaders = u"88d8e3e3-8f55-4a1e-953a-9b9898b8876b"_s;
const QString Relationships = u"/graph/v1.0/tenantRelationships/delegatedAdminRelationships"_s;
const QString Customers = u"/graph/v1.0/tenantRelationships/delegatedAdminCustomers"_s;

QJsonArray valueOf(const Reply &r)
{
    return r.json().value("value"_L1).toArray();
}

// The first roleDefinitionId of accessDetails.unifiedRoles.
QString firstRole(const QJsonObject &withAccessDetails)
{
    return withAccessDetails.value("accessDetails"_L1)
        .toObject()
        .value("unifiedRoles"_L1)
        .toArray()
        .at(0)
        .toObject()
        .value("roleDefinitionId"_L1)
        .toString();
}

double daysFromNow(const QJsonValue &iso, const QDateTime &now)
{
    return now.secsTo(QDateTime::fromString(iso.toString(), Qt::ISODate)) / 86400.0;
}

QByteArray consentBody(const QString &appId, const QString &scope)
{
    return QJsonDocument(
               QJsonObject{{"applicationId"_L1, appId},
                           {"applicationGrants"_L1,
                            QJsonArray{QJsonObject{{"enterpriseApplicationId"_L1, GraphAppId},
                                                   {"scope"_L1, scope}}}}})
        .toJson(QJsonDocument::Compact);
}
} // namespace

class TestSandboxHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_f.start()); }
    void cleanup() { m_f.server.reset(); }

    void validateMfa_data();
    void validateMfa();
    void mfaAdoptionPerDay();
    void relationshipsShape();
    void relationshipsPagingAndFilter();
    void relationshipsOutsideAdminAgentsAreEmpty();
    void accessAssignments();
    void delegatedAdminCustomers();
    void relationshipsFollowTheClock();
    void relationshipControls();
    void roleAssignmentsInCustomer();
    void servicePrincipalAndGrants();
    void grantControlKeepsServicePrincipal();
    void applicationConsentLifecycle();
    void applicationConsentRateLimit();
    void samApplication();
    void partnerServicePrincipalGrants();
    void generatedCustomersHaveRelationships();

private:
    QDateTime now() const { return m_f.server->context().state.clock.now(); }
    // Every relationship the partner sees, following @odata.nextLink.
    QJsonArray allRelationships(const QByteArray &token, const QString &query = {});
    QJsonObject relationshipOf(const QString &customerName);
    QString customerId(const QString &name) const;

    Fixture m_f;
};

QString TestSandboxHealth::customerId(const QString &name) const
{
    for (const auto &c : m_f.scenario.value("customers"_L1).toArray()) {
        if (c.toObject().value("name"_L1).toString() == name)
            return c.toObject().value("tenantId"_L1).toString();
    }
    return {};
}

QJsonArray TestSandboxHealth::allRelationships(const QByteArray &token, const QString &query)
{
    QJsonArray out;
    QString next = Relationships + query;
    while (!next.isEmpty()) {
        const Reply r = m_f.call("GET"_ba, next, token);
        if (r.status != 200) {
            qWarning("paging failed: %s", r.body.constData());
            return {};
        }
        for (const auto &v : valueOf(r))
            out.append(v);
        next = r.json().value("@odata.nextLink"_L1).toString();
    }
    return out;
}

QJsonObject TestSandboxHealth::relationshipOf(const QString &customerName)
{
    const QByteArray t = m_f.appToken(m_f.partnerId, Graph);
    for (const auto &v : allRelationships(t, u"?$top=300"_s)) {
        if (v.toObject().value("customer"_L1).toObject().value("displayName"_L1).toString()
            == customerName)
            return v.toObject();
    }
    return {};
}

void TestSandboxHealth::validateMfa_data()
{
    QTest::addColumn<QString>("token"); // mfa, nomfa, app
    QTest::addColumn<bool>("enforced");
    QTest::addColumn<bool>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("compliant"); // "true", "false" or "" (not in the answer)
    QTest::addRow("MFA, enforced") << u"mfa"_s << true << true << 200 << 0 << u"true"_s;
    QTest::addRow("no MFA, enforced") << u"nomfa"_s << true << true << 401 << 900421 << u"false"_s;
    QTest::addRow("no MFA, not enforced") << u"nomfa"_s << false << true << 200 << 0 << u"false"_s;
    QTest::addRow("no MFA, enforced, no header")
        << u"nomfa"_s << true << false << 401 << 900421 << QString();
    QTest::addRow("MFA, no header") << u"mfa"_s << true << false << 200 << 0 << QString();
    QTest::addRow("app-only, enforced") << u"app"_s << true << true << 200 << 0 << u"true"_s;
}

void TestSandboxHealth::validateMfa()
{
    QFETCH(QString, token);
    QFETCH(bool, enforced);
    QFETCH(bool, header);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QString, compliant);
    const Reply set =
        m_f.control("POST"_ba, u"mfaenforcement"_s, QJsonObject{{"enforced"_L1, enforced}});
    QCOMPARE(set.json().value("enforced"_L1).toBool(), enforced);
    const QByteArray t = token == "app"_L1
                             ? m_f.appToken(m_f.partnerId, PartnerCenter)
                             : m_f.userToken(token == "mfa"_L1 ? m_f.mfaUser : m_f.noMfaUser,
                                             m_f.partnerId, PartnerCenter);
    const Headers h = header ? Headers{{"ValidateMfa"_ba, "true"_ba}} : Headers{};
    const Reply r =
        m_f.call("GET"_ba, u"/pc/v1/profiles/legalbusiness?vettingVersion=Current"_s, t, {}, h);
    QCOMPARE(r.status, status);
    if (code != 0) {
        QCOMPARE(r.json().value("code"_L1).toInt(), code);
        QCOMPARE(r.json().value("source"_L1).toString(), u"PartnerFD"_s);
    }
    QCOMPARE(QString::fromLatin1(r.header("isMfaCompliant"_ba)), compliant);
    if (compliant.isEmpty())
        QVERIFY(!r.json().contains("isMfaCompliant"_L1));
    else
        QCOMPARE(r.json().value("isMfaCompliant"_L1).toBool(), compliant == "true"_L1);
}

void TestSandboxHealth::mfaAdoptionPerDay()
{
    const QByteArray app = m_f.appToken(m_f.partnerId, PartnerCenter);
    QCOMPARE(m_f.call("GET"_ba, u"/pc/v1/customers?size=1"_s, app).status, 200);
    const QByteArray noMfa = m_f.userToken(m_f.noMfaUser, m_f.partnerId, PartnerCenter);
    QCOMPARE(m_f.call("GET"_ba, u"/pc/v1/customers?size=1"_s, noMfa).status, 401);
    m_f.advanceClock(86400);
    const QByteArray mfa = m_f.userToken(m_f.mfaUser, m_f.partnerId, PartnerCenter);
    QCOMPARE(m_f.call("GET"_ba, u"/pc/v1/customers?size=1"_s, mfa).status, 200);
    Reply r = m_f.call("GET"_ba, u"/pc/v1/applicationmfaadoptionstatus"_s, mfa);
    QCOMPARE(r.status, 200);
    QJsonArray list = QJsonDocument::fromJson(r.body).array();
    // App-only requests are not in the report; one entry per app and day.
    QCOMPARE(list.size(), 2);
    const QString today = now().date().toString(Qt::ISODate);
    const QString yesterday = now().date().addDays(-1).toString(Qt::ISODate);
    for (const auto &v : list) {
        const QJsonObject e = v.toObject();
        QCOMPARE(e.value("applicationId"_L1).toString(), m_f.publicApp);
        QCOMPARE(e.value("applicationName"_L1).toString(), u"PCAuth Sandbox Public Client"_s);
        QCOMPARE(e.value("totalRequestCount"_L1).toInt(), 1);
        const bool isToday = e.value("loginDate"_L1).toString() == today;
        QVERIFY(isToday || e.value("loginDate"_L1).toString() == yesterday);
        QCOMPARE(e.value("mfaCompliantRequestCount"_L1).toInt(), isToday ? 1 : 0);
    }
    // 30 days later the first day has left the window (the report call itself counts).
    m_f.advanceClock(29 * 86400);
    const QByteArray later = m_f.userToken(m_f.mfaUser, m_f.partnerId, PartnerCenter);
    r = m_f.call("GET"_ba, u"/pc/v1/applicationmfaadoptionstatus"_s, later);
    list = QJsonDocument::fromJson(r.body).array();
    QStringList dates;
    for (const auto &v : list)
        dates.append(v.toObject().value("loginDate"_L1).toString());
    QVERIFY2(!dates.contains(yesterday), qPrintable(dates.join(u',')));
    QVERIFY(dates.contains(today));
}

void TestSandboxHealth::relationshipsShape()
{
    const QByteArray t = m_f.userToken(m_f.mfaUser, m_f.partnerId, Graph);
    const QJsonArray all = allRelationships(t);
    QCOMPARE(all.size(), 25); // 25 customers, Lamna none, Trey Research two
    QSet<QString> statuses;
    for (const auto &v : all) {
        const QJsonObject r = v.toObject();
        statuses.insert(r.value("status"_L1).toString());
        for (const char *key :
             {"id", "displayName", "status", "duration", "createdDateTime", "activatedDateTime",
              "endDateTime", "autoExtendDuration", "customer", "accessDetails"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QVERIFY(!r.value("customer"_L1).toObject().value("tenantId"_L1).toString().isEmpty());
        QVERIFY(!r.value("customer"_L1).toObject().value("displayName"_L1).toString().isEmpty());
        QVERIFY(!firstRole(r).isEmpty());
        QVERIFY(r.value("duration"_L1).toString().startsWith(u'P'));
    }
    QCOMPARE(statuses.size(), 10); // every documented status
    QCOMPARE(
        qRound(daysFromNow(relationshipOf(u"Northwind Traders"_s).value("endDateTime"_L1), now())),
        5);
    QCOMPARE(
        qRound(daysFromNow(relationshipOf(u"Adventure Works"_s).value("endDateTime"_L1), now())),
        20);
    const QJsonObject pending = relationshipOf(u"Litware"_s);
    QCOMPARE(pending.value("status"_L1).toString(), u"approvalPending"_s);
    QCOMPARE(qRound(-daysFromNow(pending.value("createdDateTime"_L1), now())), 80);
    QVERIFY(pending.value("activatedDateTime"_L1).isNull());
    QVERIFY(pending.value("endDateTime"_L1).isNull());
    const QJsonObject admin = relationshipOf(u"Proseware"_s);
    QCOMPARE(admin.value("autoExtendDuration"_L1).toString(), u"PT0S"_s);
    QCOMPARE(firstRole(admin), GlobalAdmin);
    QCOMPARE(relationshipOf(u"Fabrikam"_s).value("autoExtendDuration"_L1).toString(), u"P180D"_s);
    QCOMPARE(relationshipOf(u"Tailspin Toys"_s).value("status"_L1).toString(), u"expired"_s);
    QVERIFY(relationshipOf(u"Lamna Healthcare"_s).isEmpty());
    // One relationship by id.
    const Reply one = m_f.call("GET"_ba, Relationships + u'/' + admin.value("id"_L1).toString(), t);
    QCOMPARE(one.status, 200);
    QCOMPARE(one.json().value("displayName"_L1), admin.value("displayName"_L1));
}

void TestSandboxHealth::relationshipsPagingAndFilter()
{
    const QByteArray t = m_f.appToken(m_f.partnerId, Graph);
    const Reply first = m_f.call("GET"_ba, Relationships + u"?$top=4"_s, t);
    QCOMPARE(first.status, 200);
    QCOMPARE(valueOf(first).size(), 4);
    QVERIFY(first.json().value("@odata.nextLink"_L1).toString().startsWith(m_f.base));
    const QJsonArray paged = allRelationships(t, u"?$top=4"_s);
    QSet<QString> ids;
    for (const auto &v : paged)
        ids.insert(v.toObject().value("id"_L1).toString());
    QCOMPARE(paged.size(), 25);
    QCOMPARE(ids.size(), 25);
    // The default page holds everything here (100); a page never exceeds 300.
    QVERIFY(!m_f.call("GET"_ba, Relationships, t).json().contains("@odata.nextLink"_L1));
    QCOMPARE(m_f.call("GET"_ba, Relationships + u"?$top=301"_s, t).status, 400);
    QCOMPARE(m_f.call("GET"_ba, Relationships + u"?$top=0"_s, t).status, 400);
    QCOMPARE(m_f.call("GET"_ba, Relationships + u"?$skiptoken=bogus"_s, t).status, 400);
    // $filter on status, kept across pages.
    const QJsonArray active = allRelationships(t, u"?$top=2&$filter=status eq 'active'"_s);
    QCOMPARE(active.size(), 15);
    for (const auto &v : active)
        QCOMPARE(v.toObject().value("status"_L1).toString(), u"active"_s);
    const QJsonArray expired = allRelationships(t, u"?$filter=status%20eq%20'expired'"_s);
    QCOMPARE(expired.size(), 2);
    const Reply bad = m_f.call("GET"_ba, Relationships + u"?$filter=status ne 'active'"_s, t);
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.json().value("error"_L1).toObject().value("code"_L1).toString(), u"BadRequest"_s);
    // A customer token is not the partner's.
    const QByteArray customer = m_f.userToken(m_f.mfaUser, m_f.consentedCustomers.first(), Graph);
    QCOMPARE(m_f.call("GET"_ba, Relationships, customer).status, 403);
}

void TestSandboxHealth::relationshipsOutsideAdminAgentsAreEmpty()
{
    QVERIFY(!m_f.notAdminAgentUser.upn.isEmpty());
    const QByteArray outsider = m_f.userToken(m_f.notAdminAgentUser, m_f.partnerId, Graph);
    QVERIFY(!outsider.isEmpty());
    for (const QString &path : {Relationships, Customers}) {
        const Reply r = m_f.call("GET"_ba, path, outsider);
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value("value"_L1).isArray());
        QCOMPARE(valueOf(r).size(), 0);
    }
    const QByteArray agent = m_f.userToken(m_f.mfaUser, m_f.partnerId, Graph);
    QCOMPARE(valueOf(m_f.call("GET"_ba, Relationships, agent)).size(), 25);
    // Membership is read at each request: the control moves the user in and out.
    const QString members = u"groups/AdminAgents/members/%1"_s;
    QCOMPARE(m_f.control("POST"_ba, members.arg(m_f.notAdminAgentUser.upn))
                 .json()
                 .value("member"_L1)
                 .toBool(),
             true);
    QCOMPARE(valueOf(m_f.call("GET"_ba, Relationships, outsider)).size(), 25);
    QCOMPARE(m_f.control("DELETE"_ba, members.arg(m_f.mfaUser.upn)).json().value("member"_L1),
             QJsonValue(false));
    QCOMPARE(valueOf(m_f.call("GET"_ba, Relationships, agent)).size(), 0);
    QCOMPARE(m_f.control("POST"_ba, u"groups/NoSuchGroup/members/%1"_s.arg(m_f.mfaUser.upn)).status,
             404);
}

void TestSandboxHealth::accessAssignments()
{
    const QByteArray t = m_f.appToken(m_f.partnerId, Graph);
    const QJsonObject fabrikam = relationshipOf(u"Fabrikam"_s);
    const Reply r = m_f.call(
        "GET"_ba,
        Relationships + u'/' + fabrikam.value("id"_L1).toString() + u"/accessAssignments"_s, t);
    QCOMPARE(r.status, 200);
    const QJsonArray list = valueOf(r);
    QCOMPARE(list.size(), 2);
    QSet<QString> groups;
    for (const auto &v : list) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a.value("status"_L1).toString(), u"active"_s);
        QCOMPARE(
            a.value("accessContainer"_L1).toObject().value("accessContainerType"_L1).toString(),
            u"securityGroup"_s);
        groups.insert(
            a.value("accessContainer"_L1).toObject().value("accessContainerId"_L1).toString());
        QVERIFY(
            !a.value("accessDetails"_L1).toObject().value("unifiedRoles"_L1).toArray().isEmpty());
        QVERIFY(
            QDateTime::fromString(a.value("createdDateTime"_L1).toString(), Qt::ISODate).isValid());
        QVERIFY(QDateTime::fromString(a.value("lastModifiedDateTime"_L1).toString(), Qt::ISODate)
                    .isValid());
    }
    QCOMPARE(groups.size(), 2);
    QVERIFY(!groups.contains(m_f.adminAgentsGroup));
    QCOMPARE(m_f.call("GET"_ba, Relationships + u"/no-such-id/accessAssignments"_s, t).status, 404);
}

void TestSandboxHealth::delegatedAdminCustomers()
{
    const QByteArray t = m_f.userToken(m_f.mfaUser, m_f.partnerId, Graph);
    const QJsonArray list = valueOf(m_f.call("GET"_ba, Customers + u"?$top=300"_s, t));
    QStringList names;
    for (const auto &v : list) {
        const QJsonObject c = v.toObject();
        QCOMPARE(c.value("id"_L1), c.value("tenantId"_L1));
        names.append(c.value("displayName"_L1).toString());
    }
    QVERIFY(names.contains(u"Fabrikam"_s));
    QVERIFY(!names.contains(u"Lamna Healthcare"_s)); // no relationship
    QVERIFY(!names.contains(u"Tailspin Toys"_s)); // expired only
    QVERIFY(!names.contains(u"Litware"_s)); // not approved yet
    const QString fabrikam = customerId(u"Fabrikam"_s);
    const Reply details =
        m_f.call("GET"_ba, Customers + u'/' + fabrikam + u"/serviceManagementDetails"_s, t);
    QCOMPARE(details.status, 200);
    QCOMPARE(valueOf(details).size(), 3);
    for (const auto &v : valueOf(details)) {
        QVERIFY(!v.toObject().value("serviceName"_L1).toString().isEmpty());
        QVERIFY(v.toObject().value("serviceManagementUrl"_L1).toString().startsWith("https://"_L1));
    }
    QCOMPARE(m_f.call("GET"_ba,
                      Customers + u'/' + customerId(u"Lamna Healthcare"_s)
                          + u"/serviceManagementDetails"_s,
                      t)
                 .status,
             404);
}

void TestSandboxHealth::relationshipsFollowTheClock()
{
    // Northwind's relationship (PT0S) ends in 5 days; Litware's request, 80 days old, expires
    // at 90 days without approval; Fabrikam's (P180D) extends itself when it ends.
    const QString fabrikam = relationshipOf(u"Fabrikam"_s).value("id"_L1).toString();
    QCOMPARE(m_f.control("POST"_ba, u"gdap/relationships/%1"_s.arg(fabrikam),
                         QJsonObject{{"endsInDays"_L1, 3}})
                 .status,
             200);
    m_f.advanceClock(11 * 86400);
    QCOMPARE(relationshipOf(u"Northwind Traders"_s).value("status"_L1).toString(), u"expired"_s);
    QCOMPARE(relationshipOf(u"Litware"_s).value("status"_L1).toString(), u"expired"_s);
    const QJsonObject extended = relationshipOf(u"Fabrikam"_s);
    QCOMPARE(extended.value("status"_L1).toString(), u"active"_s);
    QCOMPARE(qRound(daysFromNow(extended.value("endDateTime"_L1), now())), 180 + 3 - 11);
}

void TestSandboxHealth::relationshipControls()
{
    const QString id = relationshipOf(u"Adventure Works"_s).value("id"_L1).toString();
    const QString path = u"gdap/relationships/%1"_s.arg(id);
    Reply r =
        m_f.control("POST"_ba, path, QJsonObject{{"endsInDays"_L1, 2}, {"status"_L1, u"active"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        qRound(daysFromNow(relationshipOf(u"Adventure Works"_s).value("endDateTime"_L1), now())),
        2);
    r = m_f.control("POST"_ba, path, QJsonObject{{"endDateTime"_L1, u"2030-01-02T03:04:05Z"_s}});
    QCOMPARE(relationshipOf(u"Adventure Works"_s).value("endDateTime"_L1).toString(),
             u"2030-01-02T03:04:05Z"_s);
    r = m_f.control("POST"_ba, path, QJsonObject{{"status"_L1, u"terminated"_s}});
    QCOMPARE(relationshipOf(u"Adventure Works"_s).value("status"_L1).toString(), u"terminated"_s);
    r = m_f.control("POST"_ba, path, QJsonObject{{"status"_L1, u"active"_s}});
    r = m_f.control("POST"_ba, path + u"/expire"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject expired = relationshipOf(u"Adventure Works"_s);
    QCOMPARE(expired.value("status"_L1).toString(), u"expired"_s);
    QVERIFY(daysFromNow(expired.value("endDateTime"_L1), now()) <= 0);
    // The rules the real service keeps.
    const QString admin = relationshipOf(u"Proseware"_s).value("id"_L1).toString();
    QCOMPARE(m_f.control("POST"_ba, u"gdap/relationships/%1"_s.arg(admin),
                         QJsonObject{{"autoExtendDuration"_L1, u"P180D"_s}})
                 .status,
             400);
    QCOMPARE(m_f.control("POST"_ba, path, QJsonObject{{"status"_L1, u"sleeping"_s}}).status, 400);
    QCOMPARE(m_f.control("POST"_ba, u"gdap/relationships/nope"_s).status, 404);
}

void TestSandboxHealth::roleAssignmentsInCustomer()
{
    const QString fabrikam = customerId(u"Fabrikam"_s);
    const QByteArray t = m_f.userToken(m_f.mfaUser, fabrikam, Graph);
    const QString path = u"/graph/v1.0/roleManagement/directory/roleAssignments"
                         "?$filter=roleDefinitionId eq '%1'&$expand=principal"_s;
    Reply r = m_f.call("GET"_ba, path.arg(DirectoryReaders), t);
    QCOMPARE(r.status, 200);
    QJsonArray list = valueOf(r);
    QCOMPARE(list.size(), 2); // both partner groups of Fabrikam's relationship
    for (const auto &v : list) {
        const QJsonObject a = v.toObject();
        QCOMPARE(a.value("roleDefinitionId"_L1).toString(), DirectoryReaders);
        QCOMPARE(a.value("principalOrganizationId"_L1).toString(), m_f.partnerId);
        QCOMPARE(a.value("principal"_L1).toObject().value("id"_L1), a.value("principalId"_L1));
        QCOMPARE(a.value("principal"_L1).toObject().value("@odata.type"_L1).toString(),
                 u"#microsoft.graph.group"_s);
    }
    // Global Administrator: the customer's own admin only.
    list = valueOf(m_f.call("GET"_ba, path.arg(GlobalAdmin), t));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value("principalOrganizationId"_L1).toString(), fabrikam);
    // Without $expand no principal.
    list = valueOf(m_f.call(
        "GET"_ba,
        u"/graph/v1.0/roleManagement/directory/roleAssignments?$filter=roleDefinitionId eq '%1'"_s
            .arg(DirectoryReaders),
        t));
    QVERIFY(!list.at(0).toObject().contains("principal"_L1));
    // The relationship ends: its groups lose their roles.
    const QString id = relationshipOf(u"Fabrikam"_s).value("id"_L1).toString();
    QCOMPARE(m_f.control("POST"_ba, u"gdap/relationships/%1/expire"_s.arg(id)).status, 200);
    QCOMPARE(valueOf(m_f.call("GET"_ba, path.arg(DirectoryReaders), t)).size(), 0);
}

void TestSandboxHealth::servicePrincipalAndGrants()
{
    const QString fabrikam = customerId(u"Fabrikam"_s);
    const QByteArray t = m_f.userToken(m_f.mfaUser, fabrikam, Graph);
    const Reply sp =
        m_f.call("GET"_ba, u"/graph/v1.0/servicePrincipals(appId='%1')"_s.arg(m_f.webApp), t);
    QCOMPARE(sp.status, 200);
    QCOMPARE(sp.json().value("appId"_L1).toString(), m_f.webApp);
    const QString spId = sp.json().value("id"_L1).toString();
    QVERIFY(!QUuid::fromString(spId).isNull());
    const QString grants = u"/graph/v1.0/oauth2PermissionGrants?$filter=clientId eq '%1' and "
                           "consentType eq 'AllPrincipals'"_s;
    const QJsonArray list = valueOf(m_f.call("GET"_ba, grants.arg(spId), t));
    QCOMPARE(list.size(), 1);
    const QJsonObject g = list.at(0).toObject();
    QCOMPARE(g.value("clientId"_L1).toString(), spId);
    QCOMPARE(g.value("consentType"_L1).toString(), u"AllPrincipals"_s);
    QVERIFY(g.value("principalId"_L1).isNull());
    QVERIFY(!g.value("resourceId"_L1).toString().isEmpty());
    QCOMPARE(g.value("scope"_L1).toString(), u"Directory.Read.All User.Read"_s);
    // No service principal: 404 with Graph's error shape.
    QCOMPARE(m_f.control("DELETE"_ba, u"tenants/%1/consents/%2"_s.arg(fabrikam, m_f.webApp)).status,
             200);
    const Reply gone =
        m_f.call("GET"_ba, u"/graph/v1.0/servicePrincipals(appId='%1')"_s.arg(m_f.webApp), t);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json().value("error"_L1).toObject().value("code"_L1).toString(),
             u"Request_ResourceNotFound"_s);
    QVERIFY(gone.json().value("error"_L1).toObject().contains("innerError"_L1));
    QCOMPARE(valueOf(m_f.call("GET"_ba, grants.arg(spId), t)).size(), 0);
    QCOMPARE(m_f.call("GET"_ba, grants.arg(spId) + u" and principalId eq 'x'"_s, t).status, 400);
}

void TestSandboxHealth::grantControlKeepsServicePrincipal()
{
    const QString fabrikam = customerId(u"Fabrikam"_s);
    const QString rt =
        m_f.consentAndRedeem(m_f.mfaUser, m_f.webApp).json().value("refresh_token"_L1).toString();
    const Reply removed =
        m_f.control("DELETE"_ba, u"tenants/%1/grants/%2"_s.arg(fabrikam, m_f.webApp));
    QCOMPARE(removed.json().value("consented"_L1), QJsonValue(false));
    QCOMPARE(removed.json().value("servicePrincipal"_L1), QJsonValue(true));
    // Delegated: no grant (AADSTS65001); app-only still finds the service principal.
    QCOMPARE(m_f.refresh(fabrikam, 2, m_f.webApp, rt, Graph + u"/.default"_s).aadsts(), 65001);
    const QByteArray app = m_f.appToken(fabrikam, Graph);
    QVERIFY(!app.isEmpty());
    QCOMPARE(m_f.call("GET"_ba, u"/graph/v1.0/servicePrincipals(appId='%1')"_s.arg(m_f.webApp), app)
                 .status,
             200);
    QCOMPARE(valueOf(m_f.call("GET"_ba, u"/graph/v1.0/oauth2PermissionGrants"_s, app)).size(), 1);
    QCOMPARE(m_f.control("POST"_ba, u"tenants/%1/grants/%2"_s.arg(fabrikam, m_f.webApp))
                 .json()
                 .value("consented"_L1),
             QJsonValue(true));
    QCOMPARE(m_f.refresh(fabrikam, 2, m_f.webApp, rt, Graph + u"/.default"_s).status, 200);
}

void TestSandboxHealth::applicationConsentLifecycle()
{
    const QString customer = customerId(u"Wide World Importers"_s);
    const QString rt = m_f.consentAndRedeem(m_f.mfaUser, m_f.publicApp)
                           .json()
                           .value("refresh_token"_L1)
                           .toString();
    QCOMPARE(m_f.refresh(customer, 2, m_f.publicApp, rt, Graph + u"/.default"_s).aadsts(), 65001);
    const QByteArray pc = m_f.userToken(m_f.mfaUser, m_f.partnerId, PartnerCenter);
    const QString consents = u"/pc/v1/customers/%1/applicationconsents"_s.arg(customer);
    QCOMPARE(m_f.call("POST"_ba, consents, pc,
                      R"({"applicationId":")"_ba + m_f.publicApp.toLatin1() + R"("})"_ba)
                 .status,
             400); // no applicationGrants
    const Reply created = m_f.call(
        "POST"_ba, consents, pc, consentBody(m_f.publicApp, u"Directory.Read.All,User.Read.All"_s));
    QCOMPARE(created.status, 201);
    const Reply token = m_f.refresh(customer, 2, m_f.publicApp, rt, Graph + u"/.default"_s);
    QCOMPARE(token.status, 200);
    const QByteArray graph = token.json().value("access_token"_L1).toString().toLatin1();
    const Reply sp = m_f.call(
        "GET"_ba, u"/graph/v1.0/servicePrincipals(appId='%1')"_s.arg(m_f.publicApp), graph);
    QCOMPARE(sp.status, 200);
    const QJsonArray grants = valueOf(m_f.call(
        "GET"_ba,
        u"/graph/v1.0/oauth2PermissionGrants?$filter=clientId eq '%1' and consentType eq 'AllPrincipals'"_s
            .arg(sp.json().value("id"_L1).toString()),
        graph));
    QCOMPARE(grants.size(), 1);
    QCOMPARE(grants.at(0).toObject().value("scope"_L1).toString(),
             u"Directory.Read.All User.Read.All"_s);
    QCOMPARE(
        m_f.call("POST"_ba, consents, pc, consentBody(m_f.publicApp, u"User.Read.All"_s)).status,
        409);
    // App-only tokens may not consent.
    QCOMPARE(m_f.call("POST"_ba, consents, m_f.appToken(m_f.partnerId, PartnerCenter),
                      consentBody(m_f.publicApp, u"User.Read.All"_s))
                 .status,
             403);
    const QString one = consents + u'/' + m_f.publicApp;
    QCOMPARE(m_f.call("DELETE"_ba, one, pc).status, 204);
    QCOMPARE(m_f.refresh(customer, 2, m_f.publicApp, rt, Graph + u"/.default"_s).aadsts(), 65001);
    QCOMPARE(m_f.call("DELETE"_ba, one, pc).status, 404);
}

void TestSandboxHealth::applicationConsentRateLimit()
{
    const Reply limits =
        m_f.control("PUT"_ba, u"ratelimits"_s,
                    QJsonObject{{"applicationConsents"_L1,
                                 QJsonObject{{"requests"_L1, 2}, {"perSeconds"_L1, 60}}}});
    QCOMPARE(limits.json().value("applicationConsents"_L1).toObject().value("requests"_L1).toInt(),
             2);
    QCOMPARE(limits.json().value("partnerCenter"_L1).toObject().value("requests"_L1).toInt(), 0);
    const QByteArray pc = m_f.userToken(m_f.mfaUser, m_f.partnerId, PartnerCenter);
    const QString consents =
        u"/pc/v1/customers/%1/applicationconsents"_s.arg(customerId(u"Fourth Coffee"_s));
    const QByteArray body = consentBody(m_f.publicApp, u"User.Read.All"_s);
    QCOMPARE(m_f.call("POST"_ba, consents, pc, body).status, 201);
    QCOMPARE(m_f.call("DELETE"_ba, consents + u'/' + m_f.publicApp, pc).status, 204);
    const Reply limited = m_f.call("POST"_ba, consents, pc, body);
    QCOMPARE(limited.status, 429);
    const int retryAfter = limited.header("Retry-After"_ba).toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After"_ba).constData());
    QCOMPARE(limited.json().value("statusCode"_L1).toInt(), 429);
    // Other Partner Center calls are not limited by it.
    QCOMPARE(m_f.call("GET"_ba, u"/pc/v1/customers?size=1"_s, pc).status, 200);
    m_f.advanceClock(61);
    const QByteArray fresh = m_f.userToken(m_f.mfaUser, m_f.partnerId, PartnerCenter);
    QCOMPARE(m_f.call("POST"_ba, consents, fresh, body).status, 201);
}

void TestSandboxHealth::samApplication()
{
    const QByteArray t = m_f.userToken(m_f.mfaUser, m_f.partnerId, Graph);
    const QString path = u"/graph/v1.0/applications(appId='%1')?$select=passwordCredentials,"
                         "keyCredentials,web,publicClient,requiredResourceAccess"_s;
    Reply r = m_f.call("GET"_ba, path.arg(m_f.webApp), t);
    QCOMPARE(r.status, 200);
    QJsonObject app = r.json();
    QVERIFY(!app.contains("displayName"_L1)); // $select
    const QJsonArray secrets = app.value("passwordCredentials"_L1).toArray();
    QCOMPARE(secrets.size(), 3);
    int soon = 0, expired = 0;
    QString soonId;
    for (const auto &v : secrets) {
        const QJsonObject s = v.toObject();
        QVERIFY(!s.value("keyId"_L1).toString().isEmpty());
        QVERIFY(!s.value("displayName"_L1).toString().isEmpty());
        QVERIFY(s.value("secretText"_L1).isNull());
        const double days = daysFromNow(s.value("endDateTime"_L1), now());
        if (days < 0)
            ++expired;
        if (days > 9 && days <= 10) {
            ++soon;
            soonId = s.value("keyId"_L1).toString();
        }
    }
    QCOMPARE(soon, 1);
    QCOMPARE(expired, 1);
    const QJsonObject cert = app.value("keyCredentials"_L1).toArray().at(0).toObject();
    QCOMPARE(cert.value("type"_L1).toString(), u"AsymmetricX509Cert"_s);
    QCOMPARE(qRound(daysFromNow(cert.value("endDateTime"_L1), now())), 300);
    QVERIFY(app.value("web"_L1)
                .toObject()
                .value("redirectUris"_L1)
                .toArray()
                .contains(QJsonValue(u"http://localhost"_s)));
    QCOMPARE(app.value("publicClient"_L1).toObject().value("redirectUris"_L1).toArray().size(), 0);
    QCOMPARE(app.value("requiredResourceAccess"_L1).toArray().size(), 2);
    r = m_f.call("GET"_ba, path.arg(m_f.publicApp), t);
    QVERIFY(r.json()
                .value("publicClient"_L1)
                .toObject()
                .value("redirectUris"_L1)
                .toArray()
                .contains(QJsonValue(u"http://127.0.0.1"_s)));
    // Control: age the secret that expires soon.
    const Reply aged = m_f.control("POST"_ba, u"apps/%1/secrets/%2"_s.arg(m_f.webApp, soonId),
                                   QJsonObject{{"endsInDays"_L1, -1}});
    QCOMPARE(aged.status, 200);
    r = m_f.call("GET"_ba, path.arg(m_f.webApp), t);
    for (const auto &v : r.json().value("passwordCredentials"_L1).toArray()) {
        if (v.toObject().value("keyId"_L1).toString() == soonId)
            QCOMPARE(qRound(daysFromNow(v.toObject().value("endDateTime"_L1), now())), -1);
    }
    QCOMPARE(m_f.control("POST"_ba, u"apps/%1/secrets/%2"_s.arg(m_f.webApp, soonId),
                         QJsonObject{{"endDateTime"_L1, u"not a date"_s}})
                 .status,
             400);
    // Registrations live in the partner tenant; unknown apps are 404.
    const QByteArray customer = m_f.userToken(m_f.mfaUser, m_f.consentedCustomers.first(), Graph);
    QCOMPARE(m_f.call("GET"_ba, path.arg(m_f.webApp), customer).status, 404);
    QCOMPARE(
        m_f.call("GET"_ba, path.arg(QUuid::createUuid().toString(QUuid::WithoutBraces)), t).status,
        404);
}

void TestSandboxHealth::partnerServicePrincipalGrants()
{
    const QByteArray t = m_f.userToken(m_f.mfaUser, m_f.partnerId, Graph);
    const Reply sp =
        m_f.call("GET"_ba, u"/graph/v1.0/servicePrincipals(appId='%1')"_s.arg(m_f.publicApp), t);
    QCOMPARE(sp.status, 200);
    const QString spId = sp.json().value("id"_L1).toString();
    const Reply grants = m_f.call(
        "GET"_ba, u"/graph/v1.0/servicePrincipals/%1/oauth2PermissionGrants"_s.arg(spId), t);
    QCOMPARE(grants.status, 200);
    QStringList scopes;
    for (const auto &v : valueOf(grants)) {
        QCOMPARE(v.toObject().value("clientId"_L1).toString(), spId);
        scopes.append(v.toObject().value("scope"_L1).toString());
    }
    scopes.sort();
    QCOMPARE(scopes, (QStringList{u"Directory.Read.All User.Read"_s, u"user_impersonation"_s}));
    QCOMPARE(m_f.call("GET"_ba,
                      u"/graph/v1.0/servicePrincipals/%1/oauth2PermissionGrants"_s.arg(
                          QUuid::createUuid().toString(QUuid::WithoutBraces)),
                      t)
                 .status,
             404);
}

void TestSandboxHealth::generatedCustomersHaveRelationships()
{
    PCAuth::Sandbox::Scenario s = PCAuth::Sandbox::Scenario::demo();
    const qsizetype before = s.relationships.size();
    s.addGeneratedCustomers(200);
    PCAuth::Sandbox::Scenario again = PCAuth::Sandbox::Scenario::demo();
    again.addGeneratedCustomers(200);
    QCOMPARE(s.relationships.size(), again.relationships.size());
    const qsizetype generated = s.relationships.size() - before;
    QVERIFY2(generated >= 190 && generated < 200, qPrintable(QString::number(generated)));
    int active = 0, soon = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = before; i < s.relationships.size(); ++i) {
        const auto &r = s.relationships.at(i);
        QCOMPARE(r.id, again.relationships.at(i).id);
        if (r.status == "active"_L1) {
            ++active;
            if (now.daysTo(r.end) <= 30)
                ++soon;
        }
    }
    QVERIFY2(active > generated * 3 / 4, qPrintable(QString::number(active)));
    QVERIFY2(soon >= 5, qPrintable(QString::number(soon)));
}

QTEST_GUILESS_MAIN(TestSandboxHealth)
#include "tst_sandbox_health.moc"
