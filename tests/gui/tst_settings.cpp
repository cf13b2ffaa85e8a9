// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The Settings page and the About dialog, driven as a user would: values typed and clicked
// are saved at once (a new AppSettings reads them), a hand-edited file shows clamped values,
// the keychain self-test runs on the real keychain and leaves nothing behind, the keep-alive
// schedule is installed and removed in a temporary home, and the settings file never holds a
// secret. Widgets are found by objectName.
#include "appservices.h"
#include "awaitsecret.h"
#include "guifixture.h"
#include "memorysecretstore.h"
#include "net/httpclient.h"
#include "sandboxserver.h"
#include "schedule/keepaliveschedule.h"
#include "settings/aboutdialog.h"
#include "settings/keychainselftest.h"
#include "settings/settingspage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using namespace PCAuth::Test;

namespace {

QString testService()
{
    return u"pcauth-test-settings-%1"_s.arg(QCoreApplication::applicationPid());
}

// What AppSettings reads, by the name of its getter.
QVariant readBack(const AppSettings &s, const QString &field)
{
    if (field == u"requestTimeoutSeconds")
        return s.requestTimeoutSeconds();
    if (field == u"concurrency")
        return s.concurrency();
    if (field == u"warningDays")
        return s.warningDays();
    if (field == u"keepAliveHours")
        return s.keepAliveHours();
    if (field == u"trayEnabled")
        return s.trayEnabled();
    if (field == u"keepAliveWhileRunning")
        return s.keepAliveWhileRunning();
    if (field == u"sandboxMode")
        return s.sandboxMode();
    if (field == u"language")
        return s.language();
    if (field == u"accessNoticeLedger")
        return s.accessNoticeLedger();
    if (field == u"quitOnClose")
        return s.quitOnClose();
    if (field == u"closeToTrayNoticeShown")
        return s.closeToTrayNoticeShown();
    return u"TEST: unknown field %1"_s.arg(field);
}

// Sets the value of `key` through its setter.
void setByKey(AppSettings &s, AppSettings::Key key, const QVariant &value)
{
    switch (key) {
    case AppSettings::Key::RequestTimeout:
        return s.setRequestTimeoutSeconds(value.toInt());
    case AppSettings::Key::Concurrency:
        return s.setConcurrency(value.toInt());
    case AppSettings::Key::Language:
        return s.setLanguage(value.toString());
    case AppSettings::Key::KeepAliveWhileRunning:
        return s.setKeepAliveWhileRunning(value.toBool());
    case AppSettings::Key::KeepAliveHours:
        return s.setKeepAliveHours(value.toInt());
    case AppSettings::Key::WarningDays:
        return s.setWarningDays(value.toInt());
    case AppSettings::Key::Tray:
        return s.setTrayEnabled(value.toBool());
    case AppSettings::Key::SandboxMode:
        return s.setSandboxMode(value.toBool());
    case AppSettings::Key::AccessNoticeLedger:
        return s.setAccessNoticeLedger(value.toStringList());
    case AppSettings::Key::QuitOnClose:
        return s.setQuitOnClose(value.toBool());
    case AppSettings::Key::CloseToTrayNoticeShown:
        return s.setCloseToTrayNoticeShown(value.toBool());
    }
}

// The settings store the app uses, written directly (as a user editing the file would).
QSettings rawSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, u"PCAuth"_s, u"pcauth"_s);
}

