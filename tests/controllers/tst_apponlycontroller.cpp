// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The app-only test page's work without a widget: AppOnlyController on the app's sandbox
// services (with a manual clock) and the real keychain. An app-only token with its claims,
// the test calls, the countdown, inspect, refusals and credential problems with what the user
// reads, cancel, and which profiles are offered; one finished() per action.
#include "apponlycontroller.h"
#include "awaitsecret.h"
#include "crypto/clientcertificate.h"
#include "errors/errorcatalogue.h"
#include "guifixture.h"
#include "token/claims.h"
#include "token/jwt.h"

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;
using namespace std::chrono_literals;

namespace {

constexpr int Timeout = 15000;

/// The catalogue's explanation and action for an Entra error code, as the user must read.
QStringList entraAdvice(int aadsts)
{
    ServiceError error;
    error.source = ServiceError::Source::Entra;
    error.httpStatus = 401;
    error.error = u"invalid_client"_s;
    error.aadsts = aadsts;
    const ErrorAdvice advice = ErrorCatalogue::advise(error);
    return {advice.explanation, advice.action};
}

enum class Setup { WrongSecret, ExpiredSecret, CertificateWithoutKey, UnconsentedTenant };

} // namespace

Q_DECLARE_METATYPE(Setup)

class tst_AppOnlyController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        const QString problem = m_fixture.start(0, m_clock.get());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_demo = m_fixture.demoProfile();
        QVERIFY(!m_demo.id.isEmpty());
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void init() { m_controller = std::make_unique<AppOnlyController>(*m_fixture.services); }
    void cleanup() { m_controller.reset(); }

    void startsOnGraphWithNothingToShow()
    {
        QCOMPARE(m_controller->audienceId(), u"graph"_s);
        QVERIFY(!m_controller->isCustomAudience());
        QCOMPARE(m_controller->profileId(), m_demo.id);
        QVERIFY(m_controller->canGetToken());
        QVERIFY(!m_controller->hasToken());
        QVERIFY(!m_controller->canTestCall());
        QCOMPARE(m_controller->message(), QString());
        m_controller->setAudienceId(u"custom"_s);
        QVERIFY(m_controller->isCustomAudience());
    }

    void secretProfileGetsTokenWithClaimsAndTestCallWorks()
    {
        m_controller->selectProfile(m_demo.id);
        QCOMPARE(getToken(), QList<QVariant>{true});
        QCOMPARE(m_controller->message(), QString());
        const QString token = appOnlyToken(m_demo.id, Graph);
        QCOMPARE(m_controller->token(), token);
        QCOMPARE(m_controller->redactedToken(),
                 token.left(6) + u"\u2026("_s + QString::number(token.size()) + u" chars)"_s);
        const Jwt jwt = Jwt::decode(token).value();
        QVERIFY(!jwt.roles().isEmpty());
        QCOMPARE(m_controller->rolesText(), jwt.roles().join(u", "_s));
        QCOMPARE(m_controller->appId(), WebAppId);
        QCOMPARE(m_controller->tenantId(), PartnerTenantId);
        QCOMPARE(m_controller->audience(), Graph);
        QCOMPARE(m_controller->idtyp(), u"app"_s);
        QCOMPARE(m_controller->expiryText(), formatTime(*jwt.expiresAt(), *m_clock));
        QVERIFY(m_controller->canTestCall());
        QCOMPARE(m_controller->testCallText(), u"Test call: GET /v1.0/organization"_s);

        QCOMPARE(testCall(), QList<QVariant>{true});
        QVERIFY2(m_controller->testStatusText().startsWith(u"HTTP 200 OK · "_s),
                 qPrintable(m_controller->testStatusText() + m_controller->message()));
        QCOMPARE(m_controller->testSummary(), u"Items: 1; the first: Contoso Partner"_s);
        QVERIFY(m_controller->hasToken()); // the token stays for more calls
    }

    void partnerCenterTestCallUsesAnAppOnlyCapableCall()
    {
        m_controller->selectProfile(m_demo.id);
        m_controller->setAudienceId(u"partner-center"_s);
        QCOMPARE(getToken(), QList<QVariant>{true});
        QCOMPARE(m_controller->audience(), PartnerCenter);
        QCOMPARE(m_controller->testCallText(),
                 u"Test call: GET /v1/profiles/legalbusiness?vettingVersion=Current"_s);
        QCOMPARE(testCall(), QList<QVariant>{true});
        QVERIFY2(m_controller->testStatusText().startsWith(u"HTTP 200 OK · "_s),
                 qPrintable(m_controller->testStatusText() + m_controller->message()));
        QCOMPARE(m_controller->testSummary(), u"Contoso Partner"_s);
    }

    void keyVaultHasNoTestCall()
    {
        m_controller->setAudienceId(u"keyvault"_s);
        QCOMPARE(getToken(), QList<QVariant>{true});
        QCOMPARE(m_controller->testCallText(),
                 u"No test call for this audience: its API has no call every app may make."_s);
        QVERIFY(!m_controller->canTestCall());
        QSignalSpy finished(m_controller.get(), &AppOnlyController::finished);
        m_controller->testCall();
        QCOMPARE(finished.size(), 1); // refused at once
        QCOMPARE(finished.constFirst(), QList<QVariant>{false});
    }

    void certificateProfileGetsToken()
    {
        const Profile profile =
            m_fixture.addWebAppProfile(u"Certificate app"_s, CredentialKind::Certificate);
        QVERIFY(!profile.id.isEmpty());
        storeCertificateKey(profile);
        m_controller->selectProfile(profile.id);
        QCOMPARE(m_controller->profileId(), profile.id);
        QCOMPARE(getToken(), QList<QVariant>{true});
        QCOMPARE(m_controller->message(), QString());
        QCOMPARE(m_controller->appId(), WebAppId);
        QCOMPARE(m_controller->idtyp(), u"app"_s);
        QCOMPARE(m_controller->token(), appOnlyToken(profile.id, Graph));
        QCOMPARE(testCall(), QList<QVariant>{true});
        QVERIFY2(m_controller->testStatusText().startsWith(u"HTTP 200 OK · "_s),
                 qPrintable(m_controller->testStatusText() + m_controller->message()));
    }

    void inspectEmitsTheToken()
    {
        m_controller->selectProfile(m_demo.id);
        QSignalSpy inspect(m_fixture.services.get(), &AppServices::inspectTokenRequested);
        m_controller->inspect(); // no token yet: nothing to inspect
        QCOMPARE(inspect.size(), 0);
        QCOMPARE(getToken(), QList<QVariant>{true});
        m_controller->inspect();
        QCOMPARE(inspect.size(), 1);
        QCOMPARE(inspect.constFirst().constFirst().toString(), appOnlyToken(m_demo.id, Graph));
    }

    void countdownReachesExpiry()
    {
        m_controller->selectProfile(m_demo.id);
        QCOMPARE(getToken(), QList<QVariant>{true});
        const QString before = m_controller->expiryText();
        QVERIFY2(before.contains(u" UTC (in "_s), qPrintable(before));
        m_clock->advance(2h);
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->expiryText().startsWith(u"Expired: "_s), 3000);
        QVERIFY(m_controller->expiryText().endsWith(u"ago). Get a new token."_s));
        m_clock->setNow(QDateTime::currentDateTimeUtc()); // the broker's cache, for later tests
    }

    void refusedBeforeAsking_data()
    {
        QTest::addColumn<QString>("audience");
        QTest::addColumn<QString>("custom");
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("expected");
        QTest::addRow("custom URI empty")
            << u"custom"_s << QString() << QString()
            << u"Custom URI: give the resource identifier the token is for, such as "
               "https://api.contoso.com or api://<app id>."_s;
        QTest::addRow("custom URI without scheme")
            << u"custom"_s << u"api.contoso.com"_s << QString() << u"Custom URI: "_s;
        QTest::addRow("tenant with a space")
            << u"graph"_s << QString() << u"fabrikam partner.com"_s << u"Tenant: "_s;
    }

    void refusedBeforeAsking()
    {
        QFETCH(QString, audience);
        QFETCH(QString, custom);
        QFETCH(QString, tenant);
        QFETCH(QString, expected);
        m_controller->setAudienceId(audience);
        m_controller->setCustomAudienceUri(custom);
        m_controller->setTenant(tenant);
        QSignalSpy finished(m_controller.get(), &AppOnlyController::finished);
        m_controller->getToken();
        QCOMPARE(finished.size(), 1); // at once
        QCOMPARE(finished.constFirst(), QList<QVariant>{false});
        QVERIFY(!m_controller->isBusy());
        QVERIFY2(m_controller->message().startsWith(expected), qPrintable(m_controller->message()));
        QVERIFY(m_controller->messageIsProblem());
        QVERIFY(!m_controller->hasToken());
    }

    void credentialProblemsAreExplained_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("wrong secret") << Setup::WrongSecret << entraAdvice(7000215);
        QTest::addRow("expired secret") << Setup::ExpiredSecret << entraAdvice(7000222);
        QTest::addRow("certificate key missing")
            << Setup::CertificateWithoutKey
            << QStringList{
                   u"The certificate key of profile \"certificate key missing\" could not be read: "_s};
        QTest::addRow("app not consented in the customer tenant")
            << Setup::UnconsentedTenant << entraAdvice(700016);
    }

    void credentialProblemsAreExplained()
    {
        QFETCH(Setup, setup);
        QFETCH(QStringList, expected);
        QString profileId = m_demo.id;
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        if (setup == Setup::WrongSecret || setup == Setup::ExpiredSecret) {
            const Profile profile = m_fixture.addWebAppProfile(name, CredentialKind::Secret);
            const QByteArray secret = setup == Setup::WrongSecret
                                          ? "Sandbox~Wrong.NotASecret-9999"_ba
                                          : "Sandbox~Expired.NotASecret-0000000000"_ba;
            const SecretResult stored = awaitSecret([&](QObject *c, SecretStore::Callback d) {
                m_fixture.services->vault().storeClientSecret(profile.id, secret, c, d);
            });
            QVERIFY2(stored.ok(), qPrintable(stored.message));
            profileId = profile.id;
        } else if (setup == Setup::CertificateWithoutKey) {
            profileId = m_fixture.addWebAppProfile(name, CredentialKind::Certificate).id;
        } else {
            m_controller->setTenant(u"wideworldimporters.onmicrosoft.com"_s);
        }
        m_controller->selectProfile(profileId);
        QCOMPARE(m_controller->profileId(), profileId);
        QCOMPARE(getToken(), QList<QVariant>{false});
        const QString problem = m_controller->message();
        QVERIFY(m_controller->messageIsProblem());
        for (const QString &line : std::as_const(expected))
            QVERIFY2(problem.contains(line), qPrintable(problem));
        QVERIFY(!m_controller->hasToken());
        QCOMPARE(m_controller->redactedToken(), QString());
        QVERIFY(!m_controller->canTestCall());
        QVERIFY(!problem.contains(u"NotASecret"_s)); // never the secret itself
    }

    void cancelDropsTheTokenRequest()
    {
        m_controller->selectProfile(m_demo.id);
        m_controller->setTenant(u"fabrikam.onmicrosoft.com"_s); // not in the broker's cache
        QSignalSpy finished(m_controller.get(), &AppOnlyController::finished);
        m_controller->getToken();
        QVERIFY(m_controller->isBusy());
        QVERIFY(!m_controller->canGetToken());
        QCOMPARE(m_controller->testCallText(), u"Asking Entra ID for an app-only token…"_s);
        m_controller->getToken(); // one at a time: refused at once
        QCOMPARE(finished.size(), 1);
        m_controller->cancel();
        QCOMPARE(finished.size(), 2);
        QCOMPARE(finished.constLast(), QList<QVariant>{false});
        QCOMPARE(m_controller->message(), u"Cancelled."_s);
        QVERIFY(!m_controller->messageIsProblem());
        QCOMPARE(m_controller->testCallText(), QString());
        QVERIFY(!m_controller->isBusy());
        QVERIFY(m_controller->canGetToken());
        QTest::qWait(500);
        QCOMPARE(finished.size(), 2); // the answer, if any, is dropped
        QVERIFY(!m_controller->hasToken());
    }

    void onlyProfilesWithAppCredentialsAreOffered()
    {
        QTemporaryDir dir;
        AppOptions options;
        options.configDir = dir.path();
        options.keychainService =
            u"pcauth-test-apponlyctrl-%1"_s.arg(QCoreApplication::applicationPid());
        AppServices services(options);
        AppOnlyController controller(services);
        QVERIFY(controller.profiles().isEmpty());
        QVERIFY(!controller.canGetToken());

        // A public client does not count: it has no identity of its own.
        Profile publicClient;
        publicClient.name = u"Public"_s;
        publicClient.cloudId = u"global"_s;
        publicClient.partnerTenant = PartnerDomain;
        publicClient.clientId = PublicAppId;
        QVERIFY(services.profiles().add(publicClient).ok());
        QVERIFY(controller.profiles().isEmpty());
        QVERIFY(!controller.canGetToken());

        Profile confidential = publicClient;
        confidential.name = u"Confidential"_s;
        confidential.clientId = WebAppId;
        confidential.credential = CredentialKind::Secret;
        const Expected<Profile> added = services.profiles().add(confidential);
        QVERIFY(added.ok());
        QCOMPARE(controller.profiles().size(), 1);
        QCOMPARE(controller.profileId(), added->id);
        QVERIFY(controller.canGetToken());
    }

