// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// What the vault reads back from places another process of the same user can write: a
// refresh-token record from the keychain (RefreshTokenRecord::fromJson) and the vault index
// file (VaultIndex: profileIds, entry, and its stored last error read back for health).
//
// Input: the bytes, read both as a keychain item and as `vault-index.json`.

#include "fuzzinput.h"
#include "vault/refreshtokenrecord.h"
#include "vault/vaultindex.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const Expected<RefreshTokenRecord> record = RefreshTokenRecord::fromJson(bytes);
    if (record) {
        // What is stored reads back equal, and the index's copy has no token.
        const Expected<RefreshTokenRecord> again = RefreshTokenRecord::fromJson(record->toJson());
        if (!again || *again != *record)
            __builtin_trap();
        if (record->metadataJson().contains(QLatin1String("refreshToken")))
            __builtin_trap();
    } else {
        // A refusal names the field at fault and never quotes the token.
        const QString token =
            QJsonDocument::fromJson(bytes).object().value(QLatin1String("refreshToken")).toString();
        if (record.error().isEmpty() || (token.size() >= 12 && record.error().contains(token)))
            __builtin_trap();
    }

    // On tmpfs when TMPDIR says so (/dev/shm: about 2.8 times the executions per second).
    static QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("vault-index.json")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        __builtin_trap();
    file.close();
    const VaultIndex index(dir.path());
    const Expected<QStringList> ids = index.profileIds();
    if (!ids) {
        if (ids.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    for (const QString &id : *ids) {
        for (const SecretKind kind : allSecretKinds()) {
            const Expected<VaultIndex::Entry> entry = index.entry(id, kind);
            if (!entry) {
                if (entry.error().isEmpty())
                    __builtin_trap();
                continue;
            }
            // The index never hands out a token, whatever the file says.
            if (entry->metadata && !entry->metadata->refreshToken.isEmpty())
                __builtin_trap();
            if (entry->lastError && !serviceErrorFromJson(toJson(*entry->lastError)))
                __builtin_trap();
        }
    }
    return 0;
}
