// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The tray's logic, which works without a system tray (offscreen there is none): the worst
// status over all profiles, one notification per transition into the warning window or into
// a failure, and the keep-alive refresh while the app runs. On the embedded sandbox and the
// real keychain, with a ManualClock for the 90-day window.
#include "accessmonitor.h"
#include "accessnotices.h"
#include "guifixture.h"
#include "healthpresentation.h"
#include "session/customercheckrun.h"
#include "session/profileoperations.h"
#include "tray/trayicon.h"

#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QPalette>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;
using namespace std::chrono_literals;

class tst_Tray : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void worksWithoutASystemTray();
    void worstStatusFollowsTheProfiles();
    void warningWindowNotifiesOnce();
    void failureAfterOkNotifiesOnce();
    void keepAliveRefreshesEveryProfile();
    void keepAliveReportsFailures();
    void keepAliveKeepsCustomerTokens();
    void keepAliveRunsWhenDue();
    void engineChangesReachTheTray();
    void accessNoticeIsNotified();
    void accessChecksRunDaily();
    void badgeShowsTheStatusColour_data();
    void badgeShowsTheStatusColour();

private:
    void consent()
    {
        const ConsentResult result = m_fixture.consent(m_fixture.demoProfile());
        QVERIFY2(result.ok, qPrintable(result.message));
    }
    QDateTime lastRedeemedAt()
    {
        return m_fixture.services->broker().metadata(m_fixture.demoProfile().id).lastRedeemedAt;
    }

    std::unique_ptr<ManualClock> m_clock;
    GuiFixture m_fixture;
    std::unique_ptr<QMainWindow> m_window;
    TrayIcon *m_tray = nullptr;
};

void tst_Tray::init()
{
    m_clock = std::make_unique<ManualClock>(startTime());
    const QString problem = m_fixture.start(0, m_clock.get());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_fixture.services->settings().setWarningDays(14);
    m_fixture.services->settings().setTrayEnabled(true);
    m_window = std::make_unique<QMainWindow>();
    m_tray = new TrayIcon(*m_fixture.services, m_window.get());
}

void tst_Tray::cleanup()
{
    m_window.reset(); // and the tray with it
    m_tray = nullptr;
    m_fixture.stop();
}

void tst_Tray::worksWithoutASystemTray()
{
    // Offscreen there is no tray; the status is evaluated all the same.
    QCOMPARE(m_tray->isTrayVisible(), QSystemTrayIcon::isSystemTrayAvailable());
    QCOMPARE(m_tray->worstStatus(), HealthStatus::ConsentMissing);
    QCOMPARE(m_tray->toolTipText(), u"PCAuth: 1 Consent missing"_s);
    m_fixture.services->settings().setTrayEnabled(false);
    QVERIFY(!m_tray->isTrayVisible());
    QCOMPARE(m_tray->worstStatus(), HealthStatus::ConsentMissing);
}

void tst_Tray::worstStatusFollowsTheProfiles()
{
    QCOMPARE(m_tray->worstStatus(), HealthStatus::ConsentMissing);
    consent(); // the vault announces the consent (tokenChanged)
    QCOMPARE(m_tray->worstStatus(), HealthStatus::Healthy);
    QCOMPARE(m_tray->toolTipText(), u"PCAuth: 1 Healthy"_s);
    // A second profile without consent makes the whole picture red again.
    Profile second = m_fixture.demoProfile();
    second.name = u"Second partner"_s;
    const Expected<Profile> added = m_fixture.services->profiles().add(second);
    QVERIFY(added.ok());
    QCOMPARE(m_tray->worstStatus(), HealthStatus::ConsentMissing);
    QCOMPARE(m_tray->toolTipText(), u"PCAuth: 1 Consent missing, 1 Healthy"_s);
    QVERIFY(m_fixture.services->profiles().remove(added->id).ok());
    QCOMPARE(m_tray->worstStatus(), HealthStatus::Healthy);
    // Time alone moves a profile into its warning window.
    m_clock->advance(days(80));
    m_tray->evaluate();
    QCOMPARE(m_tray->worstStatus(), HealthStatus::ExpiringSoon);
    m_clock->advance(days(11));
    m_tray->evaluate();
    QCOMPARE(m_tray->worstStatus(), HealthStatus::Expired);
}

