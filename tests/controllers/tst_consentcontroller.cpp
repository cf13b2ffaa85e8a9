// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The consent's sign-in without a widget or a browser engine: ConsentController on the app's
// sandbox services and the real keychain, the test acting as the browser over HTTP. It walks
// the whole consent (stages, the saving phase that cannot be cancelled, the token in the
// keychain, MFA evidence) and the ways it fails, each with the message a user sees and the
// last good refresh token left as it was.
#include "awaitsecret.h"
#include "consentcontroller.h"
#include "guifixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

using Stage = ConsentController::Stage;

class tst_ConsentController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_demo = m_fixture.demoProfile();
        QVERIFY(!m_demo.id.isEmpty());
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void init() { m_controller = std::make_unique<ConsentController>(*m_fixture.services); }

    void cleanup()
    {
        m_controller.reset();
        (void)m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s));
    }

    void startsIdleWithNothingToCancel()
    {
        QCOMPARE(m_controller->stage(), Stage::Idle);
        QVERIFY(!m_controller->canCancel());
        QVERIFY(!m_controller->isBusy());
        QCOMPARE(m_controller->secondsLeft(), 0);
        QVERIFY(!m_controller->lastResult());
    }

    // Runs first among the consents: the later tests compare against the token stored here.
    void embeddedConsentRedeemsThenStores()
    {
        QSignalSpy embedded(m_controller.get(), &ConsentController::embeddedBrowserRequested);
        QSignalSpy system(m_controller.get(), &ConsentController::systemBrowserRequested);
        QSignalSpy finished(m_controller.get(), &ConsentController::finished);
        QSignalSpy tokenChanged(m_fixture.services.get(), &AppServices::tokenChanged);
        QList<Stage> stages;
        QString savingStatus;
        bool cancelWhileSaving = true;
        connect(m_controller.get(), &ConsentController::stageChanged, this, [&](Stage stage) {
            if (stages.isEmpty() || stages.constLast() != stage)
                stages << stage;
            if (stage == Stage::Redeeming) {
                savingStatus = m_controller->statusText();
                cancelWhileSaving = m_controller->canCancel();
                m_controller->cancel(); // the token is on its way: this must do nothing
                QVERIFY(m_controller->isBusy());
            }
        });

        m_controller->start(m_demo.id);
        QCOMPARE(m_controller->profileId(), m_demo.id);
        QCOMPARE(m_controller->stage(), Stage::Waiting);
        QVERIFY(m_controller->canCancel());
        QVERIFY(m_controller->secondsLeft() > 590 && m_controller->secondsLeft() <= 600);
        QCOMPARE(embedded.size(), 1);
        QCOMPARE(system.size(), 0);
        const QUrl url = embedded.constFirst().at(0).toUrl();
        const QUrl redirectUri = embedded.constFirst().at(1).toUrl();
        QCOMPARE(url, m_controller->signInUrl());
        QCOMPARE(redirectUri, QUrl(m_demo.redirectUri));

        const BrowserResult browsed =
            browseSignIn(*m_fixture.client, url, ServiceUser, ServicePassword, ServiceOtc);
        QVERIFY2(browsed.location.isValid(), qPrintable(browsed.pages.join(u", "_s)));
        m_controller->complete(browsed.location);
        // The redirect is in: from now on nothing may cancel the attempt.
        QVERIFY(!m_controller->canCancel());
        QCOMPARE(m_controller->secondsLeft(), 0);
        m_controller->cancel();
        m_controller->complete(browsed.location); // a second answer is ignored
        QVERIFY(finished.isEmpty());

        QVERIFY(finished.wait(20000));
        QCOMPARE(stages, (QList<Stage>{Stage::Waiting, Stage::Redeeming, Stage::Done}));
        QVERIFY2(savingStatus.startsWith(u"Signed in. Saving\u2026"_s), qPrintable(savingStatus));
        QVERIFY(!cancelWhileSaving);
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        const auto result = finished.constFirst().constFirst().value<ConsentResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.upn, ServiceUser);
        QCOMPARE(result.tenant, PartnerTenantId);
        QCOMPARE(result.mfa, MfaEvidence::Present);
        QCOMPARE(result.storedIn, m_fixture.services->vault().backendName());
        QVERIFY(m_controller->resultOk());
        QCOMPARE(m_controller->resultMessage(), result.message);
        QCOMPARE(m_controller->stage(), Stage::Done);
        QVERIFY(!m_controller->isBusy());
        QVERIFY(tokenChanged.contains(QVariantList{m_demo.id}));

        const std::optional<RefreshTokenRecord> record = storedRecord();
        QVERIFY(record);
        QVERIFY(!record->refreshToken.isEmpty());
        QCOMPARE(record->upn, ServiceUser);
        QCOMPARE(record->mfa, MfaEvidence::Present);
        QVERIFY(!record->acceptedWithoutMfa);
        QCOMPARE(record->obtainedVia, u"consent-embedded"_s);
        m_goodToken = record->refreshToken;
    }

    void failuresKeepTheLastGoodToken_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("expected"); // the message starts with this

        QTest::addRow("cancelled while signing in")
            << u"cancel"_s << u"The consent was cancelled; nothing was stored."_s;
        QTest::addRow("wrong state in the redirect")
            << u"state"_s << u"The answer's state does not match this sign-in"_s;
        QTest::addRow("access denied")
            << u"denied"_s
            << u"The sign-in was cancelled or the consent was declined (access_denied)."_s;
        QTest::addRow("timeout")
            << u"timeout"_s
            << u"The sign-in was not finished within 1 second, so it was stopped; nothing was "
               "stored. Choose Try again when you are ready to sign in."_s;
    }

    void failuresKeepTheLastGoodToken()
    {
        QFETCH(QString, how);
        QFETCH(QString, expected);
        QVERIFY2(!m_goodToken.isEmpty(), "embeddedConsentRedeemsThenStores must run first");
        QSignalSpy embedded(m_controller.get(), &ConsentController::embeddedBrowserRequested);
        QSignalSpy finished(m_controller.get(), &ConsentController::finished);
        QSignalSpy tokenChanged(m_fixture.services.get(), &AppServices::tokenChanged);
        QSignalSpy stages(m_controller.get(), &ConsentController::stageChanged);
        if (how == "timeout"_L1)
            m_controller->setSignInTimeout(std::chrono::seconds(1));

        m_controller->start(m_demo.id);
        QCOMPARE(embedded.size(), 1);
        const QUrl url = embedded.constFirst().at(0).toUrl();
        const QUrl redirectUri = embedded.constFirst().at(1).toUrl();
        if (how == "cancel"_L1) {
            m_controller->cancel();
        } else if (how == "state"_L1) {
            const BrowserResult browsed =
                browseSignIn(*m_fixture.client, url, ServiceUser, ServicePassword, ServiceOtc);
            QVERIFY2(browsed.location.isValid(), qPrintable(browsed.pages.join(u", "_s)));
            QUrl forged = browsed.location;
            QUrlQuery query(forged);
            QVERIFY(query.hasQueryItem(u"state"_s));
            query.removeAllQueryItems(u"state"_s);
            query.addQueryItem(u"state"_s, u"not-the-state-of-this-sign-in"_s);
            forged.setQuery(query);
            m_controller->complete(forged);
        } else if (how == "denied"_L1) {
            QUrl answer = redirectUri;
            QUrlQuery query;
            query.addQueryItem(u"error"_s, u"access_denied"_s);
            query.addQueryItem(u"error_description"_s, u"The user declined."_s);
            query.addQueryItem(u"state"_s, QUrlQuery(url).queryItemValue(u"state"_s));
            answer.setQuery(query);
            m_controller->complete(answer);
        }
        // A cancel ends the flow at once; the others answer from the event loop.
        if (finished.isEmpty())
            QVERIFY(finished.wait(how == "timeout"_L1 ? 5000 : 10000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1);
        const auto result = finished.constFirst().constFirst().value<ConsentResult>();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.startsWith(expected), qPrintable(result.message));
        QVERIFY(!result.message.contains(u"code="_s));
        QCOMPARE(m_controller->stage(), Stage::Failed);
        QCOMPARE(m_controller->resultMessage(), result.message);
        QVERIFY(!m_controller->resultOk());
        QVERIFY(!m_controller->canCancel());
        QCOMPARE(m_controller->secondsLeft(), 0);
        for (const QList<QVariant> &stage : std::as_const(stages))
            QVERIFY(stage.constFirst().value<Stage>() != Stage::Redeeming);
        QVERIFY(tokenChanged.isEmpty());

        const std::optional<RefreshTokenRecord> record = storedRecord();
        QVERIFY(record);
        QCOMPARE(record->refreshToken, m_goodToken);
    }

    void tokenWithoutMfaIsKeptOnlyWhenAccepted()
    {
        // Refused unless accepted...
        ConsentResult refused = consentAs(NoMfaUser, NoMfaPassword, false);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(u"multi-factor authentication"_s, Qt::CaseInsensitive)
                     || refused.message.contains(u"MFA"_s),
                 qPrintable(refused.message));
        std::optional<RefreshTokenRecord> record = storedRecord();
        QVERIFY(record);
        QCOMPARE(record->refreshToken, m_goodToken);

        // ...and kept, flagged, when the user accepts it.
        const ConsentResult kept = consentAs(NoMfaUser, NoMfaPassword, true);
        QVERIFY2(kept.ok, qPrintable(kept.message));
        QCOMPARE(kept.upn, NoMfaUser);
        QCOMPARE(kept.mfa, MfaEvidence::Absent);
        QVERIFY2(kept.message.contains(u"WITHOUT evidence of MFA"_s), qPrintable(kept.message));
        record = storedRecord();
        QVERIFY(record);
        QCOMPARE(record->mfa, MfaEvidence::Absent);
        QVERIFY(record->acceptedWithoutMfa);
        QVERIFY(record->refreshToken != m_goodToken);
    }

    void systemBrowserConsentThroughTheLoopback()
    {
        QSignalSpy system(m_controller.get(), &ConsentController::systemBrowserRequested);
        QSignalSpy embedded(m_controller.get(), &ConsentController::embeddedBrowserRequested);
        QSignalSpy finished(m_controller.get(), &ConsentController::finished);
        // Started embedded, then switched to the system browser, as the page's button does.
        m_controller->start(m_demo.id);
        QCOMPARE(embedded.size(), 1);
        m_controller->openInSystemBrowser();
        QVERIFY(m_controller->systemBrowser());
        QCOMPARE(system.size(), 1);
        QCOMPARE(m_controller->stage(), Stage::Waiting);
        const QUrl url = system.constFirst().constFirst().toUrl();
        QCOMPARE(url, m_controller->signInUrl());
        const QUrl redirect(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(url.host(), u"127.0.0.1"_s); // the sandbox's sign-in page
        // The loopback receiver's redirect URI, with the port it listens on.
        QVERIFY2(redirect.host() == "localhost"_L1 || redirect.host() == "127.0.0.1"_L1,
                 qPrintable(redirect.toString()));
        QVERIFY(redirect.port() > 0);

        const BrowserResult browsed =
            browseSignIn(*m_fixture.client, url, ServiceUser, ServicePassword, ServiceOtc);
        QVERIFY2(browsed.location.isValid(), qPrintable(browsed.pages.join(u", "_s)));
        QCOMPARE(QUrlQuery(browsed.location).hasQueryItem(u"code"_s), true);
        QCOMPARE(m_fixture.client->send("GET"_ba, browsed.location).status, 200);
        QVERIFY(finished.wait(20000));
        QTest::qWait(100);
        QCOMPARE(finished.size(), 1); // the abandoned embedded attempt reports nothing
        const auto result = finished.constFirst().constFirst().value<ConsentResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.upn, ServiceUser);
        const std::optional<RefreshTokenRecord> record = storedRecord();
        QVERIFY(record);
        QCOMPARE(record->obtainedVia, u"consent-system-browser"_s);
        QCOMPARE(record->mfa, MfaEvidence::Present);
        m_goodToken = record->refreshToken;
    }

    void savingOutlastsTheSignInTimeout()
    {
        // A slow token endpoint makes the saving phase last longer than the sign-in timeout.
        const auto fault = m_fixture.client->postJson(
            u"/_sandbox/faults"_s,
            QJsonObject{{u"faults"_s, QJsonArray{QJsonObject{{u"path"_s, u"/oauth2/v2.0/token"_s},
                                                             {u"method"_s, u"POST"_s},
                                                             {u"latencyMs"_s, 4000},
                                                             {u"times"_s, 1}}}}});
        QVERIFY2(fault.status / 100 == 2, fault.body.constData());
        QSignalSpy embedded(m_controller.get(), &ConsentController::embeddedBrowserRequested);
        QSignalSpy finished(m_controller.get(), &ConsentController::finished);
        m_controller->setSignInTimeout(std::chrono::milliseconds(2000));
        m_controller->start(m_demo.id);
        QCOMPARE(embedded.size(), 1);
        const BrowserResult browsed =
            browseSignIn(*m_fixture.client, embedded.constFirst().constFirst().toUrl(), ServiceUser,
                         ServicePassword, ServiceOtc);
        QVERIFY2(browsed.location.isValid(), qPrintable(browsed.pages.join(u", "_s)));
        m_controller->complete(browsed.location);
        QTRY_COMPARE(m_controller->stage(), Stage::Redeeming);
        QVERIFY(m_controller->isBusy());
        QVERIFY(m_controller->statusText().contains(u"Saving"_s));
        QTest::qWait(2500); // past the sign-in timeout, still saving
        QCOMPARE(m_controller->stage(), Stage::Redeeming);
        QVERIFY(finished.isEmpty());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(m_controller->resultOk(), qPrintable(m_controller->resultMessage()));
        QCOMPARE(m_controller->stage(), Stage::Done);
        QVERIFY(!m_controller->isBusy());
    }

    void profileThatCannotStartIsReportedLater()
    {
        QSignalSpy finished(m_controller.get(), &ConsentController::finished);
        QSignalSpy embedded(m_controller.get(), &ConsentController::embeddedBrowserRequested);
        m_controller->start(u"no such profile"_s);
        QVERIFY(finished.isEmpty()); // never from inside start()
        QVERIFY(finished.wait(5000));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QVERIFY(embedded.isEmpty());
        QVERIFY(!m_controller->resultOk());
        QVERIFY(!m_controller->resultMessage().isEmpty());
        QCOMPARE(m_controller->stage(), Stage::Failed);
    }

    void abandonReportsNothing()
    {
        QSignalSpy finished(m_controller.get(), &ConsentController::finished);
        m_controller->start(m_demo.id);
        QCOMPARE(m_controller->stage(), Stage::Waiting);
        m_controller->abandon();
        QCOMPARE(m_controller->stage(), Stage::Idle);
        QVERIFY(!m_controller->canCancel());
        QTest::qWait(300);
        QVERIFY(finished.isEmpty());
        // An attempt that cannot start, abandoned before its report, reports nothing either.
        m_controller->start(u"no such profile"_s);
        m_controller->abandon();
        QTest::qWait(300);
        QVERIFY(finished.isEmpty());
    }

    void noBrowserIsAProblemInTheStatus()
    {
        QSignalSpy status(m_controller.get(), &ConsentController::statusChanged);
        m_controller->systemBrowserNotOpened();
        QCOMPARE(status.size(), 1);
        QCOMPARE(m_controller->statusText(),
                 u"No browser could be opened: copy the link into one."_s);
        QVERIFY(m_controller->statusIsProblem());
        m_controller->start(m_demo.id); // a new attempt starts with an empty status
        QCOMPARE(m_controller->statusText(), QString());
        QVERIFY(!m_controller->statusIsProblem());
    }

