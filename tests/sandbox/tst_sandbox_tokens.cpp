// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The token endpoint after sign-in: refresh tokens (rotation, 90-day inactivity, revocation,
// other client, customer tenants with consent and MFA policy) and client credentials (secret
// and certificate assertion), plus malformed token requests.

#include "sandboxfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth::SandboxTest;

namespace {
const QString PartnerCenterScope = u"https://api.partnercenter.microsoft.com/.default"_s;
const QString GraphScope = u"https://graph.microsoft.com/.default"_s;
constexpr qint64 Day = 24 * 3600;
} // namespace

class TestSandboxTokens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_f.start()); }
    void cleanup() { m_f.server.reset(); }

    void refreshRotates();
    void refreshV1NumbersAreStrings();
    void refreshWithCertificate();
    void inactivityExpiryPerToken();
    void revoked_data();
    void revoked();
    void otherClient();
    void disabledUser();
    void customerTenant_data();
    void customerTenant();
    void clientCredentials_data();
    void clientCredentials();
    void clientAuthentication_data();
    void clientAuthentication();
    void malformedRequests_data();
    void malformedRequests();

private:
    QString refreshTokenOf(const DemoUser &u, const QString &clientId);
    Fixture m_f;
};

QString TestSandboxTokens::refreshTokenOf(const DemoUser &u, const QString &clientId)
{
    const Reply r = m_f.consentAndRedeem(u, clientId);
    if (r.status != 200)
        qWarning("sign-in failed: %s", r.body.constData());
    return r.json().value("refresh_token"_L1).toString();
}

void TestSandboxTokens::refreshRotates()
{
    const QString rt1 = refreshTokenOf(m_f.mfaUser, m_f.publicApp);
    const Reply first = m_f.refresh(u"organizations"_s, 2, m_f.publicApp, rt1, PartnerCenterScope);
    QCOMPARE(first.status, 200);
    const QString rt2 = first.json().value("refresh_token"_L1).toString();
    QVERIFY(!rt2.isEmpty());
    QVERIFY(rt2 != rt1);
    // The old token stays valid after rotation, as in Entra.
    const Reply again = m_f.refresh(u"organizations"_s, 2, m_f.publicApp, rt1, PartnerCenterScope);
    QCOMPARE(again.status, 200);
    QVERIFY(again.json().value("refresh_token"_L1).toString() != rt2);
    const Reply viaNew = m_f.refresh(m_f.partnerId, 2, m_f.publicApp, rt2, PartnerCenterScope);
    QCOMPARE(viaNew.status, 200);
    const QJsonObject c = jwtClaims(viaNew.json().value("access_token"_L1).toString().toLatin1());
    QCOMPARE(c.value("aud"_L1).toString(), u"https://api.partnercenter.microsoft.com"_s);
    QCOMPARE(c.value("amr"_L1).toArray(), (QJsonArray{u"pwd"_s, u"mfa"_s}));
    QCOMPARE(viaNew.json().value("expires_in"_L1).toInt(), 3599);
}

void TestSandboxTokens::refreshV1NumbersAreStrings()
{
    const QString rt = refreshTokenOf(m_f.mfaUser, m_f.webApp);
    const Reply r =
        m_f.refresh(m_f.partnerId, 1, m_f.webApp, rt, u"https://api.partnercenter.microsoft.com"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QCOMPARE(o.value("expires_in"_L1).toString(), u"3599"_s);
    QCOMPARE(o.value("ext_expires_in"_L1).toString(), u"3599"_s);
    QVERIFY(o.value("not_before"_L1).isString());
    QVERIFY(!o.value("refresh_token"_L1).toString().isEmpty());
    const QJsonObject c = jwtClaims(o.value("access_token"_L1).toString().toLatin1());
    QCOMPARE(c.value("iss"_L1).toString(), u"https://sts.windows.net/%1/"_s.arg(m_f.partnerId));
    QCOMPARE(c.value("appid"_L1).toString(), m_f.webApp);
}

void TestSandboxTokens::refreshWithCertificate()
{
    // A confidential client may prove itself with its certificate on the refresh grant too.
    const QString rt = refreshTokenOf(m_f.mfaUser, m_f.webApp);
    const QString path = m_f.tokenPath(m_f.partnerDomain, 2);
    const QByteArray assertion =
        clientAssertion(m_f.certPem, m_f.keyPem, m_f.webApp, m_f.base + path);
    const Reply r =
        m_f.client->post(path, form({{u"grant_type"_s, u"refresh_token"_s},
                                     {u"client_id"_s, m_f.webApp},
                                     {u"refresh_token"_s, rt},
                                     {u"scope"_s, PartnerCenterScope},
                                     {u"client_assertion_type"_s,
                                      u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s},
                                     {u"client_assertion"_s, QString::fromLatin1(assertion)}}));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value("refresh_token"_L1).toString().isEmpty());
}

