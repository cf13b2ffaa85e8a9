// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "vault/vault.h"

#include <optional>

#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

Q_LOGGING_CATEGORY(lcVault, "pcauth.vault")

using Status = SecretResult::Status;

SecretResult failure(Status status, const QString &message)
{
    return SecretResult::failure(status == Status::Ok ? Status::Failed : status, message);
}

} // namespace

struct Vault::StoreOp
{
    QString profileId;
    SecretKind kind = SecretKind::RefreshToken;
    QString key;
    QByteArray data;
    std::optional<RefreshTokenRecord> metadata;
    std::optional<QByteArray> previous;
    /// The index says an item is stored: a locked Secret Service reads as NotFound, so an
    /// unseen previous item may still exist.
    bool indexedBefore = false;
    /// A new consent: announced with consentChanged() once stored.
    bool newConsent = false;
    /// Decides, from what is stored now, whether to write: empty to go on, else why not
    /// (the result is then Superseded). Not set: always write.
    std::function<QString(const std::optional<QByteArray> &current, bool indexed)> precondition;
    QPointer<QObject> context;
    Callback done;
};

namespace {

/// verify() read back something other than what this process wrote. When it is the refresh
/// token of the same sign-in that another PCAuth process rotated and stored in the same moment
/// (the app and a scheduled `pcauthctl keepalive`), the write did not fail: the other token is
/// as good as this one, and putting the previous token back over it would leave the keychain
/// holding an older token than the newest issued. Anything else (a corrupted write, an item of
/// another sign-in, the previous item still there) is restored as before.
/// `ours`: the record this process wrote; `previous`: the item it replaced, if any.
std::optional<RefreshTokenRecord> storedByAnother(const RefreshTokenRecord &ours,
                                                  const std::optional<QByteArray> &previous,
                                                  const QByteArray &back)
{
    if (previous && back == *previous)
        return std::nullopt;
    const Expected<RefreshTokenRecord> theirs = RefreshTokenRecord::fromJson(back); // has a token
    if (!theirs)
        return std::nullopt;
    // Client and tenant ids are GUIDs: the same in any letter case.
    const bool sameSignIn = theirs->clientId.compare(ours.clientId, Qt::CaseInsensitive) == 0
                            && theirs->tenant.compare(ours.tenant, Qt::CaseInsensitive) == 0
                            && theirs->cloudId == ours.cloudId;
    // A damaged copy of this record keeps its issue time; another rotation has its own.
    const bool issuedElsewhere = theirs->refreshToken != ours.refreshToken
                                 && theirs->issuedAt.isValid() && theirs->issuedAt != ours.issuedAt;
    bool notOlder = true;
    if (previous) {
        const Expected<RefreshTokenRecord> before = RefreshTokenRecord::fromJson(*previous);
        notOlder = !before || !before->issuedAt.isValid() || theirs->issuedAt >= before->issuedAt;
    }
    if (!sameSignIn || !issuedElsewhere || !notOlder)
        return std::nullopt;
    return *theirs;
}

} // namespace

Vault::Vault(SecretStore &store, QString indexDirectory, QString service, const Clock &clock,
             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_index(std::move(indexDirectory))
    , m_service(service.isEmpty() ? defaultService() : std::move(service))
    , m_clock(&clock)
    , m_queue(m_index.directory() + "/locks"_L1, LockWaitMs)
    , m_cache(m_index)
{ }

Vault::~Vault() = default;

QString Vault::defaultService()
{
    const QString fromEnv = qEnvironmentVariable("PCAUTH_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? u"pcauth"_s : fromEnv;
}

QString Vault::key(const QString &profileId, SecretKind kind) const
{
    return m_service + u'/' + profileId + u'/' + secretKindId(kind);
}

QString Vault::checkProfileId(const QString &profileId) const
{
    const bool bad = profileId.isEmpty() || profileId.contains(u'/')
                     || profileId.contains(QRegularExpression(u"\\s"_s));
    if (!bad)
        return QString();
    return tr("Profile id \"%1\" cannot name a keychain item: it is empty or contains a slash "
              "or a space.")
        .arg(profileId);
}

QString Vault::itemName(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::RefreshToken:
        return tr("refresh token");
    case SecretKind::ClientSecret:
        return tr("client secret");
    case SecretKind::CertificateKey:
        break;
    }
    return tr("certificate key");
}

QString Vault::howToRestore(SecretKind kind) const
{
    switch (kind) {
    case SecretKind::RefreshToken:
        return tr("run consent again");
    case SecretKind::ClientSecret:
        return tr("enter the client secret again");
    case SecretKind::CertificateKey:
        break;
    }
    return tr("add the certificate again");
}

// ---- store --------------------------------------------------------------------------------

void Vault::storeRefreshToken(const QString &profileId, const RefreshTokenRecord &record,
                              QObject *context, Callback done)
{
    if (record.refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [guard = QPointer<QObject>(context), done, profileId]() {
                if (guard && done)
                    done(SecretResult::failure(
                        Status::Failed,
                        Vault::tr("No refresh token to store for profile %1.").arg(profileId)));
            },
            Qt::QueuedConnection);
        return;
    }
    storeSecret(profileId, SecretKind::RefreshToken, record.toJson(), &record, context,
                std::move(done), [](StoreOp &op) { op.newConsent = true; });
}

