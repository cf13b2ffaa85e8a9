// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The fault soak. The engine (a Workspace, as pcauthctl and the app build it) keeps
// its profiles alive and checks the health of every customer, over and over, for --seconds,
// against the sandbox with faults injected at random (429 with Retry-After, 503, dropped
// connections, malformed bodies) while the keyring daemon is stopped for --outage-seconds,
// --outages times. Everything runs on a D-Bus session and GNOME Keyring of the soak's own, so
// stopping the keyring is real (org.freedesktop.secrets leaves the bus) and touches nothing else.
//
// At the end, with faults off: every profile's stored refresh token is redeemed by a fresh
// workspace (as a new process would), and the sandbox says whether any request came back
// before its Retry-After. Prints the counts (see README.md) and exits 0 only when nothing was
// lost and no request was early. `--gui PATH` runs bench_guisoak beside it for the same time
// (the desktop app's dashboard, resident memory printed) and includes its verdict.
#include "api/partnercenterclient.h"
#include "benchprint.h"
#include "benchsandbox.h"
#include "health/healthcheck.h"
#include "privatekeyring.h"
#include "session/workspace.h"
#include "sessionfixture.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QMap>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PCAuth::Bench {

namespace {

struct Options
{
    int seconds = 600;
    int customers = 500;
    int profiles = 2;
    int outages = 2;
    int outageSeconds = 30;
    int keepAliveSeconds = 20;
    int concurrency = 8;
    quint32 seed = 1;
    bool faults = true;
    QString gui;
};

/// What the engine saw; printed at the end.
struct Tally
{
    int keepAliveOk = 0;
    int keepAliveWarning = 0; // redeemed, but the rotated token could not be saved
    int keepAliveFailed = 0;
    int keepAliveKeychain = 0; // of the failures: the keychain was not there
    int healthPasses = 0;
    int listFailed = 0;
    HealthCheckSummary customers; // summed over the passes
    int outagesDone = 0;
    QMap<QString, int> reasons; // "where: first line of the message" -> how often

    void noteReason(const QString &where, const QString &message)
    {
        ++reasons[where + u": "_s + message.section(u'\n', 0, 0).left(160)];
    }
};

class Soak final : public QObject
{
public:
    Soak(Workspace &workspace, Test::KeyringDaemon &keyring, const Options &options,
         QList<Profile> profiles)
        : m_ws(workspace)
        , m_keyring(keyring)
        , m_options(options)
        , m_profiles(std::move(profiles))
    { }

    /// Runs until the time is up and the last answers are in.
    void run()
    {
        m_clock.start();
        QTimer keepAlive;
        connect(&keepAlive, &QTimer::timeout, this, [this] { keepAliveAll(); });
        keepAlive.start(std::chrono::seconds(m_options.keepAliveSeconds));
        for (int k = 1; k <= m_options.outages; ++k) {
            const auto at = std::chrono::milliseconds(qint64(m_options.seconds) * 1000 * k
                                                      / (m_options.outages + 1));
            QTimer::singleShot(at, this, [this] { startOutage(); });
        }
        QTimer::singleShot(std::chrono::seconds(m_options.seconds), this, [this, &keepAlive] {
            m_stopping = true;
            keepAlive.stop();
            if (m_check)
                m_check->cancel();
            maybeQuit();
        });
        nextHealthPass();
        m_loop.exec();
    }

    const Tally &tally() const { return m_tally; }

private:
    void keepAliveAll()
    {
        for (const Profile &profile : std::as_const(m_profiles)) {
            // A scheduled keep-alive is a new process: no access token in memory, so it
            // redeems the refresh token (and Entra rotates it).
            m_ws.broker().forget(profile.id);
            ++m_pending;
            m_ws.broker().accessToken(TokenKey::delegated(profile.id, QString(), m_pcResource),
                                      this, [this](const AccessTokenResult &r) {
                                          if (!r.ok()) {
                                              ++m_tally.keepAliveFailed;
                                              m_tally.noteReason(u"keep-alive"_s, r.message);
                                              if (r.message.contains(u"Secret Service"_s))
                                                  ++m_tally.keepAliveKeychain;
                                          } else if (!r.warning.isEmpty()) {
                                              ++m_tally.keepAliveWarning;
                                          } else {
                                              ++m_tally.keepAliveOk;
                                          }
                                          --m_pending;
                                          maybeQuit();
                                      });
        }
    }

