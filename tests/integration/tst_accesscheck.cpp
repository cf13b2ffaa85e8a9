// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The access check and the bulk consent against the in-process sandbox's demo scenario
// (app/sandbox/README.md, "Access health"): real consents walked through the sign-in forms,
// the token broker over the real keychain, the sandbox's controls to move the facts.
#include "session/accesscheckrun.h"
#include "session/consentgrantrun.h"
#include "session/tokenbroker.h"
#include "sessionfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

const CustomerAccess *row(const AccessReport &report, const QString &name)
{
    for (const CustomerAccess &c : report.customers) {
        if (c.customer.companyName == name)
            return &c;
    }
    return nullptr;
}

const AccessVerdict *find(const QList<AccessVerdict> &verdicts, const QString &check)
{
    for (const AccessVerdict &v : verdicts) {
        if (v.check == check)
            return &v;
    }
    return nullptr;
}

QStringList checksOf(const QList<AccessVerdict> &verdicts)
{
    QStringList ids;
    for (const AccessVerdict &v : verdicts)
        ids << v.check;
    return ids;
}

} // namespace

class tst_AccessCheck : public QObject
{
    Q_OBJECT

    SessionFixture m_fx;
    std::unique_ptr<TokenBroker> m_broker;

    Profile consented(const QString &name, const QString &user = ServiceUser,
                      const QString &password = ServicePassword, const QString &otc = ServiceOtc)
    {
        const Profile profile = m_fx.addProfile(name, CredentialKind::Secret);
        const ConsentResult result = m_fx.consent(profile, user, password, otc);
        if (!result.ok)
            qWarning("consent: %s", qPrintable(result.message));
        return profile;
    }

    AccessReport check(const Profile &profile, AccessCheckOptions options = {},
                       int *finishedCount = nullptr)
    {
        AccessCheckRun run(*m_broker, *m_fx.http, Clock::system(), profile, options, nullptr);
        QSignalSpy finished(&run, &AccessCheckRun::finished);
        run.start();
        if (!finished.wait(60000))
            qWarning("TEST: the access check did not finish");
        QTest::qWait(50); // a second finished() would come now
        if (finishedCount)
            *finishedCount = int(finished.size());
        return run.report();
    }

