// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The resource APIs behind the tokens: Partner Center (/pc), Graph (/graph), Key Vault (/vault),
// ARM (/arm) and Azure AD Graph (/aadgraph).

#include "sandboxfixture.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace PCAuth::SandboxTest;

namespace {
const QString PartnerCenter = u"https://api.partnercenter.microsoft.com"_s;
const QString Graph = u"https://graph.microsoft.com"_s;
const QString Vault = u"https://vault.azure.net"_s;
} // namespace

class TestSandboxApis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_f.start()); }
    void cleanup() { m_f.server.reset(); }

    void pcOrganizationProfile_data();
    void pcOrganizationProfile();
    void pcLegalBusinessAppOnly();
    void pcCustomersPaging();
    void pcCustomersBadInput_data();
    void pcCustomersBadInput();
    void pcCustomerById_data();
    void pcCustomerById();
    void pcRequestIdsEchoed();
    void pcApplicationConsent();
    void pcRateLimit();
    void pcMfaAdoptionStatus();
    void graphCustomerData();
    void graphRejects_data();
    void graphRejects();
    void keyVaultSecrets();
    void keyVaultRejects_data();
    void keyVaultRejects();
    void armAndAadGraph();

private:
    // A delegated token for `resource` in `tenant`, from a sign-in of `user` (public client).
    QByteArray userToken(const DemoUser &user, const QString &tenant, const QString &resource);
    QByteArray appToken(const QString &tenant, const QString &resource);
    Reply call(const QByteArray &method, const QString &path, const QByteArray &token,
               const QByteArray &body = {}, const Headers &extra = {});
    Fixture m_f;
};

QByteArray TestSandboxApis::userToken(const DemoUser &user, const QString &tenant,
                                      const QString &resource)
{
    return m_f.userToken(user, tenant, resource);
}

QByteArray TestSandboxApis::appToken(const QString &tenant, const QString &resource)
{
    return m_f.appToken(tenant, resource);
}

Reply TestSandboxApis::call(const QByteArray &method, const QString &path, const QByteArray &token,
                            const QByteArray &body, const Headers &extra)
{
    return m_f.call(method, path, token, body, extra);
}

void TestSandboxApis::pcOrganizationProfile_data()
{
    QTest::addColumn<QString>("token"); // mfa, nomfa, app, graph, none, expired
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addRow("app+user with MFA") << u"mfa"_s << 200 << 0;
    QTest::addRow("app+user without MFA") << u"nomfa"_s << 401 << 900421;
    QTest::addRow("app-only") << u"app"_s << 403 << 10004;
    QTest::addRow("Graph audience") << u"graph"_s << 401 << 10000;
    QTest::addRow("no token") << u"none"_s << 401 << 10000;
    QTest::addRow("expired") << u"expired"_s << 401 << 10002;
    QTest::addRow("tampered signature") << u"tampered"_s << 401 << 10000;
    QTest::addRow("not a JWT") << u"garbage"_s << 401 << 10000;
}

void TestSandboxApis::pcOrganizationProfile()
{
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(int, code);
    QByteArray t;
    if (token == "mfa"_L1 || token == "expired"_L1 || token == "tampered"_L1)
        t = userToken(m_f.mfaUser, m_f.partnerId, PartnerCenter);
    else if (token == "nomfa"_L1)
        t = userToken(m_f.noMfaUser, m_f.partnerId, PartnerCenter);
    else if (token == "app"_L1)
        t = appToken(m_f.partnerId, PartnerCenter);
    else if (token == "graph"_L1)
        t = userToken(m_f.mfaUser, m_f.partnerId, Graph);
    if (token == "expired"_L1)
        m_f.advanceClock(3600);
    if (token == "tampered"_L1) // flip one signature character: same claims, bad signature
        t[t.size() - 5] = t.at(t.size() - 5) == 'A' ? 'B' : 'A';
    if (token == "garbage"_L1)
        t = "not.a.jwt"_ba;
    const Reply r = call("GET"_ba, u"/pc/v1/profiles/organization"_s, t);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.json().value("companyName"_L1).toString(), u"Contoso Partner"_s);
        QCOMPARE(r.json().value("tenantId"_L1).toString(), m_f.partnerId);
        QCOMPARE(r.json().value("email"_L1).toString(), m_f.mfaUser.upn);
        return;
    }
    QCOMPARE(r.json().value("code"_L1).toInt(), code);
    QVERIFY(!r.json().value("description"_L1).toString().isEmpty());
    QVERIFY(r.json().value("data"_L1).isArray());
    QCOMPARE(r.json().value("source"_L1).toString(), u"PartnerFD"_s);
}