// Items of `service` in the Secret Service, seen by an independent client.
QString secretToolItems(const QString &service)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"server"_s, service});
    if (!tool.waitForFinished(10000))
        return u"TEST: secret-tool hung"_s;
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}

} // namespace

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Never the developer's own settings, whatever the environment says.
        QVERIFY(m_xdg.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_xdg.path()));
        QCOMPARE(AppSettings().fileName(), m_xdg.filePath(u"PCAuth/pcauth.conf"_s));
    }

    void init()
    {
        QSettings raw = rawSettings();
        raw.clear();
        raw.sync();
    }

    void cleanup()
    {
        m_page.reset();
        m_services.reset();
        m_fixture.stop();
        m_config.reset();
    }

    void spinValuesPersist_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("expected");
        QTest::addRow("request timeout")
            << u"requestTimeoutSpin"_s << u"120"_s << u"requestTimeoutSeconds"_s << 120;
        QTest::addRow("concurrency") << u"concurrencySpin"_s << u"16"_s << u"concurrency"_s << 16;
        QTest::addRow("warning window")
            << u"warningDaysSpin"_s << u"30"_s << u"warningDays"_s << 30;
        QTest::addRow("keep-alive hours")
            << u"keepAliveHoursSpin"_s << u"48"_s << u"keepAliveHours"_s << 48;
    }

    void spinValuesPersist()
    {
        QFETCH(QString, widget);
        QFETCH(QString, typed);
        QFETCH(QString, field);
        QFETCH(int, expected);
        makePage();
        auto *spin = m_page->findChild<QSpinBox *>(widget);
        QVERIFY(spin);
        QVERIFY(spin->isEnabled());
        QVERIFY(!spin->accessibleName().isEmpty());
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, typed);
        QCOMPARE(spin->value(), expected);
        QCOMPARE(readBack(AppSettings(), field), QVariant(expected));
    }

    void requestTimeoutAppliesWithoutRestart()
    {
        // A server slower than the new timeout: the next request gives up after the value
        // just typed, not after the one PCAuth started with (60 s).
        PCAuth::Sandbox::SandboxServer slow(PCAuth::Sandbox::Scenario::demo());
        QString error;
        QVERIFY2(slow.start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        slow.setDefaultLatencyMs(30000);
        makePage();
        auto *spin = m_page->findChild<QSpinBox *>(u"requestTimeoutSpin"_s);
        QVERIFY(spin);
        spin->setFocus();
        QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(spin, u"5"_s);
        QCOMPARE(spin->value(), 5);

        HttpRequest request;
        request.url =
            slow.baseUrl().resolved(QUrl(u"/common/v2.0/.well-known/openid-configuration"_s));
        std::optional<HttpResponse> answer;
        m_services->workspace().http().send(request, this,
                                            [&answer](const HttpResponse &r) { answer = r; });
        QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000));
        QCOMPARE(answer->failure, HttpResponse::Failure::Timeout);
        QVERIFY2(answer->message.contains(u"within 5 s"_s), qPrintable(answer->message));
    }

    void checkBoxesPersist_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("before");
        QTest::addRow("tray icon") << u"trayCheck"_s << u"trayEnabled"_s << true;
        QTest::addRow("keep-alive while running")
            << u"keepAliveCheck"_s << u"keepAliveWhileRunning"_s << true;
        QTest::addRow("sandbox next time") << u"sandboxModeCheck"_s << u"sandboxMode"_s << false;
        QTest::addRow("quit on close") << u"quitOnCloseCheck"_s << u"quitOnClose"_s << false;
    }

    void checkBoxesPersist()
    {
        QFETCH(QString, widget);
        QFETCH(QString, field);
        QFETCH(bool, before);
        makePage();
        auto *check = m_page->findChild<QCheckBox *>(widget);
        QVERIFY(check);
        QVERIFY(!check->accessibleName().isEmpty());
        QCOMPARE(check->isChecked(), before);
        QTest::mouseClick(check, Qt::LeftButton);
        QCOMPARE(check->isChecked(), !before);
        QCOMPARE(readBack(AppSettings(), field), QVariant(!before));
        check->setFocus();
        QTest::keyClick(check, Qt::Key_Space);
        QCOMPARE(readBack(AppSettings(), field), QVariant(before));
    }

    void keepAliveHoursFollowKeepAlive()
    {
        makePage();
        auto *check = m_page->findChild<QCheckBox *>(u"keepAliveCheck"_s);
        auto *hours = m_page->findChild<QSpinBox *>(u"keepAliveHoursSpin"_s);
        QVERIFY(check && hours);
        QVERIFY(hours->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(!hours->isEnabled());
    }

    void everyControlIsNamed()
    {
        makePage();
        QCOMPARE(m_page->objectName(), u"settingsPage"_s);
        AboutDialog about;
        QCOMPARE(about.objectName(), u"aboutDialog"_s);
        QStringList unnamed;
        int controls = 0;
        for (const QWidget *root :
             {static_cast<QWidget *>(m_page.get()), static_cast<QWidget *>(&about)}) {
            for (const QWidget *w : root->findChildren<QWidget *>()) {
                if (!qobject_cast<const QAbstractButton *>(w)
                    && !qobject_cast<const QAbstractSpinBox *>(w)
                    && !qobject_cast<const QComboBox *>(w)
                    && !qobject_cast<const QPlainTextEdit *>(w))
                    continue;
                ++controls;
                if (w->objectName().isEmpty() || w->accessibleName().isEmpty())
                    unnamed << w->objectName() + u'/'
                                   + QString::fromLatin1(w->metaObject()->className());
            }
        }
        QCOMPARE(controls, 18); // 15 on the page, 3 in the dialog
        QCOMPARE(unnamed, QStringList());
    }

    void changesMadeElsewhereAreShown()
    {
        makePage();
        auto *tray = m_page->findChild<QCheckBox *>(u"trayCheck"_s);
        QVERIFY(tray);
        QVERIFY(tray->isChecked());
        m_services->settings().setTrayEnabled(false); // as the tray menu would
        QVERIFY(!tray->isChecked());
    }

    void changedNamesTheKey_data()
    {
        QTest::addColumn<AppSettings::Key>("key");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QVariant>("value");
        using Key = AppSettings::Key;
        // Each value differs from the default; each path is where existing files hold it.
        QTest::addRow("RequestTimeout") << Key::RequestTimeout << u"requestTimeoutSeconds"_s
                                        << u"network/requestTimeoutSeconds"_s << QVariant(120);
        QTest::addRow("Concurrency")
            << Key::Concurrency << u"concurrency"_s << u"network/concurrency"_s << QVariant(5);
        QTest::addRow("Language") << Key::Language << u"language"_s << u"ui/language"_s
                                  << QVariant(u"de"_s);
        QTest::addRow("KeepAliveWhileRunning")
            << Key::KeepAliveWhileRunning << u"keepAliveWhileRunning"_s
            << u"keepalive/whileRunning"_s << QVariant(false);
        QTest::addRow("KeepAliveHours") << Key::KeepAliveHours << u"keepAliveHours"_s
                                        << u"keepalive/intervalHours"_s << QVariant(48);
        QTest::addRow("WarningDays")
            << Key::WarningDays << u"warningDays"_s << u"health/warningDays"_s << QVariant(30);
        QTest::addRow("Tray") << Key::Tray << u"trayEnabled"_s << u"ui/tray"_s << QVariant(false);
        QTest::addRow("SandboxMode")
            << Key::SandboxMode << u"sandboxMode"_s << u"sandbox/enabled"_s << QVariant(true);
        QTest::addRow("AccessNoticeLedger")
            << Key::AccessNoticeLedger << u"accessNoticeLedger"_s << u"notifications/accessLedger"_s
            << QVariant(QStringList{u"2026-12-07 profile/gdap-expiring/relationship"_s});
        QTest::addRow("QuitOnClose")
            << Key::QuitOnClose << u"quitOnClose"_s << u"ui/quitOnClose"_s << QVariant(true);
        QTest::addRow("CloseToTrayNoticeShown")
            << Key::CloseToTrayNoticeShown << u"closeToTrayNoticeShown"_s
            << u"notifications/closeToTrayShown"_s << QVariant(true);
        // A key added without a row here fails the test.
        QCOMPARE(QMetaEnum::fromType<AppSettings::Key>().keyCount(), 11);
    }

    void changedNamesTheKey()
    {
        QFETCH(AppSettings::Key, key);
        QFETCH(QString, field);
        QFETCH(QString, path);
        QFETCH(QVariant, value);
        AppSettings settings;
        QVERIFY(readBack(settings, field) != value);
        QSignalSpy spy(&settings, &AppSettings::changed);
        setByKey(settings, key, value);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<AppSettings::Key>(), key);
        QCOMPARE(readBack(settings, field), value);
        QCOMPARE(rawSettings().value(path).toString(), value.toString());

        setByKey(settings, key, value);
        QCOMPARE(spy.size(), 1);
    }

    void outOfRangeValuesAreClamped_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QString>("widget");
        QTest::addColumn<int>("shown");
        QTest::addRow("timeout below 5")
            << u"network/requestTimeoutSeconds"_s << QVariant(1) << u"requestTimeoutSpin"_s << 5;
        QTest::addRow("timeout above 600") << u"network/requestTimeoutSeconds"_s << QVariant(99999)
                                           << u"requestTimeoutSpin"_s << 600;
        QTest::addRow("timeout not a number")
            << u"network/requestTimeoutSeconds"_s << QVariant(u"soon"_s) << u"requestTimeoutSpin"_s
            << 60;
        QTest::addRow("concurrency 0")
            << u"network/concurrency"_s << QVariant(0) << u"concurrencySpin"_s << 1;
        QTest::addRow("concurrency 1000")
            << u"network/concurrency"_s << QVariant(1000) << u"concurrencySpin"_s << 64;
        QTest::addRow("warning days 200")
            << u"health/warningDays"_s << QVariant(200) << u"warningDaysSpin"_s << 89;
        QTest::addRow("warning days -3")
            << u"health/warningDays"_s << QVariant(-3) << u"warningDaysSpin"_s << 1;
        QTest::addRow("keep-alive 5000 h")
            << u"keepalive/intervalHours"_s << QVariant(5000) << u"keepAliveHoursSpin"_s << 720;
    }

    void outOfRangeValuesAreClamped()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        QFETCH(QString, widget);
        QFETCH(int, shown);
        {
            QSettings raw = rawSettings();
            raw.setValue(key, stored);
            raw.sync();
        }
        makePage();
        auto *spin = m_page->findChild<QSpinBox *>(widget);
        QVERIFY(spin);
        QCOMPARE(spin->value(), shown);
    }

    void unknownLanguageShowsSystem()
    {
        {
            QSettings raw = rawSettings();
            raw.setValue(u"ui/language"_s, u"tlh"_s);
            raw.sync();
        }
        makePage();
        auto *combo = m_page->findChild<QComboBox *>(u"languageCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY2(combo->currentText().startsWith(u"System"_s), qPrintable(combo->currentText()));
    }

    void languageChoiceSaved_data()
    {
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("saved");
        QTest::addRow("German") << u"Deutsch"_s << u"de"_s;
        QTest::addRow("Simplified Chinese") << u"简体中文"_s << u"zh_CN"_s;
        QTest::addRow("English") << u"English"_s << u"en"_s;
    }

    void languageChoiceSaved()
    {
        QFETCH(QString, shown);
        QFETCH(QString, saved);
        makePage();
        auto *combo = m_page->findChild<QComboBox *>(u"languageCombo"_s);
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), 0); // follows the system by default
        const int index = combo->findText(shown);
        QVERIFY2(index > 0, qPrintable(shown));
        combo->setCurrentIndex(index);
        QCOMPARE(AppSettings().language(), saved);
        auto *note = m_page->findChild<QLabel *>(u"languageNoteLabel"_s);
        QVERIFY(note);
        QCOMPARE(note->text(), u"Applies after a restart."_s);
        combo->setCurrentIndex(0);
        QCOMPARE(AppSettings().language(), QString());
    }

    void keychainSelfTestPassesOnRealKeychain()
    {
        if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
            QFAIL("secret-tool is missing: install libsecret-tools");
        makePage();
        auto *backend = m_page->findChild<QLabel *>(u"keychainBackendLabel"_s);
        auto *service = m_page->findChild<QLabel *>(u"keychainServiceLabel"_s);
        auto *button = m_page->findChild<QPushButton *>(u"selfTestButton"_s);
        auto *result = m_page->findChild<QLabel *>(u"selfTestResultLabel"_s);
        QVERIFY(backend && service && button && result);
        QCOMPARE(backend->text(), m_services->vault().backendName());
        QCOMPARE(service->text(), testService());

        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 15000);
        const QRegularExpression passed(u"^Passed in \\d+ ms$"_s);
        QVERIFY2(passed.match(result->text()).hasMatch(), qPrintable(result->text()));
        QVERIFY(!result->font().bold());
        const QString key = m_page->keychainSelfTest().key();
        QVERIFY2(key.startsWith(testService() + u"/selftest/"_s), qPrintable(key));
        // Nothing left behind: not through the store, not for an independent client.
        const SecretResult left = awaitSecret([&](QObject *c, SecretStore::Callback d) {
            m_services->workspace().keychain().read(key, c, d);
        });
        QCOMPARE(secretStatusId(left.status), u"not-found"_s);
        QCOMPARE(secretToolItems(testService()), QString());
    }

    void keychainSelfTestFailures_data()
    {
        QTest::addColumn<int>("operation");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("corrupt");
        QTest::addColumn<QString>("startsWith");
        using Op = MemorySecretStore::Operation;
        using S = SecretResult::Status;
        QTest::addRow("write refused")
            << int(Op::Write) << int(S::AccessDenied) << false
            << u"Self-test failed: Test Keyring could not store a test item. "_s;
        QTest::addRow("no keychain") << int(Op::Write) << int(S::NoBackend) << false
                                     << u"Self-test failed: Test Keyring could not store a test "
                                        u"item. "_s;
        QTest::addRow("read fails")
            << int(Op::Read) << int(S::Failed) << false
            << u"Self-test failed: Test Keyring could not read back the test item"_s;
        QTest::addRow("item vanished")
            << int(Op::Read) << int(S::NotFound) << false
            << u"Self-test failed: Test Keyring did not find the test item it had just "
               u"stored. The keychain may be locked"_s;
        QTest::addRow("data damaged")
            << int(Op::Read) << -1 << true
            << u"Self-test failed: Test Keyring gave back different data than was stored."_s;
        QTest::addRow("delete fails")
            << int(Op::Remove) << int(SecretResult::Status::AccessDenied) << false
            << u"Self-test failed: Test Keyring could not delete the test item "_s;
    }

    void keychainSelfTestFailures()
    {
        QFETCH(int, operation);
        QFETCH(int, status);
        QFETCH(bool, corrupt);
        QFETCH(QString, startsWith);
        makePage();
        MemorySecretStore store;
        store.setBackendName(u"Test Keyring"_s);
        if (corrupt)
            store.corruptNextWrites();
        else
            store.failNext(MemorySecretStore::Operation(operation), SecretResult::Status(status));
        m_page->keychainSelfTest().setStore(store);
        auto *button = m_page->findChild<QPushButton *>(u"selfTestButton"_s);
        auto *progress = m_page->findChild<QProgressBar *>(u"selfTestProgress"_s);
        auto *result = m_page->findChild<QLabel *>(u"selfTestResultLabel"_s);
        QVERIFY(button && progress && result);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isEnabled());
        QVERIFY(progress->isVisibleTo(m_page.get()));
        QTRY_VERIFY(button->isEnabled());
        QVERIFY(!progress->isVisibleTo(m_page.get()));
        QVERIFY2(result->text().startsWith(startsWith), qPrintable(result->text()));
        QVERIFY(result->font().bold());
        // The canary is gone whatever failed (a failed delete is retried once, here it works).
        QTRY_COMPARE(store.items().keys(), QStringList());
    }

    void keychainSelfTestCancel()
    {
        makePage();
        MemorySecretStore store;
        m_page->keychainSelfTest().setStore(store);
        auto *button = m_page->findChild<QPushButton *>(u"selfTestButton"_s);
        auto *cancel = m_page->findChild<QPushButton *>(u"selfTestCancelButton"_s);
        auto *result = m_page->findChild<QLabel *>(u"selfTestResultLabel"_s);
        QVERIFY(button && cancel && result);
        QVERIFY(!cancel->isVisibleTo(m_page.get()));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(cancel->isVisibleTo(m_page.get()));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(button->isEnabled());
        QCOMPARE(result->text(), u"Self-test cancelled."_s);
        QTRY_COMPARE(store.items().keys(), QStringList());
        QTest::qWait(50); // a late answer of the cancelled run would change the label
        QCOMPARE(result->text(), u"Self-test cancelled."_s);
    }

    void closingThePageMidTestLeavesNoItem()
    {
        makePage();
        MemorySecretStore store;
        m_page->keychainSelfTest().setStore(store);
        auto *button = m_page->findChild<QPushButton *>(u"selfTestButton"_s);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE(store.log(MemorySecretStore::Operation::Write).size(), 1);
        m_page.reset();
        QTRY_COMPARE(store.items().keys(), QStringList());
        QCOMPARE(store.log(MemorySecretStore::Operation::Remove).size(), 1);
    }

    void scheduleInstallAndRemove()
    {
        makePage();
        QTemporaryDir home;
        const QString program = u"/opt/pcauth/bin/pcauthctl"_s; // only written into the unit
        m_page->setScheduleTarget(program, home.path());
        auto *status = m_page->findChild<QLabel *>(u"scheduleStatusLabel"_s);
        auto *interval = m_page->findChild<QComboBox *>(u"scheduleIntervalCombo"_s);
        auto *install = m_page->findChild<QPushButton *>(u"installScheduleButton"_s);
        auto *remove = m_page->findChild<QPushButton *>(u"removeScheduleButton"_s);
        auto *result = m_page->findChild<QLabel *>(u"scheduleResultLabel"_s);
        QVERIFY(status && interval && install && remove && result);
        QVERIFY2(status->text().startsWith(u"Not installed"_s), qPrintable(status->text()));
        QVERIFY(!remove->isEnabled());
        QCOMPARE(interval->currentText(), u"7 days"_s);
        QCOMPARE(interval->count(), 4);

        interval->setCurrentIndex(interval->findText(u"14 days"_s));
        QTest::mouseClick(install, Qt::LeftButton);
        QVERIFY2(!install->isEnabled(), qPrintable(result->text()));
        // systemctl answers at once, also without a user bus (then with a message, below).
        QTRY_VERIFY_WITH_TIMEOUT(install->isEnabled(), 15000);
        const QString units = home.filePath(u".config/systemd/user/"_s);
        QFile service(units + u"pcauth-keepalive.service"_s);
        QVERIFY(service.open(QIODevice::ReadOnly));
        const QString unit = QString::fromUtf8(service.readAll());
        const QString exec =
            u"ExecStart=\"%1\" \"--config-dir\" \"%2\" \"keepalive\" \"--all\""_s.arg(
                program, m_config->path());
        QVERIFY2(unit.contains(exec), qPrintable(unit));
        QVERIFY(QFile::exists(units + u"pcauth-keepalive.timer"_s));
        QVERIFY2(status->text().startsWith(u"Installed as a systemd user timer"_s),
                 qPrintable(status->text()));
        QVERIFY2(status->text().contains(u"14"_s), qPrintable(status->text()));
        QVERIFY2(result->text() == u"The keep-alive schedule is installed."_s
                     || result->text().contains(u"systemctl"_s),
                 qPrintable(result->text()));
        QVERIFY(remove->isEnabled());
        QCOMPARE(interval->currentText(), u"14 days"_s);

        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(install->isEnabled(), 15000);
        QVERIFY(!QFile::exists(units + u"pcauth-keepalive.service"_s));
        QVERIFY(!QFile::exists(units + u"pcauth-keepalive.timer"_s));
        QVERIFY2(status->text().startsWith(u"Not installed"_s), qPrintable(status->text()));
        QVERIFY2(result->text() == u"The keep-alive schedule is removed."_s
                     || result->text().contains(u"systemctl"_s),
                 qPrintable(result->text()));
        QVERIFY(!remove->isEnabled());
    }

    void scheduleWithoutPcauthctl()
    {
        makePage();
        QTemporaryDir home;
        m_page->setScheduleTarget(QString(), home.path());
        auto *install = m_page->findChild<QPushButton *>(u"installScheduleButton"_s);
        auto *interval = m_page->findChild<QComboBox *>(u"scheduleIntervalCombo"_s);
        auto *result = m_page->findChild<QLabel *>(u"scheduleResultLabel"_s);
        QVERIFY(install && interval && result);
        QVERIFY(!install->isEnabled());
        QVERIFY(!interval->isEnabled());
        QCOMPARE(result->text(),
                 u"pcauthctl was not found beside PCAuth or on the PATH: install it to schedule "
                 u"the keep-alive."_s);
    }

    void scheduleUnavailableInSandboxMode()
    {
        QCOMPARE(m_fixture.start(), QString());
        m_page = std::make_unique<SettingsPage>(*m_fixture.services);
        auto *install = m_page->findChild<QPushButton *>(u"installScheduleButton"_s);
        auto *result = m_page->findChild<QLabel *>(u"scheduleResultLabel"_s);
        auto *url = m_page->findChild<QLabel *>(u"sandboxUrlLabel"_s);
        QVERIFY(install && result && url);
        QVERIFY(!install->isEnabled());
        QVERIFY2(result->text().startsWith(u"Not available in sandbox mode"_s),
                 qPrintable(result->text()));
        QVERIFY(url->isVisibleTo(m_page.get()));
        QVERIFY2(url->text().contains(m_fixture.services->sandboxUrl().toString()),
                 qPrintable(url->text()));
    }

    void settingsFileHoldsNoSecret()
    {
        QCOMPARE(m_fixture.start(), QString());
        m_page = std::make_unique<SettingsPage>(*m_fixture.services);
        auto *path = m_page->findChild<QLabel *>(u"settingsFileLabel"_s);
        auto *note = m_page->findChild<QLabel *>(u"settingsFileNoteLabel"_s);
        auto *concurrency = m_page->findChild<QSpinBox *>(u"concurrencySpin"_s);
        QVERIFY(path && note && concurrency);
        const QString file = m_fixture.services->settings().fileName();
        QCOMPARE(path->text(), QDir::toNativeSeparators(file));
        QCOMPARE(note->text(), u"No token, secret or key is ever written here."_s);

        concurrency->setValue(12);
        const Profile demo = m_fixture.demoProfile();
        const ConsentResult consent = m_fixture.consent(demo);
        QVERIFY2(consent.ok, qPrintable(consent.message));
        std::optional<RefreshTokenRecord> record;
        QObject context;
        m_fixture.services->vault().loadRefreshToken(
            demo.id, &context, [&record](const SecretResult &r, const RefreshTokenRecord &rec) {
                if (r.ok())
                    record = rec;
            });
        QTRY_VERIFY(record.has_value());
        QVERIFY(record->refreshToken.size() > 20);
        m_fixture.services->settings().setWarningDays(20); // written after the consent too

        QFile settings(file);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray content = settings.readAll();
        QVERIFY2(content.contains("concurrency=12"), content.constData());
        QVERIFY(!content.contains(WebAppSecret));
        QVERIFY(!content.contains(record->refreshToken.toUtf8()));
        QVERIFY(!content.contains(record->refreshToken.left(16).toUtf8()));
    }

    void aboutDialogShowsVersionsAndCopies()
    {
        AboutDialog about;
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        auto *versions = about.findChild<QPlainTextEdit *>(u"versionsEdit"_s);
        auto *copy = about.findChild<QPushButton *>(u"copyVersionsButton"_s);
        auto *close = about.findChild<QPushButton *>(u"closeButton"_s);
        auto *license = about.findChild<QLabel *>(u"licenseLabel"_s);
        QVERIFY(versions && copy && close && license);
        QVERIFY(versions->isReadOnly());
        const QString text = versions->toPlainText();
        QVERIFY2(text.contains(u"Qt "_s + QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(u"QtKeychain"_s), qPrintable(text));
        QVERIFY2(text.contains(u"OpenSSL"_s), qPrintable(text));
        QVERIFY2(license->text().contains(u"MIT"_s), qPrintable(license->text()));

        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), text);

        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!about.isVisible());
        QCOMPARE(about.result(), int(QDialog::Rejected));
    }

private:
    void makePage()
    {
        m_config = std::make_unique<QTemporaryDir>();
        AppOptions options;
        options.configDir = m_config->path();
        options.keychainService = testService();
        m_services = std::make_unique<AppServices>(options);
        m_page = std::make_unique<SettingsPage>(*m_services);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    QTemporaryDir m_xdg;
    std::unique_ptr<QTemporaryDir> m_config;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<SettingsPage> m_page;
    GuiFixture m_fixture;
};

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
