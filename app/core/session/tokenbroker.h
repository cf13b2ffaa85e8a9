// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/accesstokensource.h"
#include "cloud/cloud.h"
#include "errors/errorcatalogue.h"
#include "health/tokenhealth.h"
#include "session/tokenendpoint.h"
#include "support/clock.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace PCAuth {

class HttpClient;
class ProfileStore;
class Vault;
struct Profile;
struct RefreshTokenRecord;
struct SecretResult;

/// Which access token: one profile, one tenant, one audience, delegated or app-only.
struct TokenKey
{
    QString profileId;
    /// Empty: the profile's partner tenant. Else a customer tenant (GUID or domain).
    QString tenant;
    /// The resource identifier, e.g. cloud.resource(Service::Graph) or a custom URI.
    QString audience;
    bool appOnly = false;

    /// Delegated, in the profile's partner tenant, for the Partner Center of `cloud`.
    static TokenKey partnerCenter(const QString &profileId, const Cloud &cloud);
    /// Delegated, for `audience` in `tenant` (empty: the partner tenant).
    static TokenKey delegated(const QString &profileId, const QString &tenant,
                              const QString &audience);
    /// App-only (client credentials), for `audience` in `tenant` (empty: the partner tenant).
    static TokenKey appOnlyFor(const QString &profileId, const QString &tenant,
                               const QString &audience);
};

struct AccessTokenResult
{
    QString accessToken; ///< empty on error
    QDateTime expiresAt;
    bool fromCache = false;
    /// Success with a problem the user must hear about, e.g. the rotated refresh token could
    /// not be saved.
    QString warning;
    std::optional<ServiceError> error; ///< the service's error answer, if there was one
    QString message; ///< for the user; empty on success. Never contains a token.

    bool ok() const { return !accessToken.isEmpty(); }
};

/// Hands out access tokens for the API clients and keeps the refresh token alive.
///
///  - Access tokens live in memory only (never on disk, never in the keychain) and are reused
///    until RenewBefore ahead of their expiry.
///  - One redemption at a time per key: callers arriving while one runs wait for it and all
///    get its result. Without that, ten parallel API calls would rotate the refresh token ten
///    times and race to store it.
///  - Delegated: the refresh token comes from the vault and must belong to the profile's app
///    (AADSTS700007 otherwise, caught before any request). A rotated refresh token is stored
///    (written and read back by the vault) before the access token is handed out; if that
///    fails the old one stays, the access token is still returned and `warning` says so.
///  - Except within a burst: while other delegated redemptions of the same profile are under
///    way, or a holdChanges() handle for it lives (a run over many customer tenants), the
///    newest rotated token is kept in memory, used by the next redemptions, and stored once:
///    by the last redemption of the burst before it answers, when the last hold goes, and at
///    least every PersistEvery during a long burst. This is safe because an Entra refresh
///    token is bound to the user and the app, not to a tenant, and a rotation does not end
///    the token it replaces (PROTOCOL.md §2): the stored one redeems throughout, also when
///    the process dies mid-run (tst_tokenbroker::crashMidBurstKeepsARedeemableToken). What
///    a crash loses is only the newer token's fresh 90-day clock since the last store.
///    savePending() stores what is still in memory; pcauthctl and the desktop app call it
///    before they exit.
///  - A rotated token is stored only over a token of the same consent, and only while the
///    profile's generation is the one the redemption started in: a new consent, forget() and
///    removal start a new generation (the vault announces consents and removals from any
///    caller). An older redemption's result is then neither stored nor cached; the waiters
///    get a token of the current consent (redeemed once more) or, when the profile is gone,
///    an error.
///  - Each redemption re-reads the MFA evidence (amr) of the new access token and records a
///    change in the stored record; the authority the token was issued by must be the one
///    the profile signs in at now (checkAuthority()), or nothing is sent.
///  - Errors from Entra that concern the refresh token are kept in the vault index (so a
///    later process sees a revoked token) and cleared by the next successful redemption.
///    From a customer tenant only errors that say the token itself is dead (revoked,
///    expired, issued to another app) are kept; the rest belong to that customer.
///
/// Everything runs on the owning thread, asynchronously; callbacks never run inside the call.
class TokenBroker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenBroker)

