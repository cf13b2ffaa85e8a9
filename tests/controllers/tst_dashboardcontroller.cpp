// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The dashboard's work without a widget, on the embedded sandbox and the real keychain:
// refresh now (the keep-alive: revoked, 503, missing keychain item, cancel), removal, the
// requests to other views, and the customer checks of a profile with their progress, failure
// and cancellation. What the page shows is the controller's state and signals.
#include "accessmonitor.h"
#include "accesssummary.h"
#include "dashboardcontroller.h"
#include "guifixture.h"
#include "nowidgets.h"
#include "session/workspace.h"
#include "token/jwt.h"
#include "vault/keychainstore.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;
using namespace std::chrono_literals;

using Work = DashboardController::Work;

class tst_DashboardController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refreshRecordsAUse();
    void refreshIsBusyUntilItEnds();
    void revokedUserKeepsTheRecord();
    void serviceUnavailableShowsTheErrorOnly();
    void missingKeychainItemIsExplained();
    void refreshCanBeCancelled();
    void unknownProfileIsRefused();
    void removeRemovesProfileAndKeychainItems();
    void requestsGoToTheOtherViews();
    void testCallSendsTheRowsCall();
    void inspectFetchesTheToken_data();
    void inspectFetchesTheToken();
    void checkCustomersListsAndChecks();
    void checkCustomersIsARefresh();
    void cliShowsTheSameFigures();
    void customerErrorStaysOnTheCustomer();
    void statusLineClearsWhenWorkEnds();
    void refreshNowKeepsCustomerTokens();
    void customerListFailureIsShown();
    void customerLoadingCanBeCancelled();
    void checkAccessFillsTheAccessColumn();
    void accessCheckCanBeCancelled();
    void removedProfileLosesItsAccessCheck();

private:
    QString profileId() const { return m_fixture.demoProfile().id; }
    void consent(const QString &user = ServiceUser, const QString &password = ServicePassword,
                 const QString &otc = ServiceOtc, bool acceptWithoutMfa = false)
    {
        const ConsentResult result =
            m_fixture.consent(m_fixture.demoProfile(), user, password, otc, acceptWithoutMfa);
        QVERIFY2(result.ok, qPrintable(result.message));
    }
    std::optional<RefreshTokenRecord> record(SecretResult::Status *status = nullptr)
    {
        return m_fixture.refreshTokenRecord(profileId(), status);
    }
    /// Waits for the next workFinished of `work` on the demo profile.
    bool waitFinished(QSignalSpy &finished, Work work, int timeoutMs = 15000)
    {
        const auto done = [&] {
            for (const QList<QVariant> &args : std::as_const(finished)) {
                if (args.at(1).value<Work>() == work)
                    return true;
            }
            return false;
        };
        return QTest::qWaitFor(done, timeoutMs);
    }
    int finishedCount(const QSignalSpy &finished, Work work) const
    {
        return int(
            std::count_if(finished.cbegin(), finished.cend(), [work](const QList<QVariant> &args) {
                return args.at(1).value<Work>() == work;
            }));
    }
    /// Checks the demo profile's customers and waits for the end of the run.
    QList<CustomerHealth> checkCustomers();

    std::unique_ptr<ManualClock> m_clock;
    GuiFixture m_fixture;
    std::unique_ptr<DashboardController> m_controller;
};

void tst_DashboardController::init()
{
    m_clock = std::make_unique<ManualClock>(startTime());
    const QString problem = m_fixture.start(0, m_clock.get());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_fixture.services->settings().setWarningDays(14);
    m_controller = std::make_unique<DashboardController>(*m_fixture.services);
}

void tst_DashboardController::cleanup()
{
    if (m_fixture.client)
        m_fixture.clearFaults();
    m_controller.reset();
    m_fixture.stop();
}

void tst_DashboardController::refreshRecordsAUse()
{
    consent();
    // Refresh now records a use: the last redemption becomes "now" and the window restarts.
    m_clock->advance(days(10));
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    QSignalSpy changed(m_fixture.services.get(), &AppServices::tokenChanged);
    m_controller->refreshNow(profileId());
    QVERIFY(waitFinished(finished, Work::Refresh));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().constFirst().toString(), profileId());
    QCOMPARE(m_fixture.services->broker().metadata(profileId()).lastRedeemedAt, m_clock->now());
    QCOMPARE(m_controller->lastError(profileId()), QString());
    QCOMPARE(m_controller->message(), QString());
    QVERIFY(changed.contains(QVariantList{profileId()}));
}

