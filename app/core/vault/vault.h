// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "support/clock.h"
#include "vault/itemqueue.h"
#include "vault/refreshtokenrecord.h"
#include "vault/secretreadcache.h"
#include "vault/secretstore.h"
#include "vault/vaultindex.h"

#include <functional>
#include <memory>
#include <optional>

#include <QList>

namespace PCAuth {

/// The secrets of partner profiles, over any SecretStore (the OS keychain, or the fake in
/// unit tests), with the non-secret VaultIndex beside it.
///
/// Keys are `<service>/<profile id>/<kind>`: Windows ignores QtKeychain's service name
/// before 0.16, so the key itself must say whose item it is. The service is "pcauth",
/// or $PCAUTH_KEYCHAIN_SERVICE so that tests never touch a user's items.
///
/// Every store is verified, because a refresh token that rotates and is then lost means a
/// new consent with MFA:
///
///     read old --> write new --> read back == new? --yes--> index --> Ok
///         |            |                 |no
///         v            v                 v
///       error     error: old      write old back (or remove) --> error: old restored
///     (nothing     untouched
///      written)
///
/// So whatever fails, a later load returns either the new item (Ok reported) or the old
/// one (an error reported that says so). That the previous item survives a failed write
/// of a large, chunked item is ChunkedSecretStore's guarantee. The index is a mirror: when
/// only it fails, the result is Ok with a warning in `message`.
///
/// Stores and removes of one item run one after the other: in call order within a process,
/// and across processes through a lock file per item beside the index (held from the first
/// read to the last; a lock left by a process that died is taken over). Two audiences
/// refreshed at once both rotate the profile's refresh token, and interleaved
/// read-write-verify cycles would take each other's writes for corruption.
///
/// A rotated refresh token is stored only over a token of the same consent
/// (storeRotatedRefreshToken): a refresh under way while the user runs consent again, or
/// removes the profile, in this process or another, must neither overwrite the new consent
/// nor bring a removed profile back.
///
/// When the previous item cannot be read although the index says one is stored (a locked
/// Secret Service answers "not found"), a failed verification never removes what was written:
/// it may be the only copy left.
///
/// Messages name the profile and the keychain and never contain a secret.
class Vault final : public QObject
{
    Q_OBJECT

public:
    using Callback = SecretStore::Callback;
    using RecordCallback = std::function<void(const SecretResult &, const RefreshTokenRecord &)>;

    /// How long a store or remove waits for another process's change of the same item.
    static constexpr int LockWaitMs = 15000;

    /// `store` and `clock` must outlive the vault. `indexDirectory` holds vault-index.json.
    /// An empty `service` means defaultService().
    explicit Vault(SecretStore &store, QString indexDirectory, QString service = QString(),
                   const Clock &clock = Clock::system(), QObject *parent = nullptr);
    ~Vault() override;

    /// $PCAUTH_KEYCHAIN_SERVICE if set and not empty, else "pcauth".
    static QString defaultService();

    QString service() const { return m_service; }
    /// `<service>/<profileId>/<kind id>`
    QString key(const QString &profileId, SecretKind kind) const;
    const VaultIndex &index() const { return m_index; }
    /// The refresh token's last error, kept in the index for health in any process.
    Expected<bool> recordError(const QString &profileId, const ServiceError &error,
                               const QDateTime &at)
    {
        return m_index.recordError(profileId, error, at);
    }
    Expected<bool> clearError(const QString &profileId) { return m_index.clearError(profileId); }
    QString backendName() const { return m_store.backendName(); }

    // All operations call back later (never inside the call), unless `context` is gone.

    /// A new consent: writes, reads back and compares, then records the metadata in the index
    /// and announces consentChanged(). Replaces whatever refresh token was stored.
    void storeRefreshToken(const QString &profileId, const RefreshTokenRecord &record,
                           QObject *context, Callback done);
    /// `successor`, a rotation of `redeemed`, stored as storeRefreshToken() does, but only if
    /// the keychain still holds a token of the same consent (the one redeemed or a later
    /// rotation; a damaged item is replaced too) and the profile's token was not removed.
    /// Otherwise nothing is written and the result is Superseded.
    void storeRotatedRefreshToken(const QString &profileId, const RefreshTokenRecord &redeemed,
                                  const RefreshTokenRecord &successor, QObject *context,
                                  Callback done);
    /// Ok with the record; NotFound when there is none (the message says whether the index
    /// expected one, which points at a locked keyring or a deleted item).
    void loadRefreshToken(const QString &profileId, QObject *context, RecordCallback done);