void Vault::storeRotatedRefreshToken(const QString &profileId, const RefreshTokenRecord &redeemed,
                                     const RefreshTokenRecord &successor, QObject *context,
                                     Callback done)
{
    const auto sameConsentStill = [this, profileId, redeemed](
                                      const std::optional<QByteArray> &current, bool indexed) {
        if (!current) {
            // Not found although indexed: a locked keyring or an item deleted by hand. The
            // rotated token is the one to keep then. Neither, and the profile was removed.
            return indexed ? QString()
                           : tr("The refresh token of profile %1 was removed while it was being "
                                "redeemed, so its successor was not stored.")
                                 .arg(profileId);
        }
        // A damaged item serves no one: the successor replaces it.
        const Expected<RefreshTokenRecord> stored = RefreshTokenRecord::fromJson(*current);
        if (!stored || stored->sameConsent(redeemed))
            return QString();
        return tr("A new consent was stored for profile %1 while its previous refresh token was "
                  "being redeemed; the new consent is kept and the old token's successor was "
                  "not stored.")
            .arg(profileId);
    };
    if (successor.refreshToken.isEmpty())
        return storeRefreshToken(profileId, successor, context, std::move(done)); // refuses
    storeSecret(profileId, SecretKind::RefreshToken, successor.toJson(), &successor, context,
                std::move(done),
                [sameConsentStill](StoreOp &op) { op.precondition = sameConsentStill; });
}

void Vault::storeClientSecret(const QString &profileId, const QByteArray &secret, QObject *context,
                              Callback done)
{
    storeSecret(profileId, SecretKind::ClientSecret, secret, nullptr, context, std::move(done));
}

void Vault::storeCertificateKey(const QString &profileId, const QByteArray &key, QObject *context,
                                Callback done)
{
    storeSecret(profileId, SecretKind::CertificateKey, key, nullptr, context, std::move(done));
}

void Vault::storeSecret(const QString &profileId, SecretKind kind, const QByteArray &data,
                        const RefreshTokenRecord *metadata, QObject *context, Callback done,
                        const std::function<void(StoreOp &)> &configure)
{
    auto op = std::make_shared<StoreOp>();
    op->profileId = profileId;
    op->kind = kind;
    op->key = key(profileId, kind);
    op->data = data;
    if (metadata)
        op->metadata = *metadata;
    op->context = context;
    op->done = std::move(done);
    if (configure)
        configure(*op);

    const QString badId = checkProfileId(profileId);
    if (!badId.isEmpty() || data.isEmpty()) {
        const QString message =
            !badId.isEmpty() ? badId : tr("The %1 to store is empty.").arg(itemName(kind));
        QMetaObject::invokeMethod(
            this,
            [op, message]() {
                if (op->context && op->done)
                    op->done(SecretResult::failure(Status::Failed, message));
            },
            Qt::QueuedConnection);
        return;
    }
    m_queue.run(op->key, [this, op](const QString &lockProblem) {
        if (!lockProblem.isEmpty())
            return complete(op, failure(Status::Failed,
                                        tr("The %1 of profile %2 was not stored; "
                                           "nothing was changed. %3")
                                            .arg(itemName(op->kind), op->profileId, lockProblem)));
        readPrevious(op);
    });
}

