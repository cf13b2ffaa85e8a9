// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class DashboardPage;
}

namespace PCAuth {

class AppServices;
class CustomerCheckRun;
class HealthModel;
struct AccessTokenResult;
struct TokenKey;

/// The home view: the health of every profile and, expanded, of its customer tenants, with
/// the actions a partner admin takes on a row (refresh now, consent again, test call,
/// inspect token, remove, replace the app credential, check customers).
///
/// Drawing the table needs no keychain access (HealthModel reads the vault index); only the
/// actions touch the network or the keychain, always asynchronously with a context object,
/// so the window never freezes. The stored refresh token is never changed here except
/// through the broker (which rotates it) and removal: a failed refresh leaves it untouched.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    explicit DashboardPage(AppServices &services, QWidget *parent = nullptr);
    ~DashboardPage() override;

    HealthModel *model() const { return m_model; }

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
    /// Stops customer checks and token requests that can stop (not a removal under way).
    void cancelWork();

private:
    struct Running
    {
        QPointer<QObject> context; // deleting it drops the answer
        QString text; // shown beside the progress bar
        bool cancellable = true;
    };

    void connectActions();
    void updateActions();
    void updateDetails();
    void updateEmptyState();
    void updateProgress();
    void showBanner(const QString &message);
    void hideBanner();
    QObject *beginAction(const QString &profileId, const QString &text, bool cancellable);
    void endAction(const QString &profileId);
    void requestToken(const QString &profileId, const TokenKey &key, const QString &text,
                      std::function<void(const AccessTokenResult &)> done);
    /// Ends the row's action and shows what the token request said.
    void tokenAnswered(const QString &profileId, const AccessTokenResult &result);
    void removeConfirmed(const QString &profileId, const QString &name);
    void startCustomers(const QString &profileId);
    void connectRun(CustomerCheckRun *run, const QString &profileId);
    void runFinished(const QString &profileId, const QString &problem, const QString &summary);
    QModelIndex currentIndex() const;

    AppServices &m_services;
    std::unique_ptr<Ui::DashboardPage> m_ui;
    HealthModel *m_model = nullptr;
    QTimer m_countdown;
    QHash<QString, Running> m_running; // token and keychain actions, by profile id
    QHash<QString, QPointer<CustomerCheckRun>> m_runs; // by profile id
    QString m_lastProgress; // the latest customer progress text
};

} // namespace PCAuth
