// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// bench_guisoak: does the desktop app's resident memory stay flat when the dashboard is left
// open for hours? It runs the real MainWindow on the dashboard, on the app's own
// embedded sandbox exactly as `pcauth --sandbox` (tests/gui/guifixture.h: temporary config
// folder, a keychain service of this process), injects the engine soak's faults, and drives
// the dashboard as a user would until --seconds have passed: "Refresh now" (F5) on the
// profile row, wait for it, --interval seconds, "Check customers", wait, --interval, ...
// Every --sample seconds it prints its VmRSS; at the end the growth after warm-up.
//
// Everything runs in QApplication::exec(): the steps are driven by timers that poll what the
// user sees (the row's busy state, the progress panel, the model), never by a nested loop.
// A keychain failure (bench_soak stops the keyring daemon) is counted and the loop goes on;
// a step that does not finish within --step-timeout is reported, cancelled with the page's
// Cancel button, and the loop goes on.
#include "benchprint.h"
#include "dashboardpage.h"
#include "guifixture.h"
#include "healthmodel.h"
#include "mainwindow.h"
#include "vault/keychainitemstore.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace PCAuth;

namespace {

using PCAuth::Bench::print;
using PCAuth::Bench::residentKiB;

/// Which dashboard actions the soak takes: both in turn (the default), or one of them only
/// (to tell which one memory growth follows).
enum class Steps { Both, Refresh, Customers };

struct Options
{
    int seconds = 600;
    int warmup = 120;
    int interval = 5;
    int sample = 5;
    int stepTimeout = 120;
    double maxGrowthPct = 10;
    bool faults = true;
    quint32 seed = 7;
    Steps steps = Steps::Both;
};

struct Counts
{
    int refreshes = 0;
    int customerRuns = 0;
    int failed = 0; // refreshes and customer checks that failed (not throttled)
    int throttled = 0;
    int keychainErrors = 0; // steps whose result named the keychain
    int stuck = 0; // steps that did not finish within --step-timeout
};

struct Sample
{
    int tS = 0;
    qint64 rssKiB = 0;
};

int setupError(const QString &message)
{
    std::fprintf(stderr, "bench_guisoak: %s\n", qPrintable(message));
    return 2;
}

qint64 median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v.at(v.size() / 2);
}

/// Bytes the allocator has handed out and not got back (all arenas), in KiB; -1 without
/// glibc. Next to VmRSS it tells a leak (both grow) from fragmentation (only RSS grows).
qint64 heapInUseKiB()
{
#ifdef __GLIBC__
    return qint64(mallinfo2().uordblks / 1024);
#else
    return -1;
#endif
}

/// Every keychain message of the engine names the backend (KeychainItemStore::advice, the
/// vault's "... returned no refresh token"); QtKeychain's own text is appended to failures.
bool isKeychainProblem(const QString &message)
{
    return !message.isEmpty()
           && (message.contains(KeychainItemStore::platformBackendName())
               || message.contains(u"QtKeychain"_s));
}

bool isThrottled(const QString &message)
{
    return message.contains(u"throttling"_s, Qt::CaseInsensitive);
}

/// The engine soak's fault mix on every path, with a seed: PUT /_sandbox/faults, waited for
/// with qWaitFor. Empty on success, else what went wrong.
QString injectFaults(const QUrl &sandbox, quint32 seed)
{
    const auto rule = [](const char *key, const QJsonValue &value, double probability) {
        return QJsonObject{{u"path"_s, u"/"_s},
                           {QString::fromLatin1(key), value},
                           {u"probability"_s, probability}};
    };
    QJsonObject throttled = rule("status", 429, 0.05);
    throttled.insert(u"retryAfter"_s, 2);
    const QJsonArray faults{throttled, rule("status", 503, 0.02), rule("drop", true, 0.01),
                            rule("malformed", true, 0.01)};
    const QJsonObject body{{u"seed"_s, double(seed)}, {u"faults"_s, faults}};
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(sandbox.toString() + u"/_sandbox/faults"_s));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    std::unique_ptr<QNetworkReply> reply(
        nam.sendCustomRequest(request, "PUT"_ba, QJsonDocument(body).toJson()));
    if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000))
        return u"PUT /_sandbox/faults did not answer"_s;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200)
        return u"PUT /_sandbox/faults answered %1: %2"_s.arg(status).arg(
            QString::fromUtf8(reply->readAll()));
    return {};
}

