// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The bulk customer health check against the in-process sandbox: real delegated Graph tokens
// for each customer tenant (refresh-token redemptions at the sandbox's token endpoint), real
// Graph calls, the sandbox's latency and fault rules for timing and errors.
#include "api/partnercenterclient.h"
#include "health/healthcheck.h"
#include "net/httpclient.h"
#include "sandboxgraphtokens.h"
#include "sandboxserver.h"
#include "sandboxtokensource.h"

#include <memory>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using PCAuth::Customer;
using PCAuth::CustomerHealth;
using PCAuth::CustomerHealthCheck;
using Status = PCAuth::CustomerHealth::Status;

Q_DECLARE_METATYPE(PCAuth::CustomerHealth::Status)

namespace {

/// One sandbox, one HTTP client and the service account's refresh token.
struct Env
{
    std::unique_ptr<PCAuth::Sandbox::SandboxServer> server;
    std::unique_ptr<PCAuth::SandboxTest::Client> client;
    QNetworkAccessManager network;
    std::unique_ptr<PCAuth::HttpClient> http;
    std::unique_ptr<PCAuth::TokenEndpointClient> endpoint;
    std::optional<PCAuth::Cloud> cloud;
    QString refreshToken;
    int factoryCalls = 0;

    bool start()
    {
        server =
            std::make_unique<PCAuth::Sandbox::SandboxServer>(PCAuth::Sandbox::Scenario::demo());
        QString error;
        if (!server->start(QHostAddress::LocalHost, 0, &error))
            return false;
        client = std::make_unique<PCAuth::SandboxTest::Client>(server->baseUrl());
        PCAuth::RetryPolicy policy;
        policy.baseDelay = 10ms;
        policy.maxDelay = 50ms;
        policy.totalTimeout = 10s;
        policy.maxParallel = 8;
        http = std::make_unique<PCAuth::HttpClient>(&network, policy);
        endpoint = std::make_unique<PCAuth::TokenEndpointClient>(*http, PCAuth::Clock::system());
        cloud = PCAuth::Test::sandboxCloud(*client);
        refreshToken = PCAuth::Test::sandboxRefreshToken(*client);
        return cloud && !refreshToken.isEmpty();
    }

    CustomerHealthCheck::TokenSourceFactory factory()
    {
        return [this](const QString &tenant) -> std::unique_ptr<PCAuth::AccessTokenSource> {
            ++factoryCalls;
            return std::make_unique<PCAuth::Test::RefreshTokenGraphSource>(*endpoint, *cloud,
                                                                           tenant, refreshToken);
        };
    }

    std::unique_ptr<CustomerHealthCheck> check(CustomerHealthCheck::TokenSourceFactory f = {})
    {
        return std::make_unique<CustomerHealthCheck>(*http, cloud->endpoint(PCAuth::Service::Graph),
                                                     f ? std::move(f) : factory(), nullptr);
    }

    /// The scenario's customers as Partner Center lists them.
    QList<Customer> customers()
    {
        PCAuth::Test::SandboxTokenSource pcToken(*http, server->baseUrl(),
                                                 u"https://api.partnercenter.microsoft.com"_s);
        PCAuth::PartnerCenterClient pc(*http, cloud->endpoint(PCAuth::Service::PartnerCenter),
                                       pcToken);
        std::optional<PCAuth::CustomerList> list;
        QObject context;
        pc.listCustomers(10, &context, {}, [&list](const PCAuth::CustomerList &l) { list = l; });
        if (!QTest::qWaitFor([&list] { return list.has_value(); }, 15000) || !list->ok())
            return {};
        return list->customers;
    }

    void setLatency(int ms) { server->setDefaultLatencyMs(ms); }

    int parkedMax()
    {
        return client->get(u"/_sandbox/counters"_s)
            .json()
            .value("connections"_L1)
            .toObject()
            .value("parkedMax"_L1)
            .toInt();
    }

    qint64 counter(const QString &name)
    {
        return qint64(client->get(u"/_sandbox/counters"_s)
                          .json()
                          .value("counters"_L1)
                          .toObject()
                          .value(name)
                          .toDouble());
    }

