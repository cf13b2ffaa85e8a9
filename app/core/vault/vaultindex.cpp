// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "vault/vaultindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

const auto fileName = "vault-index.json"_L1;
const auto schemaKey = "schemaVersion"_L1;
const auto profilesKey = "profiles"_L1;
const auto lastErrorKey = "lastError"_L1;
const auto lastErrorAtKey = "lastErrorAt"_L1;
constexpr int lockTimeoutMs = 10000;

} // namespace

QString ensurePrivateFolder(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.isDir())
        return QString();
    QDir maker;
    const bool made = maker.mkpath(info.absolutePath())
                      && maker.mkdir(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!made && !QFileInfo(dir).isDir())
        return VaultIndex::tr("Folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir));
    return QString();
}

QString secretKindId(SecretKind kind)
{
    switch (kind) {
    case SecretKind::RefreshToken:
        return u"refresh-token"_s;
    case SecretKind::ClientSecret:
        return u"client-secret"_s;
    case SecretKind::CertificateKey:
        break;
    }
    return u"certificate-key"_s;
}

std::optional<SecretKind> secretKindFromId(QStringView id)
{
    for (SecretKind kind : allSecretKinds()) {
        if (id == secretKindId(kind))
            return kind;
    }
    return std::nullopt;
}

QList<SecretKind> allSecretKinds()
{
    return {SecretKind::RefreshToken, SecretKind::ClientSecret, SecretKind::CertificateKey};
}

VaultIndex::VaultIndex(QString directory, QString lockFile)
    : m_directory(std::move(directory))
    , m_lockFile(lockFile.isEmpty() ? QString(filePath() + ".lock"_L1) : std::move(lockFile))
{ }

QString VaultIndex::filePath() const
{
    return QDir(m_directory).filePath(fileName);
}

QString VaultIndex::shownPath() const
{
    return QDir::toNativeSeparators(filePath());
}

Expected<QJsonObject> VaultIndex::load() const
{
    QFile file(filePath());
    if (!file.exists())
        return QJsonObject{{schemaKey, SchemaVersion}, {profilesKey, QJsonObject()}};
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Vault index %1 cannot be read: %2.").arg(shownPath(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    const QString keep = tr("Fix the file or move it away; PCAuth does not overwrite it.");
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("Vault index %1 is not a valid JSON object. %2").arg(shownPath(), keep));
    const QJsonObject root = document.object();
    const int version = root.value(schemaKey).toInt(0);
    if (version > SchemaVersion)
        return fail(tr("Vault index %1 has schemaVersion %2, written by a newer PCAuth (this one "
                       "reads up to %3). Update PCAuth.")
                        .arg(shownPath())
                        .arg(version)
                        .arg(SchemaVersion));
    if (version < 1 || !root.value(profilesKey).isObject())
        return fail(tr("Vault index %1 lacks a valid \"%2\" or \"%3\". %4")
                        .arg(shownPath(), schemaKey, profilesKey, keep));
    return root;
}

Result VaultIndex::save(const QJsonObject &root) const
{
    const QString folderProblem = ensurePrivateFolder(m_directory);
    const auto unchanged = [this](const QString &reason) {
        return fail(tr("Vault index %1 cannot be written: %2. The previous file is unchanged.")
                        .arg(shownPath(), reason));
    };
    if (!folderProblem.isEmpty())
        return unchanged(folderProblem);
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly))
        return unchanged(file.errorString());
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return unchanged(reason);
    }
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return unchanged(file.errorString());
    return {};
}

Result VaultIndex::update(const std::function<void(QJsonObject &)> &change)
{
    const QString folderProblem = ensurePrivateFolder(m_directory);
    if (!folderProblem.isEmpty())
        return fail(folderProblem);
    // Without the lock two processes could each write their own change over the other's:
    // any failure to take it refuses the change.
    QLockFile lock(m_lockFile);
    if (!lock.tryLock(lockTimeoutMs)) {
        if (lock.error() == QLockFile::LockFailedError)
            return fail(tr("Vault index %1 is being changed by another PCAuth process; try "
                           "again when it has finished.")
                            .arg(shownPath()));
        return fail(tr("Vault index %1 cannot be locked for a change (%2), so it was not "
                       "changed. Check that the folder is writable by you and not full.")
                        .arg(shownPath(), lock.error() == QLockFile::PermissionError
                                              ? tr("permission denied")
                                              : tr("unknown error")));
    }
    Expected<QJsonObject> root = load();
    if (!root)
        return fail(root.error());
    QJsonObject profiles = root->value(profilesKey).toObject();
    change(profiles);
    root.value().insert(schemaKey, SchemaVersion);
    root.value().insert(profilesKey, profiles);
    return save(*root);
}