/// Drives the dashboard of `window` and samples the memory until the soak period is over,
/// then quits the application's event loop.
class Soak final : public QObject
{
public:
    Soak(MainWindow &window, Test::GuiFixture &fixture, const QString &profileId,
         const Options &options)
        : m_window(window)
        , m_fixture(fixture)
        , m_page(window.dashboard())
        , m_model(m_page->model())
        , m_tree(m_page->findChild<QTreeView *>(u"healthTree"_s))
        , m_refresh(m_page->findChild<QAction *>(u"refreshAction"_s))
        , m_check(m_page->findChild<QAction *>(u"checkCustomersAction"_s))
        , m_cancel(m_page->findChild<QPushButton *>(u"cancelButton"_s))
        , m_banner(m_page->findChild<QLabel *>(u"messageBanner"_s))
        , m_profileId(profileId)
        , m_options(options)
        , m_step(options.steps == Steps::Customers ? Step::Customers : Step::Refresh)
    { }

    /// Empty if every widget the soak uses was found, else the missing objectName.
    QString missingWidget() const
    {
        const std::pair<const QObject *, const char *> needed[] = {
            {m_tree, "healthTree"},
            {m_refresh, "refreshAction"},
            {m_check, "checkCustomersAction"},
            {m_cancel, "cancelButton"},
            {m_banner, "messageBanner"}};
        for (const auto &[object, name] : needed)
            if (!object)
                return QString::fromLatin1(name);
        return m_model->profileIndex(m_profileId).isValid() ? QString() : u"the profile row"_s;
    }

    void start()
    {
        m_clock.start();
        m_sampler.setTimerType(Qt::PreciseTimer);
        m_sampler.setInterval(m_options.sample * 1000);
        connect(&m_sampler, &QTimer::timeout, this, &Soak::sample);
        m_sampler.start();
        m_poll.setInterval(50);
        connect(&m_poll, &QTimer::timeout, this, &Soak::poll);
        m_poll.start();
    }

    const Counts &counts() const { return m_counts; }
    const QList<Sample> &samples() const { return m_samples; }

private:
    enum class Step { Refresh, Customers };
    enum class State { Waiting, Armed, Running };

    QAction *action() const { return m_step == Step::Refresh ? m_refresh : m_check; }
    QString stepName() const
    {
        return m_step == Step::Refresh ? u"refresh"_s : u"check customers"_s;
    }

    void sample()
    {
        const Sample s{int((m_clock.elapsed() + 500) / 1000), residentKiB()};
        m_samples.append(s);
        print(QString::asprintf("gui_rss_sample t_s=%d rss_kib=%lld", s.tS, s.rssKiB));
        const bool last = m_clock.elapsed() >= qint64(m_options.seconds) * 1000 - 500;
        if (last || (s.tS >= m_options.warmup && !m_stateAtWarmup)) {
            m_stateAtWarmup = true;
            printState(s.tS);
        }
        if (last) {
            m_sampler.stop();
            m_poll.stop();
            if (m_cancel->isVisibleTo(m_page))
                m_cancel->click(); // the period is over: no work left behind
            QCoreApplication::exit(0);
        }
    }