    void nextHealthPass()
    {
        if (m_stopping)
            return maybeQuit();
        const Profile profile = m_profiles.at(m_tally.healthPasses % m_profiles.size());
        m_pcTokens = m_ws.broker().source(TokenKey::delegated(profile.id, QString(), m_pcResource));
        m_partnerCenter = std::make_unique<PartnerCenterClient>(
            m_ws.http(), m_cloud.endpoint(Service::PartnerCenter), *m_pcTokens);
        ++m_pending;
        m_partnerCenter->listCustomers(500, this, {}, [this, profile](const CustomerList &list) {
            --m_pending;
            if (!list.ok()) {
                ++m_tally.listFailed;
                m_tally.noteReason(u"customer list"_s, list.errorMessage());
                ++m_tally.healthPasses;
                return QTimer::singleShot(std::chrono::seconds(1), this,
                                          [this] { nextHealthPass(); });
            }
            checkCustomers(profile, list.customers);
        });
    }

    void checkCustomers(const Profile &profile, const QList<Customer> &customers)
    {
        const QString graph = m_cloud.resource(Service::Graph);
        const QString id = profile.id;
        m_check = std::make_unique<CustomerHealthCheck>(
            m_ws.http(), m_cloud.endpoint(Service::Graph),
            [this, id, graph](const QString &t) {
                return m_ws.broker().source(TokenKey::delegated(id, t, graph));
            },
            nullptr);
        m_check->setConcurrency(m_options.concurrency);
        ++m_pending;
        connect(m_check.get(), &CustomerHealthCheck::finished, this, [this] {
            const HealthCheckSummary s = m_check->summary();
            HealthCheckSummary &sum = m_tally.customers;
            sum.total += s.total;
            sum.ok += s.ok;
            sum.consentMissing += s.consentMissing;
            sum.noAccess += s.noAccess;
            sum.throttled += s.throttled;
            sum.failed += s.failed;
            sum.notChecked += s.notChecked;
            for (const CustomerHealth &health : m_check->results()) {
                if (health.checked && health.status != CustomerHealth::Status::Ok
                    && health.status != CustomerHealth::Status::ConsentMissing)
                    m_tally.noteReason(u"customer"_s, health.reason);
            }
            ++m_tally.healthPasses;
            --m_pending;
            QTimer::singleShot(0, this, [this] {
                m_check.reset();
                nextHealthPass();
            });
        });
        m_check->start(customers);
    }

    void startOutage()
    {
        if (m_stopping)
            return;
        print(u"soak_event t_s=%1 keyring=stopped"_s.arg(m_clock.elapsed() / 1000));
        m_keyring.stop();
        ++m_outageRunning;
        QTimer::singleShot(std::chrono::seconds(m_options.outageSeconds), this, [this] {
            const QString problem = m_keyring.start("soak");
            print(u"soak_event t_s=%1 keyring=%2"_s.arg(m_clock.elapsed() / 1000)
                      .arg(problem.isEmpty() ? u"started"_s : problem));
            ++m_tally.outagesDone;
            --m_outageRunning;
            maybeQuit();
        });
    }

    void maybeQuit()
    {
        if (m_stopping && m_pending == 0 && m_outageRunning == 0)
            m_loop.quit();
    }

    Workspace &m_ws;
    Test::KeyringDaemon &m_keyring;
    Options m_options;
    QList<Profile> m_profiles;
    Cloud m_cloud = m_profiles.constFirst().cloud().value();
    QString m_pcResource = m_cloud.resource(Service::PartnerCenter);
    std::unique_ptr<AccessTokenSource> m_pcTokens;
    std::unique_ptr<PartnerCenterClient> m_partnerCenter;
    std::unique_ptr<CustomerHealthCheck> m_check;
    Tally m_tally;
    QElapsedTimer m_clock;
    QEventLoop m_loop;
    bool m_stopping = false;
    int m_pending = 0;
    int m_outageRunning = 0;
};

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fault soak of the engine against the sandbox."_s);
    parser.addHelpOption();
    const auto option = [&parser](const QString &name, const QString &help, int value) {
        parser.addOption(QCommandLineOption(name, help, u"N"_s, QString::number(value)));
        return name;
    };
    Options o;
    option(u"seconds"_s, u"How long (600)."_s, o.seconds);
    option(u"customers"_s, u"Customers in the sandbox (500)."_s, o.customers);
    option(u"profiles"_s, u"Profiles, each with its own consent (2)."_s, o.profiles);
    option(u"outages"_s, u"Keyring outages (2)."_s, o.outages);
    option(u"outage-seconds"_s, u"Length of one outage (30)."_s, o.outageSeconds);
    option(u"keepalive-seconds"_s, u"Keep-alive interval per profile (20)."_s, o.keepAliveSeconds);
    option(u"concurrency"_s, u"Customers checked at a time (8)."_s, o.concurrency);
    option(u"seed"_s, u"Seed of the fault rolls (1)."_s, int(o.seed));
    parser.addOption(QCommandLineOption(u"no-faults"_s, u"No injected faults."_s));
    parser.addOption(QCommandLineOption(u"gui"_s, u"bench_guisoak to run beside."_s, u"PATH"_s));
    parser.process(app);
    const auto number = [&parser](const QString &name) { return parser.value(name).toInt(); };
    o.seconds = number(u"seconds"_s);
    o.customers = number(u"customers"_s);
    o.profiles = number(u"profiles"_s);
    o.outages = number(u"outages"_s);
    o.outageSeconds = number(u"outage-seconds"_s);
    o.keepAliveSeconds = number(u"keepalive-seconds"_s);
    o.concurrency = number(u"concurrency"_s);
    o.seed = quint32(number(u"seed"_s));
    o.faults = !parser.isSet(u"no-faults"_s);
    o.gui = parser.value(u"gui"_s);
    return o;
}