void tst_DashboardController::refreshIsBusyUntilItEnds()
{
    consent();
    QSignalSpy state(m_controller.get(), &DashboardController::profileStateChanged);
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    m_controller->refreshNow(profileId());
    QCOMPARE(m_controller->work(profileId()), Work::Refresh);
    QVERIFY(m_controller->isProfileBusy(profileId()));
    QVERIFY(m_controller->isBusy());
    QVERIFY(m_controller->isCancellable());
    QCOMPARE(m_controller->progressText(),
             u"Refreshing %1\u2026"_s.arg(AppServices::sandboxProfileName()));
    QVERIFY(state.contains(QVariantList{profileId()}));
    // A second refresh while one runs is refused: one answer, one end.
    m_controller->refreshNow(profileId());
    QVERIFY(waitFinished(finished, Work::Refresh));
    QTest::qWait(200);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_controller->work(profileId()), Work::None);
    QVERIFY(!m_controller->isBusy());
}

void tst_DashboardController::revokedUserKeepsTheRecord()
{
    consent();
    const std::optional<RefreshTokenRecord> before = record();
    QVERIFY(before);
    const auto revoke =
        m_fixture.client->postJson(u"/_sandbox/users/%1/revoke"_s.arg(ServiceUser), QJsonObject{});
    QCOMPARE(revoke.status, 200);
    QSignalSpy changed(m_fixture.services.get(), &AppServices::tokenChanged);
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    m_controller->refreshNow(profileId());
    QVERIFY(m_controller->isProfileBusy(profileId()));
    QVERIFY(waitFinished(finished, Work::Refresh));
    QVERIFY(!m_controller->isProfileBusy(profileId()));
    QVERIFY(!changed.isEmpty());
    QVERIFY2(m_controller->message().contains(u"AADSTS50173"_s),
             qPrintable(m_controller->message()));
    QCOMPARE(m_controller->lastError(profileId()), m_controller->message());
    const TokenMetadata meta = m_fixture.services->broker().metadata(profileId());
    QVERIFY(meta.lastError);
    QCOMPARE(meta.lastError->aadsts, 50173);
    // The controller never touches the stored token: it is still there, unchanged.
    const std::optional<RefreshTokenRecord> after = record();
    QVERIFY(after);
    QCOMPARE(after->refreshToken, before->refreshToken);
}

void tst_DashboardController::serviceUnavailableShowsTheErrorOnly()
{
    consent();
    const std::optional<RefreshTokenRecord> before = record();
    QVERIFY(before);
    QVERIFY(m_fixture.putFault(
        QJsonObject{{u"path"_s, u"/token"_s}, {u"status"_s, 503}, {u"times"_s, -1}}));
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    QSignalSpy message(m_controller.get(), &DashboardController::messageChanged);
    m_controller->refreshNow(profileId());
    QVERIFY(waitFinished(finished, Work::Refresh));
    QVERIFY(!m_controller->message().isEmpty());
    QVERIFY(!message.isEmpty());
    QCOMPARE(m_controller->lastError(profileId()), m_controller->message());
    const std::optional<RefreshTokenRecord> after = record();
    QVERIFY(after);
    QCOMPARE(after->refreshToken, before->refreshToken);
    QCOMPARE(after->lastRedeemedAt, before->lastRedeemedAt);
    // Once the service is back, the next refresh clears the message.
    m_fixture.clearFaults();
    finished.clear();
    m_controller->refreshNow(profileId());
    QVERIFY(waitFinished(finished, Work::Refresh));
    QCOMPARE(m_controller->lastError(profileId()), QString());
    QCOMPARE(m_controller->message(), QString());
    QCOMPARE(m_fixture.services->broker().metadata(profileId()).lastRedeemedAt, m_clock->now());
}

