// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "errors/errorcatalogue.h"
#include "support/expected.h"
#include "vault/refreshtokenrecord.h"

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace PCAuth {

/// The kinds of secret a profile can have, one keychain item each.
enum class SecretKind { RefreshToken, ClientSecret, CertificateKey };

/// "refresh-token", "client-secret", "certificate-key": the last part of the keychain key.
QString secretKindId(SecretKind kind);
std::optional<SecretKind> secretKindFromId(QStringView id);
/// Every kind, in a fixed order.
QList<SecretKind> allSecretKinds();
/// Creates `dir` (0700) if it does not exist; empty on success, else a message naming it.
QString ensurePrivateFolder(const QString &dir);

/// What is stored where, without any secret: QtKeychain cannot list items, and health must
/// be shown for every profile without unlocking the keychain. In `<dir>/vault-index.json`:
///
///     {"schemaVersion": 1, "profiles": {"<profile id>": {
///         "refresh-token": {"stored": true, "updatedAt": "...", "backend": "...",
///                           "metadata": {RefreshTokenRecord::metadataJson()},
///                           "lastError": {toJson(ServiceError)}, "lastErrorAt": "..."},
///         "client-secret": {"stored": true, "updatedAt": "...", "backend": "..."}}}}
///
/// Every call reads the file afresh; changes are serialised between processes with a lock
/// file and written atomically (QSaveFile, 0600). A file this version cannot read is refused
/// with a message and never overwritten. The only way in is markStored(), which takes the
/// record's metadataJson(): the token has no path into this file. The refresh token's last
/// error is kept here too, so that health in another process (pcauthctl, the GUI after a
/// restart) still sees a revoked or expired token; its stored form has no `raw` body.
class VaultIndex final
{
public:
    struct Entry
    {
        bool stored = false;
        QDateTime updatedAt;
        QString backend; ///< the keychain's name when it was stored
        /// For the refresh token: the record without its token (refreshToken is empty).
        std::optional<RefreshTokenRecord> metadata;
        /// For the refresh token: the last error Entra gave when redeeming it, until a later
        /// success or a newly stored token.
        std::optional<ServiceError> lastError;
        QDateTime lastErrorAt;
    };

    /// The file is created in `directory` (0700 when created) on the first change. Changes
    /// are serialised with the lock file `lockFile`, by default the file's path + ".lock".
    explicit VaultIndex(QString directory, QString lockFile = QString());

    QString filePath() const;
    QString directory() const { return m_directory; }

    /// A missing file, profile or kind is an Entry with stored == false.
    Expected<Entry> entry(const QString &profileId, SecretKind kind) const;
    /// The profiles with at least one entry, sorted.
    Expected<QStringList> profileIds() const;

    /// Records that `kind` is stored for `profileId`; `metadata` (refresh token only) is
    /// mirrored without its token. Replaces the whole entry, so a new token drops the last
    /// error of the old one.
    Result markStored(const QString &profileId, SecretKind kind, const QString &backend,
                      const QDateTime &updatedAt, const RefreshTokenRecord *metadata = nullptr);
    /// Forgets `kind` (and the profile once it has no kind left). Not there is fine.
    Result markRemoved(const QString &profileId, SecretKind kind);
    /// Keeps `error` as the refresh token's last error (see toJson(ServiceError)). Ok(false),
    /// nothing written, when the profile has no refresh-token entry: the profile may have been
    /// removed while the redemption ran, and must not come back.
    Expected<bool> recordError(const QString &profileId, const ServiceError &error,
                               const QDateTime &at);
    /// Forgets the refresh token's last error. Ok(false) when there was none (nothing written).
    Expected<bool> clearError(const QString &profileId);

    static constexpr int SchemaVersion = 1;

    Q_DECLARE_TR_FUNCTIONS(PCAuth::VaultIndex)

private:
    Expected<QJsonObject> load() const;
    Result save(const QJsonObject &root) const;
    /// load(), change the "profiles" object, save(), under the lock.
    Result update(const std::function<void(QJsonObject &profiles)> &change);
    QString shownPath() const;

    QString m_directory;
    QString m_lockFile;
};

} // namespace PCAuth