/// The fault mix. The 429s carry Retry-After 1, 3 or 8 s.
QJsonObject faultRules(quint32 seed)
{
    const auto rule = [](double p, int status, int retryAfter = 0) {
        QJsonObject r{{"path"_L1, u"/"_s}, {"probability"_L1, p}};
        if (status)
            r.insert("status"_L1, status);
        if (retryAfter)
            r.insert("retryAfter"_L1, retryAfter);
        return r;
    };
    QJsonObject drop = rule(0.01, 0);
    drop.insert("drop"_L1, true);
    QJsonObject malformed = rule(0.01, 0);
    malformed.insert("malformed"_L1, true);
    return QJsonObject{
        {"seed"_L1, double(seed)},
        {"faults"_L1, QJsonArray{rule(0.025, 429, 1), rule(0.015, 429, 3), rule(0.01, 429, 8),
                                 rule(0.02, 503), drop, malformed}}};
}

/// Adds a profile on the sandbox cloud with the demo web app and its secret, and runs the
/// partner consent for it (the sign-in forms walked over HTTP). Empty on success.
QString addConsentedProfile(Workspace &ws, SandboxTest::Client &control, const QString &cloudFile,
                            int n, QList<Profile> &out)
{
    Profile p;
    p.name = u"Soak %1"_s.arg(n);
    p.cloudId = u"custom"_s;
    p.customCloudFile = cloudFile;
    p.partnerTenant = Test::PartnerDomain;
    p.clientId = Test::WebAppId;
    p.credential = CredentialKind::Secret;
    p.protocol = Protocol::V2;
    const Expected<Profile> added = ws.profiles().add(p);
    if (!added)
        return added.error();
    QEventLoop loop;
    QObject context;
    std::optional<SecretResult> stored;
    ws.vault().storeClientSecret(added->id, Test::WebAppSecret, &context,
                                 [&](const SecretResult &r) {
                                     stored = r;
                                     loop.quit();
                                 });
    loop.exec();
    if (!stored->ok())
        return stored->message;
    ConsentFlow flow(ws.vault(), ws.http(), ws.clock(), nullptr);
    std::optional<ConsentResult> result;
    QObject::connect(&flow, &ConsentFlow::finished, &loop, [&](const ConsentResult &r) {
        result = r;
        loop.quit();
    });
    const Expected<QUrl> url = flow.start(added.value(), Test::ServiceUser);
    if (!url)
        return url.error();
    flow.complete(Test::browseSignIn(control, url.value(), Test::ServiceUser, Test::ServicePassword,
                                     Test::ServiceOtc)
                      .location);
    if (!result)
        loop.exec();
    if (!result->ok)
        return result->message;
    out.append(added.value());
    return QString();
}

/// What a new process finds: each profile's stored refresh token, redeemed by a workspace
/// with nothing in memory. Returns how many worked; prints the others.
int redeemableTokens(const Workspace::Options &options, const QList<Profile> &profiles)
{
    Workspace fresh(options);
    int redeemable = 0;
    for (const Profile &profile : profiles) {
        QEventLoop loop;
        QObject context;
        AccessTokenResult result;
        fresh.broker().accessToken(
            TokenKey::delegated(profile.id, QString(),
                                profile.cloud()->resource(Service::PartnerCenter)),
            &context, [&](const AccessTokenResult &r) {
                result = r;
                loop.quit();
            });
        loop.exec();
        if (result.ok() && result.warning.isEmpty())
            ++redeemable;
        else
            print(u"soak_lost profile=\"%1\" message=\"%2\""_s.arg(
                profile.name, result.ok() ? result.warning : result.message));
    }
    return redeemable;
}

