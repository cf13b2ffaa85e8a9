// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// "Grant consent…" driven as a user would, on the app's embedded sandbox and the real keychain
// with the demo profile consented: the dialog shows the request it will send for Wide World
// Importers (which has not consented to the app), Grant turns it granted and consented, with a
// summary; a slow run is cancelled with the Cancel button, and closing a running grant cancels
// it. PCAUTH_SCREENSHOT_DIR: where to save the dialog's look (preview, results, cancelled).
#include "consenttargets.h"
#include "grantconsentcontroller.h"
#include "grantconsentdialog.h"
#include "guifixture.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

class tst_GrantConsent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_fixture.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const ConsentResult consented = m_fixture.consent(m_fixture.demoProfile());
        QVERIFY2(consented.ok, qPrintable(consented.message));
    }

    void cleanupTestCase()
    {
        m_dialog.reset();
        m_fixture.stop();
    }

    void cleanup()
    {
        m_fixture.clearFaults();
        m_dialog.reset();
    }

    void grantWideWorldImporters()
    {
        const ConsentTarget wwi = target(u"Wide World Importers"_s);
        open({wwi});
        QVERIFY(find<QLabel>(u"introLabel"_s)
                    ->text()
                    .startsWith(u"PCAuth asks Partner Center to add this app"_s));
        QVERIFY(find<QLabel>(u"introLabel"_s)->text().contains(m_fixture.demoProfile().clientId));
        QCOMPARE(find<QLineEdit>(u"scopesEdit"_s)->text(), u"Directory.Read.All"_s);

        // What will be sent: one POST for the customer, its body below in a fixed font.
        auto *preview = find<QTableView>(u"previewView"_s);
        QVERIFY(preview->isVisible());
        QCOMPARE(preview->model()->rowCount(), 1);
        QCOMPARE(preview->model()->index(0, 0).data().toString(), u"Wide World Importers"_s);
        QCOMPARE(preview->model()->index(0, 1).data().toString(), u"POST"_s);
        QCOMPARE(preview->model()->index(0, 2).data().toString(),
                 u"/v1/customers/%1/applicationconsents"_s.arg(wwi.tenantId));
        auto *body = find<QPlainTextEdit>(u"bodyView"_s);
        QVERIFY(body->toPlainText().contains(m_fixture.demoProfile().clientId));
        QVERIFY(body->toPlainText().contains(u"\"scope\": \"Directory.Read.All\""_s));
        QVERIFY(body->font().fixedPitch() || QFontInfo(body->font()).fixedPitch());

        // Another scope changes the body.
        auto *scopes = find<QLineEdit>(u"scopesEdit"_s);
        scopes->setFocus();
        QTest::keyClick(scopes, Qt::Key_End);
        QTest::keyClicks(scopes, u", User.Read.All"_s);
        QVERIFY2(body->toPlainText().contains(u"Directory.Read.All,User.Read.All"_s),
                 qPrintable(body->toPlainText()));
        scopes->selectAll();
        QTest::keyClick(scopes, Qt::Key_Delete);
        QVERIFY(!find<QPushButton>(u"grantButton"_s)->isEnabled()); // nothing to grant
        QTest::keyClicks(scopes, u"Directory.Read.All"_s);
        QVERIFY(find<QPushButton>(u"grantButton"_s)->isEnabled());
        QVERIFY(!find<QPushButton>(u"cancelButton"_s)->isVisible()); // nothing to cancel yet
        shoot(u"grantconsent-preview"_s);

        QTest::mouseClick(find<QPushButton>(u"grantButton"_s), Qt::LeftButton);
        auto *results = find<QTableView>(u"resultsView"_s);
        QVERIFY(results->isVisible());
        QVERIFY(!scopes->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(resultCell(0, GrantConsentController::ConsentAfterColumn),
                                  u"Consented"_s, 60000);
        QCOMPARE(resultCell(0, GrantConsentController::CustomerColumn), u"Wide World Importers"_s);
        QCOMPARE(resultCell(0, GrantConsentController::OutcomeColumn), u"Granted"_s);
        QCOMPARE(resultCell(0, GrantConsentController::StatusColumn), u"201"_s);
        QVERIFY(!resultCell(0, GrantConsentController::RequestIdColumn).isEmpty());
        QTRY_COMPARE(find<QLabel>(u"summaryLabel"_s)->text(),
                     u"1 granted. Re-check: 1 of 1 customers consented."_s);
        QCOMPARE(find<QLabel>(u"progressLabel"_s)->text(), u"1 of 1 customers"_s);
        QCOMPARE(find<QProgressBar>(u"progressBar"_s)->value(),
                 find<QProgressBar>(u"progressBar"_s)->maximum());
        QVERIFY(!find<QPushButton>(u"grantButton"_s)->isVisible());
        QVERIFY(find<QPushButton>(u"closeButton"_s)->isDefault());
        shoot(u"grantconsent-done"_s);

        QTest::mouseClick(find<QPushButton>(u"closeButton"_s), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
    }

    void cancelSlowRun()
    {
        QVERIFY(m_fixture.putFault(QJsonObject{
            {u"path"_s, u"/applicationconsents"_s}, {u"latencyMs"_s, 3000}, {u"times"_s, -1}}));
        const QList<ConsentTarget> targets =
            consentTargets(m_fixture, ConsentGrantRun::MaxInFlight + 3, false);
        QCOMPARE(targets.size(), ConsentGrantRun::MaxInFlight + 3);
        open(targets);
        QCOMPARE(find<QTableView>(u"previewView"_s)->model()->rowCount(), targets.size());
        QSignalSpy finished(&m_dialog->controller(), &GrantConsentController::finished);
        QTest::mouseClick(find<QPushButton>(u"grantButton"_s), Qt::LeftButton);
        auto *cancel = find<QPushButton>(u"cancelButton"_s);
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(!find<QPushButton>(u"grantButton"_s)->isEnabled());
        QCOMPARE(find<QLabel>(u"progressLabel"_s)->text(), u"0 of 11 customers"_s);
        QTest::qWait(500);
        shoot(u"grantconsent-running"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            find<QLabel>(u"summaryLabel"_s)->text().startsWith(u"Cancelled: "_s), 10000);
        QVERIFY2(find<QLabel>(u"summaryLabel"_s)->text().contains(u" not sent"_s),
                 qPrintable(find<QLabel>(u"summaryLabel"_s)->text()));
        QCOMPARE(resultCell(targets.size() - 1, GrantConsentController::OutcomeColumn),
                 u"Not sent"_s);
        QCOMPARE(resultCell(targets.size() - 1, GrantConsentController::MessageColumn),
                 u"Not sent: the grant was cancelled first."_s);
        QVERIFY(!cancel->isVisible());
        QVERIFY(find<QPushButton>(u"closeButton"_s)->isEnabled());
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1);
        shoot(u"grantconsent-cancelled"_s);
    }

    void closingARunningGrantAsksFirst()
    {
        QVERIFY(m_fixture.putFault(QJsonObject{
            {u"path"_s, u"/applicationconsents"_s}, {u"latencyMs"_s, 3000}, {u"times"_s, -1}}));
        open(consentTargets(m_fixture, 2, true));
        QSignalSpy finished(&m_dialog->controller(), &GrantConsentController::finished);
        QTest::mouseClick(find<QPushButton>(u"grantButton"_s), Qt::LeftButton);
        QVERIFY(m_dialog->controller().isRunning());

        // Escape asks; "Keep running" (the default) leaves the grant running.
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape);
        QMessageBox *question = m_dialog->findChild<QMessageBox *>(u"stopQuestion"_s);
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        QVERIFY2(question->text().startsWith(u"0 of 2 customers are done."_s),
                 qPrintable(question->text()));
        QTest::keyClick(question, Qt::Key_Return);
        QTRY_VERIFY(!m_dialog->findChild<QMessageBox *>(u"stopQuestion"_s));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_dialog->controller().isRunning());
        QCOMPARE(finished.size(), 0);

        // Close, then "Stop and close": cancelled, and the dialog closes when the run ends.
        QTest::mouseClick(find<QPushButton>(u"closeButton"_s), Qt::LeftButton);
        question = m_dialog->findChild<QMessageBox *>(u"stopQuestion"_s);
        QVERIFY(question);
        QTest::mouseClick(question->findChild<QPushButton *>(u"stopButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 10000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_dialog->controller().state(), GrantConsentController::State::Cancelled);
    }

    void keyboardAndNames()
    {
        open({target(u"Wide World Importers"_s)});
        for (QWidget *w : m_dialog->findChildren<QWidget *>()) {
            if (qobject_cast<QTableView *>(w) || qobject_cast<QLineEdit *>(w)
                || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QProgressBar *>(w))
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
        }
        QVERIFY(find<QPushButton>(u"grantButton"_s)->isDefault());
        QCOMPARE(find<QLabel>(u"scopesLabel"_s)->buddy(), find<QLineEdit>(u"scopesEdit"_s));
        QTest::keyClick(m_dialog.get(), Qt::Key_Escape); // nothing runs: closes at once
        QVERIFY(!m_dialog->isVisible());
    }

private:
    void open(const QList<ConsentTarget> &targets)
    {
        m_dialog = std::make_unique<GrantConsentDialog>(*m_fixture.services,
                                                        m_fixture.demoProfile().id, targets);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = m_dialog ? m_dialog->findChild<T *>(name) : nullptr;
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }

    QString resultCell(int row, int column) const
    {
        return find<QTableView>(u"resultsView"_s)->model()->index(row, column).data().toString();
    }

    ConsentTarget target(const QString &name) { return consentTarget(m_fixture, name); }

    void shoot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PCAUTH_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            m_dialog->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    GuiFixture m_fixture;
    std::unique_ptr<GrantConsentDialog> m_dialog;
};

QTEST_MAIN(tst_GrantConsent)
#include "tst_grantconsent.moc"