void TestSandboxTokens::inactivityExpiryPerToken()
{
    const QString rt1 = refreshTokenOf(m_f.mfaUser, m_f.publicApp);
    m_f.advanceClock(60 * Day);
    const Reply day60 = m_f.refresh(u"organizations"_s, 2, m_f.publicApp, rt1, PartnerCenterScope);
    QCOMPARE(day60.status, 200);
    const QString rt2 = day60.json().value("refresh_token"_L1).toString();
    m_f.advanceClock(31 * Day); // day 91: rt1 was issued 91 days ago, rt2 31 days ago
    const Reply old = m_f.refresh(u"organizations"_s, 2, m_f.publicApp, rt1, PartnerCenterScope);
    QCOMPARE(old.status, 400);
    QCOMPARE(old.json().value("error"_L1).toString(), u"invalid_grant"_s);
    QCOMPARE(old.aadsts(), 700082);
    QVERIFY(old.json()
                .value("error_description"_L1)
                .toString()
                .contains("inactive for 90.00:00:00"_L1));
    const Reply rotated =
        m_f.refresh(u"organizations"_s, 2, m_f.publicApp, rt2, PartnerCenterScope);
    QCOMPARE(rotated.status, 200);
}

void TestSandboxTokens::revoked_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QJsonObject>("body");
    QTest::addRow("admin revocation") << u"revoke"_s << QJsonObject{};
    QTest::addRow("password change")
        << u"password"_s << QJsonObject{{"password"_L1, u"Changed-Passw0rd!"_s}};
}

void TestSandboxTokens::revoked()
{
    QFETCH(QString, control);
    QFETCH(QJsonObject, body);
    const QString rt = refreshTokenOf(m_f.mfaUser, m_f.publicApp);
    const Reply c =
        m_f.client->postJson(u"/_sandbox/users/%1/%2"_s.arg(m_f.mfaUser.upn, control), body);
    QCOMPARE(c.status, 200);
    const Reply r = m_f.refresh(u"organizations"_s, 2, m_f.publicApp, rt, PartnerCenterScope);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.aadsts(), 50173);
    QVERIFY(r.json().value("error_description"_L1).toString().contains("TokensValidFrom"_L1));
    // A new sign-in after the revocation works again.
    if (body.contains("password"_L1))
        m_f.mfaUser.password = body.value("password"_L1).toString();
    m_f.advanceClock(2);
    const QString fresh = refreshTokenOf(m_f.mfaUser, m_f.publicApp);
    QCOMPARE(m_f.refresh(u"organizations"_s, 2, m_f.publicApp, fresh, PartnerCenterScope).status,
             200);
}

void TestSandboxTokens::otherClient()
{
    const QString rt = refreshTokenOf(m_f.mfaUser, m_f.publicApp);
    const Reply r = m_f.refresh(u"organizations"_s, 2, m_f.webApp, rt, PartnerCenterScope);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.aadsts(), 700007);
}

void TestSandboxTokens::disabledUser()
{
    const QString rt = refreshTokenOf(m_f.mfaUser, m_f.publicApp);
    const Reply c = m_f.client->postJson(u"/_sandbox/users/%1/enabled"_s.arg(m_f.mfaUser.upn),
                                         QJsonObject{{"enabled"_L1, false}});
    QCOMPARE(c.status, 200);
    const Reply r = m_f.refresh(u"organizations"_s, 2, m_f.publicApp, rt, PartnerCenterScope);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.aadsts(), 50057);
}

