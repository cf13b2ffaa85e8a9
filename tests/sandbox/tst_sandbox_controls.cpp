// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Test controls (/_sandbox/), fault injection, robustness against malformed requests, and
// 200 concurrent connections with injected latency (responders parked, event loop free).

#include "sandboxfixture.h"

#include <memory>
#include <optional>
#include <vector>

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth::SandboxTest;

namespace {
const QString Discovery = u"/common/v2.0/.well-known/openid-configuration"_s;
}

class TestSandboxControls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_f.start()); }
    void cleanup() { m_f.server.reset(); }

    void cloudJson();
    void scenarioDescribed();
    void clock();
    void consentControl_data();
    void consentControl();
    void faults_data();
    void faults();
    void faultAppliesOnlyTimes();
    void probabilisticFaults();
    void retryAfterWatched();
    void invalidFaultRejected();
    void defaultLatency();
    void counters();
    void malformedRequests_data();
    void malformedRequests();
    void twoHundredConcurrentConnections();
    void clientGoneWhileParked();
    void garbageIsNotHttp();
    void refusesNonLoopbackInProcess_data();
    void refusesNonLoopbackInProcess();

private:
    int counter(const QString &name)
    {
        return m_f.client->get(u"/_sandbox/counters"_s)
            .json()
            .value("counters"_L1)
            .toObject()
            .value(name)
            .toInt();
    }
    int parkedNow()
    {
        return m_f.client->get(u"/_sandbox/counters"_s)
            .json()
            .value("connections"_L1)
            .toObject()
            .value("parkedNow"_L1)
            .toInt();
    }
    Reply putFaults(const QJsonArray &faults, std::optional<double> seed = std::nullopt)
    {
        QJsonObject body{{"faults"_L1, faults}};
        if (seed)
            body.insert("seed"_L1, *seed);
        return m_f.client->send("PUT"_ba, m_f.client->url(u"/_sandbox/faults"_s),
                                QJsonDocument(body).toJson(), {}, "application/json"_ba);
    }
    /// The statuses of `n` discovery requests, in order.
    QList<int> discoveryStatuses(int n)
    {
        QList<int> statuses;
        for (int i = 0; i < n; ++i)
            statuses << m_f.client->get(Discovery).status;
        return statuses;
    }
    Fixture m_f;
};

void TestSandboxControls::cloudJson()
{
    const Reply r = m_f.client->get(u"/_sandbox/cloud.json"_s);
    QCOMPARE(r.status, 200);
    const QString b = m_f.base;
    const QJsonObject expected{
        {"pcauthCloud"_L1, 1},
        {"id"_L1, u"sandbox"_s},
        {"name"_L1, u"PCAuth sandbox"_s},
        {"endpoints"_L1, QJsonObject{{"authority"_L1, b},
                                     {"partnerCenter"_L1, QString(b + u"/pc"_s)},
                                     {"graph"_L1, QString(b + u"/graph"_s)},
                                     {"aadGraph"_L1, QString(b + u"/aadgraph"_s)},
                                     {"arm"_L1, QString(b + u"/arm"_s)},
                                     {"keyVault"_L1, QString(b + u"/vault"_s)}}},
        {"resources"_L1,
         QJsonObject{{"partnerCenter"_L1, u"https://api.partnercenter.microsoft.com"_s},
                     {"graph"_L1, u"https://graph.microsoft.com"_s},
                     {"aadGraph"_L1, u"https://graph.windows.net"_s},
                     {"arm"_L1, u"https://management.azure.com"_s},
                     {"keyVault"_L1, u"https://vault.azure.net"_s}}}};
    QCOMPARE(r.json(), expected);
    QVERIFY(b.startsWith("http://127.0.0.1:"_L1));
}

void TestSandboxControls::scenarioDescribed()
{
    const QJsonObject s = m_f.scenario;
    QCOMPARE(s.value("partner"_L1).toObject().value("name"_L1).toString(), u"Contoso Partner"_s);
    QCOMPARE(s.value("customers"_L1).toArray().size(), 25);
    QVERIFY(m_f.unconsentedCustomers.size() >= 3);
    QCOMPARE(s.value("users"_L1).toArray().size(), 4);
    QCOMPARE(m_f.mfaUser.mfaCode.size(), 6);
    QVERIFY(!m_f.webSecret.isEmpty());
    QVERIFY(m_f.certPem.startsWith("-----BEGIN CERTIFICATE-----"));
    QVERIFY(m_f.keyPem.startsWith("-----BEGIN PRIVATE KEY-----"));
}

