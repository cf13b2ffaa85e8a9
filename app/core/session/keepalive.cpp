// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/keepalive.h"

#include "vault/vault.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace PCAuth {

KeepAliveRun::KeepAliveRun(Vault &vault, TokenBroker &broker, QObject *parent)
    : Job(parent)
    , m_vault(vault)
    , m_broker(broker)
{ }

KeepAliveRun::~KeepAliveRun() = default;

QString KeepAliveRun::statusId(Status status)
{
    switch (status) {
    case Status::Ok:
        return u"ok"_s;
    case Status::Warning:
        return u"warning"_s;
    case Status::Skipped:
        return u"skipped"_s;
    case Status::Failed:
        break;
    }
    return u"failed"_s;
}

Expected<TokenKey> KeepAliveRun::keyFor(const Profile &profile)
{
    const Expected<Cloud> cloud = profile.cloud();
    if (!cloud)
        return fail(cloud.error());
    return TokenKey::partnerCenter(profile.id, *cloud);
}

int KeepAliveRun::count(Status status) const
{
    return int(std::count_if(m_outcomes.cbegin(), m_outcomes.cend(),
                             [status](const Outcome &o) { return o.status == status; }));
}

void KeepAliveRun::start(const QList<Profile> &profiles, bool skipWithoutConsent)
{
    if (!begin())
        return;
    m_outcomes.clear();
    m_context = new QObject(this);
    m_pending = int(profiles.size());
    for (const Profile &profile : profiles) {
        Outcome outcome;
        outcome.profileId = profile.id;
        outcome.profileName = profile.name;
        const Expected<VaultIndex::Entry> entry =
            m_vault.index().entry(profile.id, SecretKind::RefreshToken);
        const Expected<TokenKey> key = keyFor(profile);
        if (skipWithoutConsent && entry && !entry->stored) {
            outcome.status = Status::Skipped;
            outcome.message = tr("no consent recorded");
        } else if (!key) {
            outcome.message = key.error();
        } else {
            m_broker.forgetPartnerTenant(profile.id);
            m_broker.accessToken(*key, m_context,
                                 [this, outcome](const AccessTokenResult &result) mutable {
                                     outcome.token = result;
                                     if (!result.ok()) {
                                         outcome.message = result.message;
                                     } else if (!result.warning.isEmpty()) {
                                         outcome.status = Status::Warning;
                                         outcome.message = result.warning;
                                     } else {
                                         outcome.status = Status::Ok;
                                         outcome.message = tr("refresh token redeemed; the "
                                                              "90-day inactivity clock starts "
                                                              "again");
                                     }
                                     done(outcome);
                                 });
            continue;
        }
        // Answers come later, never inside start().
        QTimer::singleShot(0, m_context, [this, outcome] { done(outcome); });
    }
    if (profiles.isEmpty())
        QTimer::singleShot(0, this, &KeepAliveRun::finishIfDone);
}

bool KeepAliveRun::abort()
{
    delete m_context; // no answer reaches done() any more
    m_pending = 0;
    QTimer::singleShot(0, this, &KeepAliveRun::finishIfDone);
    return true;
}

void KeepAliveRun::done(Outcome outcome)
{
    --m_pending;
    m_outcomes.append(outcome);
    Q_EMIT profileDone(outcome);
    finishIfDone();
}

void KeepAliveRun::finishIfDone()
{
    if (m_pending > 0 || !end())
        return;
    Q_EMIT finished();
}

} // namespace PCAuth
