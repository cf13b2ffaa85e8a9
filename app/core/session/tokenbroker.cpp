// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/tokenbroker.h"

#include "profiles/profilestore.h"
#include "session/credentials.h"
#include "token/jwt.h"
#include "vault/vault.h"

#include <QLoggingCategory>
#include <QMetaObject>

namespace PCAuth {

using namespace Qt::StringLiterals;

namespace {

/// The AccessTokenSource the API clients hold: asks the broker for one key.
class BrokerTokenSource final : public AccessTokenSource
{
public:
    BrokerTokenSource(TokenBroker *broker, TokenKey key)
        : m_broker(broker)
        , m_key(std::move(key))
    { }

    void accessToken(QObject *context, std::function<void(const Expected<QString> &)> done) override
    {
        if (!m_broker) {
            done(fail(TokenBroker::tr("The token broker has been shut down.")));
            return;
        }
        m_broker->accessToken(m_key, context, [done](const AccessTokenResult &result) {
            done(result.ok() ? Expected<QString>(result.accessToken) : fail(result.message));
        });
    }

private:
    QPointer<TokenBroker> m_broker;
    TokenKey m_key;
};

Q_LOGGING_CATEGORY(lcBroker, "pcauth.broker")

/// Errors from a customer tenant that say the refresh token itself is dead, in every tenant:
/// revoked, expired after 90 days, issued to another app. Anything else from a customer
/// (no consent there, its Conditional Access, an unknown invalid_grant) belongs to that
/// customer's row and says nothing about the partner's token.
bool deadInEveryTenant(const ServiceError &error)
{
    static const QList<int> codes{700082, 70008, 700007};
    return codes.contains(error.aadsts)
           || (error.aadsts != 0
               && ErrorCatalogue::advise(error).category == ErrorCategory::Revoked);
}

} // namespace

TokenKey TokenKey::partnerCenter(const QString &profileId, const Cloud &cloud)
{
    return delegated(profileId, QString(), cloud.resource(Service::PartnerCenter));
}

TokenKey TokenKey::delegated(const QString &profileId, const QString &tenant,
                             const QString &audience)
{
    return TokenKey{profileId, tenant, audience, false};
}

TokenKey TokenKey::appOnlyFor(const QString &profileId, const QString &tenant,
                              const QString &audience)
{
    return TokenKey{profileId, tenant, audience, true};
}

TokenBroker::TokenBroker(ProfileStore &profiles, Vault &vault, HttpClient &http, const Clock &clock,
                         QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_vault(vault)
    , m_clock(clock)
    , m_endpoint(http, clock)
{
    connect(&m_vault, &Vault::consentChanged, this, &TokenBroker::forget);
}

TokenBroker::~TokenBroker() = default;

QString TokenBroker::cacheKey(const TokenKey &key, const QString &tenant)
{
    return key.profileId + u'\n' + tenant.toLower() + u'\n' + key.audience + u'\n'
           + (key.appOnly ? u"app"_s : u"user"_s);
}

void TokenBroker::accessToken(const TokenKey &key, QObject *context, Callback done)
{
    const auto answerLater = [this, context, &done](const AccessTokenResult &result) {
        QPointer<QObject> guard(context);
        const bool hasContext = context != nullptr;
        QMetaObject::invokeMethod(
            this,
            [guard, hasContext, done, result]() {
                if (!hasContext || guard)
                    done(result);
            },
            Qt::QueuedConnection);
    };
    const auto failLater = [&answerLater](const QString &message) {
        AccessTokenResult result;
        result.message = message;
        answerLater(result);
    };
    const Expected<Profile> profile = findProfile(key.profileId);
    if (!profile)
        return failLater(profile.error());
    const Expected<Cloud> cloud = cloudOf(profile.value());
    if (!cloud)
        return failLater(cloud.error());
    const QString tenant =
        key.tenant.trimmed().isEmpty() ? profile->partnerTenant : key.tenant.trimmed();
    if (const QString problem = Cloud::validateTenant(tenant); !problem.isEmpty())
        return failLater(problem);
    if (key.audience.trimmed().isEmpty())
        return failLater(tr("No audience was given: say which API the token is for (Partner "
                            "Center, Graph, ARM, Key Vault or a resource URI)."));

    TokenKey canonical = key;
    canonical.profileId = profile->id;
    canonical.tenant = tenant;
    const QString id = cacheKey(canonical, tenant);
    if (const auto cached = m_cache.constFind(id);
        cached != m_cache.cend()
        && m_clock.now().addSecs(RenewBefore.count()) < cached->expiresAt) {
        AccessTokenResult result;
        result.accessToken = cached->accessToken;
        result.expiresAt = cached->expiresAt;
        result.fromCache = true;
        return answerLater(result);
    }
    const bool running = m_flights.contains(id);
    Flight &flight = m_flights[id];
    flight.waiters.append(Waiter{QPointer<QObject>(context), context != nullptr, std::move(done)});
    if (running)
        return;
    flight.key = canonical;
    flight.tenant = tenant;
    flight.cloud = cloud.value();
    flight.generation = generation(canonical.profileId);
    run(id, profile.value(), cloud.value());
}

void TokenBroker::run(const QString &id, const Profile &profile, const Cloud &cloud)
{
    if (m_flights.value(id).key.appOnly) {
        // The app's credential goes only where the profile's consent was issued.
        const Expected<VaultIndex::Entry> entry =
            m_vault.index().entry(profile.id, SecretKind::RefreshToken);
        if (entry && entry->stored && entry->metadata) {
            if (const QString problem = checkAuthority(profile, cloud, *entry->metadata);
                !problem.isEmpty()) {
                AccessTokenResult result;
                result.message = problem;
                return endFlight(id, result);
            }
        }
    }
    clientCredential(
        profile, [this, id, profile, cloud](const Expected<ClientCredential> &credential) {
            const Flight flight = m_flights.value(id);
            if (!credential) {
                AccessTokenResult result;
                result.message = credential.error();
                return endFlight(id, result);
            }
            if (!flight.key.appOnly)
                return redeemDelegated(id, profile, cloud, credential.value());
            if (profile.credential == CredentialKind::None) {
                AccessTokenResult result;
                result.message = tr("Profile \"%1\" is a public client: app-only tokens need "
                                    "a client secret or a certificate.")
                                     .arg(profile.name);
                return endFlight(id, result);
            }
            m_endpoint.clientCredentials(cloud, flight.tenant, profile.protocol, profile.clientId,
                                         credential.value(), flight.key.audience, this,
                                         [this, id](const TokenResult &token) {
                                             AccessTokenResult result;
                                             if (token.ok()) {
                                                 result.accessToken = token.token->accessToken;
                                                 result.expiresAt = token.token->expiresAt;
                                             } else {
                                                 result.error = token.error;
                                                 result.message = token.message;
                                             }
                                             finish(id, result);
                                         });
        });
}

void TokenBroker::redeemDelegated(const QString &id, const Profile &profile, const Cloud &cloud,
                                  const ClientCredential &credential)
{
    // Within a burst the newest token is in memory (see the class comment). Outside one the
    // keychain is read: another process may have stored a newer token or consent meanwhile.
    if (const auto latest = m_latest.constFind(profile.id);
        latest != m_latest.cend() && latest->generation == generation(profile.id)
        && (latest->unsaved || inBurst(profile.id, id)))
        return redeemRecord(id, profile, cloud, credential, *latest->record);
    m_vault.loadRefreshToken(
        profile.id, this,
        [this, id, profile, cloud, credential](const SecretResult &loaded,
                                               const RefreshTokenRecord &record) {
            if (!loaded.ok()) {
                AccessTokenResult result;
                result.message = loaded.message;
                if (loaded.status == SecretResult::Status::NotFound)
                    result.message +=
                        u' ' + tr("Run the partner consent for profile \"%1\".").arg(profile.name);
                return endFlight(id, result);
            }
            const Flight flight = m_flights.value(id);
            if (current(flight) && !m_latest.value(profile.id).unsaved) {
                Latest &latest = m_latest[profile.id];
                latest.record = std::make_shared<RefreshTokenRecord>(record);
                latest.generation = flight.generation;
                latest.savedAt = m_clock.now(); // what the keychain holds
            }
            redeemRecord(id, profile, cloud, credential, record);
        });
}

void TokenBroker::redeemRecord(const QString &id, const Profile &profile, const Cloud &cloud,
                               const ClientCredential &credential, const RefreshTokenRecord &record)
{
    AccessTokenResult result;
    if (record.clientId.compare(profile.clientId, Qt::CaseInsensitive) != 0) {
        result.message = tr("The refresh token stored for profile \"%1\" was "
                            "issued to app %2, but the profile uses app %3: Entra "
                            "would refuse it (AADSTS700007). Run the partner "
                            "consent again with this profile's app.")
                             .arg(profile.name, record.clientId, profile.clientId);
        return endFlight(id, result);
    }
    if (const QString problem = checkAuthority(profile, cloud, record); !problem.isEmpty()) {
        result.message = problem;
        return endFlight(id, result);
    }
    const Flight flight = m_flights.value(id);
    m_endpoint.redeemRefreshToken(
        cloud, flight.tenant, profile.protocol, profile.clientId, credential, record.refreshToken,
        flight.key.audience, this,
        [this, id, record](const TokenResult &token) { onRedeemed(id, record, token); });
}

void TokenBroker::onRedeemed(const QString &id, const RefreshTokenRecord &record,
                             const TokenResult &token)
{
    const Flight flight = m_flights.value(id);
    if (!current(flight))
        return superseded(id, tr("Profile \"%1\" was signed in again or removed while its "
                                 "refresh token was being redeemed.")
                                  .arg(flight.key.profileId));
    AccessTokenResult result;
    if (!token.ok()) {
        result.error = token.error;
        result.message = token.message;
        if (token.noAnswer)
            result.message += u' '
                              + tr("The stored refresh token was kept; check the network "
                                   "connection or proxy and try again.");
        const QString notKept = rememberError(flight, token);
        if (!notKept.isEmpty())
            result.message += u"\n"_s + notKept;
        return endFlight(id, result);
    }
    result.accessToken = token.token->accessToken;
    result.expiresAt = token.token->expiresAt;
    const QString profileId = flight.key.profileId;
    const RefreshTokenRecord updated = successor(flight, record, *token.token);
    const bool rotated = updated.refreshToken != record.refreshToken;
    keepLatest(profileId, flight.generation, updated);
    const Latest &latest = m_latest[profileId];
    const bool due =
        !latest.savedAt.isValid() || latest.savedAt.addSecs(PersistEvery.count()) <= m_clock.now();
    if (inBurst(profileId, id) && !due)
        return finish(id, result); // stored once for the burst, later
    saveLatest(profileId, [this, id, rotated, result](const SecretResult &s) {
        stored(id, rotated, result, s);
    });
}

bool TokenBroker::inBurst(const QString &profileId, const QString &exceptFlight) const
{
    if (m_held.contains(profileId))
        return true;
    for (auto it = m_flights.cbegin(); it != m_flights.cend(); ++it) {
        if (it.key() != exceptFlight && !it->key.appOnly && it->key.profileId == profileId)
            return true;
    }
    return false;
}

void TokenBroker::keepLatest(const QString &profileId, quint64 generation,
                             const RefreshTokenRecord &record)
{
    if (generation != this->generation(profileId))
        return;
    Latest &latest = m_latest[profileId];
    latest.record = std::make_shared<RefreshTokenRecord>(record);
    latest.generation = generation;
    latest.unsaved = true;
}

void TokenBroker::saveLatest(const QString &profileId,
                             std::function<void(const SecretResult &)> done)
{
    const auto it = m_latest.find(profileId);
    if (it == m_latest.end() || !it->unsaved || it->generation != generation(profileId)) {
        if (done)
            QMetaObject::invokeMethod(
                this, [done] { done(SecretResult{}); }, Qt::QueuedConnection);
        return;
    }
    const std::shared_ptr<RefreshTokenRecord> snapshot = it->record;
    const quint64 generation = it->generation;
    it->saving = true;
    // Any token of the same consent will do as the one "redeemed": the vault compares
    // consents, and the newest is what must reach the keychain.
    m_vault.storeRotatedRefreshToken(
        profileId, *snapshot, *snapshot, this,
        [this, profileId, snapshot, generation, done](const SecretResult &s) {
            const auto entry = m_latest.find(profileId);
            bool newer = false;
            if (entry != m_latest.end() && entry->generation == generation) {
                entry->saving = false;
                newer = entry->record != snapshot;
                if (s.status == SecretResult::Status::Superseded) {
                    m_latest.erase(entry); // another consent or a removal: nothing to keep
                } else if (s.ok() && !newer) {
                    entry->unsaved = false;
                    entry->savedAt = m_clock.now();
                }
            }
            // Nothing to announce: health read the newest from memory while it was unsaved
            // (metadata()), and a redemption's store is announced by its end.
            if (done)
                done(s);
            // A redemption that answered while this store ran kept a newer token in memory:
            // once the burst is over, that one goes too (not a retry of a failed store).
            if (newer && !inBurst(profileId, QString()))
                saveLatest(profileId, {});
            notifySaveWaiters();
        });
}

void TokenBroker::endFlight(const QString &id, const AccessTokenResult &result)
{
    const Flight flight = m_flights.value(id);
    const auto latest = m_latest.constFind(flight.key.profileId);
    if (flight.key.appOnly || latest == m_latest.cend() || !latest->unsaved
        || inBurst(flight.key.profileId, id))
        return finish(id, result);
    // The burst ends with this failure: its newest token is stored before anyone hears.
    saveLatest(flight.key.profileId,
               [this, id, result](const SecretResult &) { finish(id, result); });
}

bool TokenBroker::hasPendingTokens() const
{
    for (const Latest &latest : m_latest)
        if (latest.unsaved)
            return true;
    return false;
}

void TokenBroker::savePending(QObject *context, std::function<void()> done)
{
    QPointer<QObject> guard(context);
    m_saveWaiters.append([guard, done] {
        if (guard)
            done();
    });
    for (auto it = m_latest.cbegin(); it != m_latest.cend(); ++it)
        if (it->unsaved && !it->saving)
            saveLatest(it.key(), {});
    QMetaObject::invokeMethod(this, &TokenBroker::notifySaveWaiters, Qt::QueuedConnection);
}

void TokenBroker::notifySaveWaiters()
{
    for (const Latest &latest : std::as_const(m_latest))
        if (latest.saving)
            return;
    const QList<std::function<void()>> waiters = std::exchange(m_saveWaiters, {});
    for (const auto &waiter : waiters)
        waiter();
}

RefreshTokenRecord TokenBroker::successor(const Flight &flight, const RefreshTokenRecord &record,
                                          const TokenResponse &token) const
{
    const QDateTime now = m_clock.now();
    RefreshTokenRecord updated = record;
    updated.lastRedeemedAt = now;
    if (!token.refreshToken.isEmpty() && token.refreshToken != record.refreshToken) {
        updated.refreshToken = token.refreshToken;
        updated.issuedAt = now;
    }
    if (updated.authority.isEmpty())
        updated.authority = authorityOf(flight.cloud);
    // The evidence of every new access token, where it carries any (v2 tokens may not):
    // conditions change after consent, and health must show what Partner Center will see.
    if (const Expected<Jwt> access = Jwt::decode(token.accessToken)) {
        const MfaEvidence evidence = mfaEvidenceOf(access->mfa().state);
        if (evidence != MfaEvidence::Unknown && evidence != updated.mfa) {
            qCInfo(lcBroker) << "MFA evidence of profile" << flight.key.profileId << "is now"
                             << mfaEvidenceId(evidence);
            updated.mfa = evidence;
        }
    }
    return updated;
}

void TokenBroker::stored(const QString &id, bool rotated, const AccessTokenResult &result,
                         const SecretResult &s)
{
    const Flight flight = m_flights.value(id);
    if (s.status == SecretResult::Status::Superseded)
        return superseded(id, s.message);
    if (!current(flight))
        return superseded(id, tr("Profile \"%1\" was signed in again or removed while its "
                                 "refresh token was being stored.")
                                  .arg(flight.key.profileId));
    // A stored record rewrites the token's index entry, which drops any recorded error; only
    // when that rewrite did not happen is the error cleared on its own (no extra index read on
    // the usual path).
    AccessTokenResult out = result;
    if (!s.ok() || !s.message.isEmpty()) {
        const Expected<bool> cleared = m_vault.clearError(flight.key.profileId);
        if (!cleared)
            out.warning = tr("The earlier error of this refresh token could not be cleared for "
                             "health (%1).")
                              .arg(cleared.error());
    }
    if (!s.ok() && rotated)
        out.warning = tr("The new refresh token could not be saved: %1").arg(s.message);
    else if (!s.ok())
        out.warning = tr("The time of this redemption could not be recorded (%1); the stored "
                         "refresh token is unchanged.")
                          .arg(s.message);
    else if (!s.message.isEmpty())
        out.warning = s.message; // Ok with a warning: only the index failed
    finish(id, out);
}

void TokenBroker::superseded(const QString &id, const QString &why)
{
    Flight &flight = m_flights[id];
    const Expected<Profile> profile = m_profiles.find(flight.key.profileId);
    const Expected<Cloud> cloud = profile ? profile->cloud() : Expected<Cloud>(fail(QString()));
    qCInfo(lcBroker) << "redemption for" << flight.key.profileId << "superseded;"
                     << (flight.rerun || !cloud ? "giving up" : "redeeming again");
    if (flight.rerun || !cloud) {
        AccessTokenResult result;
        if (!profile)
            result.message = tr("Profile \"%1\" was removed while its token was being "
                                "redeemed; nothing was stored.")
                                 .arg(flight.key.profileId);
        else if (!cloud)
            result.message = cloud.error();
        else
            result.message = why + u' ' + tr("Try again.");
        return endFlight(id, result);
    }
    flight.rerun = true;
    flight.generation = generation(flight.key.profileId);
    flight.cloud = cloud.value();
    run(id, profile.value(), cloud.value());
}

QString TokenBroker::rememberError(const Flight &flight, const TokenResult &result)
{
    if (!result.error)
        return {};
    const Expected<Profile> profile = m_profiles.find(flight.key.profileId);
    const bool partnerTenant =
        profile && flight.tenant.compare(profile->partnerTenant, Qt::CaseInsensitive) == 0;
    if (!partnerTenant && !deadInEveryTenant(*result.error))
        return {};
    const Expected<bool> recorded =
        m_vault.recordError(flight.key.profileId, *result.error, m_clock.now());
    if (!recorded)
        return tr("This error could not be recorded for health: %1").arg(recorded.error());
    return {};
}

void TokenBroker::announce(const QString &profileId)
{
    const auto held = m_held.find(profileId);
    if (held == m_held.end())
        Q_EMIT tokenChanged(profileId);
    else
        held->changed = true;
}

std::shared_ptr<void> TokenBroker::holdChanges(const QString &profileId)
{
    ++m_held[profileId].holders;
    const QPointer<TokenBroker> broker(this);
    return std::shared_ptr<void>(nullptr, [broker, profileId](void *) {
        if (broker)
            broker->release(profileId);
    });
}

void TokenBroker::release(const QString &profileId)
{
    const auto held = m_held.find(profileId);
    if (held == m_held.end() || --held->holders > 0)
        return;
    const bool changed = held->changed;
    m_held.erase(held);
    if (changed)
        Q_EMIT tokenChanged(profileId);
    const auto latest = m_latest.constFind(profileId);
    if (latest != m_latest.cend() && latest->unsaved && !latest->saving
        && !inBurst(profileId, QString()))
        saveLatest(profileId, {});
}

void TokenBroker::finish(const QString &id, const AccessTokenResult &result)
{
    const Flight flight = m_flights.take(id);
    if (result.ok() && current(flight)) {
        const Expected<Profile> profile = findProfile(flight.key.profileId);
        const bool partner =
            !flight.key.appOnly && profile
            && flight.tenant.compare(profile->partnerTenant, Qt::CaseInsensitive) == 0;
        m_cache.insert(id,
                       Cached{flight.key.profileId, partner, result.accessToken, result.expiresAt});
    }
    if (!flight.key.appOnly)
        announce(flight.key.profileId);
    for (const Waiter &waiter : flight.waiters) {
        if (!waiter.hasContext || waiter.context)
            waiter.done(result);
    }
}

std::unique_ptr<AccessTokenSource> TokenBroker::source(TokenKey key)
{
    return std::make_unique<BrokerTokenSource>(this, std::move(key));
}

TokenMetadata TokenBroker::metadata(const QString &profileId) const
{
    TokenMetadata meta;
    const Expected<VaultIndex::Entry> entry =
        m_vault.index().entry(profileId, SecretKind::RefreshToken);
    const auto latest = m_latest.constFind(profileId);
    if (latest != m_latest.cend() && latest->unsaved && latest->generation == generation(profileId))
        meta = latest->record->tokenMetadata(); // newer than the index within a burst
    else if (entry && entry->metadata)
        meta = entry->metadata->tokenMetadata();
    meta.refreshTokenPresent = entry && entry->stored;
    if (entry) {
        meta.lastError = entry->lastError;
        meta.lastErrorAt = entry->lastErrorAt;
    }
    for (const Cached &cached : m_cache) {
        if (cached.profileId == profileId && cached.partnerTenant
            && (!meta.accessTokenExpiresAt.isValid()
                || cached.expiresAt > meta.accessTokenExpiresAt))
            meta.accessTokenExpiresAt = cached.expiresAt;
    }
    return meta;
}

Expected<Profile> TokenBroker::findProfile(const QString &profileId)
{
    const auto held = m_held.find(profileId);
    if (held == m_held.end())
        return m_profiles.find(profileId);
    Snapshot &snapshot = held->snapshot;
    if (!snapshot.profile) {
        const Expected<Profile> found = m_profiles.find(profileId);
        if (!found)
            return found; // read again next time: the problem may be fixed meanwhile
        snapshot.profile = found.value();
    }
    return *snapshot.profile;
}

Expected<Cloud> TokenBroker::cloudOf(const Profile &profile)
{
    const auto held = m_held.find(profile.id);
    if (held == m_held.end() || !held->snapshot.profile)
        return profile.cloud();
    Snapshot &snapshot = held->snapshot;
    if (!snapshot.cloud) {
        const Expected<Cloud> cloud = snapshot.profile->cloud();
        if (!cloud)
            return cloud;
        snapshot.cloud = cloud.value();
    }
    return *snapshot.cloud;
}

void TokenBroker::clientCredential(const Profile &profile,
                                   std::function<void(const Expected<ClientCredential> &)> done)
{
    const auto held = m_held.constFind(profile.id);
    if (held != m_held.cend() && held->snapshot.credential) {
        // Answered later, as the keychain would: callers do not expect it within their call.
        QMetaObject::invokeMethod(
            this, [done, credential = *held->snapshot.credential] { done(credential); },
            Qt::QueuedConnection);
        return;
    }
    const QString profileId = profile.id;
    const quint64 started = generation(profileId);
    loadClientCredential(
        m_vault, profile, this,
        [this, profileId, started, done](const Expected<ClientCredential> &credential) {
            const auto hold = m_held.find(profileId);
            // Not when a forget() came meanwhile: it may have replaced this credential.
            if (credential && hold != m_held.end() && hold->snapshot.profile
                && started == generation(profileId))
                hold->snapshot.credential = credential.value();
            done(credential);
        });
}

void TokenBroker::forget(const QString &profileId)
{
    if (const auto held = m_held.find(profileId); held != m_held.end())
        held->snapshot = Snapshot{}; // a new consent or credential: read again
    ++m_generations[profileId];
    m_latest.remove(profileId); // of the old consent: never stored over the new one
    m_cache.removeIf([&profileId](const auto &it) { return it.value().profileId == profileId; });
    announce(profileId);
}

void TokenBroker::forgetPartnerTenant(const QString &profileId)
{
    m_cache.removeIf([&profileId](const auto &it) {
        return it.value().profileId == profileId && it.value().partnerTenant;
    });
}

} // namespace PCAuth