void Vault::readPrevious(const std::shared_ptr<StoreOp> &op)
{
    const Expected<VaultIndex::Entry> entry = m_index.entry(op->profileId, op->kind);
    op->indexedBefore = entry.ok() && entry->stored;
    // The previous item first: it is what a failed verification puts back.
    // Under the item's lock the index shows every store that completed, so what this vault
    // knows is what the keychain holds.
    if (const std::optional<QByteArray> current =
            m_cache.cached(op->profileId, op->kind, op->key)) {
        op->previous = *current;
        writeIfStill(op);
        return;
    }
    m_store.read(op->key, this, [this, op](const SecretResult &old) {
        if (old.ok()) {
            op->previous = old.data;
        } else if (old.status != Status::NotFound) {
            complete(op,
                     failure(old.status, tr("The %1 of profile %2 was not stored; nothing was "
                                            "changed. %3")
                                             .arg(itemName(op->kind), op->profileId, old.message)));
            return;
        }
        writeIfStill(op);
    });
}

void Vault::writeIfStill(const std::shared_ptr<StoreOp> &op)
{
    if (op->precondition) {
        const QString why = op->precondition(op->previous, op->indexedBefore);
        if (!why.isEmpty()) {
            qCInfo(lcVault) << "not storing" << op->key << "- superseded";
            complete(op, SecretResult::failure(Status::Superseded, why));
            return;
        }
    }
    writeVerified(op);
}

void Vault::writeVerified(const std::shared_ptr<StoreOp> &op)
{
    m_store.write(op->key, op->data, this, [this, op](const SecretResult &written) {
        if (written.ok()) {
            verify(op);
            return;
        }
        const QString kept = op->previous || op->indexedBefore ? tr("the previous one is kept")
                                                               : tr("nothing was changed");
        qCWarning(lcVault) << "storing" << op->key << "failed:" << secretStatusId(written.status);
        complete(op, failure(written.status, tr("The %1 of profile %2 was not stored in %3; %4. "
                                                "%5")
                                                 .arg(itemName(op->kind), op->profileId,
                                                      backendName(), kept, written.message)));
    });
}

void Vault::verify(const std::shared_ptr<StoreOp> &op)
{
    m_store.read(op->key, this, [this, op](const SecretResult &back) {
        if (back.ok() && back.data == op->data) {
            finishStore(op);
            return;
        }
        if (back.ok() && op->kind == SecretKind::RefreshToken && op->metadata) {
            if (std::optional<RefreshTokenRecord> theirs =
                    storedByAnother(*op->metadata, op->previous, back.data)) {
                qCInfo(lcVault) << "another process stored" << op->key
                                << "in the same moment; keeping its token";
                finishStore(op, std::make_pair(std::move(*theirs), back.data));
                return;
            }
        }
        restore(op,
                back.ok() ? tr("what was read back differs from what was written") : back.message);
    });
}

void Vault::restore(const std::shared_ptr<StoreOp> &op, const QString &why)
{
    if (!op->previous && op->indexedBefore) {
        keepUnverified(op, why);
        return;
    }
    qCWarning(lcVault) << "verification of" << op->key << "failed; restoring the previous item";
    auto report = [this, op, why](const SecretResult &restored) {
        QString message;
        if (!restored.ok())
            message =
                tr("The %1 of profile %2 could not be verified in %3 (%4), and putting "
                   "the previous one back failed too: %5")
                    .arg(itemName(op->kind), op->profileId, backendName(), why, restored.message);
        else if (op->previous)
            message = tr("The %1 of profile %2 could not be verified in %3 (%4); the previous "
                         "one was put back.")
                          .arg(itemName(op->kind), op->profileId, backendName(), why);
        else
            message = tr("The %1 of profile %2 could not be verified in %3 (%4); it was removed "
                         "again.")
                          .arg(itemName(op->kind), op->profileId, backendName(), why);
        complete(op, SecretResult::failure(Status::Failed, message));
    };
    if (op->previous)
        m_store.write(op->key, *op->previous, this, report);
    else
        m_store.remove(op->key, this, report);
}

