// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "vault/vaultindex.h"

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace PCAuth {

/// Keychain items this process has read, or written and verified, so that they need not be
/// read again: every successful read through QtKeychain 0.13 and libsecret 0.20 keeps about
/// 2.8 KB for the life of the process (measured; writes keep nothing), and a redemption needs the
/// client secret or certificate key and, to store the rotated token, the previous item.
///
/// An entry is valid while the index shows the same store time for its item as when it was
/// kept: any store, in this process or another, gives the item a new time in the index and so
/// invalidates the entry. An item the index does not show as stored is never cached. Callers
/// forget() an item whose state they no longer know (a failed store, a removal).
class SecretReadCache final
{
public:
    /// `index` must outlive the cache.
    explicit SecretReadCache(const VaultIndex &index);

    /// The data kept for `key`, if the index still shows the store time it was kept at.
    std::optional<QByteArray> cached(const QString &profileId, SecretKind kind,
                                     const QString &key) const;
    /// Keeps `data` for `key` at the index's current store time. With `readAt` (the store time
    /// taken before a read, see storedAt()), only if no store happened since; otherwise, or
    /// when the index shows no stored item, drops what was kept.
    void keep(const QString &profileId, SecretKind kind, const QString &key, const QByteArray &data,
              const std::optional<QDateTime> &readAt = std::nullopt);
    void forget(const QString &key);
    /// The item's store time in the index; invalid when the index shows none stored.
    QDateTime storedAt(const QString &profileId, SecretKind kind) const;

private:
    struct Entry
    {
        QByteArray data;
        QDateTime storedAt;
    };

    const VaultIndex &m_index;
    QHash<QString, Entry> m_entries;
};

} // namespace PCAuth