Expected<VaultIndex::Entry> VaultIndex::entry(const QString &profileId, SecretKind kind) const
{
    const Expected<QJsonObject> root = load();
    if (!root)
        return fail(root.error());
    const QJsonObject json = root->value(profilesKey)
                                 .toObject()
                                 .value(profileId)
                                 .toObject()
                                 .value(secretKindId(kind))
                                 .toObject();
    Entry entry;
    entry.stored = json.value(u"stored"_s).toBool(false);
    entry.updatedAt =
        QDateTime::fromString(json.value(u"updatedAt"_s).toString(), Qt::ISODateWithMs);
    entry.backend = json.value(u"backend"_s).toString();
    if (json.value(u"metadata"_s).isObject()) {
        const Expected<RefreshTokenRecord> metadata =
            RefreshTokenRecord::fromMetadataJson(json.value(u"metadata"_s).toObject());
        if (!metadata)
            return fail(
                tr("Vault index %1: profile %2: %3").arg(shownPath(), profileId, metadata.error()));
        entry.metadata = *metadata;
    }
    if (json.value(lastErrorKey).isObject()) {
        entry.lastError = serviceErrorFromJson(json.value(lastErrorKey).toObject());
        if (!entry.lastError)
            return fail(tr("Vault index %1: profile %2: \"%3\" has no known \"source\".")
                            .arg(shownPath(), profileId, lastErrorKey));
        entry.lastErrorAt =
            QDateTime::fromString(json.value(lastErrorAtKey).toString(), Qt::ISODateWithMs);
    }
    return entry;
}

Expected<QStringList> VaultIndex::profileIds() const
{
    const Expected<QJsonObject> root = load();
    if (!root)
        return fail(root.error());
    QStringList ids = root->value(profilesKey).toObject().keys();
    ids.sort();
    return ids;
}

Result VaultIndex::markStored(const QString &profileId, SecretKind kind, const QString &backend,
                              const QDateTime &updatedAt, const RefreshTokenRecord *metadata)
{
    QJsonObject json{{u"stored"_s, true},
                     {u"updatedAt"_s, updatedAt.toUTC().toString(Qt::ISODateWithMs)},
                     {u"backend"_s, backend}};
    if (metadata)
        json.insert(u"metadata"_s, metadata->metadataJson());
    return update([&](QJsonObject &profiles) {
        QJsonObject profile = profiles.value(profileId).toObject();
        // A refresh token's recorded error goes with the store of a token that worked after
        // it. One recorded later than the stored token's last success stays: the newest token
        // of a burst is stored at the burst's end, possibly after a redemption failed (revoked).
        const QJsonObject previous = profile.value(secretKindId(kind)).toObject();
        const QDateTime errorAt =
            QDateTime::fromString(previous.value(lastErrorAtKey).toString(), Qt::ISODateWithMs);
        if (metadata && errorAt.isValid() && previous.contains(lastErrorKey)) {
            QDateTime success = metadata->issuedAt;
            if (metadata->lastRedeemedAt.isValid()
                && (!success.isValid() || metadata->lastRedeemedAt > success))
                success = metadata->lastRedeemedAt;
            if (!success.isValid() || errorAt > success) {
                json.insert(lastErrorKey, previous.value(lastErrorKey));
                json.insert(lastErrorAtKey, previous.value(lastErrorAtKey));
            }
        }
        profile.insert(secretKindId(kind), json);
        profiles.insert(profileId, profile);
    });
}

Result VaultIndex::markRemoved(const QString &profileId, SecretKind kind)
{
    return update([&](QJsonObject &profiles) {
        QJsonObject profile = profiles.value(profileId).toObject();
        profile.remove(secretKindId(kind));
        if (profile.isEmpty())
            profiles.remove(profileId);
        else
            profiles.insert(profileId, profile);
    });
}

Expected<bool> VaultIndex::recordError(const QString &profileId, const ServiceError &error,
                                       const QDateTime &at)
{
    const Expected<Entry> current = entry(profileId, SecretKind::RefreshToken);
    if (current && !current->stored)
        return false;
    bool recorded = false;
    const Result saved = update([&](QJsonObject &profiles) {
        QJsonObject profile = profiles.value(profileId).toObject();
        const QString kind = secretKindId(SecretKind::RefreshToken);
        if (!profile.value(kind).isObject())
            return;
        QJsonObject json = profile.value(kind).toObject();
        json.insert(lastErrorKey, toJson(error));
        json.insert(lastErrorAtKey, at.toUTC().toString(Qt::ISODateWithMs));
        profile.insert(kind, json);
        profiles.insert(profileId, profile);
        recorded = true;
    });
    if (!saved)
        return fail(saved.error());
    return recorded;
}

Expected<bool> VaultIndex::clearError(const QString &profileId)
{
    // Most redemptions succeed with nothing to clear: read first, write only on a change.
    const Expected<Entry> current = entry(profileId, SecretKind::RefreshToken);
    if (current && !current->lastError && !current->lastErrorAt.isValid())
        return false;
    bool cleared = false;
    const Result saved = update([&](QJsonObject &profiles) {
        QJsonObject profile = profiles.value(profileId).toObject();
        const QString kind = secretKindId(SecretKind::RefreshToken);
        QJsonObject json = profile.value(kind).toObject();
        if (!json.contains(lastErrorKey) && !json.contains(lastErrorAtKey))
            return;
        json.remove(lastErrorKey);
        json.remove(lastErrorAtKey);
        profile.insert(kind, json);
        profiles.insert(profileId, profile);
        cleared = true;
    });
    if (!saved)
        return fail(saved.error());
    return cleared;
}

} // namespace PCAuth
