// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QModelIndex>
#include <QTimer>
#include <QWidget>

namespace Ui {
class DashboardPage;
}

namespace PCAuth {

class AppServices;
class DashboardController;
class HealthModel;

/// The home view: the health of every profile and, expanded, of its customer tenants, with
/// the actions a partner admin takes on a row (refresh now, consent again, test call,
/// inspect token, remove, replace the app credential, check customers, check access).
///
/// Drawing the table needs no keychain access (HealthModel reads the vault index); the work
/// (network, keychain) is DashboardController's, always asynchronous, so the window never
/// freezes. The page binds the widgets to it: it forwards the row actions with the current
/// row's profile, shows the controller's state in the tree, the banner and the progress line,
/// and asks before a removal.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    explicit DashboardPage(AppServices &services, QWidget *parent = nullptr);
    ~DashboardPage() override;

    HealthModel *model() const { return m_model; }
    /// The page's work: its actions, their progress and their messages.
    DashboardController *controller() const { return m_controller; }

    // The row actions, as the toolbar, the context menu and the keys trigger them. Each
    // applies to the current row of healthTree and does nothing when it does not apply.
    void refreshNow();
    void runConsentAgain();
    void testCall();
    void inspectToken();
    /// Asks for confirmation (a window-modal QMessageBox "removeConfirmation"), then removes.
    void removeProfile();
    /// Opens the window-modal ReplaceCredentialDialog ("replaceCredentialDialog") for the
    /// profile: a new client secret or certificate, the refresh token kept.
    void replaceCredential();
    void checkCustomers();
    /// Checks the access of the current row's profile (AppServices::access()); the Access
    /// column shows the result.
    void checkAccess();
    /// Stops customer checks and token requests that can stop (not a removal under way).
    void cancelWork();

private:
    void connectActions();
    void connectController();
    void updateActions();
    void updateDetails();
    void updateEmptyState();
    void updateProgress();
    void updateBanner();
    void showBanner(const QString &message);
    /// The answer of a test call (window-modal "testCallResult"), with "Open in console".
    void showTestCall(const QString &profileId, const QString &tenantId, int status,
                      const QString &text);
    QModelIndex currentIndex() const;

    AppServices &m_services;
    std::unique_ptr<Ui::DashboardPage> m_ui;
    DashboardController *m_controller = nullptr;
    HealthModel *m_model = nullptr;
    QTimer m_countdown;
};

} // namespace PCAuth