    void poll()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 timeout = qint64(m_options.stepTimeout) * 1000;
        switch (m_state) {
        case State::Waiting:
            if (now >= m_nextAt) {
                m_state = State::Armed;
                m_startedAt = now;
            }
            return;
        case State::Armed:
            // The user selects the profile row and uses the action once it is enabled.
            m_tree->setCurrentIndex(m_model->profileIndex(m_profileId));
            if (action()->isEnabled()) {
                action()->trigger();
                m_state = State::Running;
            } else if (now - m_startedAt > timeout) {
                stuck(u"stayed disabled"_s);
            }
            return;
        case State::Running:
            if (stepFinished())
                finishStep();
            else if (now - m_startedAt > timeout)
                stuck(u"did not finish"_s);
            return;
        }
    }

    /// What the process holds besides its memory, to tell where growth goes: the heap in use,
    /// the QObjects of the window and of the engine (network, HTTP client, broker, vault,
    /// sandbox server), the dashboard's rows, and the embedded sandbox's stores (it runs in
    /// this process, as with `pcauth --sandbox`).
    void printState(int tS) const
    {
        const Sandbox::SandboxState &sandbox = m_fixture.sandbox().state;
        Workspace &engine = m_fixture.services->workspace();
        const QObject *const roots[] = {&engine.network(), &engine.http(), &engine.broker(),
                                        &engine.vault(), m_fixture.services->sandbox()};
        qint64 engineObjects = 0;
        for (const QObject *root : roots)
            engineObjects += 1 + root->findChildren<QObject *>().size();
        print(QString::asprintf(
            "gui_soak_state t_s=%d heap_inuse_kib=%lld window_qobjects=%lld engine_qobjects=%lld "
            "customer_rows=%d sandbox_refresh_tokens=%lld sandbox_flows=%lld sandbox_codes=%lld "
            "sandbox_retry_keys=%lld sandbox_rate_windows=%lld",
            tS, heapInUseKiB(), qint64(m_window.findChildren<QObject *>().size()), engineObjects,
            m_model->rowCount(m_model->profileIndex(m_profileId)),
            qint64(sandbox.refreshTokens.size()), qint64(sandbox.flows.size()),
            qint64(sandbox.codes.size()), qint64(sandbox.retryNotBefore.size()),
            qint64(sandbox.rateWindows.size())));
    }

    bool stepFinished() const
    {
        const QModelIndex row = m_model->profileIndex(m_profileId);
        return row.isValid() && !m_cancel->isVisibleTo(m_page) && !m_model->rowInfo(row).busy
               && m_model->customerState(m_profileId) != HealthModel::CustomerState::Loading;
    }

    void stuck(const QString &what)
    {
        ++m_counts.stuck;
        std::fprintf(stderr, "bench_guisoak: t=%llds: %s %s within %d s; cancelled\n",
                     static_cast<long long>(m_clock.elapsed() / 1000), qPrintable(stepName()),
                     qPrintable(what), m_options.stepTimeout);
        if (m_cancel->isVisibleTo(m_page))
            m_cancel->click();
        next();
    }

    void finishStep()
    {
        if (m_step == Step::Refresh)
            recordRefresh();
        else
            recordCustomers();
        next();
    }

    void next()
    {
        if (m_options.steps == Steps::Both)
            m_step = m_step == Step::Refresh ? Step::Customers : Step::Refresh;
        m_state = State::Waiting;
        m_nextAt = m_clock.elapsed() + qint64(m_options.interval) * 1000;
    }

    /// The page shows a failed refresh in the banner and as the row's last error; a warning
    /// (e.g. the rotated token could not be stored) in the banner only.
    void recordRefresh()
    {
        ++m_counts.refreshes;
        if (!m_banner->isVisibleTo(m_page))
            return;
        const QString message = m_banner->text();
        const QString lastError =
            m_model->profileIndex(m_profileId, HealthModel::LastErrorColumn).data().toString();
        if (lastError == message)
            ++(isThrottled(message) ? m_counts.throttled : m_counts.failed);
        if (isKeychainProblem(message))
            ++m_counts.keychainErrors;
    }

    /// A list that could not be read is one failed result (the placeholder row says why);
    /// otherwise every customer row's status id.
    void recordCustomers()
    {
        ++m_counts.customerRuns;
        const QModelIndex parent = m_model->profileIndex(m_profileId);
        const auto cell = [this, &parent](int row, int column, int role = Qt::DisplayRole) {
            return m_model->index(row, column, parent).data(role).toString();
        };
        bool keychain = false;
        if (m_model->customerState(m_profileId) == HealthModel::CustomerState::Failed) {
            const QString problem = cell(0, HealthModel::LastErrorColumn);
            ++(isThrottled(problem) ? m_counts.throttled : m_counts.failed);
            keychain = isKeychainProblem(problem);
        } else {
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                const QString id = cell(row, HealthModel::StatusColumn, Qt::UserRole);
                m_counts.failed += id == "failed"_L1;
                m_counts.throttled += id == "throttled"_L1;
                keychain = keychain || isKeychainProblem(cell(row, HealthModel::LastErrorColumn));
            }
        }
        if (keychain)
            ++m_counts.keychainErrors;
    }

    MainWindow &m_window;
    Test::GuiFixture &m_fixture;
    DashboardPage *m_page;
    HealthModel *m_model;
    QTreeView *m_tree;
    QAction *m_refresh;
    QAction *m_check;
    QPushButton *m_cancel;
    QLabel *m_banner;
    QString m_profileId;
    Options m_options;
    QElapsedTimer m_clock;
    QTimer m_sampler;
    QTimer m_poll;
    Step m_step;
    State m_state = State::Waiting;
    qint64 m_nextAt = 0;
    qint64 m_startedAt = 0;
    Counts m_counts;
    QList<Sample> m_samples;
    bool m_stateAtWarmup = false;
};

