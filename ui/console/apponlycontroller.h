// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/profile.h"
#include "session/tokenbroker.h"

#include <memory>

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace PCAuth {

class AppServices;
struct ApiResult;

/// The app-only test page without a window: an app-only token (client credentials with the
/// profile's secret or certificate from the vault, through the broker) for an audience and
/// tenant, its claims, a live expiry countdown, and a test call that accepts app-only
/// tokens. Only profiles with a secret or certificate are offered. The token is kept in
/// memory here only.
///
/// The token request or test call in flight is owned by a context object; cancel() deletes
/// it. Every getToken() and testCall() ends with exactly one finished(): at once when it is
/// refused, else with the answer or the cancel.
class AppOnlyController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppOnlyController)
    Q_PROPERTY(QString profileId READ profileId WRITE selectProfile NOTIFY profileIdChanged)
    Q_PROPERTY(QString audienceId READ audienceId WRITE setAudienceId NOTIFY audienceIdChanged)
    Q_PROPERTY(bool customAudience READ isCustomAudience NOTIFY audienceIdChanged)
    Q_PROPERTY(QString customAudienceUri READ customAudienceUri WRITE setCustomAudienceUri)
    Q_PROPERTY(QString tenant READ tenant WRITE setTenant)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(bool canGetToken READ canGetToken NOTIFY busyChanged)
    Q_PROPERTY(bool canTestCall READ canTestCall NOTIFY busyChanged)
    Q_PROPERTY(bool hasToken READ hasToken NOTIFY tokenChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool messageIsProblem READ messageIsProblem NOTIFY messageChanged)
    Q_PROPERTY(QString redactedToken READ redactedToken NOTIFY tokenChanged)
    Q_PROPERTY(QString appId READ appId NOTIFY tokenChanged)
    Q_PROPERTY(QString rolesText READ rolesText NOTIFY tokenChanged)
    Q_PROPERTY(QString tenantId READ tenantId NOTIFY tokenChanged)
    Q_PROPERTY(QString audience READ audience NOTIFY tokenChanged)
    Q_PROPERTY(QString idtyp READ idtyp NOTIFY tokenChanged)
    Q_PROPERTY(QString expiryText READ expiryText NOTIFY expiryChanged)
    Q_PROPERTY(QString testCallText READ testCallText NOTIFY testCallChanged)
    Q_PROPERTY(QString testStatusText READ testStatusText NOTIFY testCallChanged)
    Q_PROPERTY(QString testSummary READ testSummary NOTIFY testCallChanged)

public:
    explicit AppOnlyController(AppServices &services, QObject *parent = nullptr);
    ~AppOnlyController() override;

    /// The profiles with a client secret or a certificate, as last loaded.
    const QList<Profile> &profiles() const { return m_profiles; }
    QString profileId() const { return m_profileId; }
    /// "partner-center", "graph" (the default: its test call works in every tenant), "arm",
    /// "keyvault" or "custom".
    QString audienceId() const { return m_audienceId; }
    bool isCustomAudience() const;
    QString customAudienceUri() const { return m_customAudience; }
    QString tenant() const { return m_tenant; }

    bool isBusy() const { return !m_pending.isNull(); }
    bool canGetToken() const { return !isBusy() && !m_profiles.isEmpty(); }
    /// A token is here and its audience has a test call.
    bool canTestCall() const;
    bool hasToken() const { return !m_token.isEmpty(); }
    /// The access token itself, for the token inspector; never shown on the page.
    QString token() const { return m_token; }

    /// The banner: a problem, or "Cancelled." (not a problem); empty when nothing is said.
    QString message() const { return m_message; }
    bool messageIsProblem() const { return m_messageIsProblem; }

    QString redactedToken() const { return m_redacted; }
    QString appId() const { return m_appId; }
    QString rolesText() const { return m_roles; }
    QString tenantId() const { return m_tenantId; }
    QString audience() const { return m_audience; }
    QString idtyp() const { return m_idtyp; }
    /// When the token expires, or that it has; empty without a token.
    QString expiryText() const { return m_expiryText; }
    /// "Asking Entra ID…", the test call to be made, or why there is none.
    QString testCallText() const { return m_testCallText; }
    /// "HTTP 200 OK · 35 ms" or "No answer."; empty before a test call.
    QString testStatusText() const { return m_testStatus; }
    /// One line about the test call's answer.
    QString testSummary() const { return m_testSummary; }

public Q_SLOTS:
    void reloadProfiles();
    /// An unknown id is ignored once profiles exist.
    void selectProfile(const QString &profileId);
    void setAudienceId(const QString &audienceId);
    void setCustomAudienceUri(const QString &uri) { m_customAudience = uri; }
    void setTenant(const QString &tenant) { m_tenant = tenant; }
    void getToken();
    void testCall();
    void cancel();
    /// Asks the main window to show the token in the token inspector.
    void inspect();

Q_SIGNALS:
    void profilesChanged();
    void profileIdChanged();
    void audienceIdChanged();
    void busyChanged();
    void tokenChanged();
    void messageChanged();
    void expiryChanged();
    void testCallChanged();
    /// Once per getToken() or testCall(): `ok` when a token came, or the call succeeded.
    void finished(bool ok);

private:
    void tokenArrived(const AccessTokenResult &result);
    void testCallFinished(const ApiResult &result);
    void clearResult();
    void setMessage(const QString &text, bool problem = true);
    void refuse(const QString &problem);
    void setBusyContext(QObject *context);
    void updateExpiry();

    AppServices &m_services;
    QList<Profile> m_profiles;
    QString m_profileId;
    QString m_audienceId;
    QString m_customAudience;
    QString m_tenant;
    /// Context of the token request or test call in flight; deleting it cancels it.
    QPointer<QObject> m_pending;
    TokenKey m_key; // of the token shown
    QString m_tokenAudienceId; // the audience id when the token was asked for
    QString m_token;
    QDateTime m_expiresAt;
    std::unique_ptr<AccessTokenSource> m_tokens;
    QTimer m_countdown;

    QString m_message;
    bool m_messageIsProblem = true;
    QString m_redacted;
    QString m_appId;
    QString m_roles;
    QString m_tenantId;
    QString m_audience;
    QString m_idtyp;
    QString m_expiryText;
    QString m_testCallText;
    QString m_testStatus;
    QString m_testSummary;
};

} // namespace PCAuth