public:
    using Callback = std::function<void(const AccessTokenResult &)>;

    /// Renewal margin before expiry.
    static constexpr std::chrono::seconds RenewBefore{300};
    /// Within a burst, a rotated refresh token is stored at least this often.
    static constexpr std::chrono::seconds PersistEvery{120};

    /// All references must outlive the broker.
    TokenBroker(ProfileStore &profiles, Vault &vault, HttpClient &http, const Clock &clock,
                QObject *parent = nullptr);
    ~TokenBroker() override;

    /// Calls `done` once, later, unless `context` is destroyed first.
    void accessToken(const TokenKey &key, QObject *context, Callback done);
    /// For the API clients: the same as accessToken(key, ...).
    std::unique_ptr<AccessTokenSource> source(TokenKey key);
    /// Health input: the vault index's record of the profile's refresh token (with its last
    /// error, from any process) and the cached partner-tenant access token's expiry.
    TokenMetadata metadata(const QString &profileId) const;
    /// Drops cached access tokens of the profile and starts a new generation: redemptions
    /// under way are neither stored nor cached (after a new consent, a new client credential,
    /// or on removal), and announces tokenChanged(). The last error lives in the index, where
    /// storing a new token or removal drops it.
    void forget(const QString &profileId);
    /// Drops only the profile's partner-tenant access tokens: what "refresh now" and a
    /// keep-alive need to reach Entra. Customer-tenant tokens stay, or the next customer
    /// check would redeem (and rotate, and store) once per customer.
    void forgetPartnerTenant(const QString &profileId);

    /// Holds tokenChanged() back for `profileId` while the returned handle (or a copy) lives;
    /// when the last one goes, emits it once if anything changed meanwhile. A run over many
    /// customer tenants redeems once per customer, and each redemption rotates and stores
    /// the profile's refresh token: the views need to hear of that once, not per customer.
    /// While a hold lives the profile, its cloud and its app credential are read once, not
    /// per request (see Snapshot): a run is meant to hold the profile it runs for.
    [[nodiscard]] std::shared_ptr<void> holdChanges(const QString &profileId);

    /// Whether a rotated refresh token of some profile is held in memory only (a burst).
    bool hasPendingTokens() const;
    /// Stores every rotated refresh token held in memory, then calls `done` once, later
    /// (unless `context` is destroyed first). Failures were logged and said in the warnings
    /// of the redemptions; the stored tokens stay valid either way.
    void savePending(QObject *context, std::function<void()> done);

