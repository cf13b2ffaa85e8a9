// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The consent wizard's first two pages, driven as a user would on the app's sandbox
// services and the real keychain: every field's hint as it is typed, Next only when the
// whole profile is valid, a new profile saved with its secret in the keychain and nowhere
// else, the redirect URI copied, and no WebEngine before the sign-in page. One sign-in runs
// in system-browser mode (the test is the browser) to watch the saving phase; tst_consent_e2e
// signs in in the real embedded browser.
#include "awaitsecret.h"
#include "consent/consentwizard.h"
#include "guifixture.h"
#include "messagewidget.h"
#include "testcrypto.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QScopeGuard>
#include <QTest>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

const QString ValidClientId = u"29f0cfea-cee2-512b-9f76-ab897fdcf52f"_s;
const QByteArray PfxPassword = "Pfx-Passw0rd"_ba;

/// Stands in for the system browser: keeps the URLs the app asked it to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

} // namespace

class tst_ConsentWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_files.isValid());
        writeCertificateFiles();
    }

    void cleanupTestCase() { m_fixture.stop(); }

    void init()
    {
        m_wizard = new ConsentWizard(*m_fixture.services, QString());
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::ProfilePageId));
    }

    void cleanup()
    {
        if (m_wizard)
            m_wizard->close();
        QTRY_VERIFY(m_wizard.isNull());
        // The wizard closed before a consent: the profiles it made are removed, with their
        // keychain items, before the next test counts changes.
        for (const QString &id : std::as_const(m_madeHere)) {
            QTRY_VERIFY(!m_fixture.services->profiles().find(id).ok());
            QTRY_VERIFY(!m_fixture.services->vault().index().profileIds()->contains(id));
        }
        m_madeHere.clear();
    }

    void newProfileModeWhenOpenedWithoutProfile()
    {
        QVERIFY(find<QRadioButton>(u"newRadio"_s)->isChecked());
        QVERIFY(find<QWidget>(u"newProfileBox"_s)->isEnabled());
        QVERIFY(!nextButton()->isEnabled());
        // Untouched empty fields do not shout at the user yet.
        QCOMPARE(hint(u"nameHint"_s), QString());
        QCOMPARE(hint(u"tenantHint"_s), QString());
    }

    void fieldHintAsYouType_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("hint");
        QTest::addColumn<QString>("expected"); // the hint starts with this; "" = no hint

        QTest::addRow("name valid")
            << u"nameEdit"_s << u"Fabrikam test"_s << u"nameHint"_s << QString();
        QTest::addRow("name is a GUID")
            << u"nameEdit"_s << ValidClientId << u"nameHint"_s << u"Name must not be a GUID"_s;
        QTest::addRow("name with leading space") << u"nameEdit"_s << u" Contoso"_s << u"nameHint"_s
                                                 << u"Name must not begin or end with a space."_s;
        QTest::addRow("name already used (other case)")
            << u"nameEdit"_s << u"contoso (SANDBOX)"_s << u"nameHint"_s
            << u"Name: a profile named \"contoso (SANDBOX)\" already exists."_s;
        QTest::addRow("tenant domain valid")
            << u"tenantEdit"_s << u"contoso.onmicrosoft.com"_s << u"tenantHint"_s << QString();
        QTest::addRow("tenant GUID valid")
            << u"tenantEdit"_s << u"85e218cc-78c2-590a-af13-dac153a09623"_s << u"tenantHint"_s
            << QString();
        QTest::addRow("tenant with a space")
            << u"tenantEdit"_s << u"contoso partner.com"_s << u"tenantHint"_s
            << u"Partner tenant: The tenant must not contain "
               "spaces."_s;
        QTest::addRow("tenant with a slash")
            << u"tenantEdit"_s << u"contoso.com/evil"_s << u"tenantHint"_s
            << u"Partner tenant: The tenant must not contain “/”."_s;
        QTest::addRow("tenant not a domain") << u"tenantEdit"_s << u"contoso"_s << u"tenantHint"_s
                                             << u"Partner tenant: “contoso” is not a tenant"_s;
        QTest::addRow("tenant multi-tenant keyword")
            << u"tenantEdit"_s << u"common"_s << u"tenantHint"_s
            << u"Partner tenant must name the partner's own tenant"_s;
        QTest::addRow("client id valid")
            << u"clientIdEdit"_s << ValidClientId << u"clientIdHint"_s << QString();
        QTest::addRow("client id not a GUID")
            << u"clientIdEdit"_s << u"29f0cfea-cee2-512b-9f76"_s << u"clientIdHint"_s
            << u"Client ID must be the application (client) ID of the app registration"_s;
        QTest::addRow("client id nil GUID")
            << u"clientIdEdit"_s << u"00000000-0000-0000-0000-000000000000"_s << u"clientIdHint"_s
            << u"Client ID is the nil GUID"_s;
        QTest::addRow("redirect loopback with port")
            << u"redirectUriEdit"_s << u"http://127.0.0.1:8400/"_s << u"redirectUriHint"_s
            << QString();
        QTest::addRow("redirect http elsewhere")
            << u"redirectUriEdit"_s << u"http://example.com/callback"_s << u"redirectUriHint"_s
            << u"Redirect URI uses http:// with host example.com"_s;
        QTest::addRow("redirect with fragment")
            << u"redirectUriEdit"_s << u"https://app.example.com/cb#x"_s << u"redirectUriHint"_s
            << u"Redirect URI must not contain a fragment"_s;
        QTest::addRow("redirect relative")
            << u"redirectUriEdit"_s << u"callback"_s << u"redirectUriHint"_s
            << u"Redirect URI must be absolute"_s;
    }

    void fieldHintAsYouType()
    {
        QFETCH(QString, edit);
        QFETCH(QString, text);
        QFETCH(QString, hint);
        QFETCH(QString, expected);
        fillValidProfile(u"Hint test"_s);
        QVERIFY(nextButton()->isEnabled());
        typeInto(edit, text);
        const QString shown = this->hint(hint);
        if (expected.isEmpty()) {
            QCOMPARE(shown, QString());
            QVERIFY(!find<QLabel>(hint)->isVisible());
        } else {
            QVERIFY2(shown.startsWith(expected), qPrintable(shown));
            QVERIFY(find<QLabel>(hint)->isVisible());
        }
        QCOMPARE(nextButton()->isEnabled(), expected.isEmpty());
    }

    void emptiedFieldSaysWhatIsMissing()
    {
        fillValidProfile(u"Emptied"_s);
        typeInto(u"clientIdEdit"_s, QString());
        QVERIFY2(hint(u"clientIdHint"_s).startsWith(u"Client ID is empty"_s),
                 qPrintable(hint(u"clientIdHint"_s)));
        QVERIFY(!nextButton()->isEnabled());
    }

    void customCloudFileHint_data()
    {
        QTest::addColumn<QByteArray>("content"); // empty: no file at all
        QTest::addColumn<QStringList>("expected"); // every part is in the hint; none = valid

        QTest::addRow("sandbox file") << QByteArray("SANDBOX") << QStringList();
        QTest::addRow("missing file") << QByteArray() << QStringList{u"does not exist"_s};
        QTest::addRow("not JSON") << "{\"pcauthCloud\": 1,"_ba
                                  << QStringList{u"is not valid JSON"_s};
        const QByteArray plainHttp =
            "{\"pcauthCloud\":1,\"id\":\"proxy\",\"name\":\"Proxy\",\"endpoints\":{"
            "\"authority\":\"http://login.example.com\",\"partnerCenter\":"
            "\"https://pc.example.com\",\"graph\":\"https://graph.example.com\"}}"_ba;
        QTest::addRow("authority over http to another host")
            << plainHttp << QStringList{u"authority"_s, u"http://"_s, u"login.example.com"_s};
        QByteArray ftpGraph = plainHttp;
        ftpGraph.replace("http://login", "https://login").replace("https://graph", "ftp://graph");
        QTest::addRow("graph endpoint not https")
            << ftpGraph << QStringList{u"graph"_s, u"must use https://, not ftp://"_s};
    }

    void customCloudFileHint()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, expected);
        fillValidProfile(u"Cloud test"_s);
        QString path = m_files.filePath(u"cloud-%1.json"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        if (content == "SANDBOX")
            path = m_fixture.services->sandboxCloudFile();
        else if (!content.isEmpty())
            QVERIFY(writeFile(path, content));
        find<QComboBox>(u"cloudCombo"_s)
            ->setCurrentIndex(find<QComboBox>(u"cloudCombo"_s)->findData(u"custom"_s));
        QVERIFY(find<QLineEdit>(u"cloudFileEdit"_s)->isEnabled());
        QVERIFY(!nextButton()->isEnabled()); // custom chosen, no file yet
        typeInto(u"cloudFileEdit"_s, path);
        const QString shown = hint(u"cloudHint"_s);
        for (const QString &part : expected)
            QVERIFY2(shown.contains(part), qPrintable(shown));
        if (!expected.isEmpty())
            QVERIFY2(shown.startsWith(u"Cloud file "_s), qPrintable(shown));
        QCOMPARE(shown.isEmpty(), expected.isEmpty());
        QCOMPARE(nextButton()->isEnabled(), expected.isEmpty());
    }

    void certificateHint_data()
    {
        QTest::addColumn<QString>("file"); // in m_files
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected"); // the hint starts with this; "" = valid

        QTest::addRow("PFX with its password")
            << u"good.pfx"_s << QString::fromLatin1(PfxPassword) << QString();
        QTest::addRow("PFX without its password")
            << u"good.pfx"_s << QString()
            << u"Certificate: The PFX file is protected by a password: give it."_s;
        QTest::addRow("PFX with a wrong password")
            << u"good.pfx"_s << u"Zq9-not-it"_s << u"Certificate: The PFX password is wrong"_s;
        QTest::addRow("PEM certificate and key") << u"good.pem"_s << QString() << QString();
        QTest::addRow("PEM with an encrypted key, no passphrase")
            << u"encrypted.pem"_s << QString()
            << u"Certificate: The private key is encrypted: give its passphrase."_s;
        QTest::addRow("PEM without a key")
            << u"nokey.pem"_s << QString() << u"Certificate: The PEM text holds no private key"_s;
        QTest::addRow("not a certificate")
            << u"notes.txt"_s << QString()
            << u"Certificate: The file is not a PKCS#12 (PFX) file"_s;
        QTest::addRow("unreadable: no such file")
            << u"missing.pfx"_s << QString() << u"Certificate: cannot read "_s;
    }

    void certificateHint()
    {
        QFETCH(QString, file);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        fillValidProfile(u"Certificate test"_s);
        auto *credential = find<QComboBox>(u"credentialCombo"_s);
        credential->setCurrentIndex(credential->findData(u"certificate"_s));
        QVERIFY(find<QLineEdit>(u"certificateFileEdit"_s)->isVisible());
        QVERIFY(find<QLineEdit>(u"passphraseEdit"_s)->isVisible());
        QVERIFY(!find<QLineEdit>(u"secretEdit"_s)->isVisible());
        QVERIFY(!nextButton()->isEnabled());
        typeInto(u"passphraseEdit"_s, password);
        typeInto(u"certificateFileEdit"_s, m_files.filePath(file));
        const QString shown = hint(u"credentialHint"_s);
        if (expected.isEmpty())
            QCOMPARE(shown, QString());
        else
            QVERIFY2(shown.startsWith(expected), qPrintable(shown));
        QVERIFY2(password.isEmpty() || !shown.contains(password), qPrintable(shown));
        QCOMPARE(nextButton()->isEnabled(), expected.isEmpty());
    }

    void secretCredentialNeedsTheSecret()
    {
        fillValidProfile(u"Secret needed"_s);
        auto *credential = find<QComboBox>(u"credentialCombo"_s);
        credential->setCurrentIndex(credential->findData(u"secret"_s));
        QCOMPARE(find<QLineEdit>(u"secretEdit"_s)->echoMode(), QLineEdit::Password);
        QVERIFY(!nextButton()->isEnabled());
        typeInto(u"secretEdit"_s, u"x"_s);
        QVERIFY(nextButton()->isEnabled());
        typeInto(u"secretEdit"_s, QString());
        QCOMPARE(hint(u"credentialHint"_s),
                 u"Client secret: enter the client secret of the app registration."_s);
        QVERIFY(!nextButton()->isEnabled());
    }

    void newProfileIsSavedWithItsSecretInTheKeychainOnly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("client secret") << u"secret"_s;
        QTest::addRow("certificate (PFX)") << u"certificate"_s;
    }

    void newProfileIsSavedWithItsSecretInTheKeychainOnly()
    {
        QFETCH(QString, kind);
        const QString name = u"Saved %1"_s.arg(kind);
        const QByteArray secret = "Gui~Secret.NotASecret-"_ba + kind.toLatin1();
        fillValidProfile(name);
        auto *credential = find<QComboBox>(u"credentialCombo"_s);
        credential->setCurrentIndex(credential->findData(kind));
        if (kind == "secret"_L1) {
            typeInto(u"secretEdit"_s, QString::fromLatin1(secret));
        } else {
            typeInto(u"passphraseEdit"_s, QString::fromLatin1(PfxPassword));
            typeInto(u"certificateFileEdit"_s, m_files.filePath(u"good.pfx"_s));
        }
        QSignalSpy profilesChanged(m_fixture.services.get(), &AppServices::profilesChanged);
        QVERIFY(nextButton()->isEnabled());
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::PrerequisitesPageId),
                                  10000);
        QCOMPARE(profilesChanged.size(), 1);

        const Expected<Profile> saved = m_fixture.services->profiles().find(name);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        m_madeHere << saved->id;
        QCOMPARE(m_wizard->profileId(), saved->id);
        QCOMPARE(credentialKindId(saved->credential), kind);
        QCOMPARE(saved->partnerTenant, PartnerDomain);
        QCOMPARE(saved->clientId, ValidClientId);
        QCOMPARE(saved->cloudId, u"global"_s);
        // The secret fields are emptied once the keychain has the secret.
        QCOMPARE(find<QLineEdit>(u"secretEdit"_s)->text(), QString());
        QCOMPARE(find<QLineEdit>(u"passphraseEdit"_s)->text(), QString());

        Vault &vault = m_fixture.services->vault();
        const SecretResult stored = awaitSecret([&](QObject *c, SecretStore::Callback done) {
            if (kind == "secret"_L1)
                vault.loadClientSecret(saved->id, c, done);
            else
                vault.loadCertificateKey(saved->id, c, done);
        });
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        if (kind == "secret"_L1) {
            QCOMPARE(stored.data, secret);
        } else {
            QVERIFY(stored.data.contains("BEGIN PRIVATE KEY"));
            const Expected<ClientCertificate> back = ClientCertificate::fromPem(stored.data);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QCOMPARE(QString::fromLatin1(back->x5t()), saved->certificateThumbprint);
        }

        QFile file(m_fixture.services->profiles().filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray json = file.readAll();
        QVERIFY(json.contains(name.toUtf8()));
        QVERIFY(!json.contains(secret));
        QVERIFY(!json.contains(PfxPassword));
        QVERIFY(!json.contains("PRIVATE KEY"));
        QVERIFY(!json.contains(m_keyPem.mid(40, 40)));

        // Back on the first page, the new profile is now the chosen existing one.
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QVERIFY(find<QRadioButton>(u"existingRadio"_s)->isChecked());
        QCOMPARE(find<QComboBox>(u"existingCombo"_s)->currentText(), name);
    }

    void existingProfileIsPreselected()
    {
        const Profile demo = m_fixture.demoProfile();
        QVERIFY(!demo.id.isEmpty());
        QVERIFY(reopenFor(demo.id));
        QVERIFY(find<QRadioButton>(u"existingRadio"_s)->isChecked());
        QVERIFY(!find<QWidget>(u"newProfileBox"_s)->isEnabled());
        QCOMPARE(find<QComboBox>(u"existingCombo"_s)->currentText(),
                 AppServices::sandboxProfileName());
        QVERIFY(nextButton()->isEnabled());
    }

    void newProfileDefaultsToTheSandboxCloudAndCancelRemovesIt()
    {
        // Sandbox mode: a new profile signs in on the sandbox, never at Microsoft.
        auto *cloud = find<QComboBox>(u"cloudCombo"_s);
        QCOMPARE(cloud->currentText(), u"Sandbox on this computer"_s);
        QVERIFY(!find<QLineEdit>(u"cloudFileEdit"_s)->isEnabled());
        const QString name = u"Made and cancelled"_s;
        typeInto(u"nameEdit"_s, name);
        typeInto(u"tenantEdit"_s, PartnerDomain);
        typeInto(u"clientIdEdit"_s, WebAppId);
        auto *credential = find<QComboBox>(u"credentialCombo"_s);
        credential->setCurrentIndex(credential->findData(u"secret"_s));
        typeInto(u"secretEdit"_s, QString::fromLatin1(WebAppSecret));
        QCOMPARE(hint(u"cloudHint"_s), QString());
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::PrerequisitesPageId),
                                  10000);
        const Expected<Profile> saved = m_fixture.services->profiles().find(name);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        const QString id = saved->id;
        // The sandbox's own cloud, as the demo profile has it.
        QCOMPARE(saved->cloudId, m_fixture.demoProfile().cloudId);
        QCOMPARE(saved->customCloudFile, m_fixture.services->sandboxCloudFile());
        const Expected<Cloud> sandbox = saved->cloud();
        QVERIFY2(sandbox.ok(), qPrintable(sandbox.error()));
        QCOMPARE(sandbox->authority().port(), m_fixture.services->sandboxUrl().port());
        Vault &vault = m_fixture.services->vault();
        QVERIFY(vault.index().entry(id, SecretKind::ClientSecret)->stored);

        // Cancel: the profile made here and its secret are gone, nothing is left half-made.
        QSignalSpy profilesChanged(m_fixture.services.get(), &AppServices::profilesChanged);
        QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QTRY_VERIFY(m_wizard.isNull());
        QTRY_VERIFY(!m_fixture.services->profiles().find(id).ok());
        QVERIFY(!profilesChanged.isEmpty());
        QVERIFY(!vault.index().entry(id, SecretKind::ClientSecret)->stored);
        const SecretResult secret = awaitSecret(
            [&](QObject *c, SecretStore::Callback done) { vault.loadClientSecret(id, c, done); });
        QVERIFY(!secret.ok());
        // A profile that existed before is never removed by Cancel.
        QVERIFY(m_fixture.services->profiles().find(m_fixture.demoProfile().id).ok());
    }

    void existingProfileShowsWhatItIs()
    {
        const Profile other = m_fixture.addProfileWithoutConsent(u"Other tenant app"_s);
        QVERIFY(!other.id.isEmpty());
        m_fixture.removeAtStop(other.id);
        const Profile demo = m_fixture.demoProfile();
        QVERIFY(reopenFor(demo.id));
        QVERIFY(find<QWidget>(u"existingDetails"_s)->isVisible());
        QVERIFY(find<QWidget>(u"existingDetails"_s)->isEnabled());
        QVERIFY(!find<QWidget>(u"newProfileBox"_s)->isVisible());
        QCOMPARE(hint(u"existingTenantValue"_s), demo.partnerTenant);
        QCOMPARE(hint(u"existingClientIdValue"_s), demo.clientId);
        QCOMPARE(hint(u"existingCloudValue"_s), u"Sandbox on this computer"_s);
        QCOMPARE(hint(u"existingCredentialValue"_s), u"Client secret"_s);

        auto *combo = find<QComboBox>(u"existingCombo"_s);
        combo->setCurrentIndex(combo->findData(other.id));
        QCOMPARE(hint(u"existingClientIdValue"_s), PublicAppId);
        QCOMPARE(hint(u"existingCredentialValue"_s), u"Public client (no secret)"_s);

        // A half-typed new profile's complaints are not shown for an existing one.
        find<QRadioButton>(u"newRadio"_s)->click();
        QVERIFY(find<QWidget>(u"newProfileBox"_s)->isVisible());
        typeInto(u"tenantEdit"_s, u"contoso partner"_s);
        QVERIFY(find<QLabel>(u"tenantHint"_s)->isVisible());
        find<QRadioButton>(u"existingRadio"_s)->click();
        QVERIFY(!find<QLabel>(u"tenantHint"_s)->isVisible());
        QVERIFY(nextButton()->isEnabled());
    }

    void backClearsWhatTheLastNextSaid()
    {
        fillValidProfile(u"Back test"_s);
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), int(ConsentWizard::PrerequisitesPageId));
        m_madeHere << m_wizard->profileId();
        QTest::mouseClick(m_wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::ProfilePageId));
        QCOMPARE(find<MessageWidget>(u"saveStatus"_s)->text(), QString());
        QCOMPARE(hint(u"existingTenantValue"_s), PartnerDomain);
    }

    void mnemonicsAreUniqueOnEveryPage()
    {
        // The wizard's own buttons on each page: QWizard's, with no Back and no Cancel on the
        // last page, no Finish before it; Cancel has no mnemonic.
        const QString back = m_wizard->buttonText(QWizard::BackButton);
        const QString next = m_wizard->buttonText(QWizard::NextButton);
        const QString finish = m_wizard->buttonText(QWizard::FinishButton);
        const QList<std::pair<int, QStringList>> pages{
            {ConsentWizard::ProfilePageId, {back, next}},
            {ConsentWizard::PrerequisitesPageId, {back, next}},
            {ConsentWizard::SignInPageId, {back, next}},
            {ConsentWizard::ResultPageId, {finish}}};
        for (const auto &[id, buttons] : pages) {
            QWizardPage *page = m_wizard->page(id);
            QStringList texts = buttons;
            for (const QAbstractButton *button : page->findChildren<QAbstractButton *>())
                texts << button->text();
            for (const QLabel *label : page->findChildren<QLabel *>()) {
                if (label->buddy())
                    texts << label->text();
            }
            QHash<QChar, QString> owners;
            for (const QString &text : std::as_const(texts)) {
                const qsizetype amp = text.indexOf(u'&');
                if (amp < 0 || amp + 1 >= text.size())
                    continue;
                const QChar key = text.at(amp + 1).toLower();
                QVERIFY2(!owners.contains(key),
                         qPrintable(u"%1: Alt+%2 is both \u201c%3\u201d and \u201c%4\u201d"_s.arg(
                             page->objectName(), key, owners.value(key), text)));
                owners.insert(key, text);
            }
            QVERIFY2(owners.size() >= buttons.size(), qPrintable(page->objectName()));
        }
    }

    void copyButtonPutsTheRedirectUriOnTheClipboard()
    {
        fillValidProfile(u"Copy test"_s);
        typeInto(u"redirectUriEdit"_s, u"http://127.0.0.1:8400/pcauth"_s);
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), int(ConsentWizard::PrerequisitesPageId));
        m_madeHere << m_wizard->profileId();
        QCOMPARE(find<QLineEdit>(u"redirectUriValue"_s)->text(), u"http://127.0.0.1:8400/pcauth"_s);
        QGuiApplication::clipboard()->setText(u"something else"_s);
        QTest::mouseClick(find<QAbstractButton>(u"copyRedirectButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"http://127.0.0.1:8400/pcauth"_s);
        QCOMPARE(hint(u"copyStatus"_s), u"Copied http://127.0.0.1:8400/pcauth to the clipboard."_s);
    }

    void profileThatCannotStartShowsWhyWithoutStartingWebEngine()
    {
        // A profile whose custom cloud file has gone since it was made.
        const QString cloudFile = m_files.filePath(u"gone-cloud.json"_s);
        QVERIFY(QFile::copy(m_fixture.services->sandboxCloudFile(), cloudFile));
        Profile profile;
        profile.name = u"Cloud file gone"_s;
        profile.cloudId = u"custom"_s;
        profile.customCloudFile = cloudFile;
        profile.partnerTenant = PartnerDomain;
        profile.clientId = PublicAppId;
        const Expected<Profile> added = m_fixture.services->profiles().add(profile);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        m_fixture.removeAtStop(added->id);
        QVERIFY(QFile::remove(cloudFile));

        m_wizard->close();
        QTRY_VERIFY(m_wizard.isNull());
        m_wizard = new ConsentWizard(*m_fixture.services, added->id);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QTRY_COMPARE(m_wizard->currentId(), int(ConsentWizard::ResultPageId));
        QCOMPARE(hint(u"resultHeadline"_s), u"The consent did not complete"_s);
        const QString message = hint(u"resultMessage"_s);
        QVERIFY2(message.startsWith(u"Cloud file "_s) && message.contains(u"does not exist"_s),
                 qPrintable(message));
        QVERIFY(find<QAbstractButton>(u"tryAgainButton"_s)->isVisible());
        QVERIFY(!m_wizard->findChild<QWebEngineView *>());
    }

    void webEngineIsNotStartedBeforeTheSignInPage()
    {
        m_wizard->close();
        QTRY_VERIFY(m_wizard.isNull());
        m_wizard = new ConsentWizard(*m_fixture.services, m_fixture.demoProfile().id);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::PrerequisitesPageId));
        find<QCheckBox>(u"acceptWithoutMfaCheck"_s)->click();
        QVERIFY(m_wizard->acceptWithoutMfa());
        QTest::qWait(200);
        QVERIFY(!m_wizard->findChild<QWebEngineView *>());
        const QStringList children = childProcessNames();
        QVERIFY2(!children.contains(u"QtWebEngineProcess"_s), qPrintable(children.join(u", "_s)));
    }

    void savingAfterTheRedirectCannotBeCancelledNorTimeOut()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"http"_s, &catcher, "open");
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        const auto unset = qScopeGuard([this] {
            QDesktopServices::unsetUrlHandler(u"http"_s);
            QDesktopServices::unsetUrlHandler(u"https"_s);
            (void)m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s));
        });
        // A slow token endpoint makes the saving phase last longer than the sign-in timeout.
        const auto fault = m_fixture.client->postJson(
            u"/_sandbox/faults"_s,
            QJsonObject{{u"faults"_s, QJsonArray{QJsonObject{{u"path"_s, u"/oauth2/v2.0/token"_s},
                                                             {u"method"_s, u"POST"_s},
                                                             {u"latencyMs"_s, 5000},
                                                             {u"times"_s, 1}}}}});
        QVERIFY2(fault.status / 100 == 2, fault.body.constData());
        const Profile demo = m_fixture.demoProfile();
        m_wizard->close();
        QTRY_VERIFY(m_wizard.isNull());
        m_wizard = new ConsentWizard(*m_fixture.services, demo.id);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard->setSignInTimeout(std::chrono::milliseconds(2500));
        m_wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::PrerequisitesPageId));
        find<QRadioButton>(u"systemBrowserRadio"_s)->click();
        QTest::mouseClick(nextButton(), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::SignInPageId));
        QTRY_COMPARE(catcher.opened.size(), 1);
        QVERIFY(find<QAbstractButton>(u"cancelSignInButton"_s)->isEnabled());

        const BrowserResult browsed = browseSignIn(*m_fixture.client, catcher.opened.constFirst(),
                                                   ServiceUser, ServicePassword, ServiceOtc);
        QVERIFY2(browsed.location.isValid(), qPrintable(browsed.pages.join(u", "_s)));
        QCOMPARE(m_fixture.client->send("GET"_ba, browsed.location).status, 200);
        QTRY_VERIFY(hint(u"statusLabel"_s).contains(u"Saving"_s));
        QVERIFY(!find<QAbstractButton>(u"cancelSignInButton"_s)->isEnabled());
        QVERIFY(!m_wizard->button(QWizard::CancelButton)->isEnabled());
        QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
        // Closing the window does not abandon the token on its way to the keychain.
        m_wizard->close();
        QVERIFY(m_wizard && m_wizard->isVisible());
        // Past the sign-in timeout, still saving.
        QTest::qWait(3000);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::SignInPageId));
        QVERIFY(hint(u"statusLabel"_s).contains(u"Saving"_s));

        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId), 20000);
        QVERIFY2(m_wizard->lastResult() && m_wizard->lastResult()->ok,
                 qPrintable(hint(u"resultMessage"_s)));
        QCOMPARE(hint(u"resultHeadline"_s), u"Partner consent recorded"_s);
        const Expected<VaultIndex::Entry> entry =
            m_fixture.services->vault().index().entry(demo.id, SecretKind::RefreshToken);
        QVERIFY(entry.ok() && entry->stored);
    }

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_wizard->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }

    /// Closes the wizard and opens a new one for `profileId`; false when it was not shown.
    bool reopenFor(const QString &profileId)
    {
        m_wizard->close();
        if (!QTest::qWaitFor([this] { return m_wizard.isNull(); }))
            return false;
        m_wizard = new ConsentWizard(*m_fixture.services, profileId);
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        m_wizard->show();
        return QTest::qWaitForWindowExposed(m_wizard);
    }

    QString hint(const QString &name) const { return find<QLabel>(name)->text(); }

    /// Replaces the field's text by typing, as a user would (an empty `text` erases it).
    void typeInto(const QString &name, const QString &text)
    {
        auto *edit = find<QLineEdit>(name);
        edit->setFocus();
        edit->selectAll();
        if (text.isEmpty())
            QTest::keyClick(edit, Qt::Key_Backspace);
        else
            QTest::keyClicks(edit, text);
        QCOMPARE(edit->text(), text);
    }

    /// A valid new profile on the Global cloud with a public client.
    void fillValidProfile(const QString &name)
    {
        find<QRadioButton>(u"newRadio"_s)->click();
        auto *cloud = find<QComboBox>(u"cloudCombo"_s);
        cloud->setCurrentIndex(cloud->findData(u"global"_s));
        typeInto(u"nameEdit"_s, name);
        typeInto(u"tenantEdit"_s, PartnerDomain);
        typeInto(u"clientIdEdit"_s, ValidClientId);
        QCOMPARE(hint(u"nameHint"_s), QString());
        QCOMPARE(hint(u"tenantHint"_s), QString());
        QCOMPARE(hint(u"clientIdHint"_s), QString());
    }

    static bool writeFile(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
    }

    void writeCertificateFiles()
    {
        const OpenSsl::Ptr<EVP_PKEY> key = makeRsaKey();
        const OpenSsl::Ptr<X509> certificate = makeCertificate(key.get(), "pcauth-gui-test");
        QVERIFY(key && certificate);
        m_keyPem = privateKeyPem(key.get());
        const QByteArray pem = certificatePem(certificate.get());
        QVERIFY(writeFile(m_files.filePath(u"good.pfx"_s),
                          pkcs12(key.get(), certificate.get(), PfxPassword)));
        QVERIFY(writeFile(m_files.filePath(u"good.pem"_s), pem + m_keyPem));
        QVERIFY(writeFile(m_files.filePath(u"encrypted.pem"_s),
                          pem + encryptedKeyPem(key.get(), "pem-phrase"_ba)));
        QVERIFY(writeFile(m_files.filePath(u"nokey.pem"_s), pem));
        QVERIFY(writeFile(m_files.filePath(u"notes.txt"_s), "just some notes\n"_ba));
    }

    GuiFixture m_fixture;
    QTemporaryDir m_files;
    QByteArray m_keyPem;
    QStringList m_madeHere; // by the wizard under test, which removes them when it closes
    QPointer<ConsentWizard> m_wizard;
};

QTEST_MAIN(tst_ConsentWizard)
#include "tst_consentwizard.moc"
