// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// "Replace credential…" on the dashboard, driven as a user would on the app's embedded sandbox
// and the real keychain, with the demo profile consented: a refused secret changes nothing, a
// new secret (added to the app with the sandbox's test control) is tested, saved and used, a
// certificate switches the kind. The refresh token is byte-identical afterwards and redeems.
#include "awaitsecret.h"
#include "dashboardpage.h"
#include "guifixture.h"
#include "healthmodel.h"
#include "session/tokenbroker.h"

#include <QComboBox>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

const QByteArray NewSecret = "Gui~Rotated.NotASecret-0011223344556677"_ba;
const QByteArray WrongSecret = "Gui~Wrong.NotASecret-99999999999999999"_ba;

} // namespace

class tst_ReplaceCredential : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ConsentResult consented = m_fixture.consent(m_fixture.demoProfile());
        QVERIFY2(consented.ok, qPrintable(consented.message));
        m_page = std::make_unique<DashboardPage>(*m_fixture.services);
        m_page->resize(1100, 600);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_fixture.stop();
    }

    void cleanup()
    {
        (void)m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s));
        if (dialog()) {
            QTest::mouseClick(find<QPushButton>(u"closeButton"_s), Qt::LeftButton);
            QTRY_VERIFY(!dialog());
        }
    }

    void refusedSecretChangesNothing()
    {
        const QString before = refreshToken();
        QVERIFY(openDialog());
        QCOMPARE(find<QComboBox>(u"kindCombo"_s)->currentData().toString(), u"secret"_s);
        QCOMPARE(find<QLineEdit>(u"secretEdit"_s)->echoMode(), QLineEdit::Password);
        type(u"secretEdit"_s, QString::fromLatin1(WrongSecret));
        QTest::mouseClick(find<QPushButton>(u"replaceButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(u"Entra ID refused the new client secret"_s),
                                 15000);
        QVERIFY2(status().contains(u"AADSTS7000215"_s), qPrintable(status()));
        QVERIFY(!status().contains(QString::fromLatin1(WrongSecret)));
        QVERIFY(find<QPushButton>(u"replaceButton"_s)->isEnabled());
        QCOMPARE(storedSecret(), "Sandbox~Secret.NotASecret-0123456789abcdef"_ba);
        QCOMPARE(refreshToken(), before);
    }

    void newSecretIsTestedSavedAndUsed()
    {
        const auto added = m_fixture.client->postJson(
            u"/_sandbox/apps/%1/secrets"_s.arg(WebAppId),
            QJsonObject{{u"value"_s, QString::fromLatin1(NewSecret)}, {u"id"_s, u"gui"_s}});
        QVERIFY2(added.status == 200, added.body.constData());
        // A slow token endpoint, so that the testing phase can be seen.
        const auto fault = m_fixture.client->postJson(
            u"/_sandbox/faults"_s,
            QJsonObject{{u"faults"_s, QJsonArray{QJsonObject{{u"path"_s, u"/oauth2/v2.0/token"_s},
                                                             {u"latencyMs"_s, 1500},
                                                             {u"times"_s, 1}}}}});
        QVERIFY2(fault.status / 100 == 2, fault.body.constData());
        const QString before = refreshToken();
        QVERIFY(openDialog());
        type(u"secretEdit"_s, QString::fromLatin1(NewSecret));
        QTest::mouseClick(find<QPushButton>(u"replaceButton"_s), Qt::LeftButton);
        QTRY_COMPARE(status(), u"Testing the new credential with Entra ID\u2026"_s);
        QVERIFY(find<QWidget>(u"replaceProgress"_s)->isVisible());
        QVERIFY(!find<QPushButton>(u"replaceButton"_s)->isEnabled());
        QVERIFY(!find<QPushButton>(u"closeButton"_s)->isEnabled());
        dialog()->reject(); // Escape or the window's close: refused while it runs
        QVERIFY(dialog() && dialog()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(u"works and is stored"_s), 15000);
        QVERIFY2(status().contains(u"The refresh token was kept"_s), qPrintable(status()));
        QVERIFY(!find<QWidget>(u"replaceProgress"_s)->isVisible());
        QCOMPARE(find<QLineEdit>(u"secretEdit"_s)->text(), QString());
        QCOMPARE(storedSecret(), NewSecret);
        QCOMPARE(refreshToken(), before);

        // The old secret withdrawn from the app: the new one redeems the refresh token.
        const auto withdrawn = m_fixture.client->send(
            "DELETE"_ba,
            m_fixture.client->url(
                u"/_sandbox/apps/%1/secrets/50c3f994-1f47-5cbe-8ae4-0fcef537cdaa"_s.arg(WebAppId)));
        QVERIFY2(withdrawn.status == 200, withdrawn.body.constData());
        QVERIFY(redeems(false));
        QVERIFY(redeems(true));
    }

    void certificateSwitchesTheKind()
    {
        const Sandbox::AppCertificate cert =
            m_fixture.sandbox().scenario.findApp(WebAppId)->certificates.constFirst();
        QTemporaryDir files;
        const QString path = files.filePath(u"app.pem"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cert.certificatePem + '\n' + cert.privateKeyPem);
        file.close();
        const QString before = refreshToken();
        QVERIFY(openDialog());
        auto *kind = find<QComboBox>(u"kindCombo"_s);
        kind->setCurrentIndex(kind->findData(u"certificate"_s));
        QVERIFY(find<QLineEdit>(u"certificateFileEdit"_s)->isVisible());
        QVERIFY(find<QPushButton>(u"browseButton"_s)->isVisible());
        QVERIFY(!find<QLineEdit>(u"secretEdit"_s)->isVisible());
        type(u"certificateFileEdit"_s, path);
        QTest::mouseClick(find<QPushButton>(u"replaceButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status().contains(u"works and is stored"_s), 15000);
        QVERIFY2(status().contains(u"Its old client secret was removed from the keychain."_s),
                 qPrintable(status()));
        const Profile profile = m_fixture.demoProfile();
        QCOMPARE(profile.credential, CredentialKind::Certificate);
        QCOMPARE(profile.certificateThumbprint.size(), 27);
        const SecretResult secret = awaitSecret([&](QObject *c, SecretStore::Callback done) {
            m_fixture.services->vault().loadClientSecret(profile.id, c, done);
        });
        QCOMPARE(secret.status, SecretResult::Status::NotFound);
        QCOMPARE(refreshToken(), before);
        QVERIFY(redeems(false));
        QVERIFY(redeems(true));
    }

private:
    QDialog *dialog() const { return m_page->findChild<QDialog *>(u"replaceCredentialDialog"_s); }

    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = dialog() ? dialog()->findChild<T *>(name) : nullptr;
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    QString status() const { return find<QLabel>(u"statusLabel"_s)->text(); }

    /// Selects the demo profile and clicks "Replace credential…"; true when the dialog shows.
    bool openDialog()
    {
        auto *tree = m_page->findChild<QTreeView *>(u"healthTree"_s);
        tree->setCurrentIndex(m_page->model()->index(0, 0));
        auto *button = m_page->findChild<QToolButton *>(u"replaceCredentialButton"_s);
        if (!button || !button->isEnabled())
            return false;
        QTest::mouseClick(button, Qt::LeftButton);
        return QTest::qWaitFor([this] { return dialog() && dialog()->isVisible(); }, 5000);
    }

    void type(const QString &name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    QByteArray storedSecret()
    {
        const SecretResult stored = awaitSecret([&](QObject *c, SecretStore::Callback done) {
            m_fixture.services->vault().loadClientSecret(m_fixture.demoProfile().id, c, done);
        });
        return stored.data;
    }

    QString refreshToken()
    {
        QObject context;
        QString token;
        bool done = false;
        m_fixture.services->vault().loadRefreshToken(
            m_fixture.demoProfile().id, &context,
            [&](const SecretResult &r, const RefreshTokenRecord &record) {
                if (r.ok())
                    token = record.refreshToken;
                done = true;
            });
        (void)QTest::qWaitFor([&done] { return done; }, 10000);
        return token;
    }

    /// A fresh Partner Center token for the demo profile, delegated or app-only.
    bool redeems(bool appOnly)
    {
        const Profile profile = m_fixture.demoProfile();
        m_fixture.services->broker().forget(profile.id);
        QObject context;
        std::optional<AccessTokenResult> got;
        m_fixture.services->broker().accessToken(
            TokenKey{profile.id, QString(), PartnerCenter, appOnly}, &context,
            [&got](const AccessTokenResult &r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 15000))
            return false;
        if (!got->ok())
            qWarning("%s", qPrintable(got->message));
        return got->ok() && !got->fromCache;
    }

    GuiFixture m_fixture;
    std::unique_ptr<DashboardPage> m_page;
};

QTEST_MAIN(tst_ReplaceCredential)
#include "tst_replacecredential.moc"
