// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "vault/secretreadcache.h"

namespace PCAuth {

SecretReadCache::SecretReadCache(const VaultIndex &index)
    : m_index(index)
{ }

std::optional<QByteArray> SecretReadCache::cached(const QString &profileId, SecretKind kind,
                                                  const QString &key) const
{
    const auto it = m_entries.constFind(key);
    if (it == m_entries.cend())
        return std::nullopt;
    const QDateTime at = storedAt(profileId, kind);
    if (!at.isValid() || at != it->storedAt)
        return std::nullopt;
    return it->data;
}

QDateTime SecretReadCache::storedAt(const QString &profileId, SecretKind kind) const
{
    const Expected<VaultIndex::Entry> entry = m_index.entry(profileId, kind);
    return entry && entry->stored ? entry->updatedAt : QDateTime();
}

void SecretReadCache::keep(const QString &profileId, SecretKind kind, const QString &key,
                           const QByteArray &data, const std::optional<QDateTime> &readAt)
{
    const QDateTime at = storedAt(profileId, kind);
    if (at.isValid() && (!readAt || *readAt == at))
        m_entries.insert(key, Entry{data, at});
    else
        m_entries.remove(key);
}

void SecretReadCache::forget(const QString &key)
{
    m_entries.remove(key);
}

} // namespace PCAuth