    bool addFault(const QJsonObject &rule)
    {
        return client->postJson(u"/_sandbox/faults"_s, QJsonObject{{"faults"_L1, QJsonArray{rule}}})
                   .status
               == 200;
    }
};

/// Runs a check to the end; the results, or nothing after a timeout.
std::optional<QList<CustomerHealth>>
runToEnd(CustomerHealthCheck &check, const QList<Customer> &customers, int timeoutMs = 30000)
{
    std::optional<QList<CustomerHealth>> results;
    QObject guard;
    QObject::connect(&check, &CustomerHealthCheck::finished, &guard,
                     [&results](const QList<CustomerHealth> &r) { results = r; });
    check.start(customers);
    if (!QTest::qWaitFor([&results] { return results.has_value(); }, timeoutMs))
        return std::nullopt;
    return results;
}

Customer customerNamed(const QList<Customer> &all, const QString &name)
{
    for (const Customer &c : all) {
        if (c.companyName == name)
            return c;
    }
    return {};
}

const QString ConsentAction =
    u"Partner tenant: grant admin consent to the app; customer tenant: create the application "
    "consent and check the GDAP relationship."_s;

} // namespace

class tst_HealthCheck : public QObject
{
    Q_OBJECT

    Env m_env;
    QList<Customer> m_demo;
    QList<CustomerHealth> m_demoResults;
    PCAuth::HealthCheckSummary m_demoSummary;

private Q_SLOTS:
    void initTestCase();
    void demoCustomer_data();
    void demoCustomer();
    void demoSummary();
    void concurrencyBound_data();
    void concurrencyBound();
    void cancelStopsNewRequests();
    void resultsInInputOrder();
    void classification_data();
    void classification();
    void concurrencySetting_data();
    void concurrencySetting();
};

void tst_HealthCheck::initTestCase()
{
    QVERIFY2(m_env.start(), "the sandbox, its cloud file or the sign-in did not work");
    m_demo = m_env.customers();
    QCOMPARE(m_demo.size(), 25);
    auto check = m_env.check();
    const auto results = runToEnd(*check, m_demo);
    QVERIFY2(results, "the demo health check did not finish within 30 s");
    m_demoResults = *results;
    m_demoSummary = check->summary();
}

void tst_HealthCheck::demoCustomer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("aadsts");
    QTest::addRow("Fabrikam: consented") << u"Fabrikam"_s << Status::Ok << QString() << 0;
    QTest::addRow("Northwind Traders: consented")
        << u"Northwind Traders"_s << Status::Ok << QString() << 0;
    for (const QString &name : {u"Wide World Importers"_s, u"Fourth Coffee"_s, u"Wingtip Toys"_s})
        QTest::addRow("%s: no consent", qPrintable(name))
            << name << Status::ConsentMissing << ConsentAction << 65001;
}

void tst_HealthCheck::demoCustomer()
{
    QFETCH(QString, name);
    QFETCH(Status, status);
    QFETCH(QString, action);
    QFETCH(int, aadsts);
    const Customer customer = customerNamed(m_demo, name);
    QVERIFY2(!customer.tenantId.isEmpty(), qPrintable(u"no customer named "_s + name));
    const CustomerHealth *found = nullptr;
    for (const CustomerHealth &h : std::as_const(m_demoResults)) {
        if (h.tenantId == customer.tenantId)
            found = &h;
    }
    QVERIFY(found);
    QCOMPARE(found->name, name);
    QCOMPARE(found->customerId, customer.id);
    QVERIFY(found->checked);
    QCOMPARE(CustomerHealthCheck::statusId(found->status), CustomerHealthCheck::statusId(status));
    QCOMPARE(found->action, action);
    QCOMPARE(found->error ? found->error->aadsts : 0, aadsts);
    if (status == Status::ConsentMissing)
        QCOMPARE(found->reason, u"The application has not been granted consent in this tenant."_s);
    else
        QCOMPARE(found->reason, u"Graph answered for this tenant (\"%1\")."_s.arg(name));
    QVERIFY(found->elapsed > 0ms);
    // The token and the message shown never carry a token.
    QVERIFY(!found->reason.contains(m_env.refreshToken));
}

void tst_HealthCheck::demoSummary()
{
    QCOMPARE(m_demoSummary.total, 25);
    QCOMPARE(m_demoSummary.ok, 22);
    QCOMPARE(m_demoSummary.consentMissing, 3);
    QCOMPARE(m_demoSummary.noAccess + m_demoSummary.throttled + m_demoSummary.failed, 0);
    QVERIFY(m_demoSummary.wallTime > 0ms);
    QVERIFY2(m_demoSummary.text().startsWith(u"25 customers checked in "_s),
             qPrintable(m_demoSummary.text()));
    QVERIFY2(m_demoSummary.text().endsWith(
                 u" s: 22 ok, 3 consent missing, 0 no access, 0 throttled, 0 failed"_s),
             qPrintable(m_demoSummary.text()));
}

void tst_HealthCheck::concurrencyBound_data()
{
    QTest::addColumn<int>("concurrency");
    // Qt opens at most six HTTP/1.1 connections per host, so the sandbox's count of parked
    // responders can only confirm bounds up to six.
    QTest::addRow("1 at a time") << 1;
    QTest::addRow("3 at a time") << 3;
    QTest::addRow("5 at a time") << 5;
}

