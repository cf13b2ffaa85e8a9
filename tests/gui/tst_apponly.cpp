// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The app-only test page driven as a user would, on the embedded sandbox and the real
// keychain: that it shows what AppOnlyController has (the profiles offered and how they are
// named, the claims, the live expiry countdown, the test call, a credential problem in the
// banner, no usable profile) and that Inspect hands the token on. What the controller decides
// (every credential problem, refusals, cancel) is tested without a widget in
// tests/controllers.
#include "awaitsecret.h"
#include "console/apponlypage.h"
#include "crypto/clientcertificate.h"
#include "errors/errorcatalogue.h"
#include "guifixture.h"
#include "token/claims.h"
#include "token/jwt.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;
using namespace std::chrono_literals;

namespace {

constexpr int Timeout = 15000;

/// The catalogue's explanation and action for an Entra error code, as the page must show.
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

enum class Setup { WrongSecret, UnconsentedTenant };

} // namespace

Q_DECLARE_METATYPE(Setup)

class tst_AppOnly : public QObject
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

    void init()
    {
        m_page = std::make_unique<AppOnlyPage>(*m_fixture.services);
        m_page->resize(800, 640);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup() { m_page.reset(); }

    void secretProfileGetsTokenWithRolesAndTestCallWorks()
    {
        selectProfile(m_demo.id);
        QCOMPARE(combo(u"profileCombo"_s)->currentText(), m_demo.name + u" (client secret)"_s);
        chooseAudience(u"Microsoft Graph"_s);
        getToken();
        QVERIFY2(!m_page->findChild<QLabel *>(u"errorLabel"_s)->isVisible(),
                 qPrintable(label(u"errorLabel"_s)));

        const QString token = appOnlyToken(m_demo.id, Graph);
        QCOMPARE(label(u"tokenValue"_s),
                 token.left(6) + u"\u2026("_s + QString::number(token.size()) + u" chars)"_s);
        const Jwt jwt = Jwt::decode(token).value();
        QVERIFY(!jwt.roles().isEmpty());
        QCOMPARE(label(u"rolesValue"_s), jwt.roles().join(u", "_s));
        QCOMPARE(label(u"appIdValue"_s), WebAppId);
        QCOMPARE(label(u"tenantIdValue"_s), PartnerTenantId);
        QCOMPARE(label(u"audienceValue"_s), Graph);
        QCOMPARE(label(u"idtypValue"_s), u"app"_s);
        QCOMPARE(label(u"expiryValue"_s), formatTime(*jwt.expiresAt(), *m_clock));

        QCOMPARE(label(u"testCallLabel"_s), u"Test call: GET /v1.0/organization"_s);
        testCall();
        QVERIFY2(label(u"testStatusLabel"_s).startsWith(u"HTTP 200 OK · "_s),
                 qPrintable(label(u"testStatusLabel"_s) + label(u"errorLabel"_s)));
        QCOMPARE(label(u"testSummaryLabel"_s), u"Items: 1; the first: Contoso Partner"_s);
    }

    void certificateProfileIsNamedAsSuch()
    {
        const Profile profile =
            m_fixture.addWebAppProfile(u"Certificate app"_s, CredentialKind::Certificate);
        QVERIFY(!profile.id.isEmpty());
        selectProfile(profile.id);
        QCOMPARE(combo(u"profileCombo"_s)->currentText(), u"Certificate app (certificate)"_s);
    }

    void inspectEmitsTheToken()
    {
        selectProfile(m_demo.id);
        QVERIFY(!button(u"inspectButton"_s)->isEnabled());
        getToken();
        QSignalSpy inspect(m_fixture.services.get(), &AppServices::inspectTokenRequested);
        button(u"inspectButton"_s)->click();
        QCOMPARE(inspect.size(), 1);
        QCOMPARE(inspect.constFirst().constFirst().toString(), appOnlyToken(m_demo.id, Graph));
    }

    void countdownReachesExpiry()
    {
        selectProfile(m_demo.id);
        getToken();
        const QString before = label(u"expiryValue"_s);
        QVERIFY2(before.contains(u" UTC (in "_s), qPrintable(before));
        m_clock->advance(2h);
        QTRY_VERIFY_WITH_TIMEOUT(label(u"expiryValue"_s).startsWith(u"Expired: "_s), 3000);
        QVERIFY(label(u"expiryValue"_s).endsWith(u"ago). Get a new token."_s));
        m_clock->setNow(QDateTime::currentDateTimeUtc()); // the broker's cache, for later tests
    }

    void credentialProblemsAreExplained_data()
    {
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<QStringList>("expected");
        // A secret from the keychain and a tenant from the field; the other credential
        // problems: tests/controllers/tst_apponlycontroller.
        QTest::addRow("wrong secret") << Setup::WrongSecret << entraAdvice(7000215);
        QTest::addRow("app not consented in the customer tenant")
            << Setup::UnconsentedTenant << entraAdvice(700016);
    }

    void credentialProblemsAreExplained()
    {
        QFETCH(Setup, setup);
        QFETCH(QStringList, expected);
        QString profileId = m_demo.id;
        const QString name = QString::fromUtf8(QTest::currentDataTag());
        if (setup == Setup::WrongSecret) {
            const Profile profile = m_fixture.addWebAppProfile(name, CredentialKind::Secret);
            const SecretResult stored = awaitSecret([&](QObject *c, SecretStore::Callback d) {
                m_fixture.services->vault().storeClientSecret(
                    profile.id, "Sandbox~Wrong.NotASecret-9999"_ba, c, d);
            });
            QVERIFY2(stored.ok(), qPrintable(stored.message));
            profileId = profile.id;
        } else {
            edit(u"tenantEdit"_s)->setText(u"wideworldimporters.onmicrosoft.com"_s);
        }
        selectProfile(profileId);
        getToken();
        const auto *problem = m_page->findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(problem->isVisible());
        for (const QString &line : std::as_const(expected))
            QVERIFY2(problem->text().contains(line), qPrintable(problem->text()));
        QVERIFY(label(u"tokenValue"_s).isEmpty());
        QVERIFY(!button(u"inspectButton"_s)->isEnabled());
        QVERIFY(!button(u"testCallButton"_s)->isEnabled());
        QVERIFY(!problem->text().contains(u"NotASecret"_s)); // never the secret itself
    }

    void noProfileWithCredentialIsExplained()
    {
        QTemporaryDir dir;
        AppOptions options;
        options.configDir = dir.path();
        options.keychainService =
            u"pcauth-test-apponly-%1"_s.arg(QCoreApplication::applicationPid());
        AppServices services(options);
        AppOnlyPage page(services);
        page.show();
        const auto explanation = [&page] {
            const auto *label = page.findChild<QLabel *>(u"noProfileLabel"_s);
            return label->isVisible() ? label->text() : QString();
        };
        const auto *get = page.findChild<QPushButton *>(u"getTokenButton"_s);
        QVERIFY(explanation().startsWith(u"No profile has a client secret or a certificate."_s));
        QVERIFY(!get->isEnabled());

        // A public client does not help: it has no identity of its own.
        Profile publicClient;
        publicClient.name = u"Public"_s;
        publicClient.cloudId = u"global"_s;
        publicClient.partnerTenant = PartnerDomain;
        publicClient.clientId = PublicAppId;
        QVERIFY(services.profiles().add(publicClient).ok());
        QVERIFY(!explanation().isEmpty());
        QVERIFY(!get->isEnabled());

        Profile confidential = publicClient;
        confidential.name = u"Confidential"_s;
        confidential.clientId = WebAppId;
        confidential.credential = CredentialKind::Secret;
        QVERIFY(services.profiles().add(confidential).ok());
        QCOMPARE(explanation(), QString());
        QCOMPARE(page.findChild<QComboBox *>(u"profileCombo"_s)->count(), 1);
        QVERIFY(get->isEnabled());
    }

private:
    QComboBox *combo(const QString &name) { return m_page->findChild<QComboBox *>(name); }
    QLineEdit *edit(const QString &name) { return m_page->findChild<QLineEdit *>(name); }
    QPushButton *button(const QString &name) { return m_page->findChild<QPushButton *>(name); }
    QString label(const QString &name) { return m_page->findChild<QLabel *>(name)->text(); }

    void selectProfile(const QString &id)
    {
        const int index = combo(u"profileCombo"_s)->findData(id);
        QVERIFY2(index >= 0, qPrintable(id));
        combo(u"profileCombo"_s)->setCurrentIndex(index);
    }

    void chooseAudience(const QString &name)
    {
        const int index = combo(u"audienceCombo"_s)->findText(name);
        QVERIFY2(index >= 0, qPrintable(name));
        combo(u"audienceCombo"_s)->setCurrentIndex(index);
    }

    void getToken()
    {
        QVERIFY(button(u"getTokenButton"_s)->isEnabled());
        button(u"getTokenButton"_s)->click();
        QVERIFY(button(u"cancelButton"_s)->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!button(u"cancelButton"_s)->isEnabled(), Timeout);
    }

    void testCall()
    {
        QVERIFY(button(u"testCallButton"_s)->isEnabled());
        button(u"testCallButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!button(u"cancelButton"_s)->isEnabled(), Timeout);
    }

    /// The broker's app-only token (its cache: the one the page got).
    QString appOnlyToken(const QString &profileId, const QString &audience)
    {
        return m_fixture.brokerToken(TokenKey::appOnlyFor(profileId, QString(), audience), Timeout);
    }

    std::unique_ptr<ManualClock> m_clock;
    GuiFixture m_fixture;
    Profile m_demo;
    std::unique_ptr<AppOnlyPage> m_page;
};

QTEST_MAIN(tst_AppOnly)
#include "tst_apponly.moc"