void TestSandboxTokens::customerTenant_data()
{
    QTest::addColumn<QString>("user"); // mfa or nomfa
    QTest::addColumn<bool>("consented");
    QTest::addColumn<bool>("withdraw"); // withdraw consent through the control first
    QTest::addColumn<bool>("partner"); // redeem in the partner tenant after a policy change
    QTest::addColumn<int>("code"); // 0 = success
    QTest::addRow("consented customer, MFA token") << u"mfa"_s << true << false << false << 0;
    QTest::addRow("customer without consent") << u"mfa"_s << false << false << false << 65001;
    QTest::addRow("consent withdrawn") << u"mfa"_s << true << true << false << 65001;
    QTest::addRow("customer requires MFA, token has none")
        << u"nomfa"_s << true << false << false << 50076;
    QTest::addRow("partner policy now requires MFA, token has none")
        << u"nomfa"_s << true << false << true << 50076;
    QTest::addRow("partner policy now requires MFA, MFA token")
        << u"mfa"_s << true << false << true << 0;
}

void TestSandboxTokens::customerTenant()
{
    QFETCH(QString, user);
    QFETCH(bool, consented);
    QFETCH(bool, withdraw);
    QFETCH(bool, partner);
    QFETCH(int, code);
    QString customer =
        consented ? m_f.consentedCustomers.first() : m_f.unconsentedCustomers.first();
    const QString rt =
        refreshTokenOf(user == "mfa"_L1 ? m_f.mfaUser : m_f.noMfaUser, m_f.publicApp);
    if (withdraw) {
        const Reply c = m_f.client->send(
            "DELETE"_ba,
            m_f.client->url(u"/_sandbox/tenants/%1/consents/%2"_s.arg(customer, m_f.publicApp)));
        QCOMPARE(c.status, 200);
        QCOMPARE(c.json().value("consented"_L1).toBool(), false);
    }
    if (partner) {
        const Reply c =
            m_f.client->postJson(u"/_sandbox/tenants/%1/policy"_s.arg(m_f.partnerDomain),
                                 QJsonObject{{"requireMfa"_L1, true}});
        QCOMPARE(c.json().value("requireMfa"_L1).toBool(), true);
        customer = m_f.partnerId;
    }
    const Reply r = m_f.refresh(customer, 2, m_f.publicApp, rt, GraphScope);
    if (code != 0) {
        QCOMPARE(r.status, 400);
        QCOMPARE(r.aadsts(), code);
        QCOMPARE(r.json().value("error"_L1).toString(),
                 code == 50076 ? u"interaction_required"_s : u"invalid_grant"_s);
        return;
    }
    QCOMPARE(r.status, 200);
    const QJsonObject c = jwtClaims(r.json().value("access_token"_L1).toString().toLatin1());
    QCOMPARE(c.value("tid"_L1).toString(), customer);
    QCOMPARE(c.value("aud"_L1).toString(), u"https://graph.microsoft.com"_s);
    QCOMPARE(c.value("iss"_L1).toString(), u"%1/%2/v2.0"_s.arg(m_f.base, customer));
    QCOMPARE(c.value("upn"_L1).toString(), user == "mfa"_L1 ? m_f.mfaUser.upn : m_f.noMfaUser.upn);
}

void TestSandboxTokens::clientCredentials_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("credential"); // secret, cert
    QTest::addColumn<QString>("tenant"); // partner, domain, customer, unconsented
    QString p = u"partner"_s;
    QTest::addRow("v2 secret") << 2 << u"secret"_s << p;
    QTest::addRow("v1 secret") << 1 << u"secret"_s << p;
    QTest::addRow("v2 certificate") << 2 << u"cert"_s << p;
    QTest::addRow("v2 certificate, x5t#S256") << 2 << u"cert-s256"_s << p;
    QTest::addRow("v1 certificate, by domain") << 1 << u"cert"_s << u"domain"_s;
    QTest::addRow("v2 secret, consented customer") << 2 << u"secret"_s << u"customer"_s;
}