/// Baseline: median of the first 3 samples at or after the warm-up; end: of the last 3.
/// Prints the gui_rss line; returns the exit code.
int report(const Options &options, const Soak &soak)
{
    std::vector<qint64> after;
    qint64 maxKiB = 0;
    for (const Sample &s : soak.samples()) {
        if (s.tS >= options.warmup)
            after.push_back(s.rssKiB);
        maxKiB = std::max(maxKiB, s.rssKiB);
    }
    if (after.size() < 3)
        return setupError(u"only %1 samples after the warm-up"_s.arg(after.size()));
    const qint64 baseline = median(std::vector<qint64>(after.begin(), after.begin() + 3));
    const qint64 end = median(std::vector<qint64>(after.end() - 3, after.end()));
    const double growth = baseline > 0 ? double(end - baseline) / double(baseline) * 100.0 : 0;
    const Counts &c = soak.counts();
    print(QString::asprintf("gui_rss seconds=%d warmup_s=%d samples=%lld baseline_kib=%lld "
                            "end_kib=%lld max_kib=%lld growth_pct=%.1f refreshes=%d "
                            "customer_runs=%d results_failed=%d results_throttled=%d "
                            "keychain_errors=%d stuck_steps=%d faults=%s",
                            options.seconds, options.warmup, qint64(soak.samples().size()),
                            baseline, end, maxKiB, growth, c.refreshes, c.customerRuns, c.failed,
                            c.throttled, c.keychainErrors, c.stuck, options.faults ? "on" : "off"));
    return growth <= options.maxGrowthPct ? 0 : 1;
}

