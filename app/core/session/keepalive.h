// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/profile.h"
#include "session/tokenbroker.h"
#include "support/job.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

namespace PCAuth {

class Vault;

/// Keeps refresh tokens alive: each profile's token is redeemed at Entra for the partner
/// tenant's Partner Center token, which rotates it and starts its 90-day inactivity clock
/// again. The one keep-alive of the tray's schedule, the dashboard's "Refresh now" and
/// `pcauthctl keepalive`, so all of them follow one rule for the cache: only the profile's
/// partner-tenant access tokens are dropped first (a cached one would be handed out without
/// reaching Entra); customer-tenant tokens stay, or the next customer check would redeem, and
/// rotate, and store, once per customer.
///
///     start(profiles) --> per profile, at once: skip (no consent) or redeem
///                     --> profileDone(outcome) for each --> finished() once
///
/// A Job: cancel() drops the outstanding redemptions' answers (their rotated tokens are still
/// stored by the broker) and finishes, later, with what is done.
class KeepAliveRun final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeepAliveRun)

public:
    enum class Status { Ok, Warning, Failed, Skipped };
    struct Outcome
    {
        QString profileId;
        QString profileName;
        Status status = Status::Failed;
        QString message; ///< for the user; never a token
        AccessTokenResult token; ///< the redemption's result (empty when skipped)
    };

    /// Both references must outlive the job.
    KeepAliveRun(Vault &vault, TokenBroker &broker, QObject *parent);
    ~KeepAliveRun() override;

    /// `skipWithoutConsent`: a profile without a stored refresh token is Skipped, not Failed.
    void start(const QList<Profile> &profiles, bool skipWithoutConsent);
    QList<Outcome> outcomes() const { return m_outcomes; }
    int count(Status status) const;

    /// "ok", "warning", "failed", "skipped"
    static QString statusId(Status status);
    /// The access token a keep-alive redeems for `profile`: Partner Center, partner tenant.
    static Expected<TokenKey> keyFor(const Profile &profile);

Q_SIGNALS:
    void profileDone(const PCAuth::KeepAliveRun::Outcome &outcome);
    void finished();

private:
    bool abort() override;
    void done(Outcome outcome);
    void finishIfDone();

    Vault &m_vault;
    TokenBroker &m_broker;
    QPointer<QObject> m_context; // the redemptions' context: deleted by cancel()
    QList<Outcome> m_outcomes;
    int m_pending = 0;
};

} // namespace PCAuth

Q_DECLARE_METATYPE(PCAuth::KeepAliveRun::Outcome)