void TestSandboxTokens::clientCredentials()
{
    QFETCH(int, version);
    QFETCH(QString, credential);
    QFETCH(QString, tenant);
    const QString segment = tenant == "partner"_L1  ? m_f.partnerId
                            : tenant == "domain"_L1 ? m_f.partnerDomain
                                                    : m_f.consentedCustomers.first();
    const QString tid = tenant == "customer"_L1 ? segment : m_f.partnerId;
    QList<QPair<QString, QString>> f{{u"grant_type"_s, u"client_credentials"_s},
                                     {u"client_id"_s, m_f.webApp}};
    if (version == 2)
        f.append({u"scope"_s, GraphScope});
    else
        f.append({u"resource"_s, u"https://graph.microsoft.com"_s});
    if (credential == "secret"_L1) {
        f.append({u"client_secret"_s, m_f.webSecret});
    } else {
        const QString aud = m_f.base + m_f.tokenPath(segment, version);
        f.append({u"client_assertion_type"_s,
                  u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s});
        f.append({u"client_assertion"_s,
                  QString::fromLatin1(clientAssertion(m_f.certPem, m_f.keyPem, m_f.webApp, aud, 300,
                                                      false, credential == "cert-s256"_L1))});
    }
    const Reply r = m_f.client->post(m_f.tokenPath(segment, version), form(f));
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.json();
    QVERIFY(!o.contains("refresh_token"_L1));
    QCOMPARE(o.value("expires_in"_L1).isString(), version == 1);
    const QJsonObject c = jwtClaims(o.value("access_token"_L1).toString().toLatin1());
    QCOMPARE(c.value("tid"_L1).toString(), tid);
    QCOMPARE(c.value("idtyp"_L1).toString(), u"app"_s);
    QCOMPARE(c.value("roles"_L1).toArray(), QJsonArray{u"Directory.Read.All"_s});
    QVERIFY(!c.contains("scp"_L1));
    QVERIFY(!c.contains("upn"_L1));
}

void TestSandboxTokens::clientAuthentication_data()
{
    QTest::addColumn<QString>("client"); // web, public, or an app id
    QTest::addColumn<QString>("tenant"); // partner, unconsented, common, or a segment
    QTest::addColumn<QString>("credential"); // secret:<value>, cert:<aud>:<exp>, cert-badsig, none
    QTest::addColumn<QString>("scope");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    const QString g = GraphScope;
    QTest::addRow("bad secret") << u"web"_s << u"partner"_s << u"secret:wrong"_s << g << 401
                                << u"invalid_client"_s << 7000215;
    QTest::addRow("expired secret") << u"web"_s << u"partner"_s << u"secret:expired"_s << g << 401
                                    << u"invalid_client"_s << 7000222;
    QTest::addRow("no credential")
        << u"web"_s << u"partner"_s << u"none"_s << g << 401 << u"invalid_client"_s << 7000218;
    QTest::addRow("assertion for another audience")
        << u"web"_s << u"partner"_s
        << u"cert:https://login.microsoftonline.com/x/oauth2/v2.0/token:300"_s << g << 401
        << u"invalid_client"_s << 700027;
    QTest::addRow("assertion expired") << u"web"_s << u"partner"_s << u"cert:token:-60"_s << g
                                       << 401 << u"invalid_client"_s << 700024;
    QTest::addRow("assertion valid for an hour") << u"web"_s << u"partner"_s << u"cert:token:3600"_s
                                                 << g << 401 << u"invalid_client"_s << 700024;
    QTest::addRow("assertion with a bad signature") << u"web"_s << u"partner"_s << u"cert-badsig"_s
                                                    << g << 401 << u"invalid_client"_s << 700027;
    QTest::addRow("scope without /.default")
        << u"web"_s << u"partner"_s << u"secret:ok"_s << u"https://graph.microsoft.com/User.Read"_s
        << 400 << u"invalid_scope"_s << 1002012;
    QTest::addRow("unknown resource")
        << u"web"_s << u"partner"_s << u"secret:ok"_s << u"https://nosuch.example/.default"_s << 400
        << u"invalid_scope"_s << 500011;
    QTest::addRow("public client")
        << u"public"_s << u"partner"_s << u"none"_s << g << 401 << u"invalid_client"_s << 7000218;
    QTest::addRow("public client sends a secret (refresh)")
        << u"public"_s << u"partner"_s << u"secret:ok"_s << u"refresh"_s << 401
        << u"invalid_client"_s << 700025;
    QTest::addRow("unknown app") << u"11111111-2222-3333-4444-555555555555"_s << u"partner"_s
                                 << u"secret:ok"_s << g << 400 << u"unauthorized_client"_s
                                 << 700016;
    QTest::addRow("customer without consent") << u"web"_s << u"unconsented"_s << u"secret:ok"_s << g
                                              << 400 << u"unauthorized_client"_s << 700016;
    QTest::addRow("unknown tenant") << u"web"_s << u"nosuch.onmicrosoft.com"_s << u"secret:ok"_s
                                    << g << 400 << u"invalid_request"_s << 90002;
}