void TestSandboxApis::pcLegalBusinessAppOnly()
{
    const Reply r = call("GET"_ba, u"/pc/v1/profiles/legalbusiness?vettingVersion=Current"_s,
                         appToken(m_f.partnerId, PartnerCenter));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("profileType"_L1).toString(), u"LegalBusinessProfile"_s);
    QCOMPARE(r.json().value("companyName"_L1).toString(), u"Contoso Partner"_s);
}

void TestSandboxApis::pcCustomersPaging()
{
    const QByteArray t = appToken(m_f.partnerId, PartnerCenter);
    QString path = u"/pc/v1/customers?size=10"_s;
    Headers headers;
    QList<int> pageSizes;
    QSet<QString> ids;
    for (int page = 0; page < 5; ++page) {
        const Reply r = call("GET"_ba, path, t, {}, headers);
        QCOMPARE(r.status, 200);
        const QJsonObject o = r.json();
        const QJsonArray items = o.value("items"_L1).toArray();
        pageSizes.append(int(items.size()));
        QCOMPARE(o.value("totalCount"_L1).toInt(), items.size());
        for (const auto &i : items) {
            QCOMPARE(
                i.toObject().value("attributes"_L1).toObject().value("objectType"_L1).toString(),
                u"Customer"_s);
            ids.insert(
                i.toObject().value("companyProfile"_L1).toObject().value("tenantId"_L1).toString());
        }
        const QJsonObject next = o.value("links"_L1).toObject().value("next"_L1).toObject();
        if (next.isEmpty()) {
            QVERIFY(!o.contains("continuationToken"_L1));
            break;
        }
        QCOMPARE(next.value("uri"_L1).toString(), u"/customers?size=10&seekOperation=Next"_s);
        const QJsonObject header = next.value("headers"_L1).toArray().at(0).toObject();
        QCOMPARE(header.value("key"_L1).toString(), u"MS-ContinuationToken"_s);
        QCOMPARE(header.value("value"_L1).toString(), o.value("continuationToken"_L1).toString());
        path = u"/pc/v1"_s + next.value("uri"_L1).toString();
        headers = {{"MS-ContinuationToken"_ba, header.value("value"_L1).toString().toLatin1()}};
    }
    QCOMPARE(pageSizes, (QList<int>{10, 10, 5}));
    QCOMPARE(ids.size(), 25);
}

void TestSandboxApis::pcCustomersBadInput_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("continuation");
    QTest::addRow("size=0") << u"size=0"_s << QByteArray();
    QTest::addRow("size=abc") << u"size=abc"_s << QByteArray();
    QTest::addRow("size=501") << u"size=501"_s << QByteArray();
    QTest::addRow("Next without token") << u"size=5&seekOperation=Next"_s << QByteArray();
    QTest::addRow("Next with a forged token") << u"size=5&seekOperation=Next"_s << "bm9wZQ"_ba;
}

void TestSandboxApis::pcCustomersBadInput()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, continuation);
    Headers h;
    if (!continuation.isEmpty())
        h.append({"MS-ContinuationToken"_ba, continuation});
    const Reply r = call("GET"_ba, u"/pc/v1/customers?"_s + query,
                         appToken(m_f.partnerId, PartnerCenter), {}, h);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("code"_L1).toInt(), 600);
}

void TestSandboxApis::pcCustomerById_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code");
    QTest::addRow("known customer") << u"{first}"_s << 200 << 0;
    QTest::addRow("no relationship") << u"00000000-0000-4000-8000-000000000001"_s << 403 << 20002;
    QTest::addRow("not a GUID") << u"fabrikam"_s << 400 << 600;
}