void tst_DashboardController::missingKeychainItemIsExplained()
{
    consent();
    // Someone deleted the item in the keychain (the index still says it is stored).
    QObject context;
    std::optional<SecretResult> removed;
    m_fixture.services->workspace().keychain().remove(
        m_fixture.services->vault().key(profileId(), SecretKind::RefreshToken), &context,
        [&removed](const SecretResult &r) { removed = r; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    m_controller->refreshNow(profileId());
    QVERIFY(waitFinished(finished, Work::Refresh));
    const QString message = m_controller->message();
    QVERIFY2(message.contains(u"although one was stored"_s), qPrintable(message));
    QVERIFY(message.contains(u"Run the partner consent for profile"_s));
    QCOMPARE(m_controller->lastError(profileId()), message);
}

void tst_DashboardController::refreshCanBeCancelled()
{
    consent();
    QVERIFY(m_fixture.putFault(QJsonObject{{u"path"_s, u"/token"_s}, {u"latencyMs"_s, 1500}}));
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    QSignalSpy changed(m_fixture.services.get(), &AppServices::tokenChanged);
    m_controller->refreshNow(profileId());
    QVERIFY(m_controller->isCancellable());
    m_controller->cancelWork();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.constFirst().at(1).value<Work>(), Work::Refresh);
    QVERIFY(!m_controller->isBusy());
    QCOMPARE(m_controller->lastError(profileId()), u"Cancelled."_s);
    // The broker's answer arrives later and is dropped: no second end, no message.
    QTest::qWait(2500);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_controller->message(), QString());
    QCOMPARE(m_controller->lastError(profileId()), u"Cancelled."_s);
    // The redemption itself went on (a rotated refresh token must be stored, cancelled or
    // not), and the engine says so once; the cancelled view shows nothing of it.
    QCOMPARE(changed.size(), 1);
}

void tst_DashboardController::unknownProfileIsRefused()
{
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    m_controller->refreshNow(u"no-such-profile"_s);
    QVERIFY(!m_controller->isBusy());
    QVERIFY(!m_controller->message().isEmpty());
    QCOMPARE(m_controller->lastError(u"no-such-profile"_s), m_controller->message());
    QCOMPARE(finished.size(), 0); // nothing started, nothing ends
}

void tst_DashboardController::removeRemovesProfileAndKeychainItems()
{
    consent();
    QVERIFY(record());
    const QString id = profileId();
    QSignalSpy profilesChanged(m_fixture.services.get(), &AppServices::profilesChanged);
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    m_controller->removeProfile(id);
    QCOMPARE(m_controller->work(id), Work::Removal);
    // Not cancellable: stopping half-way would leave keychain items without a profile.
    QVERIFY(!m_controller->isCancellable());
    m_controller->cancelWork();
    QCOMPARE(m_controller->work(id), Work::Removal);
    QVERIFY(waitFinished(finished, Work::Removal));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(profilesChanged.size(), 1);
    QCOMPARE(m_fixture.services->profiles().load().value().size(), 0);
    SecretResult::Status recordStatus = SecretResult::Status::Ok;
    QVERIFY(!m_fixture.refreshTokenRecord(id, &recordStatus));
    QCOMPARE(recordStatus, SecretResult::Status::NotFound);
    QCOMPARE(m_controller->message(), QString());
}

void tst_DashboardController::requestsGoToTheOtherViews()
{
    AppServices *services = m_fixture.services.get();
    QSignalSpy consentSpy(services, &AppServices::consentRequested);
    QSignalSpy testCallSpy(services, &AppServices::testCallRequested);
    m_controller->requestConsent(profileId());
    m_controller->requestConsent(QString());
    m_controller->requestTestCall(profileId());
    m_controller->requestTestCall(profileId(), u"tenant"_s);
    QCOMPARE(consentSpy.size(), 2);
    QCOMPARE(consentSpy.at(0).constFirst().toString(), profileId());
    QCOMPARE(consentSpy.at(1).constFirst().toString(), QString());
    QCOMPARE(testCallSpy.size(), 2);
    QCOMPARE(testCallSpy.at(0), (QVariantList{profileId(), QString()}));
    QCOMPARE(testCallSpy.at(1), (QVariantList{profileId(), u"tenant"_s}));
}