void TestSandboxControls::clock()
{
    const Reply before = m_f.client->get(u"/_sandbox/clock"_s);
    QCOMPARE(before.json().value("offsetSeconds"_L1).toInt(), 0);
    const Reply after =
        m_f.client->postJson(u"/_sandbox/clock"_s, QJsonObject{{"advanceDays"_L1, 2}});
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json().value("offsetSeconds"_L1).toInt(), 2 * 86400);
    const QDateTime now =
        QDateTime::fromString(after.json().value("now"_L1).toString(), Qt::ISODate);
    QVERIFY(qAbs(now.secsTo(QDateTime::currentDateTimeUtc().addDays(2))) < 5);
    const Reply back =
        m_f.client->postJson(u"/_sandbox/clock"_s, QJsonObject{{"advanceSeconds"_L1, -5}});
    QCOMPARE(back.status, 400);
    QCOMPARE(back.json().value("error"_L1).toString(), u"the sandbox clock only moves forward"_s);
}

void TestSandboxControls::consentControl_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("app");
    QTest::addColumn<int>("status");
    QTest::addRow("grant") << u"{unconsented}"_s << u"{public}"_s << 200;
    QTest::addRow("unknown tenant") << u"nosuch.onmicrosoft.com"_s << u"{public}"_s << 404;
    QTest::addRow("unknown app") << u"{unconsented}"_s << u"11111111-2222-3333-4444-555555555555"_s
                                 << 404;
}

void TestSandboxControls::consentControl()
{
    QFETCH(QString, tenant);
    QFETCH(QString, app);
    QFETCH(int, status);
    tenant.replace("{unconsented}"_L1, m_f.unconsentedCustomers.first());
    app.replace("{public}"_L1, m_f.publicApp);
    const Reply r =
        m_f.client->postJson(u"/_sandbox/tenants/%1/consents/%2"_s.arg(tenant, app), {});
    QCOMPARE(r.status, status);
    if (status == 200)
        QCOMPARE(r.json().value("consented"_L1).toBool(), true);
    else
        QVERIFY(r.json().value("error"_L1).toString().startsWith("no "_L1));
}

void TestSandboxControls::faults_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QNetworkReply::NetworkError>("networkError");
    QTest::addColumn<bool>("jsonBody");
    const QString d = u"openid-configuration"_s;
    QTest::addRow("429 with Retry-After")
        << QJsonObject{{"path"_L1, d}, {"status"_L1, 429}, {"retryAfter"_L1, 7}} << Discovery << 429
        << "7"_ba << QNetworkReply::UnknownContentError << true;
    QTest::addRow("500") << QJsonObject{{"path"_L1, d}, {"status"_L1, 500}} << Discovery << 500
                         << QByteArray() << QNetworkReply::InternalServerError << true;
    QTest::addRow("503 with Retry-After")
        << QJsonObject{{"path"_L1, u"/pc/"_s}, {"status"_L1, 503}, {"retryAfter"_L1, 3}}
        << u"/pc/v1/customers"_s << 503 << "3"_ba << QNetworkReply::ServiceUnavailableError << true;
    QTest::addRow("malformed body")
        << QJsonObject{{"path"_L1, d}, {"malformed"_L1, true}} << Discovery << 200 << QByteArray()
        << QNetworkReply::NoError << false;
    QTest::addRow("dropped connection")
        << QJsonObject{{"path"_L1, d}, {"drop"_L1, true}} << Discovery << 0 << QByteArray()
        << QNetworkReply::RemoteHostClosedError << false;
    QTest::addRow("other method untouched")
        << QJsonObject{{"path"_L1, d}, {"method"_L1, u"post"_s}, {"status"_L1, 500}} << Discovery
        << 200 << QByteArray() << QNetworkReply::NoError << true;
}

void TestSandboxControls::faults()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QNetworkReply::NetworkError, networkError);
    QFETCH(bool, jsonBody);
    QCOMPARE(putFaults(QJsonArray{fault}).status, 200);
    const Reply r = m_f.client->get(path);
    QCOMPARE(r.status, status);
    QCOMPARE(r.error, networkError);
    QCOMPARE(r.header("Retry-After"_ba), retryAfter);
    QJsonParseError pe;
    QJsonDocument::fromJson(r.body, &pe);
    QCOMPARE(pe.error == QJsonParseError::NoError, jsonBody);
    if (status == 429)
        QCOMPARE(r.json().value("message"_L1).toString(),
                 u"Rate limit is exceeded. Try again in 7 seconds."_s);
    // Controls are never faulted, and the server is still healthy afterwards.
    QCOMPARE(m_f.client->get(u"/_sandbox/faults"_s).status, 200);
    QCOMPARE(m_f.client->send("DELETE"_ba, m_f.client->url(u"/_sandbox/faults"_s)).status, 200);
    QCOMPARE(m_f.client->get(Discovery).status, 200);
}