void Vault::keepUnverified(const std::shared_ptr<StoreOp> &op, const QString &why)
{
    qCWarning(lcVault) << "verification of" << op->key
                       << "failed and the previous item is unknown; reading back again";
    m_store.read(op->key, this, [this, op, why](const SecretResult &again) {
        if (again.ok() && again.data == op->data) {
            finishStore(op);
            return;
        }
        complete(op, failure(Status::Failed,
                             tr("The %1 of profile %2 was written to %3 but could not be read "
                                "back (%4). It was left as written: the previous one could not "
                                "be read either, so removing the new one could lose the only "
                                "copy. If the keyring is locked, unlock it and check the "
                                "profile's health; if it fails, %5.")
                                 .arg(itemName(op->kind), op->profileId, backendName(), why,
                                      howToRestore(op->kind))));
    });
}

void Vault::finishStore(const std::shared_ptr<StoreOp> &op,
                        const std::optional<std::pair<RefreshTokenRecord, QByteArray>> &theirs)
{
    const RefreshTokenRecord *metadata =
        theirs ? &theirs->first : (op->metadata ? &*op->metadata : nullptr);
    const Result indexed =
        m_index.markStored(op->profileId, op->kind, backendName(), m_clock->now(), metadata);
    if (indexed)
        m_cache.keep(op->profileId, op->kind, op->key, theirs ? theirs->second : op->data);
    SecretResult result = SecretResult::success();
    if (theirs)
        result.message = tr("Another PCAuth process stored a new refresh token for profile %1 "
                            "in the same moment; that one is kept in %2 (both are valid).")
                             .arg(op->profileId, backendName());
    if (!indexed)
        result.message =
            tr("The %1 of profile %2 is stored in %3, but the vault index was not "
               "updated: %4")
                .arg(itemName(op->kind), op->profileId, backendName(), indexed.error());
    if (op->newConsent)
        Q_EMIT consentChanged(op->profileId);
    complete(op, result);
}

void Vault::complete(const std::shared_ptr<StoreOp> &op, const SecretResult &result)
{
    if (!result.ok())
        m_cache.forget(op->key); // what the keychain holds now is not known for sure
    m_queue.release(op->key);
    if (op->context && op->done)
        op->done(result);
}

// ---- load ---------------------------------------------------------------------------------

void Vault::loadRefreshToken(const QString &profileId, QObject *context, RecordCallback done)
{
    QPointer<QObject> guard(context);
    loadSecret(profileId, SecretKind::RefreshToken, this,
               [this, profileId, guard, done](const SecretResult &loaded) {
                   if (!guard || !done)
                       return;
                   if (!loaded.ok()) {
                       done(loaded, RefreshTokenRecord());
                       return;
                   }
                   const Expected<RefreshTokenRecord> record =
                       RefreshTokenRecord::fromJson(loaded.data);
                   if (!record) {
                       done(SecretResult::failure(
                                Status::Failed,
                                tr("The refresh token of profile %1 in %2 cannot be used: %3 Run "
                                   "consent again to replace it.")
                                    .arg(profileId, backendName(), record.error())),
                            RefreshTokenRecord());
                       return;
                   }
                   done(SecretResult::success(), *record);
               });
}

void Vault::loadClientSecret(const QString &profileId, QObject *context, Callback done)
{
    loadSecret(profileId, SecretKind::ClientSecret, context, std::move(done));
}

void Vault::loadCertificateKey(const QString &profileId, QObject *context, Callback done)
{
    loadSecret(profileId, SecretKind::CertificateKey, context, std::move(done));
}

