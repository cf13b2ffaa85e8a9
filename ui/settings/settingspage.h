// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Ui {
class SettingsPage;
}

namespace PCAuth {

class AppServices;
class KeepAliveSchedule;
class KeychainSelfTest;

/// The app's preferences (AppSettings), each saved as soon as it changes, plus the two
/// things a partner admin checks once per machine: does the keychain work (a self-test
/// through the app's own SecretStore), and is the keep-alive job installed in the OS
/// scheduler (KeepAliveSchedule, so that tokens survive 90 days without the app running).
///
/// Values are read back from AppSettings, which clamps them, so a hand-edited settings file
/// shows its effective values; a change made elsewhere (the tray menu) is shown at once.
/// Keychain and scheduler work is asynchronous, shows progress and can be cancelled.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    explicit SettingsPage(AppServices &services, QWidget *parent = nullptr);
    ~SettingsPage() override;

    /// The keychain self-test behind "Run self-test" (tests give it a store with faults).
    KeychainSelfTest &keychainSelfTest() { return *m_selfTest; }
    /// Re-reads the schedule's files into the status label and the interval box.
    void refreshScheduleStatus();
    /// Tests: schedule `program` (empty: as if no pcauthctl were found) with its files under
    /// `homeDir` instead of pcauthctl beside PCAuth and the user's home.
    void setScheduleTarget(const QString &program, const QString &homeDir);

private:
    void fillChoices();
    void loadValues();
    void connectControls();
    void showSandboxUrl();
    void runSelfTest();
    void selfTestFinished(bool passed, const QString &message);
    void setSelfTestBusy(bool busy);
    void useSchedule(const QString &program, const QString &homeDir);
    void installSchedule();
    void removeSchedule();
    void cancelSchedule();
    void scheduleFinished(bool ok, const QString &message);
    void setScheduleBusy(bool busy);
    static void setResult(QLabel *label, bool ok, const QString &message);

    AppServices &m_services;
    std::unique_ptr<Ui::SettingsPage> m_ui;
    KeychainSelfTest *m_selfTest;
    KeepAliveSchedule *m_schedule;
    /// Why Install is unavailable (sandbox mode, no pcauthctl); empty when it is.
    QString m_scheduleUnavailable;
    /// Context of the scheduler call in progress: deleting it stops waiting for it.
    QPointer<QObject> m_scheduleCall;
};

} // namespace PCAuth
