// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Wall time of the whole access check of one profile (AccessCheckRun: Partner Center MFA
// probe and adoption report, the customer list, the SAM app, the partner grants, every GDAP
// relationship and its access assignments, and the app's consent in every customer tenant)
// against the in-process sandbox with latency, next to its network floor: the requests it
// made x latency / concurrency. Cold, as a first check after start-up: every customer's Graph
// token is redeemed inside the run, through the token broker over an in-memory vault. The
// refresh token comes from a real consent walked through the sandbox's forms. Prints plain
// lines (see README.md).
#include "benchprint.h"
#include "benchsandbox.h"
#include "memorysecretstore.h"
#include "profiles/profilestore.h"
#include "session/accesscheckrun.h"
#include "session/consentflow.h"
#include "session/tokenbroker.h"
#include "sessionfixture.h"
#include "vault/vault.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

using PCAuth::Bench::fixed;
using PCAuth::Bench::print;

template<typename Result, typename Start>
Result await(Start start)
{
    std::optional<Result> result;
    QEventLoop loop;
    QObject context;
    start(&context, [&](const Result &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace PCAuth;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Wall time of the whole access check (sandbox)."_s);
    parser.addHelpOption();
    const QCommandLineOption customersOpt(u"customers"_s, u"Customers (default 2000)."_s, u"N"_s,
                                          u"2000"_s);
    const QCommandLineOption latencyOpt(u"latency-ms"_s, u"Sandbox latency (default 100)."_s,
                                        u"MS"_s, u"100"_s);
    const QCommandLineOption concurrencyOpt(u"concurrency"_s, u"Requests at a time (8)."_s, u"N"_s,
                                            u"8"_s);
    const QCommandLineOption sameThreadOpt(
        u"same-thread"_s, u"Run the sandbox on the main thread (shares its event loop)."_s);
    parser.addOptions({customersOpt, latencyOpt, concurrencyOpt, sameThreadOpt});
    parser.process(app);
    const int customers = parser.value(customersOpt).toInt();
    const int latencyMs = parser.value(latencyOpt).toInt();
    const int concurrency = parser.value(concurrencyOpt).toInt();
    if (customers < 1 || latencyMs < 0
        || !CustomerHealthCheck::concurrencyProblem(concurrency).isEmpty()) {
        std::fprintf(stderr, "--customers >= 1, --latency-ms >= 0, --concurrency 1..64\n");
        return 2;
    }

    Sandbox::Scenario scenario = Sandbox::Scenario::demo();
    if (customers > scenario.customers.size())
        scenario.addGeneratedCustomers(customers - int(scenario.customers.size()));
    Bench::SandboxHost sandbox(std::move(scenario), !parser.isSet(sameThreadOpt));
    if (const QString error = sandbox.start(); !error.isEmpty()) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    sandbox.setLatencyMs(0);
    SandboxTest::Client control(sandbox.baseUrl());

    // A profile on the sandbox cloud with the demo web app's secret, in an in-memory vault.
    QTemporaryDir dir;
    const QString cloudFile = dir.filePath(u"sandbox-cloud.json"_s);
    QFile file(cloudFile);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(control.get(u"/_sandbox/cloud.json"_s).body) < 0)
        return 1;
    file.close();
    QNetworkAccessManager network;
    RetryPolicy policy;
    policy.maxParallel = concurrency;
    policy.totalTimeout = std::chrono::seconds(120);
    HttpClient http(&network, policy);
    Test::MemorySecretStore store;
    Vault vault(store, dir.filePath(u"vault"_s), u"pcauth-bench-access"_s);
    ProfileStore profiles(dir.filePath(u"config"_s));
    Profile p;
    p.name = u"Bench"_s;
    p.cloudId = u"custom"_s;
    p.customCloudFile = cloudFile;
    p.partnerTenant = Test::PartnerDomain;
    p.clientId = Test::WebAppId;
    p.credential = CredentialKind::Secret;
    const Expected<Profile> profile = profiles.add(p);
    if (!profile) {
        std::fprintf(stderr, "profile: %s\n", qPrintable(profile.error()));
        return 1;
    }
    await<SecretResult>([&](QObject *c, SecretStore::Callback done) {
        vault.storeClientSecret(profile->id, Test::WebAppSecret, c, done);
    });
    ConsentFlow flow(vault, http, Clock::system(), nullptr);
    const Expected<QUrl> url = flow.start(*profile, Test::ServiceUser);
    if (!url)
        return 1;
    const Test::BrowserResult browsed = Test::browseSignIn(control, *url, Test::ServiceUser,
                                                           Test::ServicePassword, Test::ServiceOtc);
    const ConsentResult consent = await<ConsentResult>([&](QObject *c, auto done) {
        QObject::connect(&flow, &ConsentFlow::finished, c, done);
        flow.complete(browsed.location);
    });
    if (!consent.ok) {
        std::fprintf(stderr, "consent: %s\n", qPrintable(consent.message));
        return 1;
    }
    TokenBroker broker(profiles, vault, http, Clock::system());

    AccessCheckOptions options;
    options.concurrency = concurrency;
    options.customers = true;
    sandbox.setLatencyMs(latencyMs);
    const HttpClient::Stats before = http.stats();
    AccessCheckRun run(broker, http, Clock::system(), *profile, options, nullptr);
    QElapsedTimer wall;
    wall.start();
    const AccessReport report = await<AccessReport>([&](QObject *c, auto done) {
        QObject::connect(&run, &AccessCheckRun::finished, c, done);
        run.start();
    });
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    sandbox.setLatencyMs(0);
    const HttpClient::Stats after = http.stats();

    const qint64 attempts = after.attempts - before.attempts;
    const double floorS = double(attempts) * latencyMs / 1000.0 / concurrency;
    int consented = 0;
    int noConsent = 0;
    int notChecked = 0;
    for (const CustomerAccess &c : report.customers) {
        consented += c.consent.state == ConsentState::Consented ? 1 : 0;
        noConsent += (c.consent.state == ConsentState::NoGrant
                      || c.consent.state == ConsentState::NoServicePrincipal)
                         ? 1
                         : 0;
        notChecked += c.consent.state == ConsentState::NotChecked ? 1 : 0;
    }
    const QJsonObject s = report.summaryJson();
    print(u"access_check customers=%1 latency_ms=%2 concurrency=%3 requests=%4 wall_s=%5 "
          "floor_s=%6 ratio=%7"_s.arg(QString::number(report.customers.size()),
                                      QString::number(latencyMs), QString::number(concurrency),
                                      QString::number(attempts), fixed(wallS), fixed(floorS),
                                      floorS > 0 ? fixed(wallS / floorS, 2) : u"n/a"_s));
    print(u"access_check_detail ok=%1 warning=%2 problem=%3 unknown=%4 consented=%5 "
          "no_consent=%6 consent_not_checked=%7 retries=%8 throttled=%9"_s.arg(
              QString::number(s.value("ok"_L1).toInt()),
              QString::number(s.value("warning"_L1).toInt()),
              QString::number(s.value("problem"_L1).toInt()),
              QString::number(s.value("unknown"_L1).toInt()), QString::number(consented),
              QString::number(noConsent), QString::number(notChecked),
              QString::number(after.retries - before.retries),
              QString::number(after.throttled - before.throttled)));
    print(u"access_check_wire http_max_in_flight=%1 sandbox_parked_max=%2 problem=%3"_s.arg(
        QString::number(after.maxInFlight),
        QString::number(PCAuth::Bench::sandboxParkedMax(control)),
        report.problem.isEmpty() ? u"none"_s : report.problem.section(u'\n', 0, 0)));
    const bool complete = report.problem.isEmpty() && report.customersChecked
                          && report.customers.size() == customers && notChecked == 0;
    return complete ? 0 : 1;
}