void tst_DashboardController::testCallSendsTheRowsCall()
{
    consent();
    QCOMPARE(checkCustomers().size(), 25);
    QString fabrikam;
    QString wwi;
    for (const Sandbox::Tenant &t : std::as_const(m_fixture.sandbox().scenario.customers)) {
        if (t.name == "Fabrikam"_L1)
            fabrikam = t.id;
        if (t.name == "Wide World Importers"_L1)
            wwi = t.id;
    }
    QSignalSpy answered(m_controller.get(), &DashboardController::testCallAnswered);
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    QSignalSpy console(m_fixture.services.get(), &AppServices::testCallRequested);
    const auto call = [&](const QString &tenant) {
        answered.clear();
        finished.clear();
        m_controller->testCall(profileId(), tenant);
        if (m_controller->work(profileId()) != Work::TestCall)
            return QList<QVariant>();
        if (!waitFinished(finished, Work::TestCall) || answered.size() != 1)
            return QList<QVariant>();
        return answered.constFirst();
    };
    // The partner's row: Partner Center's customers, with the partner's token.
    QList<QVariant> answer = call(QString());
    QCOMPARE(answer.size(), 4);
    QCOMPARE(answer.at(1).toString(), QString());
    QCOMPARE(answer.at(2).toInt(), 200);
    QString text = answer.at(3).toString();
    QVERIFY2(text.contains(u"GET "_s + m_fixture.services->sandboxUrl().toString()
                           + u"/pc/v1/customers?size=20"_s),
             qPrintable(text));
    QVERIFY2(text.contains(u"HTTP 200 OK"_s), qPrintable(text));
    QVERIFY2(text.contains(u"20 items: "_s), qPrintable(text));
    // A customer's row: Graph in its tenant.
    answer = call(fabrikam);
    QCOMPARE(answer.at(2).toInt(), 200);
    text = answer.at(3).toString();
    QVERIFY2(text.contains(u"/graph/v1.0/organization"_s), qPrintable(text));
    QVERIFY2(text.contains(u"1 items: Fabrikam"_s), qPrintable(text));
    // A customer without consent: no answer, and why; the profile is not blamed.
    answer = call(wwi);
    QCOMPARE(answer.at(2).toInt(), 0);
    QVERIFY2(answer.at(3).toString().contains(u"AADSTS65001"_s),
             qPrintable(answer.at(3).toString()));
    QCOMPARE(m_controller->lastError(profileId()), QString());
    QCOMPARE(m_controller->message(), QString());
    QCOMPARE(m_controller->progressText(), QString());
    QCOMPARE(console.size(), 0); // the console opens only when asked
}

void tst_DashboardController::inspectFetchesTheToken_data()
{
    QTest::addColumn<bool>("customer");
    QTest::addRow("partner") << false;
    QTest::addRow("customer") << true;
}

void tst_DashboardController::inspectFetchesTheToken()
{
    QFETCH(bool, customer);
    consent();
    QString tenant;
    if (customer) {
        checkCustomers();
        for (const Sandbox::Tenant &t : std::as_const(m_fixture.sandbox().scenario.customers)) {
            if (t.name == "Fabrikam"_L1)
                tenant = t.id;
        }
        QVERIFY(!tenant.isEmpty());
    }
    QSignalSpy inspect(m_fixture.services.get(), &AppServices::inspectTokenRequested);
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    m_controller->inspectToken(profileId(), tenant);
    QCOMPARE(m_controller->work(profileId()), Work::AccessToken);
    if (customer)
        QCOMPARE(m_controller->progressText(), u"Fetching the access token of Fabrikam\u2026"_s);
    QTRY_COMPARE(inspect.size(), 1);
    QCOMPARE(finishedCount(finished, Work::AccessToken), 1);
    const Expected<Jwt> jwt = Jwt::decode(inspect.constFirst().constFirst().toString());
    QVERIFY2(jwt.ok(), qPrintable(jwt.ok() ? QString() : jwt.error()));
    QCOMPARE(jwt->stringListClaim(u"aud"), QStringList{customer ? Graph : PartnerCenter});
    QCOMPARE(jwt->stringClaim(u"tid"), customer ? tenant : PartnerTenantId);
    QVERIFY(m_fixture.services->broker().metadata(profileId()).accessTokenExpiresAt.isValid());
}

QList<CustomerHealth> tst_DashboardController::checkCustomers()
{
    QList<CustomerHealth> results;
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    const QMetaObject::Connection connection =
        connect(m_controller.get(), &DashboardController::customerChecked, this,
                [&results](const QString &, int, const CustomerHealth &h) { results << h; });
    m_controller->checkCustomers(profileId());
    const bool done = waitFinished(finished, Work::CustomerCheck);
    disconnect(connection);
    if (!done)
        qWarning("the customer check did not finish");
    return results;
}

