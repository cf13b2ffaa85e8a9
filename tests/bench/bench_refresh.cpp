// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Refresh-token redemptions per second against the in-process sandbox at zero latency,
// through the engine's own path (HttpClient + TokenEndpointClient): N redemptions one after
// the other, then N with P in flight. Each redemption uses the newest rotated refresh token,
// as the broker does. Prints plain lines (see README.md); exit code 1 if any redemption failed.
#include "benchprint.h"
#include "benchsandbox.h"
#include "cloud/cloud.h"
#include "net/httpclient.h"
#include "sandboxgraphtokens.h"
#include "session/tokenendpoint.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace {

using PCAuth::Bench::fixed;
using PCAuth::Bench::print;

struct Run
{
    double seconds = 0;
    std::vector<double> latenciesMs;
    int failures = 0;
    QString firstFailure;
};

/// Keeps `parallel` redemptions in flight until `count` have been answered.
class Redeemer
{
public:
    Redeemer(PCAuth::TokenEndpointClient &endpoint, const PCAuth::Cloud &cloud,
             QString refreshToken)
        : m_endpoint(endpoint)
        , m_cloud(cloud)
        , m_latest(std::move(refreshToken))
    { }

    Run run(int count, int parallel)
    {
        m_run = Run();
        m_count = count;
        m_started = 0;
        m_answered = 0;
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < parallel && m_started < m_count; ++i)
            startOne();
        if (m_answered < m_count)
            m_loop.exec();
        m_run.seconds = double(wall.nsecsElapsed()) / 1e9;
        return m_run;
    }

private:
    void startOne()
    {
        ++m_started;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_endpoint.redeemRefreshToken(
            m_cloud, PCAuth::Test::HealthPartnerTenant, PCAuth::Protocol::V2,
            PCAuth::Test::HealthWebAppId, PCAuth::Test::sandboxWebAppCredential(), m_latest,
            m_cloud.resource(PCAuth::Service::PartnerCenter), &m_context,
            [this, timer](const PCAuth::TokenResult &result) {
                m_run.latenciesMs.push_back(double(timer->nsecsElapsed()) / 1e6);
                if (result.ok() && !result.token->refreshToken.isEmpty()) {
                    m_latest = result.token->refreshToken;
                } else if (++m_run.failures == 1) {
                    m_run.firstFailure =
                        result.ok() ? u"no rotated refresh token"_s : result.message;
                }
                if (++m_answered == m_count)
                    m_loop.quit();
                else if (m_started < m_count)
                    startOne();
            });
    }

    PCAuth::TokenEndpointClient &m_endpoint;
    const PCAuth::Cloud &m_cloud;
    QString m_latest;
    QObject m_context;
    QEventLoop m_loop;
    Run m_run;
    int m_count = 0;
    int m_started = 0;
    int m_answered = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Refresh-token redemptions per second (sandbox)."_s);
    parser.addHelpOption();
    const QCommandLineOption countOpt(u"count"_s, u"Redemptions per run (default 2000)."_s, u"N"_s,
                                      u"2000"_s);
    const QCommandLineOption parallelOpt(u"parallel"_s, u"In flight in the parallel run (8)."_s,
                                         u"P"_s, u"8"_s);
    const QCommandLineOption sameThreadOpt(
        u"same-thread"_s, u"Run the sandbox on the main thread (shares its event loop)."_s);
    parser.addOptions({countOpt, parallelOpt, sameThreadOpt});
    parser.process(app);
    const int count = parser.value(countOpt).toInt();
    const int parallel = parser.value(parallelOpt).toInt();
    if (count < 1 || parallel < 1 || parallel > 64) {
        std::fprintf(stderr, "--count must be >= 1 and --parallel between 1 and 64\n");
        return 2;
    }

    PCAuth::Bench::SandboxHost sandbox(PCAuth::Sandbox::Scenario::demo(),
                                       !parser.isSet(sameThreadOpt));
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
    policy.maxParallel = parallel;
    PCAuth::HttpClient http(&network, policy);
    const PCAuth::Clock &clock = PCAuth::Clock::system();
    PCAuth::TokenEndpointClient endpoint(http, clock);
    Redeemer redeemer(endpoint, *cloud, refreshToken);

    (void)redeemer.run(std::min(count, 20), 1); // warm-up: connections, first signatures
    const Run sequential = redeemer.run(count, 1);
    const Run concurrent = redeemer.run(count, parallel);

    const QString tag = u"parallel%1"_s.arg(parallel);
    print(u"refresh_redemptions_per_second sequential=%1 %2=%3"_s.arg(
        fixed(count / sequential.seconds), tag, fixed(count / concurrent.seconds)));
    print(u"refresh_latency_ms sequential_median=%1 sequential_p95=%2 %3_median=%4 %3_p95=%5"_s.arg(
        fixed(PCAuth::Bench::percentile(sequential.latenciesMs, 0.5), 2),
        fixed(PCAuth::Bench::percentile(sequential.latenciesMs, 0.95), 2), tag,
        fixed(PCAuth::Bench::percentile(concurrent.latenciesMs, 0.5), 2),
        fixed(PCAuth::Bench::percentile(concurrent.latenciesMs, 0.95), 2)));
    print(u"refresh_run count=%1 failures=%2 sandbox_thread=%3 client_max_in_flight=%4"_s.arg(
        QString::number(count), QString::number(sequential.failures + concurrent.failures),
        parser.isSet(sameThreadOpt) ? u"main"_s : u"own"_s,
        QString::number(http.stats().maxInFlight)));
    const QString failure =
        sequential.firstFailure.isEmpty() ? concurrent.firstFailure : sequential.firstFailure;
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "first failure: %s\n", qPrintable(failure));
        return 1;
    }
    return 0;
}
