// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The work of "Replace credential…" without a widget, on the embedded sandbox and the real
// keychain with the demo profile consented: input refused before anything starts, a secret
// Entra ID refuses (nothing changes), a new secret tested and saved (every view is told).
#include "awaitsecret.h"
#include "guifixture.h"
#include "nowidgets.h"
#include "replacecredentialcontroller.h"

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

const QByteArray NewSecret = "Ctrl~Rotated.NotASecret-0011223344556677"_ba;
const QByteArray WrongSecret = "Ctrl~Wrong.NotASecret-99999999999999999"_ba;

} // namespace

class tst_ReplaceCredentialController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ConsentResult consented = m_fixture.consent(m_fixture.demoProfile());
        QVERIFY2(consented.ok, qPrintable(consented.message));
        m_controller = std::make_unique<ReplaceCredentialController>(*m_fixture.services,
                                                                     m_fixture.demoProfile().id);
    }

    void cleanup()
    {
        m_controller.reset();
        m_fixture.stop();
    }

    void inputIsCheckedFirst()
    {
        QSignalSpy finished(m_controller.get(), &ReplaceCredentialController::finished);
        m_controller->replaceSecret(QByteArray());
        QVERIFY(!m_controller->isRunning());
        QVERIFY(m_controller->isProblem());
        QCOMPARE(m_controller->statusText(),
                 u"Enter the new client secret of the app registration."_s);
        m_controller->replaceCertificate(u"  "_s, QByteArray());
        QVERIFY(!m_controller->isRunning());
        QCOMPARE(m_controller->statusText(),
                 u"Choose the certificate file (PEM or PFX with its private key)."_s);
        m_controller->replaceCertificate(u"/no/such/file.pem"_s, QByteArray());
        QVERIFY(!m_controller->isRunning());
        QVERIFY(m_controller->isProblem());
        QVERIFY(!m_controller->statusText().isEmpty());
        QCOMPARE(finished.size(), 0); // nothing started, nothing ends
    }

    void refusedSecretChangesNothing()
    {
        const QByteArray before = storedSecret();
        QSignalSpy finished(m_controller.get(), &ReplaceCredentialController::finished);
        QSignalSpy changed(m_fixture.services.get(), &AppServices::tokenChanged);
        m_controller->replaceSecret(WrongSecret);
        QVERIFY(m_controller->isRunning());
        m_controller->replaceSecret(NewSecret); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(!m_controller->isRunning());
        QVERIFY(!m_controller->isReplaced());
        QVERIFY(m_controller->isProblem());
        QVERIFY2(m_controller->statusText().startsWith(u"Entra ID refused the new client secret"_s),
                 qPrintable(m_controller->statusText()));
        QVERIFY(!m_controller->statusText().contains(QString::fromLatin1(WrongSecret)));
        QCOMPARE(storedSecret(), before);
        QVERIFY(changed.isEmpty());
    }

    void newSecretIsTestedAndSaved()
    {
        const auto added = m_fixture.client->postJson(
            u"/_sandbox/apps/%1/secrets"_s.arg(WebAppId),
            QJsonObject{{u"value"_s, QString::fromLatin1(NewSecret)}, {u"id"_s, u"ctrl"_s}});
        QVERIFY2(added.status == 200, added.body.constData());
        QSignalSpy finished(m_controller.get(), &ReplaceCredentialController::finished);
        QSignalSpy profilesChanged(m_fixture.services.get(), &AppServices::profilesChanged);
        QSignalSpy tokenChanged(m_fixture.services.get(), &AppServices::tokenChanged);
        m_controller->replaceSecret(NewSecret);
        QCOMPARE(m_controller->statusText(), u"Testing the new credential with Entra ID\u2026"_s);
        QVERIFY(!m_controller->isProblem());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(m_controller->isReplaced());
        QVERIFY(!m_controller->isProblem());
        QVERIFY2(m_controller->statusText().contains(u"works and is stored"_s),
                 qPrintable(m_controller->statusText()));
        QCOMPARE(storedSecret(), NewSecret);
        // The keychain item changed, not profiles.json: the broker forgot the tokens made
        // with the old secret and says so; the profile itself is unchanged.
        QCOMPARE(profilesChanged.size(), 0);
        QCOMPARE(tokenChanged.size(), 1);
        QCOMPARE(tokenChanged.constFirst().constFirst().toString(), m_fixture.demoProfile().id);
    }

private:
    QByteArray storedSecret()
    {
        const SecretResult stored = awaitSecret([&](QObject *c, SecretStore::Callback done) {
            m_fixture.services->vault().loadClientSecret(m_fixture.demoProfile().id, c, done);
        });
        return stored.data;
    }

    GuiFixture m_fixture;
    std::unique_ptr<ReplaceCredentialController> m_controller;
};

QTEST_GUILESS_MAIN(tst_ReplaceCredentialController)
#include "tst_replacecredentialcontroller.moc"