void tst_DashboardController::checkCustomersListsAndChecks()
{
    consent();
    QSignalSpy loading(m_controller.get(), &DashboardController::customersLoading);
    QSignalSpy listed(m_controller.get(), &DashboardController::customersListed);
    QSignalSpy doneSpy(m_controller.get(), &DashboardController::customersDone);
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    QList<CustomerHealth> results;
    connect(m_controller.get(), &DashboardController::customerChecked, this,
            [&results](const QString &, int, const CustomerHealth &h) { results << h; });
    m_controller->checkCustomers(profileId());
    QVERIFY(m_controller->isCheckingCustomers(profileId()));
    QVERIFY(m_controller->isBusy());
    QVERIFY(m_controller->isCancellable());
    QCOMPARE(loading.size(), 1);
    QCOMPARE(loading.constFirst().at(1).toString(),
             u"Reading the customers of %1\u2026"_s.arg(AppServices::sandboxProfileName()));
    m_controller->checkCustomers(profileId()); // one run per profile
    QVERIFY(waitFinished(finished, Work::CustomerCheck));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.constFirst().at(1).value<QList<Customer>>().size(), 25);
    QCOMPARE(results.size(), 25);
    QCOMPARE(doneSpy.size(), 1);
    QCOMPARE(doneSpy.constFirst(), (QVariantList{profileId(), QString()}));
    const auto health = [&results](const QString &name) {
        for (const CustomerHealth &h : std::as_const(results)) {
            if (h.name == name)
                return h;
        }
        return CustomerHealth();
    };
    QCOMPARE(health(u"Wide World Importers"_s).status, CustomerHealth::Status::ConsentMissing);
    QVERIFY(!health(u"Wide World Importers"_s).action.isEmpty());
    QCOMPARE(health(u"Fabrikam"_s).status, CustomerHealth::Status::Ok);
    // The summary says what was found; nothing runs any more.
    QVERIFY2(m_controller->progressText().startsWith(u"25 customers checked"_s),
             qPrintable(m_controller->progressText()));
    QVERIFY(!m_controller->isBusy());
    QVERIFY(!m_controller->isCheckingCustomers(profileId()));
    QCOMPARE(m_controller->progressMaximum(), 0);
    QCOMPARE(m_controller->message(), QString());
}

void tst_DashboardController::checkCustomersIsARefresh()
{
    consent();
    const auto figures = [this] {
        const TokenMetadata meta = m_fixture.services->broker().metadata(profileId());
        return healthFigures(meta, evaluateHealth(meta, m_fixture.services->clock()),
                             m_fixture.services->clock());
    };
    QCOMPARE(figures().daysLeft, u"90 days (estimate)"_s);
    QCOMPARE(figures().lastRefresh, u"not yet (consent just now)"_s);
    // Ten days on, a customer check redeems the refresh token in every customer tenant: each
    // is a refresh of the partner's token, the figures of its row say so.
    m_clock->advance(days(10));
    QCOMPARE(figures().daysLeft, u"80 days (estimate)"_s);
    QCOMPARE(checkCustomers().size(), 25);
    const HealthFigures after = figures();
    QCOMPARE(after.lastRefresh, u"just now"_s);
    QCOMPARE(after.daysLeft, u"90 days (estimate)"_s);
    // The customers were read with the partner's own Partner Center token.
    QVERIFY2(after.accessToken.startsWith(u"expires in "_s), qPrintable(after.accessToken));
    QCOMPARE(m_controller->lastError(profileId()), QString());
    // Stored once the run is over, not only held in memory: pcauthctl reads the same.
    QTRY_VERIFY(!m_fixture.services->broker().hasPendingTokens());
    const std::optional<RefreshTokenRecord> stored = record();
    QVERIFY(stored);
    QCOMPARE(stored->lastRedeemedAt, m_clock->now());
}

/// pcauthctl on the app's folder and keychain, as an admin runs it beside the window.
static QString runCtl(AppServices &services, const QStringList &arguments, int *exitCode)
{
    QProcess ctl;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PCAUTH_KEYCHAIN_SERVICE"_s, services.workspace().keychain().service());
    ctl.setProcessEnvironment(env);
    ctl.start(QStringLiteral(PCAUTHCTL_EXE),
              QStringList{u"--config-dir"_s, services.workspace().configDir()} + arguments);
    if (!ctl.waitForStarted())
        return QString();
    // The sandbox answers in this process: wait with its event loop running.
    if (!QTest::qWaitFor([&ctl] { return ctl.state() == QProcess::NotRunning; }, 60000))
        return u"pcauthctl did not end"_s;
    *exitCode = ctl.exitCode();
    return QString::fromUtf8(ctl.readAllStandardOutput() + ctl.readAllStandardError());
}

