// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The work of "Grant consent…" without a widget, on the embedded sandbox and the real keychain
// with the demo profile consented: the preview is what goes to Partner Center, a customer
// without consent turns consented (and so does the Access view's report), a replace sends
// DELETE then POST, Partner Center's throttling is waited out, a refused request says why
// with its request id, and a cancel leaves the rest unsent with one finish.
#include "accessmonitor.h"
#include "consenttargets.h"
#include "grantconsentcontroller.h"
#include "guifixture.h"
#include "nowidgets.h"

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

using Outcome = ConsentGrantResult::Outcome;
using State = GrantConsentController::State;

class tst_GrantConsentController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ConsentResult consented = m_fixture.consent(m_fixture.demoProfile());
        QVERIFY2(consented.ok, qPrintable(consented.message));
    }

    void cleanup() { m_fixture.stop(); }

    void unknownProfileCannotGrant()
    {
        GrantConsentController controller(*m_fixture.services, u"no-such-profile"_s,
                                          {target(u"Wide World Importers"_s)});
        QVERIFY(!controller.problem().isEmpty());
        QVERIFY(controller.preview().isEmpty());
        QSignalSpy finished(&controller, &GrantConsentController::finished);
        controller.start();
        QCOMPARE(controller.state(), State::Preview);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
    }

    void previewIsWhatIsSent()
    {
        const ConsentTarget wwi = target(u"Wide World Importers"_s);
        ConsentTarget fabrikam = target(u"Fabrikam"_s);
        fabrikam.replace = true;
        QVERIFY(!consented(wwi.tenantId));
        QVERIFY(consented(fabrikam.tenantId));
        GrantConsentController controller(*m_fixture.services, m_fixture.demoProfile().id,
                                          {wwi, fabrikam});
        QVERIFY2(controller.problem().isEmpty(), qPrintable(controller.problem()));
        QCOMPARE(controller.scopes(), QStringList{u"Directory.Read.All"_s});
        QVERIFY(!controller.setScopes({u" "_s})); // nothing to grant is refused
        QVERIFY(controller.setScopes({u"Directory.Read.All"_s, u" User.Read.All "_s}));

        // One row per request, in order: the replace removes first.
        QAbstractItemModel *preview = controller.previewModel();
        QCOMPARE(preview->rowCount(), 3);
        QCOMPARE(controller.preview().size(), 3);
        const QString app = m_fixture.demoProfile().clientId;
        const QList<QStringList> expected{
            {u"Wide World Importers"_s, u"POST"_s,
             u"/v1/customers/%1/applicationconsents"_s.arg(wwi.tenantId)},
            {u"Fabrikam"_s, u"DELETE"_s,
             u"/v1/customers/%1/applicationconsents/%2"_s.arg(fabrikam.tenantId, app)},
            {u"Fabrikam"_s, u"POST"_s,
             u"/v1/customers/%1/applicationconsents"_s.arg(fabrikam.tenantId)}};
        for (int row = 0; row < 3; ++row)
            for (int column = 0; column < 3; ++column)
                QCOMPARE(preview->index(row, column).data().toString(),
                         expected.at(row).at(column));
        QCOMPARE(controller.previewBody(1), QString());
        const QJsonObject body =
            QJsonDocument::fromJson(controller.previewBody(0).toUtf8()).object();
        QCOMPARE(body.value(u"applicationId"_s).toString(), app);
        const QJsonObject grant = body.value(u"applicationGrants"_s).toArray().at(0).toObject();
        QCOMPARE(grant.value(u"enterpriseApplicationId"_s).toString(), ConsentGrantRun::GraphAppId);
        QCOMPARE(grant.value(u"scope"_s).toString(), u"Directory.Read.All,User.Read.All"_s);

        const auto counters = [this] { return m_fixture.sandbox().state.counters; };
        const auto before = counters();
        QSignalSpy finished(&controller, &GrantConsentController::finished);
        controller.start();
        QCOMPARE(controller.state(), State::Running);
        QVERIFY(!controller.setScopes({u"User.Read.All"_s})); // not while running
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(controller.state(), State::Done);

        // Partner Center got exactly the previewed requests: two consents, one removal, and
        // no other Partner Center request; the tenants hold the previewed grants.
        const auto after = counters();
        const auto delta = [&](const QString &key) { return after.value(key) - before.value(key); };
        QCOMPARE(delta(u"requests.pc"_s), 3);
        QCOMPARE(delta(u"pc.applicationConsents"_s), 2);
        QCOMPARE(delta(u"pc.applicationConsentsRemoved"_s), 1);
        for (const QString &tenant : {wwi.tenantId, fabrikam.tenantId}) {
            const Sandbox::Tenant *t = m_fixture.sandbox().scenario.findTenant(tenant);
            QVERIFY(t && t->consented(app));
            QCOMPARE(t->grantsOf(app).size(), 1);
            QCOMPARE(t->grantsOf(app).constFirst().resourceAppId, ConsentGrantRun::GraphAppId);
            QCOMPARE(t->grantsOf(app).constFirst().scope, u"Directory.Read.All User.Read.All"_s);
        }

        QAbstractItemModel *results = controller.resultsModel();
        QCOMPARE(results->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cell(controller, row, GrantConsentController::OutcomeColumn), u"Granted"_s);
            QCOMPARE(cell(controller, row, GrantConsentController::StatusColumn), u"201"_s);
            QCOMPARE(cell(controller, row, GrantConsentController::ConsentAfterColumn),
                     u"Consented"_s);
            QCOMPARE(cell(controller, row, GrantConsentController::RequestIdColumn),
                     controller.results().at(row).requestIds.constLast());
            QVERIFY(!cell(controller, row, GrantConsentController::RequestIdColumn).isEmpty());
        }
        QCOMPARE(controller.results().at(1).requestIds.size(), 2); // DELETE, then POST
        QCOMPARE(controller.progressText(), u"2 of 2 customers"_s);
        QCOMPARE(controller.summary(), u"2 granted. Re-check: 2 of 2 customers consented."_s);
    }

    void grantFixesTheAccessReport()
    {
        const QString profileId = m_fixture.demoProfile().id;
        AccessMonitor &access = m_fixture.services->access();
        QSignalSpy checked(&access, &AccessMonitor::checkFinished);
        access.check(profileId);
        QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 60000);
        const ConsentTarget wwi = target(u"Wide World Importers"_s);
        QCOMPARE(consentIn(profileId, wwi.tenantId), ConsentState::NoGrant);

        GrantConsentController controller(*m_fixture.services, profileId, {wwi});
        QCOMPARE(controller.progressText(), QString());
        QSignalSpy finished(&controller, &GrantConsentController::finished);
        QSignalSpy reportChanged(&access, &AccessMonitor::reportChanged);
        controller.start();
        QCOMPARE(controller.progressText(), u"0 of 1 customers"_s);
        QCOMPARE(cell(controller, 0, GrantConsentController::CustomerColumn),
                 u"Wide World Importers"_s);
        QCOMPARE(cell(controller, 0, GrantConsentController::OutcomeColumn), u"Waiting\u2026"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QCOMPARE(controller.results().at(0).outcome, Outcome::Granted);
        QCOMPARE(controller.results().at(0).after.state, ConsentState::Consented);
        QCOMPARE(cell(controller, 0, GrantConsentController::MessageColumn), u"Consent granted."_s);
        // The Access view's report shows it without a new check.
        QVERIFY(!access.isChecking(profileId));
        QCOMPARE(reportChanged.size(), 1);
        QCOMPARE(consentIn(profileId, wwi.tenantId), ConsentState::Consented);
    }

    void throttlingIsWaitedOut()
    {
        // One applicationconsents request per second: the burst is throttled.
        QVERIFY(m_fixture.putRateLimits(QJsonObject{
            {u"applicationConsents"_s, QJsonObject{{u"requests"_s, 1}, {u"perSeconds"_s, 1}}}}));
        const QList<ConsentTarget> targets = consentTargets(m_fixture, 3, true);
        QCOMPARE(targets.size(), 3);
        GrantConsentController controller(*m_fixture.services, m_fixture.demoProfile().id, targets);
        QStringList texts;
        connect(&controller, &GrantConsentController::progressChanged, &controller,
                [&] { texts.append(controller.progressText()); });
        QSignalSpy finished(&controller, &GrantConsentController::finished);
        const qint64 throttledBefore = m_fixture.services->http().stats().throttled;
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
        QVERIFY(m_fixture.services->http().stats().throttled > throttledBefore);
        for (const ConsentGrantResult &r : controller.results())
            QCOMPARE(r.outcome, Outcome::Granted);
        QVERIFY2(texts.contains(
                     u"0 of 3 customers \u2013 waiting for Partner Center (throttled)\u2026"_s)
                     || texts.contains(
                         u"1 of 3 customers \u2013 waiting for Partner Center (throttled)\u2026"_s)
                     || texts.contains(
                         u"2 of 3 customers \u2013 waiting for Partner Center (throttled)\u2026"_s),
                 qPrintable(texts.join(u" | "_s)));
        QVERIFY(!controller.throttled());
        QCOMPARE(m_fixture.sandbox().state.counters.value(u"retryAfter.early"_s), 0);
        QCOMPARE(controller.summary(), u"3 granted. Re-check: 3 of 3 customers consented."_s);
    }

    void refusalSaysWhyWithRequestId_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403") << 403;
        QTest::newRow("500") << 500;
    }

    void refusalSaysWhyWithRequestId()
    {
        QFETCH(int, status);
        const ConsentTarget wwi = target(u"Wide World Importers"_s);
        QVERIFY(m_fixture.putFault(
            QJsonObject{{u"path"_s, u"/customers/%1/applicationconsents"_s.arg(wwi.tenantId)},
                        {u"status"_s, status},
                        {u"times"_s, -1}}));
        GrantConsentController controller(*m_fixture.services, m_fixture.demoProfile().id, {wwi});
        QSignalSpy finished(&controller, &GrantConsentController::finished);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 90000);
        m_fixture.clearFaults();
        const ConsentGrantResult &r = controller.results().at(0);
        QCOMPARE(r.outcome, Outcome::Failed);
        QCOMPARE(r.status, status);
        QCOMPARE(cell(controller, 0, GrantConsentController::OutcomeColumn), u"Failed"_s);
        QCOMPARE(cell(controller, 0, GrantConsentController::StatusColumn),
                 QString::number(status));
        const QString message = cell(controller, 0, GrantConsentController::MessageColumn);
        QVERIFY2(message.contains(QString::number(status)), qPrintable(message));
        QVERIFY(!r.requestIds.isEmpty() && !r.requestIds.constLast().isEmpty());
        QCOMPARE(cell(controller, 0, GrantConsentController::RequestIdColumn),
                 r.requestIds.constLast());
        // Nothing was granted, and the re-check says so.
        QCOMPARE(cell(controller, 0, GrantConsentController::ConsentAfterColumn),
                 u"No admin consent"_s);
        QCOMPARE(controller.summary(), u"1 failed. Re-check: 0 of 1 customers consented."_s);
    }

    void cancelLeavesTheRestUnsent()
    {
        // Every Partner Center answer takes 3 s: at most MaxInFlight requests are on the wire
        // when the cancel comes; the rest are never sent (so their consent does not matter).
        QVERIFY(m_fixture.putFault(QJsonObject{
            {u"path"_s, u"/applicationconsents"_s}, {u"latencyMs"_s, 3000}, {u"times"_s, -1}}));
        const QList<ConsentTarget> targets =
            consentTargets(m_fixture, ConsentGrantRun::MaxInFlight + 4, false);
        QCOMPARE(targets.size(), ConsentGrantRun::MaxInFlight + 4);
        GrantConsentController controller(*m_fixture.services, m_fixture.demoProfile().id, targets);
        QSignalSpy finished(&controller, &GrantConsentController::finished);
        QSignalSpy stateChanged(&controller, &GrantConsentController::stateChanged);
        const qint64 pcBefore = m_fixture.sandbox().state.counters.value(u"requests.pc"_s);
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_fixture.sandbox().state.counters.value(u"requests.pc"_s) > pcBefore, 10000);
        controller.cancel();
        QCOMPARE(finished.size(), 0); // never inside cancel()
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(controller.state(), State::Cancelled);
        // A request written before the cancel may reach the sandbox a moment later; after
        // that, nothing more comes while the parked answers come and go.
        QTest::qWait(300);
        const qint64 pcSettled = m_fixture.sandbox().state.counters.value(u"requests.pc"_s);
        QTest::qWait(4000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_fixture.sandbox().state.counters.value(u"requests.pc"_s), pcSettled);

        int notSent = 0, failed = 0;
        for (int row = 0; row < targets.size(); ++row) {
            const QString outcome = cell(controller, row, GrantConsentController::OutcomeColumn);
            const QString message = cell(controller, row, GrantConsentController::MessageColumn);
            if (outcome == u"Not sent"_s) {
                ++notSent;
                QCOMPARE(message, u"Not sent: the grant was cancelled first."_s);
            } else {
                QCOMPARE(outcome, u"Failed"_s);
                QCOMPARE(message, u"Cancelled before an answer came. Partner Center may still have "
                                  "carried it out; check this customer again."_s);
                ++failed;
            }
            QCOMPARE(cell(controller, row, GrantConsentController::ConsentAfterColumn), QString());
        }
        // Those sent before the cancel failed; the others, at least 4, were never sent.
        QVERIFY(notSent >= 4);
        QVERIFY(failed <= ConsentGrantRun::MaxInFlight);
        QVERIFY(pcSettled - pcBefore <= failed);
        QCOMPARE(failed + notSent, targets.size());
        QCOMPARE(controller.summary(),
                 u"Cancelled: %1 failed, %2 not sent"_s.arg(failed).arg(notSent));
        m_fixture.clearFaults();
    }

private:
    ConsentTarget target(const QString &name) { return consentTarget(m_fixture, name); }

    bool consented(const QString &tenantId)
    {
        const Sandbox::Tenant *t = m_fixture.sandbox().scenario.findTenant(tenantId);
        return t && t->consented(m_fixture.demoProfile().clientId);
    }

    ConsentState consentIn(const QString &profileId, const QString &tenantId)
    {
        const AccessReport *report = m_fixture.services->access().report(profileId);
        if (!report)
            return ConsentState::NotChecked;
        for (const CustomerAccess &row : report->customers)
            if (row.customer.tenantId == tenantId)
                return row.consent.state;
        return ConsentState::NotChecked;
    }

    static QString cell(GrantConsentController &controller, int row, int column)
    {
        return controller.resultsModel()->index(row, column).data().toString();
    }

    GuiFixture m_fixture;
};

QTEST_GUILESS_MAIN(tst_GrantConsentController)
#include "tst_grantconsentcontroller.moc"
