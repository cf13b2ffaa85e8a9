// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>

#include <QList>
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
/// until a page needs it: WebEngine is loaded (a plugin) and started with the first embedded
/// sign-in of the consent wizard. Only the dashboard is built before the window is first shown;
/// every other page is built when it is first shown or asked for, so that the first paint
/// waits for nothing it does not show.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(AppServices &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    DashboardPage *dashboard() const { return m_dashboard; }
    // Each builds its page if it was not built yet.
    CustomersPage *customers() const;
    AccessPage *access() const;
    RequestConsolePage *requestConsole() const;
    AppOnlyPage *appOnly() const;
    TokenInspectorPage *tokenInspector() const;
    SettingsPage *settingsPage() const;

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
    /// The navigation rows, in the order of the pages.
    enum PageRow : int {
        DashboardRow,
        CustomersRow,
        AccessRow,
        ConsoleRow,
        AppOnlyRow,
        InspectorRow,
        SettingsRow
    };

    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    /// A navigation entry whose page `make` builds when first needed (ensurePage()).
    void addLazyPage(const QString &title, const QIcon &icon, std::function<QWidget *()> make);
    /// The page at `index`, built now if it was not.
    QWidget *ensurePage(int index) const;
    void showAbout();

    AppServices &m_services;
    std::unique_ptr<Ui::MainWindow> m_ui;
    DashboardPage *m_dashboard = nullptr;
    // Built on first use (mutable: the const accessors build them).
    mutable CustomersPage *m_customers = nullptr;
    mutable AccessPage *m_access = nullptr;
    mutable RequestConsolePage *m_console = nullptr;
    mutable AppOnlyPage *m_appOnly = nullptr;
    mutable TokenInspectorPage *m_inspector = nullptr;
    mutable SettingsPage *m_settings = nullptr;
    /// Per navigation row: what builds its page; empty once built.
    mutable QList<std::function<QWidget *()>> m_pageMakers;
    TrayIcon *m_tray = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_quitting = false;
};

} // namespace PCAuth
