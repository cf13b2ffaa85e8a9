// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

namespace Ui {
class AppOnlyPage;
}

namespace PCAuth {

class AppOnlyController;
class AppServices;

/// Checks an app registration on its own: an app-only token (client credentials with the
/// profile's secret or certificate from the vault, through the broker) for an audience and
/// tenant, the claims that matter without a user (appid/azp, roles, tid, aud, idtyp), a
/// live expiry countdown, and a test call that accepts app-only tokens:
///
///   Get app-only token -> broker.accessToken(appOnly) -> claims + countdown
///        -> Inspect (token inspector) / Test call (Graph organization, Partner Center legal
///           business profile or ARM subscriptions, with the same cached token)
///
/// The work is the AppOnlyController's; this page binds its fields to it and shows its
/// state. Only profiles with a secret or certificate are offered: a public client has no app
/// identity of its own.
class AppOnlyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppOnlyPage)
public:
    explicit AppOnlyPage(AppServices &services, QWidget *parent = nullptr);
    ~AppOnlyPage() override;

    AppOnlyController &controller() { return *m_controller; }

private:
    void showProfiles();
    void showAudience();
    void showToken();
    void showTestCall();
    void showMessage();
    void showBusy();

    std::unique_ptr<Ui::AppOnlyPage> m_ui;
    AppOnlyController *m_controller;
};

} // namespace PCAuth