void TestSandboxTokens::clientAuthentication()
{
    QFETCH(QString, client);
    QFETCH(QString, tenant);
    QFETCH(QString, credential);
    QFETCH(QString, scope);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(int, code);
    const QString clientId = client == "web"_L1      ? m_f.webApp
                             : client == "public"_L1 ? m_f.publicApp
                                                     : client;
    const QString segment = tenant == "partner"_L1       ? m_f.partnerId
                            : tenant == "unconsented"_L1 ? m_f.unconsentedCustomers.first()
                                                         : tenant;
    QList<QPair<QString, QString>> f{{u"client_id"_s, clientId}};
    if (scope == "refresh"_L1) {
        f.append({u"grant_type"_s, u"refresh_token"_s});
        f.append({u"refresh_token"_s, refreshTokenOf(m_f.mfaUser, m_f.publicApp)});
        f.append({u"scope"_s, PartnerCenterScope});
    } else {
        f.append({u"grant_type"_s, u"client_credentials"_s});
        f.append({u"scope"_s, scope});
    }
    const QString tokenUrl = m_f.base + m_f.tokenPath(segment, 2);
    if (credential.startsWith("secret:"_L1)) {
        const QString which = credential.mid(7);
        f.append({u"client_secret"_s, which == "ok"_L1        ? m_f.webSecret
                                      : which == "expired"_L1 ? m_f.expiredSecret
                                                              : which});
    } else if (credential.startsWith("cert"_L1)) {
        const QStringList parts = credential.split(u':');
        QString aud =
            credential == "cert-badsig"_L1 ? u"token"_s : parts.mid(1, parts.size() - 2).join(u':');
        if (aud == "token"_L1)
            aud = tokenUrl;
        const qint64 exp = credential == "cert-badsig"_L1 ? 300 : parts.last().toLongLong();
        f.append({u"client_assertion_type"_s,
                  u"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"_s});
        f.append({u"client_assertion"_s,
                  QString::fromLatin1(clientAssertion(m_f.certPem, m_f.keyPem, clientId, aud, exp,
                                                      credential == "cert-badsig"_L1))});
    }
    const Reply r = m_f.client->post(m_f.tokenPath(segment, 2), form(f));
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().value("error"_L1).toString(), error);
    QCOMPARE(r.aadsts(), code);
    QCOMPARE(r.json().value("error_codes"_L1).toArray().size(), 1);
    QVERIFY(
        r.json().value("error_description"_L1).toString().startsWith(u"AADSTS%1: "_s.arg(code)));
    QVERIFY(!r.json().value("timestamp"_L1).toString().isEmpty());
}

void TestSandboxTokens::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("code");
    QTest::addRow("GET") << "GET"_ba << QByteArray() << u"invalid_request"_s << 900561;
    QTest::addRow("empty body") << "POST"_ba << QByteArray() << u"invalid_request"_s << 900144;
    QTest::addRow("broken form encoding")
        << "POST"_ba
        << "%%%=&&grant_type%=%zz"_ba << u"invalid_request"_s << 900144;
    QTest::addRow("JSON instead of a form")
        << "POST"_ba
        << R"({"grant_type":"client_credentials"})"_ba << u"invalid_request"_s << 900144;
    QTest::addRow("no client_id") << "POST"_ba
                                  << "grant_type=client_credentials"_ba << u"invalid_request"_s
                                  << 900144;
    QTest::addRow("unsupported grant")
        << "POST"_ba
        << "grant_type=password&client_id={web}"_ba << u"unsupported_grant_type"_s << 70003;
    QTest::addRow("garbage refresh token")
        << "POST"_ba
        << "grant_type=refresh_token&client_id={public}&refresh_token=abc&scope=openid"_ba
        << u"invalid_grant"_s << 9002313;
}

void TestSandboxTokens::malformedRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    QFETCH(int, code);
    body.replace("{web}", m_f.webApp.toLatin1()).replace("{public}", m_f.publicApp.toLatin1());
    const Reply r =
        m_f.client->send(method, m_f.client->url(m_f.tokenPath(m_f.partnerId, 2)), body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error"_L1).toString(), error);
    QCOMPARE(r.aadsts(), code);
}

QTEST_GUILESS_MAIN(TestSandboxTokens)
#include "tst_sandbox_tokens.moc"
