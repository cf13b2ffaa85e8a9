// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// What start-up does not load: the main window over the app's services is shown and painted
// with none of Qt WebEngine's libraries in the process (this test links the whole UI, as
// pcauth does, and not WebEngine). The consent view's embedded browser is a plugin loaded
// when the first embedded sign-in starts: then WebEngine is in the process and the browser
// in the wizard. Without the plugin, the wizard says so and offers the system browser.
#include "consent/consentbrowserloader.h"
#include "consent/consentwizard.h"
#include "guifixture.h"
#include "mainwindow.h"

#include <algorithm>

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

/// The libraries of Qt WebEngine mapped into this process (Linux /proc/self/maps).
QStringList webEngineLibraries()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return {u"(/proc/self/maps unreadable)"_s};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const qsizetype slash = line.lastIndexOf('/');
        const QString name = QString::fromLocal8Bit(line.mid(slash + 1));
        if (slash >= 0 && name.startsWith(u"libQt6WebEngine"_s) && !found.contains(name))
            found << name;
    }
    return found;
}

/// Counts the paint events of a widget.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class tst_Startup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads /proc/self/maps");
#endif
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_demo = m_fixture.demoProfile();
        QVERIFY(!m_demo.id.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_wizard)
            m_wizard->close();
        m_window.reset();
        m_fixture.stop();
    }

    void cleanup()
    {
        if (m_wizard)
            m_wizard->close();
        QTRY_VERIFY(m_wizard.isNull());
    }

    void mainWindowPaintsWithoutWebEngine()
    {
        QVERIFY2(webEngineLibraries().isEmpty(), qPrintable(webEngineLibraries().join(u", "_s)));
        m_window = std::make_unique<MainWindow>(*m_fixture.services);
        PaintCounter counter;
        m_window->installEventFilter(&counter);
        m_window->show();
        QTRY_VERIFY(counter.paints > 0);
        m_window->removeEventFilter(&counter);
        QVERIFY2(webEngineLibraries().isEmpty(), qPrintable(webEngineLibraries().join(u", "_s)));
        QVERIFY(ConsentBrowserLoader::loadedFile().isEmpty());
        QVERIFY(!childProcessNames().contains(u"QtWebEngineProcess"_s));
    }

    void withoutThePluginTheWizardSaysSoAndOffersTheSystemBrowser()
    {
        QVERIFY(m_window);
        const QByteArray saved = qgetenv("PCAUTH_CONSENT_BROWSER");
        const auto restore = qScopeGuard([&saved] {
            if (saved.isEmpty())
                qunsetenv("PCAUTH_CONSENT_BROWSER");
            else
                qputenv("PCAUTH_CONSENT_BROWSER", saved);
        });
        QTemporaryDir empty;
        qputenv("PCAUTH_CONSENT_BROWSER", empty.filePath(u"pcauth_consentbrowser"_s).toLocal8Bit());

        openAtSignIn();
        QWizardPage *page = m_wizard->page(ConsentWizard::SignInPageId);
        auto *status = page->findChild<QLabel *>(u"statusLabel"_s);
        QVERIFY(status);
        QTRY_VERIFY2(status->text().contains(u"not installed"_s), qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"system browser"_s), qPrintable(status->text()));
        QVERIFY(status->isVisible());
        auto *systemBrowser = page->findChild<QAbstractButton *>(u"systemBrowserButton"_s);
        QVERIFY(systemBrowser && systemBrowser->isVisible() && systemBrowser->isEnabled());
        QVERIFY(!m_wizard->findChild<QWidget *>(u"signInView"_s));
        QVERIFY2(webEngineLibraries().isEmpty(), qPrintable(webEngineLibraries().join(u", "_s)));
        QVERIFY(ConsentBrowserLoader::loadedFile().isEmpty());
    }

    void embeddedSignInLoadsWebEngine()
    {
        QVERIFY(m_window);
        QVERIFY2(webEngineLibraries().isEmpty(), qPrintable(webEngineLibraries().join(u", "_s)));
        openAtSignIn();
        QWidget *view = nullptr;
        QTRY_VERIFY((view = m_wizard->findChild<QWidget *>(u"signInView"_s)) != nullptr);
        QCOMPARE(view->metaObject()->className(), "QWebEngineView");
        QVERIFY(!ConsentBrowserLoader::loadedFile().isEmpty());
        const QStringList loaded = webEngineLibraries();
        QVERIFY2(std::any_of(loaded.cbegin(), loaded.cend(),
                             [](const QString &name) {
                                 return name.startsWith(u"libQt6WebEngineCore.so"_s);
                             }),
                 qPrintable(loaded.join(u", "_s)));
    }

private:
    /// Opens the wizard for the demo profile and goes to the sign-in page (embedded browser).
    void openAtSignIn()
    {
        m_wizard = m_window->openConsent(m_demo.id);
        QVERIFY(m_wizard);
        QVERIFY(QTest::qWaitForWindowExposed(m_wizard));
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::PrerequisitesPageId));
        QVERIFY(!m_wizard->useSystemBrowser());
        QTest::mouseClick(m_wizard->button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(m_wizard->currentId(), int(ConsentWizard::SignInPageId));
    }

    GuiFixture m_fixture;
    Profile m_demo;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ConsentWizard> m_wizard;
};

int main(int argc, char **argv)
{
    prepareForWebEngine(); // loaded later, with the plugin
    QApplication app(argc, argv);
    tst_Startup test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_startup.moc"
