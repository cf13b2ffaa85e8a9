// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// HttpClient against the real sandbox over loopback, with the sandbox's fault injection for
// 5xx, 429 + Retry-After, dropped connections and latency. A raw loopback server covers what
// the sandbox cannot do: an oversized answer and a TLS certificate that must be refused.
#include "net/httpclient.h"
#include "rawhttpserver.h"
#include "sandboxserver.h"
#include "sandboxstate.h"
#include "support/clock.h"

#include <memory>
#include <optional>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using PCAuth::HttpClient;
using PCAuth::HttpRequest;
using PCAuth::HttpResponse;
using PCAuth::RetryPolicy;
using Failure = PCAuth::HttpResponse::Failure;

namespace {

PCAuth::Sandbox::FaultRule fault(const QString &path, int status, int times)
{
    PCAuth::Sandbox::FaultRule rule;
    rule.pathContains = path;
    rule.status = status;
    rule.remaining = times;
    return rule;
}

RetryPolicy fastPolicy()
{
    RetryPolicy p;
    p.baseDelay = 20ms;
    p.maxDelay = 200ms;
    p.totalTimeout = 8s;
    return p;
}

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "pcauth.net.http")
        g_logLines << message;
    g_previousHandler(type, context, message);
}

} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<PCAuth::Sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;

    PCAuth::Sandbox::SandboxState &state() { return m_server->context().state; }

    QUrl url(const QString &path) const
    {
        QUrl u = m_server->baseUrl();
        const qsizetype q = path.indexOf(u'?');
        u.setPath(q < 0 ? path : path.left(q));
        if (q >= 0)
            u.setQuery(path.mid(q + 1));
        return u;
    }

    static QString discoveryPath()
    {
        return u"/contosopartner.onmicrosoft.com/v2.0/.well-known/openid-configuration"_s;
    }

    HttpRequest discovery() const
    {
        HttpRequest r;
        r.url = url(discoveryPath());
        return r;
    }

    HttpRequest tokenPost() const
    {
        HttpRequest r;
        r.method = "POST"_ba;
        r.url = url(u"/contosopartner.onmicrosoft.com/oauth2/token"_s);
        r.body = "grant_type=client_credentials&client_id=29f0cfea-cee2-512b-9f76-ab897fdcf52f"
                 "&client_secret=Sandbox~Secret.NotASecret-0123456789abcdef"
                 "&resource=https%3A%2F%2Fapi.partnercenter.microsoft.com"_ba;
        r.setHeader("Content-Type"_ba, "application/x-www-form-urlencoded"_ba);
        r.idempotent = false;
        return r;
    }

    std::optional<HttpResponse> run(HttpClient &client, const HttpRequest &request,
                                    int timeoutMs = 9000)
    {
        std::optional<HttpResponse> out;
        client.send(request, this, [&out](const HttpResponse &r) { out = r; });
        (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
        return out;
    }

    /// A GET to `raw` answered 429 with `Retry-After: retryAfter`, then 200.
    std::optional<HttpResponse> throttledOnce(HttpClient &client, PCAuth::Test::RawHttpServer &raw,
                                              const QByteArray &retryAfter)
    {
        raw.addAnswer(429, R"({"statusCode":429,"message":"Rate limit is exceeded."})"_ba,
                      "Retry-After: "_ba + retryAfter + "\r\n"_ba);
        raw.addAnswer(200, "{}"_ba);
        HttpRequest request;
        request.url = QUrl(u"http://127.0.0.1:%1/v1/customers"_s.arg(raw.serverPort()));
        return run(client, request);
    }

    int sandboxParkedMax()
    {
        HttpClient controls(&m_network);
        HttpRequest counters;
        counters.url = url(u"/_sandbox/counters"_s);
        const auto c = run(controls, counters);
        if (!c)
            return -1;
        return QJsonDocument::fromJson(c->body)
            .object()
            .value("connections"_L1)
            .toObject()
            .value("parkedMax"_L1)
            .toInt(-1);
    }

private Q_SLOTS:
    void init()
    {
        m_server =
            std::make_unique<PCAuth::Sandbox::SandboxServer>(PCAuth::Sandbox::Scenario::demo());
        QString error;
        QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    }

    void cleanup() { m_server.reset(); }

    void plainGetAndPost_data()
    {
        QTest::addColumn<bool>("post");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addRow("GET discovery") << false << 200 << u"token_endpoint"_s;
        QTest::addRow("POST client credentials") << true << 200 << u"access_token"_s;
    }

    void plainGetAndPost()
    {
        QFETCH(bool, post);
        QFETCH(int, status);
        QFETCH(QString, field);
        HttpClient client(&m_network, fastPolicy());
        const auto r = run(client, post ? tokenPost() : discovery());
        QVERIFY(r);
        QCOMPARE(r->failure, Failure::None);
        QCOMPARE(r->status, status);
        QCOMPARE(r->attempts, 1);
        QVERIFY(r->message.isEmpty());
        QVERIFY2(QJsonDocument::fromJson(r->body).object().contains(field), r->body.constData());
        QVERIFY(r->header("content-type").startsWith("application/json"));
        QCOMPARE(client.stats().requests, 1);
        QCOMPARE(client.stats().retries, 0);
    }

    void retriesServerErrors_data()
    {
        QTest::addColumn<bool>("post");
        QTest::addColumn<int>("faultStatus");
        QTest::addColumn<int>("times");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts");
        QTest::addRow("503 twice then 200") << false << 503 << 2 << 200 << 3;
        QTest::addRow("500 once then 200") << false << 500 << 1 << 200 << 2;
        QTest::addRow("502 always: gives up after 4") << false << 502 << -1 << 502 << 4;
        QTest::addRow("501 is final") << false << 501 << 1 << 501 << 1;
        QTest::addRow("404 is final") << false << 404 << 1 << 404 << 1;
        QTest::addRow("503 on a non-idempotent POST") << true << 503 << 1 << 503 << 1;
    }

    void retriesServerErrors()
    {
        QFETCH(bool, post);
        QFETCH(int, faultStatus);
        QFETCH(int, times);
        QFETCH(int, status);
        QFETCH(int, attempts);
        state().faults = {
            fault(post ? u"/oauth2/token"_s : u"openid-configuration"_s, faultStatus, times)};
        HttpClient client(&m_network, fastPolicy());
        const auto r = run(client, post ? tokenPost() : discovery());
        QVERIFY(r);
        QCOMPARE(r->status, status);
        QCOMPARE(r->attempts, attempts);
        QCOMPARE(state().counters.value(u"requests.total"_s), attempts);
        QCOMPARE(client.stats().retries, attempts - 1);
    }

    void honoursRetryAfter_data()
    {
        QTest::addColumn<bool>("post");
        QTest::addColumn<int>("retryAfter");
        QTest::addRow("GET, Retry-After: 2") << false << 2;
        // A throttled request was refused before the server acted: even a POST is resent.
        QTest::addRow("non-idempotent POST, Retry-After: 1") << true << 1;
    }

    void honoursRetryAfter()
    {
        QFETCH(bool, post);
        QFETCH(int, retryAfter);
        auto rule = fault(post ? u"/oauth2/token"_s : u"openid-configuration"_s, 429, 1);
        rule.retryAfter = retryAfter;
        state().faults = {rule};
        HttpClient client(&m_network, fastPolicy());
        QSignalSpy throttled(&client, &HttpClient::throttled);
        QElapsedTimer timer;
        timer.start();
        const auto r = run(client, post ? tokenPost() : discovery());
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(r->attempts, 2);
        QCOMPARE(throttled.size(), 1); // announced while the request waited
        QCOMPARE(throttled.constFirst().constFirst().toString(), u"127.0.0.1"_s);
        QVERIFY2(timer.elapsed() >= retryAfter * 1000,
                 qPrintable(QString::number(timer.elapsed())));
        QVERIFY(r->elapsed >= std::chrono::seconds(retryAfter));
        QCOMPARE(client.stats().throttled, 1);
        QCOMPARE(state().counters.value(u"status.429"_s), 1);
    }

    void retryNeverBeforeRetryAfter_data()
    {
        QTest::addColumn<bool>("httpDate");
        QTest::addRow("Retry-After: 2") << false;
        QTest::addRow("Retry-After: an HTTP date 2 s ahead") << true;
    }

    // Measured where it matters: the arrival of each attempt at the server.
    void retryNeverBeforeRetryAfter()
    {
        QFETCH(bool, httpDate);
        PCAuth::Test::RawHttpServer raw;
        QVERIFY(raw.start());
        const QDateTime notBefore = QDateTime::currentDateTimeUtc().addSecs(2);
        const QByteArray value =
            httpDate ? QLocale::c()
                           .toString(notBefore.addSecs(1), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s)
                           .toLatin1()
                     : "2"_ba;
        HttpClient client(&m_network, fastPolicy());
        const auto r = throttledOnce(client, raw, value);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(raw.arrivals().size(), 2);
        const qint64 gap = raw.arrivals().at(1) - raw.arrivals().at(0);
        QVERIFY2(gap >= 2000, qPrintable(QString::number(gap)));
        if (httpDate)
            QVERIFY(raw.arrivalTimes().at(1) >= notBefore);
    }

    // A Retry-After date is read against the injected clock, not the machine's: the client
    // waits the date minus the clock's now, here 2 s, wherever the wall clock stands.
    void retryAfterDateReadAgainstInjectedClock()
    {
        const QDateTime now(QDate(2021, 6, 1), QTime(12, 0), QTimeZone::utc());
        const PCAuth::ManualClock clock(now);
        PCAuth::Test::RawHttpServer raw;
        QVERIFY(raw.start());
        const QByteArray value =
            QLocale::c().toString(now.addSecs(2), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
        HttpClient client(&m_network, fastPolicy(), clock);
        const auto r = throttledOnce(client, raw, value);
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(raw.arrivals().size(), 2);
        const qint64 gap = raw.arrivals().at(1) - raw.arrivals().at(0);
        QVERIFY2(gap >= 2000 && gap < 4000, qPrintable(QString::number(gap)));
    }

    void givesUpOnLongRetryAfter()
    {
        auto rule = fault(u"openid-configuration"_s, 429, -1);
        rule.retryAfter = 600;
        state().faults = {rule};
        RetryPolicy policy = fastPolicy();
        policy.maxRetryAfter = 120s;
        HttpClient client(&m_network, policy);
        QElapsedTimer timer;
        timer.start();
        const auto r = run(client, discovery());
        QVERIFY(r);
        QVERIFY(timer.elapsed() < 2000);
        QCOMPARE(r->status, 429);
        QCOMPARE(r->attempts, 1);
        QVERIFY2(r->message.contains(u"asked to wait 600 s"_s), qPrintable(r->message));
        QVERIFY2(r->message.contains(u"(120 s)"_s), qPrintable(r->message));
        QVERIFY2(r->message.contains(u"Try again after "_s), qPrintable(r->message));
        QVERIFY2(r->message.contains(u"127.0.0.1"_s), qPrintable(r->message));
    }

    void throttlingStormGivesUp()
    {
        auto rule = fault(u"openid-configuration"_s, 429, -1);
        rule.retryAfter = 1;
        state().faults = {rule};
        RetryPolicy policy = fastPolicy();
        policy.maxAttempts = 2;
        HttpClient client(&m_network, policy);
        const auto r = run(client, discovery());
        QVERIFY(r);
        QCOMPARE(r->status, 429);
        QCOMPARE(r->attempts, 2);
        QVERIFY(r->elapsed >= 1s);
        QVERIFY2(r->message.startsWith(
                     u"127.0.0.1 is still busy (HTTP 429; attempts: 2). Try again after "_s),
                 qPrintable(r->message));
        QCOMPARE(client.stats().throttled, 2);
    }

    void droppedConnection_data()
    {
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<int>("drops");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("attempts"); // 0: more than one, exact count not asserted
        QTest::addColumn<QString>("message");
        // Qt itself resends once when a fresh connection closes before any answer, so one
        // drop alone never reaches HttpClient; three do.
        QTest::addRow("idempotent, dropped 3 times") << true << 3 << 200 << 0 << QString();
        QTest::addRow("idempotent, always dropped")
            << true << -1 << 0 << 4
            << u"127.0.0.1 closed the connection before answering. (attempts: 4)"_s;
        QTest::addRow("not idempotent: the server may have acted")
            << false << -1 << 0 << 1 << u"127.0.0.1 closed the connection before answering."_s;
    }

    void droppedConnection()
    {
        QFETCH(bool, idempotent);
        QFETCH(int, drops);
        QFETCH(int, status);
        QFETCH(int, attempts);
        QFETCH(QString, message);
        auto rule = fault(u"/oauth2/token"_s, 0, drops);
        rule.drop = true;
        state().faults = {rule};
        HttpClient client(&m_network, fastPolicy());
        HttpRequest request = tokenPost();
        request.idempotent = idempotent;
        const auto r = run(client, request);
        QVERIFY(r);
        QCOMPARE(r->status, status);
        QCOMPARE(r->message, message);
        QCOMPARE(r->failure, status ? Failure::None : Failure::Connection);
        if (attempts)
            QCOMPARE(r->attempts, attempts);
        else
            QVERIFY2(r->attempts >= 2, qPrintable(QString::number(r->attempts)));
        QVERIFY(state().counters.value(u"faults.applied"_s) >= r->attempts);
    }

    void connectionRefusedIsRetriedEvenForPost()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        HttpRequest request = tokenPost();
        request.url.setPort(port);
        HttpClient client(&m_network, fastPolicy());
        const auto r = run(client, request);
        QVERIFY(r);
        QCOMPARE(r->failure, Failure::Connection);
        QCOMPARE(r->attempts, 4);
        QCOMPARE(r->message, u"127.0.0.1 refused the connection. (attempts: 4)"_s);
        QCOMPARE(client.stats().failures, 1);
    }

    void totalTimeout()
    {
        m_server->setDefaultLatencyMs(1500);
        RetryPolicy policy = fastPolicy();
        policy.totalTimeout = 400ms;
        HttpClient client(&m_network, policy);
        QElapsedTimer timer;
        timer.start();
        const auto r = run(client, discovery());
        QVERIFY(r);
        QCOMPARE(r->failure, Failure::Timeout);
        QCOMPARE(r->message, u"No answer from 127.0.0.1 within 0.4 s (attempts: 1)."_s);
        QVERIFY(timer.elapsed() >= 400);
        QVERIFY2(timer.elapsed() < 1300, qPrintable(QString::number(timer.elapsed())));
    }

    void refusesUnsafeUrls_data()
    {
        QTest::addColumn<QUrl>("target");
        QTest::addColumn<QString>("expected");
        QTest::addRow("http to a remote host")
            << QUrl(u"http://example.com/v1/customers?size=5"_s)
            << u"The request URL uses http:// with host example.com"_s;
        QTest::addRow("http to a private address")
            << QUrl(u"http://10.1.2.3:8080/token"_s) << u"with host 10.1.2.3"_s;
        QTest::addRow("ftp") << QUrl(u"ftp://127.0.0.1/x"_s)
                             << u"The request URL must use https://, not ftp://."_s;
        QTest::addRow("user info") << QUrl(u"https://user:pw@example.com/x"_s)
                                   << u"must not contain a user name or password"_s;
    }

    void refusesUnsafeUrls()
    {
        QFETCH(QUrl, target);
        QFETCH(QString, expected);
        HttpClient client(&m_network, fastPolicy());
        HttpRequest request;
        request.url = target;
        bool called = false;
        std::optional<HttpResponse> out;
        client.send(request, this, [&](const HttpResponse &r) {
            called = true;
            out = r;
        });
        QVERIFY(!called); // answers asynchronously, like every other outcome
        QTRY_VERIFY_WITH_TIMEOUT(out.has_value(), 2000);
        QCOMPARE(out->failure, Failure::Refused);
        QVERIFY2(out->message.contains(expected), qPrintable(out->message));
        QCOMPARE(out->attempts, 0);
        QCOMPARE(client.stats().attempts, 0); // nothing went on the wire
    }

    void boundedParallelism()
    {
        m_server->setDefaultLatencyMs(200);
        RetryPolicy policy = fastPolicy();
        policy.maxParallel = 4;
        HttpClient client(&m_network, policy);
        int done = 0;
        int ok = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < 20; ++i) {
            client.send(discovery(), this, [&](const HttpResponse &r) {
                ++done;
                ok += r.status == 200 ? 1 : 0;
            });
        }
        QCOMPARE(client.stats().inFlight, 4);
        QCOMPARE(client.stats().queued, 16);
        QTRY_COMPARE_WITH_TIMEOUT(done, 20, 8000);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(ok, 20);
        QCOMPARE(client.stats().maxInFlight, 4);
        // The sandbox's own count of responses parked at the same time.
        QCOMPARE(sandboxParkedMax(), 4);
        // 20 requests / 4 at a time × 200 ms = 1 s at least. No upper bound: how long a loaded
        // machine takes says nothing; the sandbox's parked maximum above proves the bound.
        QVERIFY2(elapsed >= 950, qPrintable(QString::number(elapsed)));
    }

    // One QNetworkAccessManager opens at most 6 HTTP/1.1 connections per host, as the sandbox
    // over plain-http loopback gets; the client must still put maxParallel on the wire.
    void parallelBeyondSixConnections_data()
    {
        QTest::addColumn<int>("maxParallel");
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("managers");
        QTest::addRow("8 in flight, 2 managers") << 8 << 16 << 2;
        QTest::addRow("13 in flight, 3 managers") << 13 << 26 << 3;
    }

    void parallelBeyondSixConnections()
    {
        QFETCH(int, maxParallel);
        QFETCH(int, requests);
        QFETCH(int, managers);
        // Long enough that every connection is parked before the first answer, also on a
        // loaded machine under ASan (at 300 ms the 8th sometimes came after the 1st left).
        m_server->setDefaultLatencyMs(1000);
        RetryPolicy policy = fastPolicy();
        policy.maxParallel = maxParallel;
        HttpClient client(&m_network, policy);
        QCOMPARE(client.networkCount(), managers);
        int done = 0;
        int ok = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < requests; ++i) {
            client.send(discovery(), this, [&](const HttpResponse &r) {
                ++done;
                ok += r.status == 200 ? 1 : 0;
            });
        }
        QCOMPARE(client.stats().inFlight, maxParallel);
        QTRY_COMPARE_WITH_TIMEOUT(done, requests, 8000);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(ok, requests);
        QCOMPARE(client.stats().maxInFlight, maxParallel);
        // What really was on the wire at once: with one manager this stopped at 6.
        QCOMPARE(sandboxParkedMax(), maxParallel);
        // Two rounds of 1 s at least. Whether Qt queued past its 6th connection shows in the
        // sandbox's parked maximum above, not in a time a loaded machine may stretch.
        QVERIFY2(elapsed >= 1950, qPrintable(QString::number(elapsed)));
    }

    void refusesOversizedAnswer()
    {
        PCAuth::Test::RawHttpServer raw;
        QVERIFY(raw.start());
        raw.addRawAnswer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                         "Content-Length: 17000000\r\nConnection: close\r\n\r\n{\"x\":\""_ba
                         + QByteArray(4096, 'a'));
        HttpClient client(&m_network, fastPolicy());
        HttpRequest request;
        request.url = QUrl(u"http://127.0.0.1:%1/big"_s.arg(raw.serverPort()));
        const auto r = run(client, request);
        QVERIFY(r);
        QCOMPARE(r->failure, Failure::TooLarge);
        QCOMPARE(r->message,
                 u"The answer from 127.0.0.1 is larger than 16 MiB; PCAuth refuses it."_s);
        QCOMPARE(r->attempts, 1);
    }

    void tlsErrorsAreFatal()
    {
        const PCAuth::Sandbox::Scenario scenario = PCAuth::Sandbox::Scenario::demo();
        const PCAuth::Sandbox::App *app =
            scenario.findApp(u"29f0cfea-cee2-512b-9f76-ab897fdcf52f"_s);
        QVERIFY(app && !app->certificates.isEmpty());
        const QSslCertificate certificate(app->certificates.first().certificatePem);
        const QSslKey key(app->certificates.first().privateKeyPem, QSsl::Rsa);
        QVERIFY(!certificate.isNull() && !key.isNull());
        PCAuth::Test::RawHttpServer tls;
        tls.useTls(certificate, key);
        QVERIFY(tls.start());
        tls.addAnswer(200, "{}"_ba);
        HttpClient client(&m_network, fastPolicy());
        HttpRequest request;
        request.url = QUrl(u"https://127.0.0.1:%1/v1/customers"_s.arg(tls.serverPort()));
        const auto r = run(client, request);
        QVERIFY(r);
        QCOMPARE(r->failure, Failure::Tls);
        QCOMPARE(r->attempts, 1); // never retried
        QVERIFY2(r->message.startsWith(u"The secure connection to 127.0.0.1 failed: "_s),
                 qPrintable(r->message));
        QVERIFY2(r->message.contains(u"self signed"_s, Qt::CaseInsensitive)
                     || r->message.contains(u"self-signed"_s, Qt::CaseInsensitive),
                 qPrintable(r->message));
        QVERIFY(tls.requests().isEmpty()); // no request was sent over the untrusted channel
    }

    void deadContextCancels()
    {
        m_server->setDefaultLatencyMs(300);
        HttpClient client(&m_network, fastPolicy());
        auto *owner = new QObject;
        bool called = false;
        client.send(discovery(), owner, [&called](const HttpResponse &) { called = true; });
        QCOMPARE(client.stats().inFlight, 1);
        delete owner;
        QCOMPARE(client.stats().inFlight, 0); // the slot is free at once
        QTest::qWait(500);
        QVERIFY(!called);
    }

    void cancelAllAnswersCancelled()
    {
        m_server->setDefaultLatencyMs(300);
        HttpClient client(&m_network, fastPolicy());
        QList<Failure> failures;
        for (int i = 0; i < 3; ++i)
            client.send(discovery(), this,
                        [&failures](const HttpResponse &r) { failures << r.failure; });
        client.cancelAll();
        QCOMPARE(failures, QList<Failure>(3, Failure::Cancelled));
        QCOMPARE(client.stats().inFlight, 0);
    }

    void logsHoldNoSecrets()
    {
        g_logLines.clear();
        QLoggingCategory::setFilterRules(u"pcauth.net.http.debug=true"_s);
        g_previousHandler = qInstallMessageHandler(captureLog);
        state().faults = {fault(u"openid-configuration"_s, 503, 1)};
        HttpClient client(&m_network, fastPolicy());
        HttpRequest request = discovery();
        request.url.setQuery(u"code=CANARY-QUERY-SECRET"_s);
        request.setHeader("Authorization"_ba, "Bearer CANARY-ACCESS-TOKEN"_ba);
        request.body = "refresh_token=CANARY-REFRESH-TOKEN"_ba;
        const auto r = run(client, request);
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(r);
        QCOMPARE(r->attempts, 2);
        QVERIFY(g_logLines.size() >= 2); // the retry and the result
        const QString all = g_logLines.join(u'\n');
        QVERIFY2(all.contains(discoveryPath()), qPrintable(all));
        QVERIFY2(!all.contains(u"CANARY"_s), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