void TestSandboxApis::pcCustomerById()
{
    QFETCH(QString, id);
    QFETCH(int, status);
    QFETCH(int, code);
    id.replace("{first}"_L1, m_f.consentedCustomers.first());
    const Reply r =
        call("GET"_ba, u"/pc/v1/customers/"_s + id, appToken(m_f.partnerId, PartnerCenter));
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(r.json().value("companyProfile"_L1).toObject().value("tenantId"_L1).toString(),
                 id);
    else
        QCOMPARE(r.json().value("code"_L1).toInt(), code);
}

void TestSandboxApis::pcRequestIdsEchoed()
{
    const QByteArray t = appToken(m_f.partnerId, PartnerCenter);
    const Reply sent = call("GET"_ba, u"/pc/v1/customers?size=1"_s, t, {},
                            {{"MS-RequestId"_ba, "9f1c2b7e-1111-4222-8333-944455556666"_ba},
                             {"MS-CorrelationId"_ba, "0a1b2c3d-1111-4222-8333-944455556666"_ba}});
    QCOMPARE(sent.header("MS-RequestId"_ba), "9f1c2b7e-1111-4222-8333-944455556666"_ba);
    QCOMPARE(sent.header("MS-CorrelationId"_ba), "0a1b2c3d-1111-4222-8333-944455556666"_ba);
    const Reply generated = call("GET"_ba, u"/pc/v1/customers?size=1"_s, QByteArray());
    QCOMPARE(generated.status, 401);
    QVERIFY(!QUuid::fromString(QString::fromLatin1(generated.header("MS-RequestId"_ba))).isNull());
    QVERIFY(
        !QUuid::fromString(QString::fromLatin1(generated.header("MS-CorrelationId"_ba))).isNull());
}

void TestSandboxApis::pcApplicationConsent()
{
    const QString customer = m_f.unconsentedCustomers.first();
    const QString rt = m_f.consentAndRedeem(m_f.mfaUser, m_f.publicApp)
                           .json()
                           .value("refresh_token"_L1)
                           .toString();
    QCOMPARE(m_f.refresh(customer, 2, m_f.publicApp, rt, Graph + u"/.default"_s).aadsts(), 65001);
    const QByteArray body =
        QJsonDocument(
            QJsonObject{{"applicationId"_L1, m_f.publicApp},
                        {"applicationGrants"_L1,
                         QJsonArray{QJsonObject{{"enterpriseApplicationId"_L1,
                                                 u"00000003-0000-0000-c000-000000000000"_s},
                                                {"scope"_L1, u"Directory.Read.All"_s}}}}})
            .toJson();
    const QByteArray pc = userToken(m_f.mfaUser, m_f.partnerId, PartnerCenter);
    const Reply created =
        call("POST"_ba, u"/pc/v1/customers/%1/applicationconsents"_s.arg(customer), pc, body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value("applicationId"_L1).toString(), m_f.publicApp);
    QCOMPARE(m_f.refresh(customer, 2, m_f.publicApp, rt, Graph + u"/.default"_s).status, 200);
    const Reply again =
        call("POST"_ba, u"/pc/v1/customers/%1/applicationconsents"_s.arg(customer), pc, body);
    QCOMPARE(again.status, 409);
}

void TestSandboxApis::pcRateLimit()
{
    const QByteArray t = appToken(m_f.partnerId, PartnerCenter);
    const Reply set = m_f.client->send("PUT"_ba, m_f.client->url(u"/_sandbox/ratelimits"_s),
                                       R"({"partnerCenter":{"requests":2,"perSeconds":60}})"_ba, {},
                                       "application/json"_ba);
    QCOMPARE(set.status, 200);
    QCOMPARE(call("GET"_ba, u"/pc/v1/customers?size=1"_s, t).status, 200);
    QCOMPARE(call("GET"_ba, u"/pc/v1/customers?size=1"_s, t).status, 200);
    const Reply limited = call("GET"_ba, u"/pc/v1/customers?size=1"_s, t);
    QCOMPARE(limited.status, 429);
    const int retryAfter = limited.header("Retry-After"_ba).toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 60, limited.header("Retry-After"_ba).constData());
    QCOMPARE(limited.json().value("statusCode"_L1).toInt(), 429);
    QCOMPARE(limited.json().value("message"_L1).toString(),
             u"Rate limit is exceeded. Try again in %1 seconds."_s.arg(retryAfter));
    m_f.advanceClock(61);
    QCOMPARE(
        call("GET"_ba, u"/pc/v1/customers?size=1"_s, appToken(m_f.partnerId, PartnerCenter)).status,
        200);
}