void TestSandboxControls::faultAppliesOnlyTimes()
{
    QCOMPARE(
        putFaults(QJsonArray{QJsonObject{
                      {"path"_L1, u"/oauth2/v2.0/token"_s}, {"status"_L1, 503}, {"times"_L1, 2}}})
            .status,
        200);
    const QByteArray body = form({{u"grant_type"_s, u"client_credentials"_s},
                                  {u"client_id"_s, m_f.webApp},
                                  {u"client_secret"_s, m_f.webSecret},
                                  {u"scope"_s, u"https://graph.microsoft.com/.default"_s}});
    const QString path = m_f.tokenPath(m_f.partnerId, 2);
    QCOMPARE(m_f.client->post(path, body).status, 503);
    QCOMPARE(m_f.client->post(path, body).status, 503);
    QCOMPARE(m_f.client->post(path, body).status, 200);
    QCOMPARE(m_f.client->get(u"/_sandbox/faults"_s).json().value("faults"_L1).toArray().size(), 0);
}

void TestSandboxControls::probabilisticFaults()
{
    // Two rules share one roll per request: 30% get a 503, the next 20% a 429, never both.
    const QJsonArray rules{
        QJsonObject{{"path"_L1, u"/"_s}, {"status"_L1, 503}, {"probability"_L1, 0.3}},
        QJsonObject{{"path"_L1, u"/"_s}, {"status"_L1, 429}, {"probability"_L1, 0.2}}};
    QCOMPARE(putFaults(rules, 7).status, 200);
    const QList<int> first = discoveryStatuses(200);
    QCOMPARE(putFaults(rules, 7).status, 200);
    // The seed makes the run repeatable (and these bounds fixed, not a matter of luck).
    QCOMPARE(discoveryStatuses(200), first);
    const auto share = [&first](int status) { return double(first.count(status)) / 200; };
    QVERIFY2(share(503) > 0.2 && share(503) < 0.4, qPrintable(QString::number(share(503))));
    QVERIFY2(share(429) > 0.12 && share(429) < 0.28, qPrintable(QString::number(share(429))));
    QCOMPARE(first.count(200) + first.count(503) + first.count(429), 200);
    QCOMPARE(counter(u"faults.status.503"_s), 2 * first.count(503));
    QCOMPARE(counter(u"faults.status.429"_s), 2 * first.count(429));

    const Reply zero = putFaults(
        QJsonArray{QJsonObject{{"path"_L1, u"/"_s}, {"status"_L1, 503}, {"probability"_L1, 0}}});
    QCOMPARE(zero.status, 400);
    QCOMPARE(zero.json().value("error"_L1).toString(),
             u"fault.probability must be above 0 and at most 1"_s);
    QCOMPARE(putFaults(rules, -1).status, 400);
}

void TestSandboxControls::retryAfterWatched()
{
    // The sandbox notes every Retry-After it sends and whether the same request comes back
    // before it: what the soak checks of the client.
    QCOMPARE(
        putFaults(
            QJsonArray{QJsonObject{
                {"path"_L1, Discovery}, {"status"_L1, 429}, {"retryAfter"_L1, 1}, {"times"_L1, 2}}})
            .status,
        200);
    QCOMPARE(m_f.client->get(Discovery).status, 429);
    QCOMPARE(m_f.client->get(Discovery).status, 429); // at once: early
    QCOMPARE(counter(u"retryAfter.early"_s), 1);
    QVERIFY(counter(u"retryAfter.earlyMaxMs"_s) > 500);
    QTest::qWait(1100);
    QCOMPARE(m_f.client->get(Discovery).status, 200); // after its Retry-After: on time
    QCOMPARE(counter(u"retryAfter.honoured"_s), 1);
    QCOMPARE(counter(u"retryAfter.early"_s), 1);
    // Another request is not the same request.
    QCOMPARE(m_f.client->get(u"/common/discovery/v2.0/keys"_s).status, 200);
    QCOMPARE(counter(u"retryAfter.early"_s), 1);
}