void Vault::loadSecret(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    QPointer<QObject> guard(context);
    const QString badId = checkProfileId(profileId);
    if (!badId.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [guard, done, badId]() {
                if (guard && done)
                    done(SecretResult::failure(Status::Failed, badId));
            },
            Qt::QueuedConnection);
        return;
    }
    const QString itemKey = key(profileId, kind);
    if (kind != SecretKind::RefreshToken) {
        if (const std::optional<QByteArray> current = m_cache.cached(profileId, kind, itemKey)) {
            QMetaObject::invokeMethod(
                this,
                [guard, done, data = *current]() {
                    if (guard && done)
                        done(SecretResult::success(data));
                },
                Qt::QueuedConnection);
            return;
        }
    }
    const QDateTime readAt = m_cache.storedAt(profileId, kind);
    m_store.read(
        itemKey, this,
        [this, profileId, kind, guard, done, itemKey, readAt](const SecretResult &read) {
            if (read.ok())
                m_cache.keep(profileId, kind, itemKey, read.data, readAt);
            if (!guard || !done)
                return;
            if (read.ok()) {
                done(read);
                return;
            }
            if (read.status != Status::NotFound) {
                done(failure(read.status, tr("The %1 of profile %2 could not be read. %3")
                                              .arg(itemName(kind), profileId, read.message)));
                return;
            }
            const Expected<VaultIndex::Entry> entry = m_index.entry(profileId, kind);
            QString message;
            if (entry && entry->stored)
                message = tr("%1 returned no %2 for profile %3, although one was "
                             "stored on %4. If the keyring is locked, unlock it and try "
                             "again; if the item was deleted, %5.")
                              .arg(backendName(), itemName(kind), profileId,
                                   entry->updatedAt.toString(Qt::ISODate), howToRestore(kind));
            else
                message = tr("No %1 is stored for profile %2 in %3.")
                              .arg(itemName(kind), profileId, backendName());
            done(SecretResult::failure(Status::NotFound, message));
        });
}

// ---- remove -------------------------------------------------------------------------------

bool Vault::refuseBadId(const QString &profileId, QObject *context, const Callback &done)
{
    const QString badId = checkProfileId(profileId);
    if (badId.isEmpty())
        return false;
    QMetaObject::invokeMethod(
        this,
        [guard = QPointer<QObject>(context), done, badId]() {
            if (guard && done)
                done(SecretResult::failure(Status::Failed, badId));
        },
        Qt::QueuedConnection);
    return true;
}

void Vault::removeProfile(const QString &profileId, QObject *context, Callback done)
{
    if (refuseBadId(profileId, context, done))
        return;
    removeKinds(
        profileId, allSecretKinds(), SecretResult::success(), QPointer<QObject>(this),
        [this, profileId, guard = QPointer<QObject>(context), done](const SecretResult &removed) {
            Q_EMIT consentChanged(profileId);
            if (guard && done)
                done(removed);
        });
}

void Vault::removeSecret(const QString &profileId, SecretKind kind, QObject *context, Callback done)
{
    if (refuseBadId(profileId, context, done))
        return;
    removeKinds(profileId, {kind}, SecretResult::success(), context, done);
}

void Vault::removeKinds(const QString &profileId, QList<SecretKind> kinds, SecretResult first,
                        const QPointer<QObject> &context, const Callback &done)
{
    if (kinds.isEmpty()) {
        if (context && done)
            done(first);
        return;
    }
    const SecretKind kind = kinds.takeFirst();
    const QString itemKey = key(profileId, kind);
    m_queue.run(itemKey, [this, profileId, kind, kinds, first, context, done,
                          itemKey](const QString &lockProblem) mutable {
        if (!lockProblem.isEmpty()) {
            m_queue.release(itemKey);
            if (first.ok())
                first = failure(Status::Failed, tr("The %1 of profile %2 was not removed. %3")
                                                    .arg(itemName(kind), profileId, lockProblem));
            return removeKinds(profileId, kinds, first, context, done);
        }
        m_store.remove(itemKey, this,
                       [this, profileId, kind, kinds, first, context, done,
                        itemKey](const SecretResult &removed) mutable {
                           m_queue.release(itemKey);
                           m_cache.forget(itemKey);
                           if (removed.ok()) {
                               const Result indexed = m_index.markRemoved(profileId, kind);
                               if (!indexed && first.ok() && first.message.isEmpty())
                                   first.message = indexed.error();
                           } else if (first.ok()) {
                               first =
                                   failure(removed.status,
                                           tr("The %1 of profile %2 was not removed. %3")
                                               .arg(itemName(kind), profileId, removed.message));
                           }
                           removeKinds(profileId, kinds, first, context, done);
                       });
    });
}

} // namespace PCAuth