private:
    /// getToken() and the arguments of its one finished().
    QList<QVariant> getToken()
    {
        return waitForOne([this] { m_controller->getToken(); });
    }
    QList<QVariant> testCall()
    {
        return waitForOne([this] { m_controller->testCall(); });
    }

    QList<QVariant> waitForOne(const std::function<void()> &action)
    {
        QSignalSpy finished(m_controller.get(), &AppOnlyController::finished);
        action();
        if (finished.isEmpty() && !finished.wait(Timeout))
            return {u"TEST: no finished()"_s};
        QTest::qWait(20);
        if (finished.size() != 1)
            return {u"TEST: finished() %1 times"_s.arg(finished.size())};
        return finished.constFirst();
    }

    void storeCertificateKey(const Profile &profile)
    {
        const SecretResult stored = awaitSecret([&](QObject *c, SecretStore::Callback d) {
            m_fixture.services->vault().storeCertificateKey(profile.id,
                                                            m_fixture.webAppCertificatePem(), c, d);
        });
        QVERIFY2(stored.ok(), qPrintable(stored.message));
    }

    QString appOnlyToken(const QString &profileId, const QString &audience)
    {
        return m_fixture.brokerToken(TokenKey::appOnlyFor(profileId, QString(), audience), Timeout);
    }

    std::unique_ptr<ManualClock> m_clock;
    GuiFixture m_fixture;
    Profile m_demo;
    std::unique_ptr<AppOnlyController> m_controller;
};

QTEST_GUILESS_MAIN(tst_AppOnlyController)
#include "tst_apponlycontroller.moc"