void tst_Tray::warningWindowNotifiesOnce()
{
    QSignalSpy notified(m_tray, &TrayIcon::notified);
    consent();
    QCOMPARE(m_tray->worstStatus(), HealthStatus::Healthy);
    QCOMPARE(notified.size(), 0); // becoming healthy is no news
    m_clock->advance(days(70));
    m_tray->evaluate();
    QCOMPARE(m_tray->worstStatus(), HealthStatus::Healthy); // 20 days left, warning at 14
    QCOMPARE(notified.size(), 0);
    m_clock->advance(days(10));
    m_tray->evaluate();
    QCOMPARE(m_tray->worstStatus(), HealthStatus::ExpiringSoon);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.constFirst().at(0).toString(), u"Token expires soon"_s);
    QCOMPARE(notified.constFirst().at(2).value<QSystemTrayIcon::MessageIcon>(),
             QSystemTrayIcon::Warning);
    const QString message = notified.constFirst().at(1).toString();
    QVERIFY2(message.startsWith(AppServices::sandboxProfileName() + u": about 10 days left"_s),
             qPrintable(message));
    // The next evaluations, a day later too, stay quiet.
    m_tray->evaluate();
    m_clock->advance(days(1));
    m_tray->evaluate();
    QCOMPARE(notified.size(), 1);
}

void tst_Tray::failureAfterOkNotifiesOnce()
{
    QSignalSpy notified(m_tray, &TrayIcon::notified);
    consent();
    QCOMPARE(
        m_fixture.client->postJson(u"/_sandbox/users/%1/revoke"_s.arg(ServiceUser), QJsonObject{})
            .status,
        200);
    QSignalSpy finished(m_tray, &TrayIcon::keepAliveFinished);
    m_tray->runKeepAlive(); // the redemption finds out
    QVERIFY(finished.wait(15000));
    QCOMPARE(m_tray->worstStatus(), HealthStatus::Revoked);
    QCOMPARE(notified.size(), 1);
    QCOMPARE(notified.constFirst().at(0).toString(), u"Token needs attention"_s);
    QCOMPARE(notified.constFirst().at(2).value<QSystemTrayIcon::MessageIcon>(),
             QSystemTrayIcon::Critical);
    QVERIFY(notified.constFirst().at(1).toString().startsWith(AppServices::sandboxProfileName()
                                                              + u": Revoked. "_s));
    m_tray->evaluate();
    QCOMPARE(notified.size(), 1);
}

void tst_Tray::keepAliveRefreshesEveryProfile()
{
    consent();
    const QDateTime before = lastRedeemedAt();
    m_clock->advance(std::chrono::hours(30));
    QSignalSpy finished(m_tray, &TrayIcon::keepAliveFinished);
    QSignalSpy changed(m_fixture.services.get(), &AppServices::tokenChanged);
    m_tray->runKeepAlive();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().at(0).toInt(), 1);
    QCOMPARE(finished.constFirst().at(1).toInt(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(lastRedeemedAt(), m_clock->now());
    QVERIFY(lastRedeemedAt() != before);
    // Again, although an access token is cached: keep-alive must reach Entra.
    m_clock->advance(60s);
    m_tray->runKeepAlive();
    QVERIFY(finished.wait(15000));
    QCOMPARE(lastRedeemedAt(), m_clock->now());
}

void tst_Tray::keepAliveReportsFailures()
{
    // No consent: nothing to refresh.
    QSignalSpy finished(m_tray, &TrayIcon::keepAliveFinished);
    m_tray->runKeepAlive();
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.constLast().at(0).toInt(), 0);
    QCOMPARE(finished.constLast().at(1).toInt(), 0);
    consent();
    const auto reply = m_fixture.client->send(
        "PUT"_ba, m_fixture.client->url(u"/_sandbox/faults"_s),
        R"({"faults":[{"path":"/token","status":400,"times":-1}]})"_ba, {}, "application/json"_ba);
    QCOMPARE(reply.status, 200);
    m_tray->runKeepAlive();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constLast().at(0).toInt(), 0);
    QCOMPARE(finished.constLast().at(1).toInt(), 1);
    m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s));
}

