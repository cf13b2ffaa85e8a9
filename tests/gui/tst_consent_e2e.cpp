// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The partner consent end to end, in the real embedded browser: the main window over the
// app's sandbox services, the wizard opened for the demo profile, the sandbox's sign-in
// forms filled in the page with JavaScript as a user would type them, and the refresh token
// checked in the real keychain and on the dashboard. Also every way it can fail (cancel, a
// user without MFA, a declined consent, a token endpoint fault, a timeout, an untrusted
// certificate), Try again, the switch to the system browser, and that the redirect URI is
// never loaded by the browser.
#include "awaitsecret.h"
#include "consent/consentbrowser.h"
#include "consent/consentwizard.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "session/tokenbroker.h"
#include "testcrypto.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>
#include <QTreeView>
#include <QUrlQuery>
#include <QWebEngineProfile>
#include <QWebEngineView>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;
using namespace std::chrono_literals;

namespace {

constexpr int PageTimeoutMs = 15000;

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + out + u'\'';
}

} // namespace

/// Stands in for the desktop's URL handler: records what PCAuth asks to open.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class tst_ConsentE2e : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_demo = m_fixture.demoProfile();
        QVERIFY(!m_demo.id.isEmpty());
        m_window = std::make_unique<MainWindow>(*m_fixture.services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        if (m_wizard)
            m_wizard->close();
        (void)awaitSecret([&](QObject *c, SecretStore::Callback done) {
            m_fixture.services->vault().removeProfile(m_demo.id, c, done);
        });
        m_window.reset();
        m_fixture.stop();
    }

    void init()
    {
        // Every test starts without a refresh token: remove the demo profile's items and put
        // its client secret back.
        m_visited.clear();
        Vault &vault = m_fixture.services->vault();
        SecretResult r = awaitSecret([&](QObject *c, SecretStore::Callback done) {
            vault.removeProfile(m_demo.id, c, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        r = awaitSecret([&](QObject *c, SecretStore::Callback done) {
            vault.storeClientSecret(m_demo.id, WebAppSecret, c, done);
        });
        QVERIFY2(r.ok(), qPrintable(r.message));
        m_fixture.services->broker().forget(m_demo.id);
        QVERIFY(!refreshTokenStored());
    }

    void cleanup()
    {
        if (m_wizard)
            m_wizard->close();
        QTRY_VERIFY(m_wizard.isNull());
    }

    void cancelMidSignInStoresNothing()
    {
        openAtSignIn();
        QVERIFY(waitForPage(u"login"_s));
        QTest::mouseClick(find<QAbstractButton>(u"cancelSignInButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);
        QCOMPARE(label(u"resultHeadline"_s), u"The consent did not complete"_s);
        QCOMPARE(label(u"resultMessage"_s), u"The consent was cancelled; nothing was stored."_s);
        QVERIFY(find<QAbstractButton>(u"tryAgainButton"_s)->isVisible());
        QVERIFY(!refreshTokenStored());
    }

    void userWithoutMfaIsRefused()
    {
        openAtSignIn();
        QVERIFY(waitForPage(u"login"_s));
        signIn(NoMfaUser, NoMfaPassword);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);
        const QString message = label(u"resultMessage"_s);
        QVERIFY2(message.contains(u"multi-factor authentication"_s, Qt::CaseInsensitive)
                     || message.contains(u"MFA"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"50076"_s), qPrintable(message));
        QVERIFY(!refreshTokenStored());
        verifyRedirectNeverLoaded();
    }

    void declinedConsentShowsAccessDenied()
    {
        // Without the app's consent in the partner tenant, the sandbox asks for it.
        const auto withdrawn = m_fixture.client->send(
            "DELETE"_ba,
            m_fixture.services->sandboxUrl().resolved(
                QUrl(u"/_sandbox/tenants/%1/consents/%2"_s.arg(PartnerTenantId, WebAppId))));
        QVERIFY2(withdrawn.status / 100 == 2, qPrintable(QString::number(withdrawn.status)));
        openAtSignIn();
        QVERIFY(waitForPage(u"login"_s));
        signIn(ServiceUser, ServicePassword);
        QVERIFY(waitForPage(u"mfa"_s));
        submitOtc();
        QVERIFY(waitForPage(u"consent"_s));
        runJs(u"document.getElementById('consent-cancel').click();"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);
        const QString message = label(u"resultMessage"_s);
        QVERIFY2(message.contains(u"65004"_s), qPrintable(message));
        QVERIFY2(message.contains(u"declined"_s, Qt::CaseInsensitive), qPrintable(message));
        QVERIFY(!refreshTokenStored());
        verifyRedirectNeverLoaded();
    }

    void tokenEndpointFailureIsShownAndNothingStored()
    {
        const auto fault = m_fixture.client->postJson(
            u"/_sandbox/faults"_s,
            QJsonObject{{u"faults"_s, QJsonArray{QJsonObject{{u"path"_s, u"/oauth2/v2.0/token"_s},
                                                             {u"status"_s, 400},
                                                             {u"times"_s, 1}}}}});
        QVERIFY2(fault.status / 100 == 2, qPrintable(QString::number(fault.status)));
        openAtSignIn();
        QVERIFY(waitForPage(u"login"_s));
        signIn(ServiceUser, ServicePassword);
        QVERIFY(waitForPage(u"mfa"_s));
        submitOtc();
        acceptConsentIfAsked();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);
        QCOMPARE(label(u"resultHeadline"_s), u"The consent did not complete"_s);
        const QString message = label(u"resultMessage"_s);
        QVERIFY2(message.contains(u"400"_s), qPrintable(message));
        QVERIFY2(!message.contains(u"code="_s), qPrintable(message));
        QVERIFY(find<QAbstractButton>(u"tryAgainButton"_s)->isVisible());
        QVERIFY(!refreshTokenStored());
        verifyRedirectNeverLoaded();
        (void)m_fixture.client->send("DELETE"_ba, m_fixture.client->url(u"/_sandbox/faults"_s));
    }

    void timeoutEndsTheAttemptAndTryAgainStartsAFreshOne()
    {
        // Whether the login page has loaded by then does not matter: the time is the user's.
        openAtSignIn(false, 3s);
        const QPointer<QWebEngineProfile> firstProfile = view()->page()->profile();
        QVERIFY(firstProfile->isOffTheRecord());
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);
        QCOMPARE(label(u"resultMessage"_s),
                 u"The sign-in was not finished within 3 seconds, so it was stopped; nothing "
                 "was stored. Choose Try again when you are ready to sign in."_s);
        QVERIFY(!refreshTokenStored());
        // The browser of the ended attempt goes, its private profile with it.
        QTRY_VERIFY(firstProfile.isNull());

        m_wizard->setSignInTimeout(10min);
        QTest::mouseClick(find<QAbstractButton>(u"tryAgainButton"_s), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::SignInPageId));
        QTRY_VERIFY(view());
        QVERIFY(view()->page()->profile()->isOffTheRecord());
        QVERIFY(view()->page()->profile()->storageName().isEmpty());
        watchUrls();
        QVERIFY(waitForPage(u"login"_s));
    }

    void tokenWithoutMfaIsKeptOnlyWhenAccepted()
    {
        openAtSignIn(true);
        QVERIFY(waitForPage(u"login"_s));
        signIn(NoMfaUser, NoMfaPassword);
        acceptConsentIfAsked();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);
        QCOMPARE(label(u"resultHeadline"_s), u"Partner consent recorded"_s);
        QCOMPARE(label(u"accountValue"_s), NoMfaUser);
        QVERIFY2(label(u"mfaValue"_s).startsWith(u"No: kept because you accepted"_s),
                 qPrintable(label(u"mfaValue"_s)));
        QVERIFY2(label(u"resultMessage"_s).contains(u"WITHOUT evidence of MFA"_s),
                 qPrintable(label(u"resultMessage"_s)));
        const Expected<VaultIndex::Entry> entry =
            m_fixture.services->vault().index().entry(m_demo.id, SecretKind::RefreshToken);
        QVERIFY(entry.ok() && entry->stored && entry->metadata);
        QCOMPARE(entry->metadata->mfa, MfaEvidence::Absent);
        QVERIFY(entry->metadata->acceptedWithoutMfa);
        auto *tree = m_window->findChild<QTreeView *>(u"healthTree"_s);
        QVERIFY(tree);
        QTRY_COMPARE_WITH_TIMEOUT(healthIdOf(tree, AppServices::sandboxProfileName()),
                                  u"mfa-missing"_s, PageTimeoutMs);
        verifyRedirectNeverLoaded();
    }

    void consentInTheEmbeddedBrowserStoresTheToken()
    {
        QSignalSpy tokenChanged(m_fixture.services.get(), &AppServices::tokenChanged);
        openAtSignIn();
        QVERIFY(waitForPage(u"login"_s));
        QCOMPARE(find<QLineEdit>(u"addressBar"_s)->text(),
                 u"127.0.0.1:%1"_s.arg(m_fixture.services->sandboxUrl().port()));
        QVERIFY2(label(u"addressNote"_s).contains(u"loopback"_s),
                 qPrintable(label(u"addressNote"_s)));
        signIn(ServiceUser, ServicePassword);
        QVERIFY(waitForPage(u"mfa"_s));
        submitOtc();
        acceptConsentIfAsked();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);

        QCOMPARE(label(u"resultHeadline"_s), u"Partner consent recorded"_s);
        QCOMPARE(label(u"accountValue"_s), ServiceUser);
        QCOMPARE(label(u"tenantValue"_s), PartnerTenantId);
        QVERIFY2(label(u"mfaValue"_s).startsWith(u"Yes"_s), qPrintable(label(u"mfaValue"_s)));
        QCOMPARE(label(u"storedInValue"_s), m_fixture.services->vault().backendName());
        QVERIFY2(label(u"storedInValue"_s).contains(u"Secret Service"_s),
                 qPrintable(label(u"storedInValue"_s)));
        QVERIFY(!find<QAbstractButton>(u"tryAgainButton"_s)->isVisible());
        QVERIFY(tokenChanged.contains(QVariantList{m_demo.id}));
        verifyRedirectNeverLoaded();

        // The refresh token is in the real keychain, recorded as obtained in the embedded browser.
        std::optional<RefreshTokenRecord> record;
        QObject context;
        m_fixture.services->vault().loadRefreshToken(
            m_demo.id, &context, [&record](const SecretResult &r, const RefreshTokenRecord &rec) {
                if (r.ok())
                    record = rec;
            });
        QTRY_VERIFY_WITH_TIMEOUT(record.has_value(), 5000);
        QCOMPARE(record->upn, ServiceUser);
        QCOMPARE(record->mfa, MfaEvidence::Present);
        QCOMPARE(record->obtainedVia, u"consent-embedded"_s);

        // The dashboard shows the profile healthy (column 1, Qt::UserRole: the status id).
        auto *tree = m_window->findChild<QTreeView *>(u"healthTree"_s);
        QVERIFY(tree);
        QTRY_COMPARE_WITH_TIMEOUT(healthIdOf(tree, AppServices::sandboxProfileName()), u"healthy"_s,
                                  PageTimeoutMs);
    }

    void keyboardOnlySignIn()
    {
        // No click and no Tab to reach the form: typing goes into the sign-in page at once,
        // each form's field takes it as the form appears, Enter submits.
        openAtSignIn();
        m_wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_wizard));
        QVERIFY(waitForPage(u"login"_s));
        QVERIFY2(keyboardIn(u"login"_s), qPrintable(activeElementId()));
        type(ServiceUser);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(keyboardIn(u"passwd"_s), qPrintable(activeElementId()));
        QCOMPARE(runJs(u"document.getElementById('login').value"_s).toString(), ServiceUser);
        type(ServicePassword);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        // The sandbox took the account and the password: its MFA form is next, focused.
        QVERIFY(waitForPage(u"mfa"_s));
        QVERIFY2(keyboardIn(u"otc"_s), qPrintable(activeElementId()));
        type(ServiceOtc);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        acceptConsentIfAsked();
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);
        QCOMPARE(label(u"resultHeadline"_s), u"Partner consent recorded"_s);
        QVERIFY(refreshTokenStored());
    }

    void certificateErrorIsRefusedWithAnExplanation()
    {
        QVERIFY(QSslSocket::supportsSsl());
        // An https "authority" on loopback with a self-signed certificate nobody trusts.
        const OpenSsl::Ptr<EVP_PKEY> key = makeRsaKey();
        const OpenSsl::Ptr<X509> certificate = makeCertificate(key.get(), "127.0.0.1");
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certificatePem(certificate.get())));
        tls.setPrivateKey(QSslKey(privateKeyPem(key.get()), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QString base = u"https://127.0.0.1:%1"_s.arg(server.serverPort());
        const QString cloudFile = m_fixture.dir->filePath(u"untrusted-cloud.json"_s);
        QFile file(cloudFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject{{u"pcauthCloud"_s, 1},
                                      {u"id"_s, u"untrusted"_s},
                                      {u"name"_s, u"Untrusted"_s},
                                      {u"endpoints"_s, QJsonObject{{u"authority"_s, base},
                                                                   {u"partnerCenter"_s, base},
                                                                   {u"graph"_s, base}}}})
                .toJson());
        file.close();
        Profile profile;
        profile.name = u"Untrusted certificate"_s;
        profile.cloudId = u"custom"_s;
        profile.customCloudFile = cloudFile;
        profile.partnerTenant = PartnerDomain;
        profile.clientId = PublicAppId;
        const Expected<Profile> added = m_fixture.services->profiles().add(profile);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        const auto remove =
            qScopeGuard([&] { (void)m_fixture.services->profiles().remove(added->id); });

        openAtSignIn(added->id);
        QTRY_VERIFY_WITH_TIMEOUT(
            label(u"statusLabel"_s).startsWith(u"The connection to 127.0.0.1 is not secure ("_s),
            PageTimeoutMs);
        QVERIFY2(label(u"statusLabel"_s).contains(u"the page was blocked"_s),
                 qPrintable(label(u"statusLabel"_s)));
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::SignInPageId));
        QTest::mouseClick(find<QAbstractButton>(u"cancelSignInButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);
        QCOMPARE(label(u"resultMessage"_s), u"The consent was cancelled; nothing was stored."_s);
    }

    void signInWithTheSystemBrowserInstead()
    {
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"http"_s, &catcher, "open");
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "open");
        const auto unset = qScopeGuard([] {
            QDesktopServices::unsetUrlHandler(u"http"_s);
            QDesktopServices::unsetUrlHandler(u"https"_s);
        });
        openAtSignIn();
        QVERIFY(waitForPage(u"login"_s));
        QTest::mouseClick(find<QAbstractButton>(u"systemBrowserButton"_s), Qt::LeftButton);
        QTRY_COMPARE(catcher.opened.size(), 1);
        const QUrl url = catcher.opened.constFirst();
        QCOMPARE(url.host(), u"127.0.0.1"_s);
        QTRY_VERIFY(!view()); // the embedded browser is gone
        QVERIFY(find<QWidget>(u"waitingPanel"_s)->isVisible());
        QCOMPARE(find<QLineEdit>(u"linkValue"_s)->text(), url.toString(QUrl::FullyEncoded));
        QVERIFY(!find<QAbstractButton>(u"systemBrowserButton"_s)->isEnabled());
        QTest::mouseClick(find<QAbstractButton>(u"copyLinkButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), url.toString(QUrl::FullyEncoded));

        // The test is the system browser: it walks the forms, then follows the redirect to
        // PCAuth's loopback listener.
        const BrowserResult browsed =
            browseSignIn(*m_fixture.client, url, ServiceUser, ServicePassword, ServiceOtc);
        QVERIFY2(browsed.location.isValid(), qPrintable(browsed.pages.join(u", "_s)));
        QCOMPARE(QUrlQuery(browsed.location).hasQueryItem(u"code"_s), true);
        const auto answered = m_fixture.client->send("GET"_ba, browsed.location);
        QCOMPARE(answered.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_wizard->currentId(), int(ConsentWizard::ResultPageId),
                                  PageTimeoutMs);
        QCOMPARE(label(u"resultHeadline"_s), u"Partner consent recorded"_s);
        QCOMPARE(label(u"accountValue"_s), ServiceUser);
        QVERIFY(refreshTokenStored());
        const Expected<VaultIndex::Entry> entry =
            m_fixture.services->vault().index().entry(m_demo.id, SecretKind::RefreshToken);
        QVERIFY(entry.ok() && entry->metadata);
        QCOMPARE(entry->metadata->obtainedVia, u"consent-system-browser"_s);
    }

private:
    /// Opens the wizard for the demo profile and goes to the sign-in page.
    void openAtSignIn(bool acceptWithoutMfa = false,
                      std::chrono::milliseconds timeout = std::chrono::minutes(10))
    {
        openAtSignIn(m_demo.id, acceptWithoutMfa, timeout);
    }

    void openAtSignIn(const QString &profileId, bool acceptWithoutMfa = false,
                      std::chrono::milliseconds timeout = std::chrono::minutes(10))
    {
        m_wizard = m_window->openConsent(profileId);
        QVERIFY(m_wizard);
        m_wizard->setSignInTimeout(timeout);
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QVERIFY(!view());
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::PrerequisitesPageId));
        if (acceptWithoutMfa)
            find<QCheckBox>(u"acceptWithoutMfaCheck"_s)->setChecked(true);
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::SignInPageId));
        QVERIFY(view());
        QVERIFY(view()->page()->profile()->isOffTheRecord());
        watchUrls();
    }

    QWebEngineView *view() const
    {
        return m_wizard ? m_wizard->findChild<QWebEngineView *>(u"signInView"_s) : nullptr;
    }

    void watchUrls()
    {
        QWebEnginePage *page = view()->page();
        m_visited << page->url();
        connect(page, &QWebEnginePage::urlChanged, this,
                [this](const QUrl &url) { m_visited << url; });
    }

    void verifyRedirectNeverLoaded()
    {
        QVERIFY(!m_visited.isEmpty());
        const QUrl redirect(m_demo.redirectUri);
        for (const QUrl &url : std::as_const(m_visited))
            QVERIFY2(!isConsentRedirect(url, redirect) && url.host() != "localhost"_L1,
                     qPrintable(url.toString()));
    }

    /// Runs `script` in the sign-in page and waits for its result.
    QVariant runJs(const QString &script)
    {
        QWebEngineView *v = view();
        if (!v)
            return {};
        std::optional<QVariant> result;
        QPointer<QObject> guard(v);
        v->page()->runJavaScript(script, [&result](const QVariant &value) { result = value; });
        (void)QTest::qWaitFor([&] { return result.has_value() || guard.isNull(); }, 5000);
        return result.value_or(QVariant());
    }

    /// The sandbox page shown: <body data-page="login|mfa|consent|error">.
    QString pageName()
    {
        return runJs(u"document.body ? document.body.getAttribute('data-page') : ''"_s).toString();
    }

    bool waitForPage(const QString &name)
    {
        const bool shown = QTest::qWaitFor([&] { return pageName() == name; }, PageTimeoutMs);
        if (!shown)
            qWarning("page %s not shown; shown: %s", qPrintable(name), qPrintable(pageName()));
        QTest::qWait(50); // a page grabbed right after loadFinished may be blank
        return shown;
    }

    /// The id of the page's focused element.
    QString activeElementId()
    {
        return runJs(u"document.activeElement ? document.activeElement.id : ''"_s).toString();
    }

    /// The keyboard is in the sign-in page, on its field `id` (within the page timeout).
    bool keyboardIn(const QString &id)
    {
        return QTest::qWaitFor(
            [&] {
                return view() && view()->isAncestorOf(QApplication::focusWidget())
                       && activeElementId() == id;
            },
            PageTimeoutMs);
    }

    /// Types `text` where the keyboard focus is, as a user would.
    static void type(const QString &text)
    {
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        QTest::keyClicks(focused, text);
    }

    void signIn(const QString &user, const QString &password)
    {
        runJs(u"document.getElementById('login').value = %1;"
              "document.getElementById('passwd').value = %2;"
              "document.getElementById('signin-form').submit();"_s.arg(quoted(user),
                                                                       quoted(password)));
    }

    void submitOtc()
    {
        runJs(u"document.getElementById('otc').value = %1;"
              "document.getElementById('mfa-form').submit();"_s.arg(quoted(ServiceOtc)));
    }

    /// The sandbox asks for consent only when the app has none in the tenant yet.
    void acceptConsentIfAsked()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentId() == ConsentWizard::ResultPageId
                                     || pageName() == "consent"_L1,
                                 PageTimeoutMs);
        if (m_wizard->currentId() != ConsentWizard::ResultPageId)
            runJs(u"document.getElementById('consent-accept').click();"_s);
    }

    bool refreshTokenStored() const
    {
        const Expected<VaultIndex::Entry> entry =
            m_fixture.services->vault().index().entry(m_demo.id, SecretKind::RefreshToken);
        return entry.ok() && entry->stored;
    }

    static QString healthIdOf(const QTreeView *tree, const QString &name)
    {
        const QAbstractItemModel *model = tree->model();
        for (int row = 0; model && row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == name)
                return model->index(row, 1).data(Qt::UserRole).toString();
        }
        return {};
    }

    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_wizard->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    QString label(const QString &name) const { return find<QLabel>(name)->text(); }

    GuiFixture m_fixture;
    Profile m_demo;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ConsentWizard> m_wizard;
    QList<QUrl> m_visited;
};

int main(int argc, char **argv)
{
    prepareForWebEngine();
    QApplication app(argc, argv);
    tst_ConsentE2e test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_consent_e2e.moc"
