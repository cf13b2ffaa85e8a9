// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The tray's access notices without a widget, on the embedded sandbox and the real keychain:
// one notice per report naming the first findings, each finding once a day (a ledger in the
// settings that survives a restart and holds no secret), again the next day, and a finding
// that newly enters its warning window.
#include "accessmonitor.h"
#include "accessnotices.h"
#include "guifixture.h"
#include "nowidgets.h"

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

class tst_AccessNotices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstReportNotifiesOnceADay();
    void nextDayNotifiesAgain();
    void findingEnteringItsWindowIsNotified();
    void okFindingsAreNeverNotified();
    void ledgerSurvivesARestartAndHoldsNoSecret();

private:
    QString profileId() const { return m_fixture.demoProfile().id; }
    AccessMonitor &access() { return m_fixture.services->access(); }
    /// Checks the demo profile's access and waits for its report.
    void check(bool customers = true)
    {
        QSignalSpy finished(&access(), &AccessMonitor::checkFinished);
        access().check(profileId(), customers);
        QVERIFY(finished.wait(60000));
        QVERIFY(access().report(profileId()));
    }
    /// The findings at Warning or Problem in the report, counted from it directly.
    int attentionCount()
    {
        const AccessReport *report = access().report(profileId());
        const auto count = [](const QList<AccessVerdict> &verdicts) {
            return int(std::count_if(verdicts.cbegin(), verdicts.cend(), [](const auto &v) {
                return v.status == AccessStatus::Warning || v.status == AccessStatus::Problem;
            }));
        };
        int n = count(report->profile);
        for (const CustomerAccess &c : report->customers)
            n += count(c.gdap) + count({c.consent.verdict});
        return n;
    }
    const CustomerAccess *customer(const QString &name)
    {
        const AccessReport *report = access().report(profileId());
        for (const CustomerAccess &c : report ? report->customers : QList<CustomerAccess>()) {
            if (c.customer.companyName == name)
                return &c;
        }
        return nullptr;
    }

    std::unique_ptr<ManualClock> m_clock;
    GuiFixture m_fixture;
};

void tst_AccessNotices::init()
{
    m_clock = std::make_unique<ManualClock>(startTime());
    const QString problem = m_fixture.start(0, m_clock.get());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_fixture.services->settings().setWarningDays(14);
    m_fixture.services->settings().setAccessNoticeLedger({});
    const ConsentResult consent = m_fixture.consent(m_fixture.demoProfile());
    QVERIFY2(consent.ok, qPrintable(consent.message));
}

void tst_AccessNotices::cleanup()
{
    if (m_fixture.services)
        m_fixture.services->settings().setAccessNoticeLedger({});
    m_fixture.stop();
}

void tst_AccessNotices::firstReportNotifiesOnceADay()
{
    AccessNotices notices(access(), m_fixture.services->settings(), *m_clock);
    QSignalSpy spy(&notices, &AccessNotices::notice);
    check();
    QCOMPARE(spy.size(), 1); // one notice for the whole report
    const QString title = spy.constFirst().at(1).toString();
    const QString message = spy.constFirst().at(2).toString();
    QCOMPARE(spy.constFirst().at(0).toString(), profileId());
    QVERIFY2(title.startsWith(u"Access: "_s) && title.endsWith(u" need attention"_s),
             qPrintable(title));
    // What is about to break first, soonest first (the demo's Blue Yonder Airlines ends in 2
    // days); then the worst of what is broken.
    QVERIFY2(message.startsWith(u"Blue Yonder Airlines: GDAP ends in 2 days; "_s
                                u"Northwind Traders: GDAP ends in 5 days; "_s
                                u"Contoso (sandbox): App secret expires in 10 days; and "_s),
             qPrintable(message));
    QCOMPARE(title, u"Access: %1 items need attention"_s.arg(attentionCount()));
    QVERIFY2(message.endsWith(u"; and %1 more"_s.arg(attentionCount() - 3)), qPrintable(message));

    // The same findings again the same day: nothing, however often the report comes.
    notices.evaluate(profileId());
    check();
    QCOMPARE(spy.size(), 1);
}

void tst_AccessNotices::nextDayNotifiesAgain()
{
    AccessNotices notices(access(), m_fixture.services->settings(), *m_clock);
    QSignalSpy spy(&notices, &AccessNotices::notice);
    check();
    QCOMPARE(spy.size(), 1);
    m_clock->advance(std::chrono::hours(12));
    notices.evaluate(profileId());
    m_clock->advance(std::chrono::hours(12)); // a day later: still unresolved, so again
    notices.evaluate(profileId());
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(1).toString(), spy.at(0).at(1).toString());
    QCOMPARE(spy.at(1).at(2).toString(), spy.at(0).at(2).toString());
}