    void storeClientSecret(const QString &profileId, const QByteArray &secret, QObject *context,
                           Callback done);
    /// Ok with the secret in `data`.
    void loadClientSecret(const QString &profileId, QObject *context, Callback done);
    /// The private key (PEM, or the PFX bytes) for client assertions.
    void storeCertificateKey(const QString &profileId, const QByteArray &key, QObject *context,
                             Callback done);
    void loadCertificateKey(const QString &profileId, QObject *context, Callback done);

    /// Removes every kind of the profile from the keychain and the index. Kinds that could
    /// not be removed stay in the index; the first failure is reported.
    void removeProfile(const QString &profileId, QObject *context, Callback done);
    /// Removes one kind of the profile's items from the keychain and the index (a credential
    /// of a kind the profile no longer uses); the other kinds are untouched.
    void removeSecret(const QString &profileId, SecretKind kind, QObject *context, Callback done);

Q_SIGNALS:
    /// The profile's refresh token now belongs to another consent (a new one was stored) or
    /// is gone (the profile was removed): access tokens made from the earlier one must not be
    /// cached or handed out any more, nor its rotations stored.
    void consentChanged(const QString &profileId);

private:
    struct StoreOp;

    void storeSecret(const QString &profileId, SecretKind kind, const QByteArray &data,
                     const RefreshTokenRecord *metadata, QObject *context, Callback done,
                     const std::function<void(StoreOp &)> &configure = {});
    void readPrevious(const std::shared_ptr<StoreOp> &op);
    /// Writes unless the op's precondition says the item has been superseded.
    void writeIfStill(const std::shared_ptr<StoreOp> &op);
    /// A failed verification with an unknown previous item: read back once more, and keep
    /// what was written whatever the answer.
    void keepUnverified(const std::shared_ptr<StoreOp> &op, const QString &why);
    void writeVerified(const std::shared_ptr<StoreOp> &op);
    void verify(const std::shared_ptr<StoreOp> &op);
    void restore(const std::shared_ptr<StoreOp> &op, const QString &why);
    /// Indexes and remembers what the keychain now holds: what `op` wrote, or `theirs`, the
    /// refresh token another process stored in the same moment (see storedByAnother()).
    void finishStore(
        const std::shared_ptr<StoreOp> &op,
        const std::optional<std::pair<RefreshTokenRecord, QByteArray>> &theirs = std::nullopt);
    /// Releases the key, then calls back.
    void complete(const std::shared_ptr<StoreOp> &op, const SecretResult &result);
    void loadSecret(const QString &profileId, SecretKind kind, QObject *context, Callback done);
    void removeKinds(const QString &profileId, QList<SecretKind> kinds, SecretResult first,
                     const QPointer<QObject> &context, const Callback &done);
    /// Empty when `profileId` can be part of a key.
    QString checkProfileId(const QString &profileId) const;
    /// True, and `done` told why later, when `profileId` cannot be part of a key.
    bool refuseBadId(const QString &profileId, QObject *context, const Callback &done);
    /// "refresh token", "client secret" or "certificate key", for messages.
    QString itemName(SecretKind kind) const;
    /// What the user does to put back a lost item of `kind`.
    QString howToRestore(SecretKind kind) const;

    SecretStore &m_store;
    VaultIndex m_index;
    QString m_service;
    const Clock *m_clock;
    /// One store or remove of an item at a time, lock files beside the index.
    ItemQueue m_queue;
    /// Reads saved while the index shows an item unchanged: the client secret or certificate
    /// key of each redemption and the previous item of each store. The refresh token itself
    /// is read from the keychain on every load, so an item deleted or locked there is
    /// noticed at once.
    SecretReadCache m_cache;
};

} // namespace PCAuth
