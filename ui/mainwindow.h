// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QMainWindow>

namespace Ui {
class MainWindow;
}

namespace PCAuth {

class AccessPage;
class AppServices;
class AppOnlyPage;
class ConsentWizard;
class CustomersPage;
class DashboardPage;
class RequestConsolePage;
class SettingsPage;
class TokenInspectorPage;
class TrayIcon;

/// The shell: a navigation list on the left, one page per view on the right. Pages are
/// created here and talk to each other only through AppServices' request signals, which
/// this window turns into page switches. Nothing heavy (keychain, network, WebEngine) starts
/// until a page needs it: WebEngine starts with the first consent wizard.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    DashboardPage *dashboard() const { return m_dashboard; }
    CustomersPage *customers() const { return m_customers; }
    AccessPage *access() const { return m_access; }
    RequestConsolePage *requestConsole() const { return m_console; }
    AppOnlyPage *appOnly() const { return m_appOnly; }
    TokenInspectorPage *tokenInspector() const { return m_inspector; }
    SettingsPage *settingsPage() const { return m_settings; }

    /// Opens the consent wizard (window-modal); an empty id starts with a new profile.
    ConsentWizard *openConsent(const QString &profileId = QString());
    /// Makes `page` the current page.
    void showPage(QWidget *page);
    TrayIcon *tray() const { return m_tray; }

protected:
    /// Hides to the tray instead of quitting when the tray keeps PCAuth running
    /// (TrayIcon::keepsRunningOnClose()); a quit (File > Quit, the tray's Quit) always closes.
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void showAbout();

    AppServices &m_services;
    std::unique_ptr<Ui::MainWindow> m_ui;
    DashboardPage *m_dashboard = nullptr;
    CustomersPage *m_customers = nullptr;
    AccessPage *m_access = nullptr;
    RequestConsolePage *m_console = nullptr;
    AppOnlyPage *m_appOnly = nullptr;
    TokenInspectorPage *m_inspector = nullptr;
    SettingsPage *m_settings = nullptr;
    TrayIcon *m_tray = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_quitting = false;
};

} // namespace PCAuth