    QString customerTenant(const QString &name) const
    {
        for (const Sandbox::Tenant &t : m_fx.server->context().scenario.customers) {
            if (t.name == name)
                return t.id;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        const QString error = m_fx.start(SessionFixture::Store::Keychain);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_broker =
            std::make_unique<TokenBroker>(*m_fx.profiles, *m_fx.vault, *m_fx.http, Clock::system());
    }
    void cleanup()
    {
        m_broker.reset();
        m_fx.cleanup();
    }

    void demoScenarioFacts()
    {
        const Profile profile = consented(u"Access"_s);
        QSignalSpy changed(m_broker.get(), &TokenBroker::tokenChanged);
        int finishedCount = 0;
        const AccessReport report = check(profile, {}, &finishedCount);
        QCOMPARE(finishedCount, 1);
        QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
        QVERIFY(report.customersChecked);
        QCOMPARE(report.customers.size(), 25);
        // Every customer's redemption rotated the refresh token: one announcement.
        QCOMPARE(changed.size(), 1);

        // Partner level: MFA proven by Partner Center, the secret that ends in 10 days.
        const AccessVerdict *mfa = find(report.profile, u"partner-center-mfa"_s);
        QVERIFY(mfa);
        QCOMPARE(mfa->status, AccessStatus::Ok);
        QCOMPARE(mfa->evidence.value(u"isMfaCompliant"_s).toBool(), true);
        const AccessVerdict *soon = find(report.profile, u"secret-expiring"_s);
        QVERIFY2(soon, qPrintable(checksOf(report.profile).join(u' ')));
        QCOMPARE(soon->status, AccessStatus::Warning);
        QCOMPARE(soon->evidence.value(u"daysLeft"_s).toInt(), 10);
        QCOMPARE(find(report.profile, u"redirect-uri"_s)->status, AccessStatus::Ok);
        QCOMPARE(find(report.profile, u"partner-grants"_s)->status, AccessStatus::Ok);
        QCOMPARE(find(report.profile, u"gdap-list"_s)->status, AccessStatus::Ok);

        // Northwind's relationship ends in 5 days and does not extend.
        const CustomerAccess *northwind = row(report, u"Northwind Traders"_s);
        QVERIFY(northwind);
        const AccessVerdict *ending = find(northwind->gdap, u"gdap-expiring"_s);
        QVERIFY2(ending, qPrintable(checksOf(northwind->gdap).join(u' ')));
        QCOMPARE(ending->status, AccessStatus::Warning);
        QCOMPARE(ending->evidence.value(u"daysLeft"_s).toInt(), 5);
        QCOMPARE(northwind->consent.state, ConsentState::Consented);
        QCOMPARE(northwind->status(), AccessStatus::Warning);

        QVERIFY(find(row(report, u"Lamna Healthcare"_s)->gdap, u"gdap-none"_s));
        QVERIFY(find(row(report, u"Proseware"_s)->gdap, u"gdap-global-administrator"_s));
        const AccessVerdict *pending =
            find(row(report, u"Litware"_s)->gdap, u"gdap-approval-pending"_s);
        QVERIFY(pending);
        QCOMPARE(pending->evidence.value(u"daysLeft"_s).toInt(), 10);
        QCOMPARE(worstStatus(row(report, u"Fabrikam"_s)->gdap), AccessStatus::Ok);
        QCOMPARE(row(report, u"Fabrikam"_s)->consent.state, ConsentState::Consented);

        // No consent: a consent finding, not a GDAP one.
        const CustomerAccess *wwi = row(report, u"Wide World Importers"_s);
        QCOMPARE(wwi->consent.state, ConsentState::NoGrant);
        QCOMPARE(wwi->consent.verdict.status, AccessStatus::Problem);
        QCOMPARE(worstStatus(wwi->gdap), AccessStatus::Ok);
    }

    void factsMoveWithTheSandbox()
    {
        const Profile profile = consented(u"Moving"_s);
        const AccessReport before = check(profile);
        const CustomerAccess *northwind = row(before, u"Northwind Traders"_s);
        QVERIFY(northwind && !northwind->relationships.isEmpty());
        const QString relationship = northwind->relationships.constFirst().id;
        QCOMPARE(m_fx.client
                     ->postJson(u"/_sandbox/gdap/relationships/%1"_s.arg(relationship),
                                QJsonObject{{u"autoExtendDuration"_s, u"P180D"_s}})
                     .status,
                 200);
        QCOMPARE(m_fx.client
                     ->postJson(u"/_sandbox/apps/%1/secrets/%2"_s.arg(
                                    WebAppId, find(before.profile, u"secret-expiring"_s)
                                                  ->evidence.value(u"keyId"_s)
                                                  .toString()),
                                QJsonObject{{u"endsInDays"_s, 0}})
                     .status,
                 200);
        AccessCheckOptions options;
        options.customers = false;
        const AccessReport after = check(profile, options);
        QVERIFY(!after.customersChecked);
        northwind = row(after, u"Northwind Traders"_s);
        QVERIFY(!find(northwind->gdap, u"gdap-expiring"_s));
        QCOMPARE(worstStatus(northwind->gdap), AccessStatus::Ok);
        QVERIFY(!find(after.profile, u"secret-expiring"_s));
        QVERIFY(find(after.profile, u"secret-expired"_s));
        // The consent was not checked this time.
        QVERIFY(northwind->consent.verdict.check.isEmpty());
    }

    void outsideAdminAgentsIsWarnedNotNoRelationship()
    {
        const Profile profile =
            consented(u"Helpdesk"_s, HelpdeskUser, HelpdeskPassword, HelpdeskOtc);
        AccessCheckOptions options;
        options.customers = false;
        const AccessReport report = check(profile, options);
        QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
        const AccessVerdict *empty = find(report.profile, u"gdap-list-empty"_s);
        QVERIFY2(empty, qPrintable(checksOf(report.profile).join(u' ')));
        QCOMPARE(empty->status, AccessStatus::Warning);
        QVERIFY(empty->reason.contains(u"Admin Agents"_s));
        for (const CustomerAccess &c : report.customers) {
            QVERIFY2(!find(c.gdap, u"gdap-none"_s), qPrintable(c.customer.companyName));
            QCOMPARE(c.gdap.constFirst().check, u"gdap-unknown"_s);
        }
    }

    void grantConsentThenGreen()
    {
        const Profile profile = consented(u"Grant"_s);
        const QString wwi = customerTenant(u"Wide World Importers"_s);
        const QString fabrikam = customerTenant(u"Fabrikam"_s);
        QVERIFY(!wwi.isEmpty() && !fabrikam.isEmpty());

        ConsentGrantRun run(*m_broker, *m_fx.http, profile, nullptr);
        const QList<ConsentTarget> targets{{wwi, u"Wide World Importers"_s, false},
                                           {fabrikam, u"Fabrikam"_s, true}};
        const QList<PlannedRequest> planned = run.preview(targets);
        QCOMPARE(planned.size(), 3);
        QCOMPARE(planned[0].method, "POST"_ba);
        QCOMPARE(planned[0].path, u"/v1/customers/%1/applicationconsents"_s.arg(wwi));
        QCOMPARE(
            QJsonDocument::fromJson(planned[0].body).object().value(u"applicationId"_s).toString(),
            WebAppId);
        QCOMPARE(planned[1].method, "DELETE"_ba);
        QCOMPARE(planned[1].path,
                 u"/v1/customers/%1/applicationconsents/%2"_s.arg(fabrikam, WebAppId));
        QCOMPARE(planned[2].method, "POST"_ba);

        const qint64 removedBefore =
            m_fx.server->context().state.counters.value(u"pc.applicationConsentsRemoved"_s);
        QSignalSpy finished(&run, &ConsentGrantRun::finished);
        run.start(targets);
        QVERIFY(finished.wait(60000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        for (const ConsentGrantResult &r : run.results()) {
            QCOMPARE(r.outcome, ConsentGrantResult::Outcome::Granted);
            QCOMPARE(r.after.state, ConsentState::Consented);
            QCOMPARE(r.after.verdict.status, AccessStatus::Ok);
        }
        QCOMPARE(run.results()[1].requestIds.size(), 2);
        QCOMPARE(run.results()[1].after.grantedScopes, QStringList{u"Directory.Read.All"_s});
        QCOMPARE(m_fx.server->context().state.counters.value(u"pc.applicationConsentsRemoved"_s),
                 removedBefore + 1);

        // The next access check agrees.
        const AccessReport report = check(profile);
        QCOMPARE(row(report, u"Wide World Importers"_s)->consent.state, ConsentState::Consented);
    }

    void grantWithoutReplaceOnConsentedFails()
    {
        const Profile profile = consented(u"Conflict"_s);
        ConsentGrantRun run(*m_broker, *m_fx.http, profile, nullptr);
        run.setRecheck(false);
        QSignalSpy finished(&run, &ConsentGrantRun::finished);
        run.start({{customerTenant(u"Fabrikam"_s), u"Fabrikam"_s, false}});
        QVERIFY(finished.wait(30000));
        QCOMPARE(run.results()[0].outcome, ConsentGrantResult::Outcome::Failed);
        QCOMPARE(run.results()[0].status, 409);
        QVERIFY(run.results()[0].message.contains(u"replace"_s));
        QCOMPARE(run.results()[0].after.verdict.check, QString()); // no re-check
    }

    void throttledGrantsAreRetriedAfterRetryAfter()
    {
        const Profile profile = consented(u"Throttled"_s);
        // One request per second for applicationconsents: the burst is throttled and waited out.
        const SandboxTest::Reply limited = m_fx.client->send(
            "PUT"_ba, m_fx.client->url(u"/_sandbox/ratelimits"_s),
            QJsonDocument(QJsonObject{{u"applicationConsents"_s,
                                       QJsonObject{{u"requests"_s, 1}, {u"perSeconds"_s, 1}}}})
                .toJson(QJsonDocument::Compact),
            {}, "application/json"_ba);
        QCOMPARE(limited.status, 200);
        QList<ConsentTarget> targets;
        for (const QString &name : {u"Wide World Importers"_s, u"Fourth Coffee"_s})
            targets.append({customerTenant(name), name, false});
        ConsentGrantRun run(*m_broker, *m_fx.http, profile, nullptr);
        QSignalSpy finished(&run, &ConsentGrantRun::finished);
        run.start(targets);
        QVERIFY(finished.wait(60000));
        for (const ConsentGrantResult &r : run.results())
            QCOMPARE(r.outcome, ConsentGrantResult::Outcome::Granted);
        QVERIFY(m_fx.http->stats().throttled >= 1);
        QCOMPARE(m_fx.server->context().state.counters.value(u"retryAfter.early"_s), 0);
    }

    void cancelEndsOnce()
    {
        const Profile profile = consented(u"Cancel"_s);
        AccessCheckRun run(*m_broker, *m_fx.http, Clock::system(), profile, {}, nullptr);
        QSignalSpy finished(&run, &AccessCheckRun::finished);
        run.start();
        QVERIFY(run.isRunning());
        run.cancel();
        QCOMPARE(finished.size(), 0); // never inside cancel()
        QVERIFY(finished.wait(10000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        QVERIFY(run.wasCancelled());
        QVERIFY(!run.report().customersChecked);
    }
};

QTEST_GUILESS_MAIN(tst_AccessCheck)
#include "tst_accesscheck.moc"