void tst_HealthCheck::concurrencyBound()
{
    QFETCH(int, concurrency);
    Env env; // a fresh sandbox: its high-water mark of parked responders cannot be reset
    QVERIFY(env.start());
    const QList<Customer> customers = env.customers().mid(0, 10);
    QCOMPARE(customers.size(), 10);
    const int latencyMs = 100;
    env.setLatency(latencyMs);
    auto check = env.check();
    check->setConcurrency(concurrency);
    QElapsedTimer wall;
    wall.start();
    const auto results = runToEnd(*check, customers);
    QVERIFY(results);
    // Each customer is two sequential requests (token, Graph), each delayed by the sandbox.
    const int rounds = (int(customers.size()) + concurrency - 1) / concurrency;
    QVERIFY2(wall.elapsed() >= rounds * 2 * latencyMs,
             qPrintable(u"took %1 ms"_s.arg(wall.elapsed())));
    QCOMPARE(check->maxInFlight(), concurrency);
    QCOMPARE(env.parkedMax(), concurrency);
    QCOMPARE(env.factoryCalls, 10);
}

void tst_HealthCheck::cancelStopsNewRequests()
{
    const QList<Customer> customers = m_demo.mid(0, 20);
    m_env.setLatency(150);
    auto check = m_env.check();
    check->setConcurrency(2);
    std::optional<QList<CustomerHealth>> results;
    int progressCalls = 0;
    connect(check.get(), &CustomerHealthCheck::progress, this,
            [&progressCalls, &check](int done, int total) {
                ++progressCalls;
                QCOMPARE(total, 20);
                if (done == 3)
                    check->cancel();
            });
    connect(check.get(), &CustomerHealthCheck::finished, this,
            [&results](const QList<CustomerHealth> &r) { results = r; });
    const int callsBefore = m_env.factoryCalls;
    const qint64 requestsBefore = m_env.http->stats().requests;
    check->start(customers);
    QVERIFY(QTest::qWaitFor([&results] { return results.has_value(); }, 20000));
    const int started = m_env.factoryCalls - callsBefore;
    const qint64 requests = m_env.http->stats().requests;
    QTest::qWait(600); // anything still going would show now
    m_env.setLatency(0);
    QCOMPARE(m_env.http->stats().requests, requests);
    QCOMPARE(m_env.factoryCalls - callsBefore, started);
    // Two started, each completion started one more, the third completion cancelled.
    QCOMPARE(started, 4);
    QVERIFY(requests - requestsBefore <= 2 * 4);
    QCOMPARE(progressCalls, 3);
    QCOMPARE(results->size(), 20);
    QCOMPARE(check->summary().notChecked, 17);
    QCOMPARE(results->at(19).status, Status::Failed);
    QCOMPARE(results->at(19).reason, u"Not checked: the health check was cancelled."_s);
    QCOMPARE(results->at(19).tenantId, customers.at(19).tenantId);
    QVERIFY(!results->at(19).checked);
    QVERIFY(!check->isRunning());
}

void tst_HealthCheck::resultsInInputOrder()
{
    const QList<Customer> customers = m_demo.mid(0, 6);
    // The first customer's token takes longest, the last's the shortest: answers arrive in
    // reverse.
    for (int i = 0; i < 6; ++i)
        QVERIFY(m_env.addFault(
            QJsonObject{{"path"_L1, QString(customers.at(i).tenantId + u"/oauth2"_s)},
                        {"latencyMs"_L1, (6 - i) * 120},
                        {"times"_L1, 1}}));
    auto check = m_env.check();
    check->setConcurrency(6);
    QList<int> answerOrder;
    connect(check.get(), &CustomerHealthCheck::customerChecked, this,
            [&answerOrder](int index, const CustomerHealth &) { answerOrder.append(index); });
    const auto results = runToEnd(*check, customers);
    QVERIFY(results);
    QCOMPARE(answerOrder, (QList<int>{5, 4, 3, 2, 1, 0}));
    QStringList got, expected;
    for (int i = 0; i < 6; ++i) {
        got << results->at(i).tenantId;
        expected << customers.at(i).tenantId;
    }
    QCOMPARE(got, expected);
    QCOMPARE(check->results().size(), 6);
}