void tst_DashboardController::cliShowsTheSameFigures()
{
    consent();
    QCOMPARE(checkCustomers().size(), 25);
    const TokenMetadata meta = m_fixture.services->broker().metadata(profileId());
    const HealthFigures app = healthFigures(meta, evaluateHealth(meta, m_fixture.services->clock()),
                                            m_fixture.services->clock());
    QCOMPARE(app.lastRefresh, u"just now"_s);
    QCOMPARE(app.daysLeft, u"90 days (estimate)"_s);
    int code = -1;
    const QString token =
        runCtl(*m_fixture.services, {u"token"_s, u"--profile"_s, profileId()}, &code);
    QVERIFY2(code == 0, qPrintable(token));
    QVERIFY2(token.contains(u"Last refresh: "_s + app.lastRefresh + u'\n'), qPrintable(token));
    QVERIFY2(token.contains(u"Days left: "_s + app.daysLeft + u'\n'), qPrintable(token));
    const QString health =
        runCtl(*m_fixture.services, {u"health"_s, u"--profile"_s, profileId()}, &code);
    QVERIFY2(code == 0, qPrintable(health));
    QVERIFY2(health.contains(u"  Last refresh: just now\n"_s), qPrintable(health));
    QVERIFY2(health.contains(u"  Days left: 90 days (estimate)\n"_s), qPrintable(health));
    QVERIFY2(health.contains(u"  Access token: expires in "_s), qPrintable(health));
}

void tst_DashboardController::customerErrorStaysOnTheCustomer()
{
    consent();
    QCOMPARE(checkCustomers().size(), 25);
    QString wwi;
    for (const Sandbox::Tenant &t : std::as_const(m_fixture.sandbox().scenario.customers)) {
        if (t.name == "Wide World Importers"_L1)
            wwi = t.id;
    }
    QVERIFY(!wwi.isEmpty());
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    QSignalSpy customerState(m_controller.get(), &DashboardController::customerStateChanged);
    m_controller->inspectToken(profileId(), wwi);
    QVERIFY(waitFinished(finished, Work::AccessToken));
    // The customer has not consented to the app: its row says so...
    const QString error = m_controller->customerError(profileId(), wwi);
    QVERIFY2(error.contains(u"AADSTS65001"_s), qPrintable(error));
    QVERIFY(customerState.contains(QVariantList{profileId(), wwi}));
    // ...and nothing of it lands on the partner's profile: no last error, no banner, healthy.
    QCOMPARE(m_controller->lastError(profileId()), QString());
    QCOMPARE(m_controller->message(), QString());
    const TokenMetadata meta = m_fixture.services->broker().metadata(profileId());
    QVERIFY(!meta.lastError);
    QCOMPARE(evaluateHealth(meta, m_fixture.services->clock()).status, HealthStatus::Healthy);
    // Another customer's token still comes, and clears nothing but its own row.
    QString fabrikam;
    for (const Sandbox::Tenant &t : std::as_const(m_fixture.sandbox().scenario.customers)) {
        if (t.name == "Fabrikam"_L1)
            fabrikam = t.id;
    }
    finished.clear();
    m_controller->inspectToken(profileId(), fabrikam);
    QVERIFY(waitFinished(finished, Work::AccessToken));
    QCOMPARE(m_controller->customerError(profileId(), fabrikam), QString());
    QCOMPARE(m_controller->customerError(profileId(), wwi), error);
}

void tst_DashboardController::statusLineClearsWhenWorkEnds()
{
    consent();
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    // Success.
    m_controller->inspectToken(profileId());
    QVERIFY(m_controller->progressText().startsWith(u"Fetching the access token of"_s));
    QVERIFY(waitFinished(finished, Work::AccessToken));
    QCOMPARE(m_controller->progressText(), QString());
    // Failure.
    QVERIFY(m_fixture.putFault(
        QJsonObject{{u"path"_s, u"/token"_s}, {u"status"_s, 503}, {u"times"_s, -1}}));
    finished.clear();
    m_controller->refreshNow(profileId());
    QVERIFY(m_controller->progressText().startsWith(u"Refreshing"_s));
    QVERIFY(waitFinished(finished, Work::Refresh));
    QVERIFY(!m_controller->lastError(profileId()).isEmpty());
    QCOMPARE(m_controller->progressText(), QString());
    // Cancel.
    m_fixture.clearFaults();
    QVERIFY(m_fixture.putFault(QJsonObject{{u"path"_s, u"/token"_s}, {u"latencyMs"_s, 1500}}));
    m_controller->refreshNow(profileId());
    QVERIFY(!m_controller->progressText().isEmpty());
    m_controller->cancelWork();
    QCOMPARE(m_controller->progressText(), QString());
    QTest::qWait(2000); // the late answer brings nothing back
    QCOMPARE(m_controller->progressText(), QString());
}