Q_SIGNALS:
    /// What health shows for the profile may have changed: a delegated redemption for it
    /// finished (its refresh token rotated and stored, its last error recorded or cleared,
    /// a partner access token cached, or the redemption failed; emitted before the waiters
    /// are answered), or forget() dropped its tokens (a new consent, a new app credential,
    /// removal). Once per event (see holdChanges()).
    void tokenChanged(const QString &profileId);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false; // no context given: always called
        Callback done;
    };
    struct Flight
    {
        TokenKey key;
        QString tenant; // resolved
        QList<Waiter> waiters;
        Cloud cloud;
        quint64 generation = 0; // the profile's, when the redemption started
        bool rerun = false; // superseded once already and redeemed again
    };
    /// A profile's newest refresh token as this broker knows it (see the class comment).
    struct Latest
    {
        std::shared_ptr<RefreshTokenRecord> record;
        quint64 generation = 0;
        bool unsaved = false; // newer than what the keychain holds
        bool saving = false; // a store of it is under way
        QDateTime savedAt; // when the keychain last got one of this burst
    };
    struct Cached
    {
        QString profileId;
        bool partnerTenant = false;
        QString accessToken;
        QDateTime expiresAt;
    };

    static QString cacheKey(const TokenKey &key, const QString &tenant);
    void run(const QString &id, const Profile &profile, const Cloud &cloud);
    void redeemDelegated(const QString &id, const Profile &profile, const Cloud &cloud,
                         const ClientCredential &credential);
    void redeemRecord(const QString &id, const Profile &profile, const Cloud &cloud,
                      const ClientCredential &credential, const RefreshTokenRecord &record);
    void onRedeemed(const QString &id, const RefreshTokenRecord &record, const TokenResult &result);
    /// The record to store after a successful redemption of `record`.
    RefreshTokenRecord successor(const Flight &flight, const RefreshTokenRecord &record,
                                 const TokenResponse &token) const;
    void stored(const QString &id, bool rotated, const AccessTokenResult &result,
                const SecretResult &store);
    /// Another delegated redemption of the profile is under way, or a hold lives.
    bool inBurst(const QString &profileId, const QString &exceptFlight) const;
    /// Keeps `record` as the profile's newest, in memory only.
    void keepLatest(const QString &profileId, quint64 generation, const RefreshTokenRecord &record);
    /// Stores the profile's unsaved newest token (nothing when there is none), then `done`.
    void saveLatest(const QString &profileId, std::function<void(const SecretResult &)> done);
    /// The flight ends: a failed redemption that closes a burst stores the burst's newest first.
    void endFlight(const QString &id, const AccessTokenResult &result);
    void notifySaveWaiters();
    /// The redemption belongs to an older generation or consent: redeem once more with what
    /// is stored now, or fail when that already happened or the profile is gone.
    void superseded(const QString &id, const QString &why);
    quint64 generation(const QString &profileId) const { return m_generations.value(profileId); }
    bool current(const Flight &flight) const
    {
        return flight.generation == generation(flight.key.profileId);
    }
    void finish(const QString &id, const AccessTokenResult &result);
    /// Emits tokenChanged() now, or marks it due when a holdChanges() handle is alive.
    void announce(const QString &profileId);
    void release(const QString &profileId);
    /// Records the error in the vault index when it concerns the refresh token; returns a
    /// sentence for the user when that failed, else empty.
    QString rememberError(const Flight &flight, const TokenResult &result);

    ProfileStore &m_profiles;
    Vault &m_vault;
    const Clock &m_clock;
    TokenEndpointClient m_endpoint;
    QHash<QString, Cached> m_cache;
    QHash<QString, Flight> m_flights;
    QHash<QString, quint64> m_generations;
    QHash<QString, Latest> m_latest; // by profile id
    QList<std::function<void()>> m_saveWaiters;
    /// What a hold takes once for its whole run instead of once per customer: the profile,
    /// its cloud and its app credential as they were at the first request. The run itself
    /// already works with the profile it was started with (its endpoints come from that
    /// cloud), so its tokens use the same; an edit of the profile or its cloud file, in this
    /// process or another, is seen by the next run. A new consent or credential replaced in
    /// this process goes through forget(), which drops the snapshot. Nothing of the vault's
    /// refresh-token compare-and-set is kept here: stores still read the keychain and index.
    struct Snapshot
    {
        std::optional<Profile> profile;
        std::optional<Cloud> cloud;
        std::optional<ClientCredential> credential;
    };
    struct Held
    {
        int holders = 0;
        bool changed = false;
        Snapshot snapshot;
    };
    /// The profile (and its cloud) by id or name: from the hold's snapshot when one lives.
    Expected<Profile> findProfile(const QString &profileId);
    Expected<Cloud> cloudOf(const Profile &profile);
    /// The profile's app credential, from the hold's snapshot when one lives.
    void clientCredential(const Profile &profile,
                          std::function<void(const Expected<ClientCredential> &)> done);
    QHash<QString, Held> m_held;
};

} // namespace PCAuth
