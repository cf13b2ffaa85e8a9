// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/tokenbroker.h"

#include <memory>

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Ui {
class AppOnlyPage;
}

namespace PCAuth {

class AppServices;
struct ApiResult;

/// Checks an app registration on its own: an app-only token (client credentials with the
/// profile's secret or certificate from the vault, through the broker) for an audience and
/// tenant, the claims that matter without a user (appid/azp, roles, tid, aud, idtyp), a
/// live expiry countdown, and a test call that accepts app-only tokens:
///
///   Get app-only token -> broker.accessToken(appOnly) -> claims + countdown
///        -> Inspect (token inspector) / Test call (Graph organization, Partner Center legal
///           business profile or ARM subscriptions, with the same cached token)
///
/// Only profiles with a secret or certificate are offered: a public client has no app
/// identity of its own. The token is kept in memory on this page only.
class AppOnlyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppOnlyPage)
public:
    explicit AppOnlyPage(AppServices &services, QWidget *parent = nullptr);
    ~AppOnlyPage() override;

private:
    void reloadProfiles();
    void audienceChanged();
    void getToken();
    void tokenArrived(const AccessTokenResult &result);
    void testCall();
    void testCallFinished(const ApiResult &result);
    void cancel();
    void clearResult();
    void showError(const QString &message);
    void setBusy(bool busy);
    void updateExpiry();

    AppServices &m_services;
    std::unique_ptr<Ui::AppOnlyPage> m_ui;
    /// Context of the token request or test call in flight; deleting it cancels it.
    QPointer<QObject> m_pending;
    TokenKey m_key; // of the token shown
    QString m_audienceId; // the audience combo's id when the token was asked for
    QString m_token;
    QDateTime m_expiresAt;
    std::unique_ptr<AccessTokenSource> m_tokens;
    QTimer m_countdown;
};

} // namespace PCAuth