/// Empty on success: a bus, a keyring and the environment pointing at them (before anything
/// in this process talks D-Bus, so libsecret and QtDBus connect there).
QString privateSession(const QTemporaryDir &scratch, Test::PrivateBus &bus,
                       std::unique_ptr<Test::KeyringDaemon> &keyring)
{
    for (const char *dir : {"data", "run", "config"}) {
        if (!QDir().mkdir(scratch.filePath(QString::fromLatin1(dir)),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            return u"cannot make the scratch folders"_s;
    }
    if (const QString problem = bus.start(); !problem.isEmpty())
        return problem;
    qputenv("DBUS_SESSION_BUS_ADDRESS", bus.address().toUtf8());
    qputenv("XDG_DATA_HOME", scratch.filePath(u"data"_s).toUtf8());
    qputenv("XDG_RUNTIME_DIR", scratch.filePath(u"run"_s).toUtf8());
    qputenv("XDG_CONFIG_HOME", scratch.filePath(u"config"_s).toUtf8());
    keyring = std::make_unique<Test::KeyringDaemon>(bus.address(), scratch.filePath(u"data"_s),
                                                    scratch.filePath(u"run"_s));
    return keyring->start("soak");
}

Sandbox::Scenario soakScenario(int customers)
{
    Sandbox::Scenario s = Sandbox::Scenario::demo();
    if (customers > s.customers.size())
        s.addGeneratedCustomers(customers - int(s.customers.size()));
    return s;
}

qint64 counter(SandboxTest::Client &control, const QString &name)
{
    return control.get(u"/_sandbox/counters"_s)
        .json()
        .value("counters"_L1)
        .toObject()
        .value(name)
        .toInteger();
}

int runSoak(const Options &o)
{
    QTemporaryDir scratch;
    Test::PrivateBus bus;
    std::unique_ptr<Test::KeyringDaemon> keyring;
    if (const QString problem = privateSession(scratch, bus, keyring); !problem.isEmpty()) {
        std::fprintf(stderr, "soak: no private keyring: %s\n", qPrintable(problem));
        return 2;
    }
    SandboxHost sandbox(soakScenario(o.customers), true);
    if (const QString error = sandbox.start(); !error.isEmpty()) {
        std::fprintf(stderr, "soak: sandbox: %s\n", qPrintable(error));
        return 2;
    }
    SandboxTest::Client control(sandbox.baseUrl());
    const QString cloudFile = scratch.filePath(u"sandbox-cloud.json"_s);
    QFile cloud(cloudFile);
    if (!cloud.open(QIODevice::WriteOnly)
        || cloud.write(control.get(u"/_sandbox/cloud.json"_s).body) <= 0)
        return 2;
    cloud.close();

    Workspace::Options options;
    options.configDir = scratch.filePath(u"config/pcauth"_s);
    options.keychainService = u"pcauth-soak-%1"_s.arg(QCoreApplication::applicationPid());
    options.policy.maxParallel = o.concurrency;
    Workspace ws(options);
    QList<Profile> profiles;
    for (int n = 1; n <= o.profiles; ++n) {
        if (const QString problem = addConsentedProfile(ws, control, cloudFile, n, profiles);
            !problem.isEmpty()) {
            std::fprintf(stderr, "soak: consent %d failed: %s\n", n, qPrintable(problem));
            return 2;
        }
    }
    control.send("DELETE"_ba, control.url(u"/_sandbox/counters"_s));
    if (o.faults
        && control.send("PUT"_ba, control.url(u"/_sandbox/faults"_s),
                        QJsonDocument(faultRules(o.seed)).toJson(), {}, "application/json"_ba)
                   .status
               != 200)
        return 2;

    print(u"soak seconds=%1 customers=%2 profiles=%3 outages=%4x%5s keepalive_s=%6 "
          "concurrency=%7 seed=%8 faults=%9"_s.arg(o.seconds)
              .arg(o.customers)
              .arg(o.profiles)
              .arg(o.outages)
              .arg(o.outageSeconds)
              .arg(o.keepAliveSeconds)
              .arg(o.concurrency)
              .arg(o.seed)
              .arg(o.faults ? u"on"_s : u"off"_s));
    QProcess gui;
    if (!o.gui.isEmpty()) {
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        gui.setProcessEnvironment(env);
        gui.start(o.gui, {u"--seconds"_s, QString::number(o.seconds)});
    }
    const qint64 rssStart = residentKiB();
    QElapsedTimer wall;
    wall.start();
    Soak soak(ws, *keyring, o, profiles);
    soak.run();
    const qint64 rssEnd = residentKiB();
    // Redemptions of a cancelled check still finish and store their rotated token (no
    // rotated token is dropped because nobody waits for it): let them, before the check.
    (void)QTest::qWaitFor(
        [&ws] { return ws.http().stats().inFlight == 0 && ws.http().stats().queued == 0; }, 120000);
    QTest::qWait(3000);

    if (!keyring->running())
        (void)keyring->start("soak");
    control.send("DELETE"_ba, control.url(u"/_sandbox/faults"_s));
    const int redeemable = redeemableTokens(options, profiles);
    const Tally &t = soak.tally();
    const HttpClient::Stats &h = ws.http().stats();
    const auto c = [&control](const QString &name) { return counter(control, name); };
    const qint64 early = c(u"retryAfter.early"_s);
    print(u"soak_http requests=%1 attempts=%2 retries=%3 throttled_429=%4 failures=%5 "
          "wall_s=%6"_s.arg(h.requests)
              .arg(h.attempts)
              .arg(h.retries)
              .arg(h.throttled)
              .arg(h.failures)
              .arg(wall.elapsed() / 1000));
    print(u"soak_faults sandbox_requests=%1 injected_429=%2 injected_503=%3 dropped=%4 "
          "malformed=%5 keyring_outages=%6"_s.arg(c(u"requests.total"_s))
              .arg(c(u"faults.status.429"_s))
              .arg(c(u"faults.status.503"_s))
              .arg(c(u"faults.drop"_s))
              .arg(c(u"faults.malformed"_s))
              .arg(t.outagesDone));
    print(
        u"soak_retry_after honoured=%1 early=%2 early_max_ms=%3"_s.arg(c(u"retryAfter.honoured"_s))
            .arg(early)
            .arg(c(u"retryAfter.earlyMaxMs"_s)));
    print(u"soak_tokens rotated=%1 keepalive_ok=%2 keepalive_warning=%3 keepalive_failed=%4 "
          "keepalive_failed_keychain=%5"_s.arg(c(u"tokens.refresh"_s))
              .arg(t.keepAliveOk)
              .arg(t.keepAliveWarning)
              .arg(t.keepAliveFailed)
              .arg(t.keepAliveKeychain));
    print(u"soak_customers passes=%1 list_failed=%2 checked=%3 ok=%4 consent_missing=%5 "
          "no_access=%6 throttled=%7 failed=%8 not_checked=%9"_s.arg(t.healthPasses)
              .arg(t.listFailed)
              .arg(t.customers.total)
              .arg(t.customers.ok)
              .arg(t.customers.consentMissing)
              .arg(t.customers.noAccess)
              .arg(t.customers.throttled)
              .arg(t.customers.failed)
              .arg(t.customers.notChecked));
    for (auto it = t.reasons.cbegin(); it != t.reasons.cend(); ++it)
        print(u"soak_reason count=%1 %2"_s.arg(it.value()).arg(it.key()));
    print(u"soak_rss engine_start_kib=%1 engine_end_kib=%2"_s.arg(rssStart).arg(rssEnd));
    int guiCode = 0;
    if (!o.gui.isEmpty()) {
        if (!gui.waitForFinished(180000))
            gui.kill();
        for (const QByteArray &line : gui.readAllStandardOutput().split('\n')) {
            if (line.startsWith("gui_rss "))
                print(QString::fromUtf8(line));
        }
        guiCode = gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : 3;
    }
    const bool pass = redeemable == profiles.size() && early == 0 && guiCode == 0;
    print(u"soak_result %1 refresh_tokens_redeemable=%2/%3 early_requests=%4 gui_exit=%5"_s
              .arg(pass ? u"PASS"_s : u"FAIL"_s)
              .arg(redeemable)
              .arg(profiles.size())
              .arg(early)
              .arg(guiCode));
    return pass ? 0 : 1;
}

} // namespace

} // namespace PCAuth::Bench

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The HTTP client's lines (method, redacted URL, status) would drown the figures.
    QLoggingCategory::setFilterRules(
        u"pcauth.*.debug=false\npcauth.*.info=false\npcauth.vault.keychain.warning=false"_s);
    return PCAuth::Bench::runSoak(PCAuth::Bench::parseOptions(app));
}
