// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Wall time of a bulk customer health check (CustomerHealthCheck) against the in-process
// sandbox with latency, next to the floor customers x latency / concurrency.
//
// Warm (default): the Graph tokens of every customer tenant are fetched first at zero latency
// (a warm broker cache), so each customer costs exactly one delayed request, the Graph call,
// and the floor is customers x latency / concurrency. `--cold` fetches each token inside the
// check (two delayed requests per customer; the floor doubles). Every customer is given
// consent so that all of them reach Graph. Prints plain lines (see README.md).
#include "api/partnercenterclient.h"
#include "benchprint.h"
#include "benchsandbox.h"
#include "health/healthcheck.h"
#include "net/httpclient.h"
#include "sandboxgraphtokens.h"
#include "sandboxtokensource.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {

using PCAuth::Bench::fixed;
using PCAuth::Bench::print;

PCAuth::Sandbox::Scenario scenarioWith(int customers)
{
    PCAuth::Sandbox::Scenario s = PCAuth::Sandbox::Scenario::demo();
    if (customers > s.customers.size())
        s.addGeneratedCustomers(customers - int(s.customers.size()));
    for (PCAuth::Sandbox::Tenant &t : s.customers) {
        if (!t.consentedApps.contains(PCAuth::Test::HealthWebAppId))
            t.consentedApps.append(PCAuth::Test::HealthWebAppId);
    }
    return s;
}

std::optional<PCAuth::CustomerList> listCustomers(PCAuth::HttpClient &http, const QUrl &sandbox,
                                                  const PCAuth::Cloud &cloud)
{
    PCAuth::Test::SandboxTokenSource token(http, sandbox,
                                           cloud.resource(PCAuth::Service::PartnerCenter));
    PCAuth::PartnerCenterClient pc(http, cloud.endpoint(PCAuth::Service::PartnerCenter), token);
    std::optional<PCAuth::CustomerList> list;
    QEventLoop loop;
    pc.listCustomers(500, &loop, {}, [&](const PCAuth::CustomerList &l) {
        list = l;
        loop.quit();
    });
    loop.exec();
    return list;
}