void tst_DashboardController::refreshNowKeepsCustomerTokens()
{
    // "Refresh now" is the keep-alive (KeepAliveRun, as the tray and pcauthctl keepalive): the
    // partner token is redeemed at Entra, the customers' cached tokens stay.
    consent();
    QCOMPARE(checkCustomers().size(), 25);
    const auto counter = [this](const QString &name) {
        return m_fixture.sandbox().state.counters.value(name);
    };
    const qint64 before = counter(u"refresh.redeemed"_s);
    m_clock->advance(std::chrono::minutes(2));
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    m_controller->refreshNow(profileId());
    QVERIFY(waitFinished(finished, Work::Refresh));
    QCOMPARE(counter(u"refresh.redeemed"_s), before + 1);
    // Check the customers again: one listing and one request per customer (Graph with the
    // cached token, or a redemption refused for lack of consent), none redeemed anew.
    const qint64 requests = counter(u"requests.total"_s);
    QCOMPARE(checkCustomers().size(), 25);
    QVERIFY(counter(u"requests.total"_s) >= requests + 26);
    QCOMPARE(counter(u"refresh.redeemed"_s), before + 1);
}

void tst_DashboardController::customerListFailureIsShown()
{
    consent();
    QVERIFY(m_fixture.putFault(
        QJsonObject{{u"path"_s, u"/pc/v1/customers"_s}, {u"status"_s, 500}, {u"times"_s, -1}}));
    QSignalSpy doneSpy(m_controller.get(), &DashboardController::customersDone);
    QCOMPARE(checkCustomers().size(), 0);
    QCOMPARE(doneSpy.size(), 1);
    const QString problem = doneSpy.constFirst().at(1).toString();
    QVERIFY(!problem.isEmpty());
    QCOMPARE(m_controller->message(), problem);
    // The profile itself is not judged by a Partner Center failure.
    QCOMPARE(m_controller->lastError(profileId()), QString());
    // Checking again works once the service answers.
    m_fixture.clearFaults();
    QCOMPARE(checkCustomers().size(), 25);
}