/// Empty on success, else what is wrong with the options.
QString parseOptions(const QCoreApplication &app, Options *options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Resident memory of the desktop app with the dashboard "
                                     "driven for a soak period (sandbox, faults)."_s);
    parser.addHelpOption();
    parser.addOptions({
        {u"seconds"_s, u"Soak period (default 600)."_s, u"S"_s, u"600"_s},
        {u"warmup"_s, u"Warm-up (default 20% of S, at least 10)."_s, u"W"_s},
        {u"interval"_s, u"Seconds between steps (default 5)."_s, u"I"_s, u"5"_s},
        {u"sample"_s, u"Seconds between samples (default 5)."_s, u"T"_s, u"5"_s},
        {u"step-timeout"_s, u"Seconds before a step is stuck (default 120)."_s, u"T"_s, u"120"_s},
        {u"max-growth-pct"_s, u"Growth allowed after warm-up (default 10)."_s, u"P"_s, u"10"_s},
        {u"no-faults"_s, u"Inject no faults."_s},
        {u"seed"_s, u"Seed of the fault roll (default 7)."_s, u"N"_s, u"7"_s},
        {u"only"_s, u"One action only: refresh or customers (default: both in turn)."_s,
         u"ACTION"_s},
    });
    parser.process(app);
    const auto number = [&parser](const QString &name) { return parser.value(name).toInt(); };
    options->seconds = number(u"seconds"_s);
    options->warmup =
        parser.isSet(u"warmup"_s) ? number(u"warmup"_s) : std::max(10, options->seconds / 5);
    options->interval = number(u"interval"_s);
    options->sample = number(u"sample"_s);
    options->stepTimeout = number(u"step-timeout"_s);
    options->maxGrowthPct = parser.value(u"max-growth-pct"_s).toDouble();
    options->faults = !parser.isSet(u"no-faults"_s);
    options->seed = parser.value(u"seed"_s).toUInt();
    const QString only = parser.value(u"only"_s);
    if (only == "refresh"_L1)
        options->steps = Steps::Refresh;
    else if (only == "customers"_L1)
        options->steps = Steps::Customers;
    else if (!only.isEmpty())
        return u"--only takes refresh or customers"_s;
    if (options->sample < 1 || options->interval < 0 || options->stepTimeout < 1
        || options->warmup < 0)
        return u"--sample and --step-timeout must be at least 1, --interval and --warmup not "
               "negative"_s;
    // Baseline and end are three samples each and must not overlap.
    if (options->seconds - options->warmup < 5 * options->sample)
        return u"--seconds must leave at least 6 samples after the warm-up (S - W >= 5 x "
               "--sample)"_s;
    return {};
}

/// Shows the main window on the dashboard and runs the soak in the event loop.
int soakWindow(QApplication &app, Test::GuiFixture &fixture, const Profile &profile,
               const Options &options)
{
    MainWindow window(*fixture.services);
    window.resize(1280, 800);
    window.show();
    window.showPage(window.dashboard());
    if (!QTest::qWaitForWindowExposed(&window) || !window.dashboard()->isVisible())
        return setupError(u"the main window or its dashboard was not shown"_s);
    Soak soak(window, fixture, profile.id, options);
    if (const QString missing = soak.missingWidget(); !missing.isEmpty())
        return setupError(u"the dashboard has no "_s + missing);
    if (options.faults) {
        const QString problem = injectFaults(fixture.services->sandboxUrl(), options.seed);
        if (!problem.isEmpty())
            return setupError(u"faults: "_s + problem);
    }
    soak.start();
    app.exec();
    return report(options, soak);
}

} // namespace

int main(int argc, char *argv[])
{
    // As the app: WebEngine (the consent view) shares GL contexts with the widgets.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    Options options;
    if (const QString problem = parseOptions(app, &options); !problem.isEmpty())
        return setupError(problem);

    Test::GuiFixture fixture;
    int code = 2;
    if (const QString problem = fixture.start(); !problem.isEmpty()) {
        setupError(u"the app's services did not start: "_s + problem);
    } else if (const Profile profile = fixture.demoProfile(); profile.id.isEmpty()) {
        setupError(u"sandbox mode made no demo profile"_s);
    } else if (const ConsentResult consent = fixture.consent(profile); !consent.ok) {
        setupError(u"the consent failed: "_s + consent.message);
    } else {
        code = soakWindow(app, fixture, profile, options);
    }
    fixture.stop(); // removes this run's keychain items
    return code;
}