/// The Graph token of every tenant, `parallel` redemptions at a time.
QHash<QString, PCAuth::Expected<QString>> prefetch(PCAuth::TokenEndpointClient &endpoint,
                                                   const PCAuth::Cloud &cloud,
                                                   const QString &refreshToken,
                                                   const QList<PCAuth::Customer> &customers)
{
    QHash<QString, PCAuth::Expected<QString>> tokens;
    QEventLoop loop;
    QObject context;
    int started = 0;
    std::function<void()> next = [&] {
        if (started >= customers.size())
            return;
        const QString tenant = customers.at(started++).tenantId;
        endpoint.redeemRefreshToken(
            cloud, tenant, PCAuth::Protocol::V2, PCAuth::Test::HealthWebAppId,
            PCAuth::Test::sandboxWebAppCredential(), refreshToken,
            cloud.resource(PCAuth::Service::Graph), &context,
            [&, tenant](const PCAuth::TokenResult &r) {
                tokens.insert(tenant, r.ok() ? PCAuth::Expected<QString>(r.token->accessToken)
                                             : PCAuth::Expected<QString>(PCAuth::fail(r.message)));
                if (tokens.size() == customers.size())
                    loop.quit();
                else
                    next();
            });
    };
    for (int i = 0; i < 8; ++i)
        next();
    if (!customers.isEmpty())
        loop.exec();
    return tokens;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Wall time of a bulk customer health check (sandbox)."_s);
    parser.addHelpOption();
    const QCommandLineOption customersOpt(u"customers"_s, u"Customers (default 2000)."_s, u"N"_s,
                                          u"2000"_s);
    const QCommandLineOption latencyOpt(u"latency-ms"_s, u"Sandbox latency (default 100)."_s,
                                        u"MS"_s, u"100"_s);
    const QCommandLineOption concurrencyOpt(u"concurrency"_s, u"Customers at a time (8)."_s, u"N"_s,
                                            u"8"_s);
    const QCommandLineOption coldOpt(u"cold"_s, u"Fetch each Graph token inside the check."_s);
    const QCommandLineOption sameThreadOpt(
        u"same-thread"_s, u"Run the sandbox on the main thread (shares its event loop)."_s);
    parser.addOptions({customersOpt, latencyOpt, concurrencyOpt, coldOpt, sameThreadOpt});
    parser.process(app);
    const int customers = parser.value(customersOpt).toInt();
    const int latencyMs = parser.value(latencyOpt).toInt();
    const int concurrency = parser.value(concurrencyOpt).toInt();
    const bool cold = parser.isSet(coldOpt);
    if (customers < 1 || latencyMs < 0
        || !PCAuth::CustomerHealthCheck::concurrencyProblem(concurrency).isEmpty()) {
        std::fprintf(stderr, "--customers >= 1, --latency-ms >= 0, --concurrency 1..64\n");
        return 2;
    }

    PCAuth::Bench::SandboxHost sandbox(scenarioWith(customers), !parser.isSet(sameThreadOpt));
    if (const QString error = sandbox.start(); !error.isEmpty()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    sandbox.setLatencyMs(0);
    PCAuth::SandboxTest::Client control(sandbox.baseUrl());
    const std::optional<PCAuth::Cloud> cloud = PCAuth::Test::sandboxCloud(control);
    const QString refreshToken = PCAuth::Test::sandboxRefreshToken(control);
    if (!cloud || refreshToken.isEmpty()) {
        std::fprintf(stderr, "could not read the sandbox cloud or sign in\n");
        return 1;
    }

    QNetworkAccessManager network;
    PCAuth::RetryPolicy policy;
    policy.maxParallel = concurrency;
    policy.totalTimeout = std::chrono::seconds(120);
    PCAuth::HttpClient http(&network, policy);
    PCAuth::TokenEndpointClient endpoint(http, PCAuth::Clock::system());

    const std::optional<PCAuth::CustomerList> list = listCustomers(http, sandbox.baseUrl(), *cloud);
    if (!list || !list->ok()) {
        std::fprintf(stderr, "customer listing failed: %s\n",
                     list ? qPrintable(list->errorMessage()) : "no answer");
        return 1;
    }
    const QList<PCAuth::Customer> all = list->customers.mid(0, customers);

    QHash<QString, PCAuth::Expected<QString>> tokens;
    if (!cold)
        tokens = prefetch(endpoint, *cloud, refreshToken, all);
    PCAuth::CustomerHealthCheck::TokenSourceFactory factory =
        [&](const QString &tenant) -> std::unique_ptr<PCAuth::AccessTokenSource> {
        if (cold)
            return std::make_unique<PCAuth::Test::RefreshTokenGraphSource>(endpoint, *cloud, tenant,
                                                                           refreshToken);
        return std::make_unique<PCAuth::Test::FixedTokenSource>(
            tokens.value(tenant, PCAuth::fail(u"no token prefetched"_s)));
    };

    sandbox.setLatencyMs(latencyMs);
    PCAuth::CustomerHealthCheck check(http, cloud->endpoint(PCAuth::Service::Graph), factory,
                                      nullptr);
    check.setConcurrency(concurrency);
    QEventLoop loop;
    QObject::connect(&check, &PCAuth::CustomerHealthCheck::finished, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    check.start(all);
    loop.exec();
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    sandbox.setLatencyMs(0);

    const PCAuth::HealthCheckSummary summary = check.summary();
    const int requestsPerCustomer = cold ? 2 : 1;
    const double floorS =
        double(all.size()) * requestsPerCustomer * latencyMs / 1000.0 / concurrency;
    print(u"health_check customers=%1 latency_ms=%2 concurrency=%3 wall_s=%4 floor_s=%5 "
          "ratio=%6%7"_s.arg(QString::number(all.size()), QString::number(latencyMs),
                             QString::number(concurrency), fixed(wallS), fixed(floorS),
                             floorS > 0 ? fixed(wallS / floorS, 2) : u"n/a"_s,
                             cold ? u" mode=cold"_s : QString()));
    print(u"health_check_detail ok=%1 consent_missing=%2 no_access=%3 throttled=%4 failed=%5 "
          "checker_max_in_flight=%6 http_max_in_flight=%7 sandbox_parked_max=%8"_s.arg(
              QString::number(summary.ok), QString::number(summary.consentMissing),
              QString::number(summary.noAccess), QString::number(summary.throttled),
              QString::number(summary.failed), QString::number(check.maxInFlight()),
              QString::number(http.stats().maxInFlight),
              QString::number(PCAuth::Bench::sandboxParkedMax(control))));
    return summary.ok == all.size() ? 0 : 1;
}
