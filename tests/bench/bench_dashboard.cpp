// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The dashboard's "Check customers" as a user runs it, next to CustomerCheckRun run directly
// on the same work: the real DashboardPage on the app's own services in sandbox mode
// (AppServices with the embedded sandbox on the GUI thread, as `pcauth --sandbox`), the demo
// profile's row selected and the "Check customers" button clicked, timed until the
// controller's workFinished; then the same run (list, then check every customer) made by hand
// with the same broker, HTTP client, sandbox and concurrency, as pcauthctl health --customers
// makes it. Alternately, `--runs` times each, after one untimed run at zero latency that
// warms the broker's Graph tokens (as bench_health's default), so each customer costs one
// delayed request (the Graph call) and the listing one per page of 500.
//
// floor_s = pages x L + N x L / C. Every customer is given consent, so all reach Graph.
// Needs a keychain (the demo profile's secret and refresh token), like the GUI tests.
// Prints plain key=value lines (see README.md).
#include "appservices.h"
#include "benchprint.h"
#include "benchservices.h"
#include "dashboardcontroller.h"
#include "dashboardpage.h"
#include "healthmodel.h"
#include "sandboxserver.h"
#include "session/customercheckrun.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace PCAuth;

namespace {

using PCAuth::Bench::fixed;
using PCAuth::Bench::print;

struct Outcome
{
    double wallS = -1;
    int ok = 0;
};

/// The dashboard's way: select the profile's row, click "Check customers", wait for the end.
Outcome throughDashboard(DashboardPage &page, const QString &profileId)
{
    auto *tree = page.findChild<QTreeView *>(u"healthTree"_s);
    auto *button = page.findChild<QToolButton *>(u"checkCustomersButton"_s);
    if (tree)
        tree->setCurrentIndex(page.model()->index(0, 0)); // the demo profile, the only one
    if (!tree || !button || !QTest::qWaitFor([button] { return button->isEnabled(); }, 10000)) {
        std::fprintf(stderr, "the dashboard offers no Check customers\n");
        return {};
    }
    int ok = 0;
    QMetaObject::Connection counting =
        QObject::connect(page.controller(), &DashboardController::customerChecked, &page,
                         [&ok](const QString &, int, const CustomerHealth &health) {
                             ok += health.status == CustomerHealth::Status::Ok ? 1 : 0;
                         });
    // An event loop, as the app runs: QTest::qWaitFor sleeps 10 ms between its looks, and the
    // HTTP client and the embedded sandbox live on this thread, so it would stall them.
    QEventLoop loop;
    bool done = false;
    QObject::connect(page.controller(), &DashboardController::workFinished, &loop,
                     [&loop, &done, &profileId](const QString &id, DashboardController::Work work) {
                         if (id == profileId && work == DashboardController::Work::CustomerCheck) {
                             done = true;
                             loop.quit();
                         }
                     });
    QTimer::singleShot(1800000, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    QTest::mouseClick(button, Qt::LeftButton);
    if (!done)
        loop.exec();
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    QObject::disconnect(counting);
    return done ? Outcome{wallS, ok} : Outcome{};
}

/// pcauthctl's way: a CustomerCheckRun on the same services.
Outcome throughRun(AppServices &services, const Profile &profile, int concurrency)
{
    CustomerCheckRun run(services.broker(), services.http(), profile, concurrency, nullptr);
    QEventLoop loop;
    QObject::connect(&run, &CustomerCheckRun::finished, &loop, &QEventLoop::quit);
    QElapsedTimer wall;
    wall.start();
    run.start();
    loop.exec();
    const double wallS = double(wall.nsecsElapsed()) / 1e9;
    return {wallS, run.summary().ok};
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The concurrency is one of the app's settings: keep the user's settings out of it.
    QTemporaryDir settingsHome;
    qputenv("XDG_CONFIG_HOME", settingsHome.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"The dashboard's Check customers next to CustomerCheckRun "
                                     "on the same work (sandbox)."_s);
    parser.addHelpOption();
    const QCommandLineOption customersOpt(u"customers"_s, u"Customers (default 500)."_s, u"N"_s,
                                          u"500"_s);
    const QCommandLineOption latencyOpt(u"latency-ms"_s, u"Sandbox latency (default 100)."_s,
                                        u"MS"_s, u"100"_s);
    const QCommandLineOption concurrencyOpt(u"concurrency"_s, u"Customers at a time (8)."_s, u"N"_s,
                                            u"8"_s);
    const QCommandLineOption runsOpt(u"runs"_s, u"Timed runs of each path (default 3)."_s, u"N"_s,
                                     u"3"_s);
    parser.addOptions({customersOpt, latencyOpt, concurrencyOpt, runsOpt});
    parser.process(app);
    const int customers = parser.value(customersOpt).toInt();
    const int latencyMs = parser.value(latencyOpt).toInt();
    const int concurrency = parser.value(concurrencyOpt).toInt();
    const int runs = parser.value(runsOpt).toInt();
    if (customers < 25 || latencyMs < 0 || runs < 1
        || !CustomerHealthCheck::concurrencyProblem(concurrency).isEmpty()) {
        std::fprintf(stderr, "--customers >= 25, --latency-ms >= 0, --runs >= 1, "
                             "--concurrency 1..64\n");
        return 2;
    }

    Profile profile;
    // The HTTP client's parallelism is read from the settings when the services start.
    AppSettings().setConcurrency(concurrency);
    std::unique_ptr<AppServices> services =
        Bench::startServices(u"bench-dashboard"_s, customers - 25, &profile);
    if (!services)
        return 1;
    for (Sandbox::Tenant &t : services->sandbox()->context().scenario.customers) {
        if (!t.consentedApps.contains(profile.clientId))
            t.consentedApps.append(profile.clientId);
    }
    int result = 0;
    {
        DashboardPage page(*services);
        page.resize(1200, 800);
        page.show();
        (void)QTest::qWaitForWindowExposed(&page);
        services->sandbox()->setDefaultLatencyMs(0);
        const Outcome warm = throughRun(*services, profile, concurrency);
        if (warm.ok != customers) {
            std::fprintf(stderr, "warm-up: %d of %d customers ok\n", warm.ok, customers);
            result = 1;
        }
        services->sandbox()->setDefaultLatencyMs(latencyMs);
        const int pages = (customers + CustomerCheckRun::PageSize - 1) / CustomerCheckRun::PageSize;
        const double floorS =
            (double(pages) + double(customers) / double(concurrency)) * latencyMs / 1000.0;
        std::vector<double> dashboard, direct;
        for (int i = 0; i < runs && result == 0; ++i) {
            // Alternately, each path first in turn.
            for (const bool first : {i % 2 == 0, i % 2 != 0}) {
                const Outcome o = first ? throughDashboard(page, profile.id)
                                        : throughRun(*services, profile, concurrency);
                const QString path = first ? u"dashboard"_s : u"run"_s;
                (first ? dashboard : direct).push_back(o.wallS);
                print(u"dashboard_check path=%1 customers=%2 latency_ms=%3 concurrency=%4 "
                      "wall_s=%5 floor_s=%6 ratio=%7 ok=%8"_s.arg(
                          path, QString::number(customers), QString::number(latencyMs),
                          QString::number(concurrency), fixed(o.wallS, 2), fixed(floorS, 2),
                          floorS > 0 ? fixed(o.wallS / floorS, 2) : u"n/a"_s,
                          QString::number(o.ok)));
                if (o.wallS < 0 || o.ok != customers)
                    result = 1;
            }
        }
        const double d = median(dashboard);
        const double r = median(direct);
        print(u"dashboard_check_summary runs=%1 dashboard_median_s=%2 run_median_s=%3 "
              "floor_s=%4 dashboard_ratio=%5 run_ratio=%6 dashboard_over_run=%7"_s.arg(
                  QString::number(runs), fixed(d, 2), fixed(r, 2), fixed(floorS, 2),
                  floorS > 0 ? fixed(d / floorS, 2) : u"n/a"_s,
                  floorS > 0 ? fixed(r / floorS, 2) : u"n/a"_s,
                  r > 0 ? fixed(d / r, 2) : u"n/a"_s));
        services->sandbox()->setDefaultLatencyMs(0);
    }
    services->shutdown();
    return result;
}