void TestSandboxControls::invalidFaultRejected()
{
    const Reply r = putFaults(QJsonArray{QJsonObject{{"path"_L1, u"/x"_s}, {"status"_L1, 200}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value("error"_L1).toString(),
             u"fault.status must be 0 or an HTTP error status (400-599)"_s);
    const Reply noPath = putFaults(QJsonArray{QJsonObject{{"latencyMs"_L1, 5}}});
    QCOMPARE(noPath.status, 400);
    QVERIFY(noPath.json().value("error"_L1).toString().startsWith("fault.path is required"_L1));
    const Reply notJson =
        m_f.client->send("PUT"_ba, m_f.client->url(u"/_sandbox/faults"_s), "{oops"_ba);
    QCOMPARE(notJson.status, 400);
}

void TestSandboxControls::defaultLatency()
{
    m_f.server->setDefaultLatencyMs(300);
    QElapsedTimer t;
    t.start();
    QCOMPARE(m_f.client->get(Discovery).status, 200);
    QVERIFY2(t.elapsed() >= 290, qPrintable(QString::number(t.elapsed())));
    t.restart();
    QCOMPARE(m_f.client->get(u"/_sandbox/clock"_s).status, 200); // controls are not delayed
    QVERIFY2(t.elapsed() < 290, qPrintable(QString::number(t.elapsed())));
}

void TestSandboxControls::counters()
{
    QCOMPARE(m_f.client->send("DELETE"_ba, m_f.client->url(u"/_sandbox/counters"_s)).status, 200);
    m_f.client->get(Discovery);
    m_f.client->post(m_f.tokenPath(m_f.partnerId, 2), "grant_type=refresh_token"_ba);
    const QJsonObject c =
        m_f.client->get(u"/_sandbox/counters"_s).json().value("counters"_L1).toObject();
    QCOMPARE(c.value("requests.total"_L1).toInt(), 2);
    QCOMPARE(c.value("requests.entra.discovery"_L1).toInt(), 1);
    QCOMPARE(c.value("requests.entra.token"_L1).toInt(), 1);
    QCOMPARE(c.value("status.400"_L1).toInt(), 1);
    QCOMPARE(c.value("errors.AADSTS900144"_L1).toInt(), 1);
}

void TestSandboxControls::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("bodyBytes");
    QTest::addColumn<int>("status");
    QTest::addRow("unknown path") << "GET"_ba << u"/nothing/here"_s << 0 << 404;
    QTest::addRow("root") << "GET"_ba << u"/"_s << 0 << 404;
    QTest::addRow("DELETE on discovery") << "DELETE"_ba << Discovery << 0 << 405;
    QTest::addRow("PUT on the token endpoint")
        << "PUT"_ba << u"/common/oauth2/v2.0/token"_s << 0 << 400;
    QTest::addRow("2 MiB body") << "POST"_ba << u"/common/oauth2/v2.0/token"_s << 2 * 1024 * 1024
                                << 413;
    QTest::addRow("GET on the login form") << "GET"_ba << u"/common/login"_s << 0 << 405;
    QTest::addRow("login form with no flow") << "POST"_ba << u"/common/login"_s << 10 << 200;
    QTest::addRow("unknown control") << "GET"_ba << u"/_sandbox/nothing"_s << 0 << 404;
    QTest::addRow("DELETE on Partner Center") << "DELETE"_ba << u"/pc/v1/customers"_s << 0 << 401;
    QTest::addRow("vault with no path") << "GET"_ba << u"/vault"_s << 0 << 401;
}

void TestSandboxControls::malformedRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, bodyBytes);
    QFETCH(int, status);
    const Reply r = m_f.client->send(method, m_f.client->url(path), QByteArray(bodyBytes, 'a'));
    QCOMPARE(r.status, status);
    if (path.endsWith("/login"_L1) && status == 200)
        QCOMPARE(pageErrorCode(r), 50089); // flow token missing: an error page, not a crash
    QCOMPARE(m_f.client->get(Discovery).status, 200); // still serving
}