void TestSandboxApis::pcMfaAdoptionStatus()
{
    const QByteArray mfa = userToken(m_f.mfaUser, m_f.partnerId, PartnerCenter);
    const QByteArray noMfa = userToken(m_f.noMfaUser, m_f.partnerId, PartnerCenter);
    QCOMPARE(call("GET"_ba, u"/pc/v1/customers?size=1"_s, mfa).status, 200);
    QCOMPARE(call("GET"_ba, u"/pc/v1/customers?size=1"_s, noMfa).status, 401);
    const Reply r = call("GET"_ba, u"/pc/v1/applicationmfaadoptionstatus"_s, mfa);
    QCOMPARE(r.status, 200);
    const QJsonArray list = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(list.size(), 1);
    const QJsonObject entry = list.at(0).toObject();
    QCOMPARE(entry.value("applicationId"_L1).toString(), m_f.publicApp);
    QCOMPARE(entry.value("totalRequestCount"_L1).toInt(), 2); // counted before this call
    QCOMPARE(entry.value("mfaCompliantRequestCount"_L1).toInt(), 1);
}

void TestSandboxApis::graphCustomerData()
{
    const QString customer = m_f.consentedCustomers.first();
    const QByteArray t = userToken(m_f.mfaUser, customer, Graph);
    const Reply org = call("GET"_ba, u"/graph/v1.0/organization"_s, t);
    QCOMPARE(org.status, 200);
    const QJsonObject o = org.json().value("value"_L1).toArray().at(0).toObject();
    QCOMPARE(o.value("id"_L1).toString(), customer);
    QCOMPARE(o.value("displayName"_L1).toString(), u"Fabrikam"_s);
    const Reply domains = call("GET"_ba, u"/graph/v1.0/domains"_s, t);
    QCOMPARE(domains.json().value("value"_L1).toArray().at(0).toObject().value("id"_L1).toString(),
             u"fabrikam.onmicrosoft.com"_s);
    const Reply users = call("GET"_ba, u"/graph/v1.0/users?$top=1"_s, t);
    QCOMPARE(users.status, 200);
    QCOMPARE(users.json().value("value"_L1).toArray().size(), 1);
    const Reply me = call("GET"_ba, u"/graph/v1.0/me"_s, t);
    QCOMPARE(me.json().value("userPrincipalName"_L1).toString(), m_f.mfaUser.upn);
}

void TestSandboxApis::graphRejects_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("Partner Center token")
        << u"pc"_s << u"/graph/v1.0/organization"_s << 401 << u"InvalidAuthenticationToken"_s;
    QTest::addRow("no token") << u"none"_s << u"/graph/v1.0/organization"_s << 401
                              << u"InvalidAuthenticationToken"_s;
    QTest::addRow("/me with app-only token")
        << u"app"_s << u"/graph/v1.0/me"_s << 400 << u"BadRequest"_s;
    QTest::addRow("unknown segment")
        << u"app"_s << u"/graph/v1.0/nothing"_s << 400 << u"BadRequest"_s;
}

void TestSandboxApis::graphRejects()
{
    QFETCH(QString, token);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    QByteArray t;
    if (token == "pc"_L1)
        t = appToken(m_f.partnerId, PartnerCenter);
    else if (token == "app"_L1)
        t = appToken(m_f.partnerId, Graph);
    const Reply r = call("GET"_ba, path, t);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(), code);
}

