// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The main window as a user meets it on `pcauth --sandbox`: the first button on the dashboard
// leads to the consent of the profile that needs it, Ctrl+1 to Ctrl+7 switch the pages, and
// closing the window hides it to the tray while the tray keeps the tokens alive (said once),
// while a quit always quits. On the embedded sandbox and the real keychain; offscreen there
// is no system tray, so the tests count it as shown (TrayIcon::setTrayAssumed()).
#include "consent/consentwizard.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "tray/trayicon.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QStackedWidget>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

/// Counts the application's quit requests (QEvent::Quit) and keeps them from ending the test
/// process. Installed before the window, it sees them after the window's own filter.
class QuitWatcher : public QObject
{
public:
    int quits = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Quit || watched != qApp)
            return false;
        ++quits;
        return true;
    }
};

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        AppSettings &settings = m_fixture.services->settings();
        settings.setTrayEnabled(true);
        settings.setKeepAliveWhileRunning(true);
        settings.setQuitOnClose(false);
        settings.setCloseToTrayNoticeShown(false);
        m_quits = std::make_unique<QuitWatcher>();
        qApp->installEventFilter(m_quits.get());
        QApplication::setQuitOnLastWindowClosed(true);
        m_window = std::make_unique<MainWindow>(*m_fixture.services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_quits.reset();
        m_fixture.stop();
    }

    void ctrlNumberSwitchesThePages()
    {
        auto *stack = m_window->findChild<QStackedWidget *>(u"pageStack"_s);
        auto *navigation = m_window->findChild<QListWidget *>(u"navigationList"_s);
        QCOMPARE(stack->count(), 7);
        for (int index : {6, 2, 0, 4, 1, 5, 3}) {
            QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
            QCOMPARE(stack->currentIndex(), index);
            QCOMPARE(navigation->currentRow(), index);
            // The shortcut is told where the page is chosen.
            const QString tip = navigation->item(index)->toolTip();
            QVERIFY2(tip.contains(u"Ctrl+%1"_s.arg(index + 1)), qPrintable(tip));
        }
        QStringList menu;
        for (const QAction *action : m_window->menuBar()->actions()) {
            if (action->menu() && action->menu()->objectName() == "viewMenu"_L1) {
                for (const QAction *go : action->menu()->actions())
                    menu << go->shortcut().toString();
            }
        }
        QCOMPARE(menu, (QStringList{u"Ctrl+1"_s, u"Ctrl+2"_s, u"Ctrl+3"_s, u"Ctrl+4"_s, u"Ctrl+5"_s,
                                    u"Ctrl+6"_s, u"Ctrl+7"_s}));
    }

    void startPartnerConsentOpensTheProfileThatNeedsIt()
    {
        auto *start = m_window->findChild<QToolButton *>(u"newConsentButton"_s);
        QVERIFY(start && start->isVisible());
        QTest::mouseClick(start, Qt::LeftButton);
        ConsentWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = m_window->findChild<ConsentWizard *>()) && wizard->isVisible());
        QCOMPARE(wizard->profileId(), m_fixture.demoProfile().id);
        QVERIFY(wizard->findChild<QRadioButton *>(u"existingRadio"_s)->isChecked());
        QCOMPARE(wizard->findChild<QComboBox *>(u"existingCombo"_s)->currentText(),
                 AppServices::sandboxProfileName());
        QVERIFY(!wizard->findChild<QWidget *>(u"newProfileBox"_s)->isVisible());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        // The dashboard's row action says what it does: this profile never consented.
        auto *again = m_window->findChild<QToolButton *>(u"consentAgainButton"_s);
        QCOMPARE(again->text().remove(u'&'), u"Sign in and consent"_s);
        wizard->reject();
        QTRY_VERIFY(!m_window->findChild<ConsentWizard *>());
        // Cancel left the profile it was opened for.
        QVERIFY(m_fixture.services->profiles().find(m_fixture.demoProfile().id).ok());
    }

    void closingHidesToTheTrayWhileItKeepsTokensAlive()
    {
        m_window->tray()->setTrayAssumed(true);
        QSignalSpy notified(m_window->tray(), &TrayIcon::notified);
        QVERIFY(!m_window->close()); // refused: hidden instead
        QVERIFY(!m_window->isVisible());
        QCOMPARE(m_quits->quits, 0);
        QCOMPARE(notified.size(), 1);
        QCOMPARE(notified.constFirst().constFirst().toString(), u"PCAuth keeps running"_s);
        // News, not a warning.
        QCOMPARE(notified.constFirst().at(2).value<QSystemTrayIcon::MessageIcon>(),
                 QSystemTrayIcon::Information);
        const QString notice = notified.constFirst().at(1).toString();
        QVERIFY2(notice.contains(u"File > Quit"_s) && notice.contains(u"Settings"_s),
                 qPrintable(notice));
        QVERIFY(m_fixture.services->settings().closeToTrayNoticeShown());

        // Shown again from the tray and closed again: hidden again, and said only once.
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(!m_window->close());
        QVERIFY(!m_window->isVisible());
        QCOMPARE(notified.size(), 1);
        QCOMPARE(m_quits->quits, 0);

        // Without keep-alive there is nothing to keep running for: the window closes.
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_fixture.services->settings().setKeepAliveWhileRunning(false);
        QVERIFY(m_window->close());
        QVERIFY(!m_window->isVisible());
    }

    void closingClosesWithoutATray()
    {
        // Offscreen Qt sees no tray, and nothing says otherwise: the window cannot hide.
        QVERIFY(!m_window->tray()->isTrayVisible());
        QVERIFY(m_window->close());
    }

    void quitOnCloseSettingClosesInstead()
    {
        m_window->tray()->setTrayAssumed(true);
        m_fixture.services->settings().setQuitOnClose(true);
        QSignalSpy notified(m_window->tray(), &TrayIcon::notified);
        QVERIFY(m_window->close());
        QCOMPARE(notified.size(), 0);
    }

    void quitFromTheFileMenuQuitsEvenToTheTray()
    {
        m_window->tray()->setTrayAssumed(true);
        QAction *quit = m_window->findChild<QAction *>(u"quitAction"_s);
        QVERIFY(quit);
        quit->trigger();
        // The quit is not refused by the window: it closes for good, no notice.
        QSignalSpy notified(m_window->tray(), &TrayIcon::notified);
        QVERIFY(m_window->close());
        QVERIFY(!m_window->isVisible());
        QCOMPARE(notified.size(), 0);
    }

private:
    GuiFixture m_fixture;
    std::unique_ptr<QuitWatcher> m_quits;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