void tst_DashboardController::customerLoadingCanBeCancelled()
{
    consent();
    QVERIFY(m_fixture.putFault(
        QJsonObject{{u"path"_s, u"/pc/v1/customers"_s}, {u"latencyMs"_s, 10000}}));
    QSignalSpy doneSpy(m_controller.get(), &DashboardController::customersDone);
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    m_controller->checkCustomers(profileId());
    QVERIFY(m_controller->isBusy());
    QVERIFY(m_controller->isCancellable());
    m_controller->cancelWork();
    QVERIFY(waitFinished(finished, Work::CustomerCheck, 5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(doneSpy.size(), 1);
    QCOMPARE(doneSpy.constFirst().at(1).toString(), u"Reading the customers was cancelled."_s);
    QCOMPARE(m_controller->message(), QString()); // the user's choice, no error
    QVERIFY(!m_controller->isBusy());
    QVERIFY(!m_controller->isCheckingCustomers(profileId()));
}

void tst_DashboardController::checkAccessFillsTheAccessColumn()
{
    consent();
    AccessMonitor &access = m_fixture.services->access();
    // Before any check the column says so, on the profile and on a customer.
    const AccessCell before = profileAccessCell(access.report(profileId()));
    QVERIFY(!before.checked);
    QCOMPARE(before.text, u"Not checked"_s);
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    QSignalSpy reports(&access, &AccessMonitor::reportChanged);
    QSignalSpy changed(m_controller.get(), &DashboardController::accessCheckChanged);
    m_controller->checkAccess(profileId());
    QVERIFY(m_controller->isCheckingAccess(profileId()));
    QVERIFY(m_controller->isBusy());
    QVERIFY(m_controller->isCancellable());
    QCOMPARE(changed.size(), 1);
    QVERIFY2(m_controller->progressText().startsWith(u"Checking the access of Contoso (sandbox)"_s),
             qPrintable(m_controller->progressText()));
    m_controller->checkAccess(profileId()); // one check per profile at a time
    QVERIFY(waitFinished(finished, Work::AccessCheck, 60000));
    QTest::qWait(100);
    QCOMPARE(finishedCount(finished, Work::AccessCheck), 1);
    QCOMPARE(reports.size(), 1);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!m_controller->isCheckingAccess(profileId()));
    QVERIFY(!m_controller->isBusy());

    const AccessReport *report = access.report(profileId());
    QVERIFY(report);
    // The profile row: the worst of everything and what it is about.
    const AccessCell profile = profileAccessCell(report);
    QVERIFY(profile.checked);
    QCOMPARE(profile.status, AccessStatus::Problem);
    const auto attention =
        std::count_if(report->customers.cbegin(), report->customers.cend(),
                      [](const CustomerAccess &c) { return c.status() >= AccessStatus::Warning; });
    QVERIFY(attention > 2); // the demo's Northwind, Wide World Importers and more
    QCOMPARE(
        profile.text,
        u"Problem: %1 customers need attention; App secret expires in 10 days"_s.arg(attention));
    // Its tooltip: the partner's findings in full, then a line per customer, worst first.
    QVERIFY2(profile.toolTip.startsWith(u"\u2022 The client secret \"pcauth-sandbox rotation "_s
                                        u"due\" of the app expires in 10 day"_s),
             qPrintable(profile.toolTip));
    QVERIFY(
        profile.toolTip.contains(u"\n\u2022 Wide World Importers: The app is not consented\n"_s));
    // Long lists end with a count, not a wall of text.
    QVERIFY(profile.toolTip.count(u'\n') <= 12);
    QVERIFY(profile.toolTip.contains(QRegularExpression(u"\u2026 and \\d+ more$"_s)));
    QCOMPARE(m_controller->progressText(), u"Access of Contoso (sandbox): "_s + profile.text);
    // The customer rows, by tenant id.
    const auto tenantOf = [report](const QString &name) {
        for (const CustomerAccess &c : report->customers) {
            if (c.customer.companyName == name)
                return c.customer.tenantId;
        }
        return QString();
    };
    const AccessCell northwind = customerAccessCell(report, tenantOf(u"Northwind Traders"_s));
    QCOMPARE(northwind.status, AccessStatus::Warning);
    QCOMPARE(northwind.text, u"Needs attention: GDAP ends in 5 days"_s);
    QVERIFY(northwind.toolTip.contains(u"will not extend automatically"_s));
    const AccessCell wwi = customerAccessCell(report, tenantOf(u"Wide World Importers"_s));
    QCOMPARE(wwi.status, AccessStatus::Problem);
    QCOMPARE(wwi.text, u"Problem: The app is not consented"_s);
    QVERIFY(!wwi.toolTip.isEmpty());
    const AccessCell fabrikam = customerAccessCell(report, tenantOf(u"Fabrikam"_s).toUpper());
    QCOMPARE(fabrikam.status, AccessStatus::Ok);
    QCOMPARE(fabrikam.text, u"OK"_s);
    // A tenant the check did not list is not invented.
    QVERIFY(!customerAccessCell(report, u"00000000-0000-0000-0000-000000000000"_s).checked);
}

void tst_DashboardController::accessCheckCanBeCancelled()
{
    consent();
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    m_controller->checkAccess(profileId());
    QVERIFY(m_controller->isCheckingAccess(profileId()));
    m_controller->cancelWork();
    QVERIFY(waitFinished(finished, Work::AccessCheck, 30000));
    QVERIFY(!m_controller->isCheckingAccess(profileId()));
    QVERIFY(!m_controller->isBusy());
    // What was learnt before the cancel is the report; the profile can be checked again.
    QVERIFY(m_fixture.services->access().report(profileId()));
    finished.clear();
    m_controller->checkAccess(profileId());
    QVERIFY(m_controller->isCheckingAccess(profileId()));
    QVERIFY(waitFinished(finished, Work::AccessCheck, 60000));
}

void tst_DashboardController::removedProfileLosesItsAccessCheck()
{
    consent();
    const QString id = profileId();
    AccessMonitor &access = m_fixture.services->access();
    QSignalSpy finished(m_controller.get(), &DashboardController::workFinished);
    QSignalSpy reports(&access, &AccessMonitor::reportChanged);
    m_controller->checkAccess(id);
    QVERIFY(access.isChecking(id));
    // Removed while its check runs: the check stops and no report of it comes back later.
    m_controller->removeProfile(id);
    QVERIFY(waitFinished(finished, Work::Removal));
    QVERIFY(waitFinished(finished, Work::AccessCheck));
    QVERIFY(!access.isChecking(id));
    QTest::qWait(1000);
    QVERIFY(!access.report(id));
    QVERIFY(!m_controller->isBusy());
}

QTEST_GUILESS_MAIN(tst_DashboardController)
#include "tst_dashboardcontroller.moc"