void TestSandboxApis::keyVaultSecrets()
{
    const QByteArray t = userToken(m_f.mfaUser, m_f.partnerId, Vault);
    const QString path = u"/vault/secrets/contosopartneronmicrosoftcom?api-version=7.4"_s;
    const Reply put1 = call("PUT"_ba, path, t, R"({"value":"first"})"_ba);
    QCOMPARE(put1.status, 200);
    const QString id1 = put1.json().value("id"_L1).toString();
    QVERIFY(id1.startsWith(m_f.base + u"/vault/secrets/contosopartneronmicrosoftcom/"_s));
    QCOMPARE(call("PUT"_ba, path, t, R"({"value":"second"})"_ba).status, 200);
    QCOMPARE(call("GET"_ba, path, t).json().value("value"_L1).toString(), u"second"_s);
    const QString version1 = id1.section(u'/', -1);
    const Reply byVersion =
        call("GET"_ba,
             u"/vault/secrets/contosopartneronmicrosoftcom/%1?api-version=7.4"_s.arg(version1), t);
    QCOMPARE(byVersion.json().value("value"_L1).toString(), u"first"_s);
    const Reply deleted = call("DELETE"_ba, path, t);
    QCOMPARE(deleted.status, 200);
    QVERIFY(!deleted.json().contains("value"_L1));
    QVERIFY(deleted.json().contains("recoveryId"_L1));
    const Reply gone = call("GET"_ba, path, t);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.json().value("error"_L1).toObject().value("code"_L1).toString(),
             u"SecretNotFound"_s);
}

void TestSandboxApis::keyVaultRejects_data()
{
    QTest::addColumn<QString>("token"); // vault, graph, none, customer
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("no api-version")
        << u"vault"_s << u"/vault/secrets/x"_s << QByteArray() << 400 << u"BadParameter"_s;
    QTest::addRow("no token") << u"none"_s << u"/vault/secrets/x?api-version=7.4"_s << QByteArray()
                              << 401 << u"Unauthorized"_s;
    QTest::addRow("Graph token") << u"graph"_s << u"/vault/secrets/x?api-version=7.4"_s
                                 << QByteArray() << 401 << u"Unauthorized"_s;
    QTest::addRow("customer tenant token") << u"customer"_s << u"/vault/secrets/x?api-version=7.4"_s
                                           << QByteArray() << 401 << u"Unauthorized"_s;
    QTest::addRow("invalid name") << u"vault"_s << u"/vault/secrets/a.b@c?api-version=7.4"_s
                                  << R"({"value":"v"})"_ba << 400 << u"BadParameter"_s;
    QTest::addRow("body without value") << u"vault"_s << u"/vault/secrets/x?api-version=7.4"_s
                                        << R"({"nope":1})"_ba << 400 << u"BadParameter"_s;
}

void TestSandboxApis::keyVaultRejects()
{
    QFETCH(QString, token);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QByteArray t;
    if (token == "vault"_L1)
        t = appToken(m_f.partnerId, Vault);
    else if (token == "graph"_L1)
        t = appToken(m_f.partnerId, Graph);
    else if (token == "customer"_L1)
        t = appToken(m_f.consentedCustomers.first(), Vault);
    const Reply r = call(body.isEmpty() ? "GET"_ba : "PUT"_ba, path, t, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value("error"_L1).toObject().value("code"_L1).toString(), code);
    if (status == 401)
        QVERIFY(r.header("WWW-Authenticate"_ba).contains("resource=\"https://vault.azure.net\""));
}

void TestSandboxApis::armAndAadGraph()
{
    const QString customer = m_f.consentedCustomers.first();
    const Reply subs = call("GET"_ba, u"/arm/subscriptions?api-version=2022-12-01"_s,
                            userToken(m_f.mfaUser, customer, u"https://management.azure.com"_s));
    QCOMPARE(subs.status, 200);
    QCOMPARE(
        subs.json().value("value"_L1).toArray().at(0).toObject().value("tenantId"_L1).toString(),
        customer);
    const Reply details =
        call("GET"_ba, u"/aadgraph/%1/tenantDetails?api-version=1.6"_s.arg(customer),
             appToken(customer, u"https://graph.windows.net"_s));
    QCOMPARE(details.status, 200);
    QCOMPARE(
        details.json().value("value"_L1).toArray().at(0).toObject().value("objectId"_L1).toString(),
        customer);
    QCOMPARE(
        call("GET"_ba, u"/arm/subscriptions?api-version=2022-12-01"_s, appToken(customer, Graph))
            .status,
        401);
}

QTEST_GUILESS_MAIN(TestSandboxApis)
#include "tst_sandbox_apis.moc"