void tst_HealthCheck::classification_data()
{
    QTest::addColumn<QJsonObject>("fault");
    QTest::addColumn<QString>("fixedToken"); // instead of a real one
    QTest::addColumn<QString>("tokenFailure"); // the token source fails with this
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("reasonStart");
    QTest::addColumn<QString>("actionStart");

    const QString gdap = u"Check the GDAP relationship with this customer"_s;
    QTest::addRow("invalid token: 401")
        << QJsonObject() << u"not-a-token"_s << QString() << Status::NoAccess
        << u"Graph refused the token for Fabrikam (HTTP 401)"_s << gdap;
    QTest::addRow("403 from Graph")
        << QJsonObject{{"path"_L1, u"/graph/"_s}, {"status"_L1, 403}, {"times"_L1, 1}} << QString()
        << QString() << Status::NoAccess << u"Graph refused the token for Fabrikam (HTTP 403)"_s
        << gdap;
    QTest::addRow("429 storm") << QJsonObject{{"path"_L1, u"/graph/"_s},
                                              {"status"_L1, 429},
                                              {"retryAfter"_L1, 0},
                                              {"times"_L1, 4}}
                               << QString() << QString() << Status::Throttled
                               << u"Graph was still throttling after 4 attempts."_s
                               << u"Check this customer again"_s;
    QTest::addRow("404 from Graph")
        << QJsonObject{{"path"_L1, u"/graph/"_s}, {"status"_L1, 404}, {"times"_L1, 1}} << QString()
        << QString() << Status::Failed << QString() << QString();
    QTest::addRow("token source down")
        << QJsonObject() << QString() << u"The token endpoint could not be reached."_s
        << Status::Failed
        << u"No Graph token for this tenant: The token endpoint could not be reached."_s
        << QString();
    QTest::addRow("AADSTS90099 from the broker")
        << QJsonObject() << QString()
        << u"The application is not authorized. AADSTS90099 · trace id 1"_s
        << Status::ConsentMissing
        << u"The application is not authorized in the customer tenant for delegated admin "
           "access."_s
        << u"Pre-consent the application in the customer tenant"_s;
}

void tst_HealthCheck::classification()
{
    QFETCH(QJsonObject, fault);
    QFETCH(QString, fixedToken);
    QFETCH(QString, tokenFailure);
    QFETCH(Status, status);
    QFETCH(QString, reasonStart);
    QFETCH(QString, actionStart);
    m_env.setLatency(0);
    if (!fault.isEmpty())
        QVERIFY(m_env.addFault(fault));
    CustomerHealthCheck::TokenSourceFactory factory;
    if (!fixedToken.isEmpty() || !tokenFailure.isEmpty()) {
        const PCAuth::Expected<QString> token =
            tokenFailure.isEmpty() ? PCAuth::Expected<QString>(fixedToken)
                                   : PCAuth::Expected<QString>(PCAuth::fail(tokenFailure));
        factory = [token](const QString &) {
            return std::make_unique<PCAuth::Test::FixedTokenSource>(token);
        };
    }
    auto check = m_env.check(factory);
    const auto results = runToEnd(*check, {customerNamed(m_demo, u"Fabrikam"_s)});
    QVERIFY(results);
    const CustomerHealth &h = results->at(0);
    QCOMPARE(CustomerHealthCheck::statusId(h.status), CustomerHealthCheck::statusId(status));
    QVERIFY2(h.reason.startsWith(reasonStart), qPrintable(h.reason));
    QVERIFY2(h.action.startsWith(actionStart), qPrintable(h.action));
    QVERIFY(!h.reason.isEmpty());
    if (!fault.isEmpty()) {
        QVERIFY(h.error);
        QCOMPARE(h.error->httpStatus, fault.value("status"_L1).toInt());
    }
    QVERIFY(!h.reason.contains(m_env.refreshToken));
    (void)m_env.client->send("DELETE"_ba, m_env.client->url(u"/_sandbox/faults"_s));
}

void tst_HealthCheck::concurrencySetting_data()
{
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("used");
    QTest::addColumn<QString>("problem");
    QTest::addRow("0") << 0 << 1
                       << u"The concurrency must be between 1 and 64 customers at a time; 0 "
                          "was given."_s;
    QTest::addRow("1") << 1 << 1 << QString();
    QTest::addRow("64") << 64 << 64 << QString();
    QTest::addRow("65") << 65 << 64
                        << u"The concurrency must be between 1 and 64 customers at a time; 65 "
                           "was given."_s;
}

void tst_HealthCheck::concurrencySetting()
{
    QFETCH(int, given);
    QFETCH(int, used);
    QFETCH(QString, problem);
    auto check = m_env.check();
    QCOMPARE(check->concurrency(), 8);
    check->setConcurrency(given);
    QCOMPARE(check->concurrency(), used);
    QCOMPARE(CustomerHealthCheck::concurrencyProblem(given), problem);
}

QTEST_GUILESS_MAIN(tst_HealthCheck)
#include "tst_healthcheck.moc"