void tst_Tray::engineChangesReachTheTray()
{
    // No view announces anything: a check over every customer, a redemption made by any
    // caller, and a removal reach the tray through the engine's own signals.
    consent();
    QCOMPARE(m_tray->worstStatus(), HealthStatus::Healthy);
    const Profile profile = m_fixture.demoProfile();
    QSignalSpy changed(m_fixture.services.get(), &AppServices::tokenChanged);
    CustomerCheckRun run(m_fixture.services->broker(), m_fixture.services->http(), profile, 4,
                         nullptr);
    QSignalSpy finished(&run, &CustomerCheckRun::finished);
    QSignalSpy checked(&run, &CustomerCheckRun::customerChecked);
    run.start();
    QVERIFY(finished.wait(30000));
    QVERIFY2(checked.size() > 2, qPrintable(finished.constFirst().constFirst().toString()));
    QCOMPARE(changed.size(), 1); // one for the whole run, not one per customer

    const auto revoke =
        m_fixture.client->postJson(u"/_sandbox/users/%1/revoke"_s.arg(ServiceUser), QJsonObject{});
    QCOMPARE(revoke.status, 200);
    m_clock->advance(60s); // the error must come after the run's last success
    std::optional<AccessTokenResult> answer;
    m_fixture.services->broker().forgetPartnerTenant(profile.id);
    m_fixture.services->broker().accessToken(
        TokenKey::partnerCenter(profile.id, profile.cloud().value()), this,
        [&answer](const AccessTokenResult &result) { answer = result; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000);
    QVERIFY(!answer->ok());
    QCOMPARE(changed.size(), 2);
    QCOMPARE(m_tray->worstStatus(), HealthStatus::Revoked);

    // Removal, by the same operation the dashboard and pcauthctl use.
    QSignalSpy profilesChanged(m_fixture.services.get(), &AppServices::profilesChanged);
    std::optional<ProfileRemoval> removed;
    removeProfile(m_fixture.services->profiles(), m_fixture.services->vault(), profile.id, this,
                  [&removed](const ProfileRemoval &r) { removed = r; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
    QVERIFY2(removed->ok(), qPrintable(removed->message));
    QCOMPARE(profilesChanged.size(), 1);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(m_tray->toolTipText(), u"PCAuth: no profile yet"_s);
}

void tst_Tray::keepAliveKeepsCustomerTokens()
{
    // The same rule as "Refresh now" and `pcauthctl keepalive`: the partner token is
    // redeemed at Entra, the customers' cached tokens stay (else the next customer check
    // would redeem, rotate and store once per customer).
    consent();
    const Profile profile = m_fixture.demoProfile();
    QString customer;
    for (const Sandbox::Tenant &t : m_fixture.sandbox().scenario.customers) {
        if (t.consented(profile.clientId)) {
            customer = t.id;
            break;
        }
    }
    QVERIFY(!customer.isEmpty());
    const QString graph = profile.cloud()->resource(Service::Graph);
    const auto token = [this, &profile, &graph](const QString &tenant) {
        std::optional<AccessTokenResult> got;
        QObject context;
        m_fixture.services->broker().accessToken(TokenKey::delegated(profile.id, tenant, graph),
                                                 &context,
                                                 [&got](const AccessTokenResult &r) { got = r; });
        (void)QTest::qWaitFor([&got] { return got.has_value(); }, 15000);
        return got.value_or(AccessTokenResult());
    };
    QVERIFY(token(customer).ok());
    const auto redemptions = [this] {
        return m_fixture.sandbox().state.counters.value(u"token.grant.refresh_token"_s);
    };
    const qint64 before = redemptions();

    QSignalSpy finished(m_tray, &TrayIcon::keepAliveFinished);
    m_tray->runKeepAlive();
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.constFirst().at(0).toInt(), 1);
    QCOMPARE(redemptions(), before + 1); // the partner token, at Entra
    const AccessTokenResult again = token(customer);
    QVERIFY(again.ok());
    QCOMPARE(again.fromCache, true);
    QCOMPARE(redemptions(), before + 1);
}

void tst_Tray::keepAliveRunsWhenDue()
{
    m_fixture.services->settings().setKeepAliveWhileRunning(true);
    m_fixture.services->settings().setKeepAliveHours(24);
    QVERIFY(!m_tray->checkKeepAlive()); // no consent: nothing to keep alive
    consent();
    QVERIFY(!m_tray->checkKeepAlive()); // just used
    m_clock->advance(std::chrono::hours(23));
    QVERIFY(!m_tray->checkKeepAlive());
    m_clock->advance(std::chrono::hours(1));
    QSignalSpy finished(m_tray, &TrayIcon::keepAliveFinished);
    QVERIFY(m_tray->checkKeepAlive());
    QVERIFY(finished.wait(15000));
    QCOMPARE(lastRedeemedAt(), m_clock->now());
    // Switched off in the settings: nothing runs, however old the last use.
    m_fixture.services->settings().setKeepAliveWhileRunning(false);
    m_clock->advance(days(5));
    QVERIFY(!m_tray->checkKeepAlive());
    m_fixture.services->settings().setKeepAliveWhileRunning(true);
    QVERIFY(m_tray->checkKeepAlive());
    QVERIFY(finished.wait(15000));
}

void tst_Tray::badgeShowsTheStatusColour_data()
{
    QTest::addColumn<HealthStatus>("status");
    QTest::addRow("healthy") << HealthStatus::Healthy;
    QTest::addRow("expiring soon") << HealthStatus::ExpiringSoon;
    QTest::addRow("revoked") << HealthStatus::Revoked;
    QTest::addRow("unknown") << HealthStatus::Unknown;
}

void tst_Tray::badgeShowsTheStatusColour()
{
    QFETCH(HealthStatus, status);
    const QImage image = TrayIcon::badgeIcon(status).pixmap(QSize(32, 32)).toImage();
    QCOMPARE(image.size(), QSize(32, 32));
    // The badge's centre, bottom right.
    const QColor centre = image.pixelColor(24, 24);
    QCOMPARE(centre.rgb(), healthStatusColor(status, QApplication::palette()).rgb());
}

void tst_Tray::accessNoticeIsNotified()
{
    m_fixture.services->settings().setAccessNoticeLedger({});
    consent();
    QSignalSpy notified(m_tray, &TrayIcon::notified);
    QSignalSpy finished(&m_fixture.services->access(), &AccessMonitor::checkFinished);
    m_fixture.services->access().check(m_fixture.demoProfile().id);
    QVERIFY(finished.wait(60000));
    // One notification for the whole report, through the tray's notify path.
    QCOMPARE(notified.size(), 1);
    const QString title = notified.constFirst().at(0).toString();
    const QString message = notified.constFirst().at(1).toString();
    QVERIFY2(title.startsWith(u"Access: "_s), qPrintable(title));
    QVERIFY2(message.contains(u"Northwind Traders: GDAP ends in 5 days"_s), qPrintable(message));
    QVERIFY(message.contains(u"App secret expires in 10 days"_s));
    // Checked again the same day: no flood.
    finished.clear();
    m_fixture.services->access().check(m_fixture.demoProfile().id);
    QVERIFY(finished.wait(60000));
    QCOMPARE(notified.size(), 1);
    m_fixture.services->settings().setAccessNoticeLedger({});
}

void tst_Tray::accessChecksRunDaily()
{
    // No refresh token, nothing to check.
    QCOMPARE(m_tray->checkAccessDue(), QString());
    consent();
    const QString id = m_fixture.demoProfile().id;
    AccessMonitor &access = m_fixture.services->access();
    QSignalSpy finished(&access, &AccessMonitor::checkFinished);
    QCOMPARE(m_tray->checkAccessDue(), id);
    QVERIFY(access.isChecking(id));
    QCOMPARE(m_tray->checkAccessDue(), QString()); // one at a time
    QVERIFY(finished.wait(60000));
    QVERIFY(access.report(id));
    // Checked today: not again until a day has passed.
    m_clock->advance(std::chrono::hours(23));
    QCOMPARE(m_tray->checkAccessDue(), QString());
    m_clock->advance(std::chrono::hours(1));
    finished.clear();
    QCOMPARE(m_tray->checkAccessDue(), id);
    QVERIFY(finished.wait(60000));
    m_fixture.services->settings().setAccessNoticeLedger({});
}

QTEST_MAIN(tst_Tray)
#include "tst_tray.moc"