void tst_AccessNotices::findingEnteringItsWindowIsNotified()
{
    AccessNotices notices(access(), m_fixture.services->settings(), *m_clock);
    QSignalSpy spy(&notices, &AccessNotices::notice);
    check();
    QCOMPARE(spy.size(), 1);
    const CustomerAccess *fabrikam = customer(u"Fabrikam"_s);
    QVERIFY(fabrikam && !fabrikam->relationships.isEmpty());
    QCOMPARE(fabrikam->status(), AccessStatus::Ok);
    const QString relationship = fabrikam->relationships.constFirst().id;
    // Fabrikam's relationship now ends in 3 days and does not extend by itself.
    const QDateTime end = m_clock->now().addDays(3).addSecs(-3600);
    const auto reply =
        m_fixture.client->postJson(u"/_sandbox/gdap/relationships/%1"_s.arg(relationship),
                                   QJsonObject{{u"endDateTime"_s, end.toString(Qt::ISODate)},
                                               {u"autoExtendDuration"_s, u"PT0S"_s}});
    QCOMPARE(reply.status, 200);
    check();
    QCOMPARE(spy.size(), 2);
    // Only the new finding: the others were notified today.
    QCOMPARE(spy.at(1).at(2).toString(), u"Fabrikam: GDAP ends in 3 days"_s);
    QVERIFY(spy.at(1).at(1).toString().contains(u"1 item"_s));
}

void tst_AccessNotices::okFindingsAreNeverNotified()
{
    AccessNotices notices(access(), m_fixture.services->settings(), *m_clock);
    QSignalSpy spy(&notices, &AccessNotices::notice);
    // No report yet: nothing to say.
    notices.evaluate(profileId());
    QCOMPARE(spy.size(), 0);
    check();
    QCOMPARE(spy.size(), 1);
    // Exactly the findings at Warning or Problem were notified: none of a customer whose
    // findings are all OK (the demo has no report without problems, see the other tests).
    const CustomerAccess *fabrikam = customer(u"Fabrikam"_s);
    QVERIFY(fabrikam);
    QCOMPARE(fabrikam->status(), AccessStatus::Ok);
    QVERIFY(!spy.constFirst().at(2).toString().contains(u"Fabrikam"_s));
    const QStringList ledger = m_fixture.services->settings().accessNoticeLedger();
    QCOMPARE(ledger.size(), attentionCount());
    for (const QString &entry : ledger)
        QVERIFY2(!entry.contains(fabrikam->customer.tenantId)
                     && !entry.contains(fabrikam->relationships.constFirst().id),
                 qPrintable(entry));
}

void tst_AccessNotices::ledgerSurvivesARestartAndHoldsNoSecret()
{
    auto notices =
        std::make_unique<AccessNotices>(access(), m_fixture.services->settings(), *m_clock);
    QSignalSpy spy(notices.get(), &AccessNotices::notice);
    check();
    QCOMPARE(spy.size(), 1);
    notices.reset();
    // A restart: new notices over new settings of the same store.
    AppSettings settings;
    AccessNotices again(access(), settings, *m_clock);
    QSignalSpy after(&again, &AccessNotices::notice);
    again.evaluate(profileId());
    QCOMPARE(after.size(), 0);
    m_clock->advance(days(1));
    again.evaluate(profileId());
    QCOMPARE(after.size(), 1);

    // The ledger names the findings by ids; no token or secret reaches the settings file.
    const QStringList ledger = settings.accessNoticeLedger();
    QVERIFY(!ledger.isEmpty());
    QVERIFY(std::any_of(ledger.cbegin(), ledger.cend(), [this](const QString &entry) {
        return entry.contains(profileId() + u"/consent/"_s);
    }));
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(written.contains("accessLedger"));
    const std::optional<RefreshTokenRecord> record = m_fixture.refreshTokenRecord(profileId());
    QVERIFY(record && !record->refreshToken.isEmpty());
    const QString accessToken = m_fixture.brokerToken(
        TokenKey::partnerCenter(profileId(), m_fixture.demoProfile().cloud().value()));
    QVERIFY(!accessToken.isEmpty());
    for (const QByteArray &secret :
         {record->refreshToken.toUtf8(), accessToken.toUtf8(),
          "Sandbox~Secret.NotASecret-0123456789abcdef"_ba, "NotASecret"_ba})
        QVERIFY2(!written.contains(secret), "a secret is in the settings file");
}

QTEST_GUILESS_MAIN(tst_AccessNotices)
#include "tst_accessnotices.moc"