private:
    /// One consent in the embedded mode as `user`, the test acting as the browser.
    ConsentResult consentAs(const QString &user, const QString &password, bool acceptWithoutMfa)
    {
        ConsentController controller(*m_fixture.services);
        controller.setAcceptWithoutMfa(acceptWithoutMfa);
        QSignalSpy embedded(&controller, &ConsentController::embeddedBrowserRequested);
        QSignalSpy finished(&controller, &ConsentController::finished);
        controller.start(m_demo.id);
        if (embedded.isEmpty())
            return ConsentResult{false, {}, {}, {}, {}, u"TEST: no sign-in started"_s, {}};
        const BrowserResult browsed = browseSignIn(
            *m_fixture.client, embedded.constFirst().constFirst().toUrl(), user, password, {});
        controller.complete(browsed.location);
        if (!finished.wait(20000))
            return ConsentResult{false, {}, {}, {}, {}, u"TEST: consent did not finish"_s, {}};
        return finished.constFirst().constFirst().value<ConsentResult>();
    }

    std::optional<RefreshTokenRecord> storedRecord()
    {
        std::optional<RefreshTokenRecord> record;
        QObject context;
        m_fixture.services->vault().loadRefreshToken(
            m_demo.id, &context, [&record](const SecretResult &r, const RefreshTokenRecord &rec) {
                if (r.ok())
                    record = rec;
            });
        (void)QTest::qWaitFor([&record] { return record.has_value(); }, 5000);
        return record;
    }

    GuiFixture m_fixture;
    Profile m_demo;
    QString m_goodToken;
    std::unique_ptr<ConsentController> m_controller;
};

QTEST_GUILESS_MAIN(tst_ConsentController)
#include "tst_consentcontroller.moc"