void TestSandboxControls::twoHundredConcurrentConnections()
{
    constexpr int Clients = 200;
    constexpr int LatencyMs = 500;
    QCOMPARE(putFaults(QJsonArray{QJsonObject{{"path"_L1, u"openid-configuration"_s},
                                              {"latencyMs"_L1, LatencyMs}}})
                 .status,
             200);
    struct Conn
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray data;
        bool done = false;
    };
    std::vector<Conn> conns(Clients);
    int finished = 0;
    QEventLoop loop;
    const QByteArray request =
        "GET " + Discovery.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    QElapsedTimer t;
    t.start();
    for (Conn &c : conns) {
        c.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *s = c.socket.get();
        QObject::connect(s, &QTcpSocket::connected, s, [s, request] { s->write(request); });
        QObject::connect(s, &QTcpSocket::readyRead, s, [&c, &finished, &loop] {
            c.data += c.socket->readAll();
            const qsizetype end = c.data.indexOf("\r\n\r\n");
            if (c.done || end < 0)
                return;
            const QByteArray head = c.data.left(end).toLower();
            const qsizetype cl = head.indexOf("content-length:");
            const int length =
                head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toInt();
            if (c.data.size() >= end + 4 + length) {
                c.done = true;
                if (++finished == Clients)
                    loop.quit();
            }
        });
        s->connectToHost(QHostAddress::LocalHost, m_f.server->port());
    }
    // While all of them are parked, the event loop still answers control requests.
    QTimer::singleShot(LatencyMs / 2, &loop, [this] {
        const QJsonObject conn =
            m_f.client->get(u"/_sandbox/counters"_s).json().value("connections"_L1).toObject();
        QVERIFY2(conn.value("parkedNow"_L1).toInt() > 0, "no responder parked at mid-latency");
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(finished, Clients);
    for (const Conn &c : conns)
        QVERIFY2(c.data.startsWith("HTTP/1.1 200"), c.data.left(40).constData());
    // Serialised, 200 x 500 ms would take 100 s.
    QVERIFY2(t.elapsed() < 10000, qPrintable(QString::number(t.elapsed())));
    const QJsonObject conn =
        m_f.client->get(u"/_sandbox/counters"_s).json().value("connections"_L1).toObject();
    QCOMPARE(conn.value("parkedMax"_L1).toInt(), Clients);
    QCOMPARE(conn.value("parkedNow"_L1).toInt(), 0);
}

void TestSandboxControls::clientGoneWhileParked()
{
    QCOMPARE(putFaults(QJsonArray{QJsonObject{{"path"_L1, u"openid-configuration"_s},
                                              {"latencyMs"_L1, 300}}})
                 .status,
             200);
    for (int i = 0; i < 5; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_f.server->port());
        QVERIFY(s.waitForConnected(5000));
        s.write("GET " + Discovery.toLatin1() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(s.waitForBytesWritten(5000));
        // Received (and so parked for 300 ms) once the server has counted it.
        QTRY_COMPARE_WITH_TIMEOUT(counter(u"requests.entra.discovery"_s), i + 1, 5000);
        QVERIFY(parkedNow() >= 1);
        s.abort(); // the client gives up while its answer is parked
    }
    QTest::qWait(600); // the timers fire for sockets that are gone
    const QJsonObject conn =
        m_f.client->get(u"/_sandbox/counters"_s).json().value("connections"_L1).toObject();
    QCOMPARE(conn.value("parkedNow"_L1).toInt(), 0);
    QCOMPARE(conn.value("parkedMax"_L1).toInt() >= 1, true);
    QCOMPARE(m_f.client->get(Discovery).status, 200);
}

void TestSandboxControls::garbageIsNotHttp()
{
    // Bytes that are not HTTP at all: Qt's parser gives up and closes; no hang, no crash.
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_f.server->port());
    QVERIFY(s.waitForConnected(5000));
    s.write("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03 not http\r\n\r\n"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, 5000);
    QCOMPARE(m_f.client->get(Discovery).status, 200);
}

void TestSandboxControls::refusesNonLoopbackInProcess_data()
{
    QTest::addColumn<QHostAddress>("host");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("any IPv4") << QHostAddress(QHostAddress::AnyIPv4) << false;
    QTest::addRow("any") << QHostAddress(QHostAddress::Any) << false;
    QTest::addRow("LAN") << QHostAddress(u"10.1.2.3"_s) << false;
    QTest::addRow("IPv6 loopback") << QHostAddress(QHostAddress::LocalHostIPv6) << true;
}

void TestSandboxControls::refusesNonLoopbackInProcess()
{
    QFETCH(QHostAddress, host);
    QFETCH(bool, accepted);
    PCAuth::Sandbox::SandboxServer other(PCAuth::Sandbox::Scenario::demo());
    QString error;
    QCOMPARE(other.start(host, 0, &error), accepted);
    if (accepted) {
        QCOMPARE(other.baseUrl().host(), u"::1"_s);
        Client c(other.baseUrl());
        QCOMPARE(c.get(u"/_sandbox/cloud.json"_s)
                     .json()
                     .value("endpoints"_L1)
                     .toObject()
                     .value("authority"_L1)
                     .toString(),
                 u"http://[::1]:%1"_s.arg(other.port()));
        return;
    }
    QCOMPARE(error, u"refusing to listen on %1: the sandbox binds loopback addresses only"_s.arg(
                        host.toString()));
}

QTEST_GUILESS_MAIN(TestSandboxControls)
#include "tst_sandbox_controls.moc"
