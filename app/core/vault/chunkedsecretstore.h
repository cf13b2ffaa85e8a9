// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "vault/secretstore.h"

#include <memory>

#include <QStringList>

namespace PCAuth {

/// Stores items larger than a chunk size as several items of another SecretStore, because
/// Windows Credential Manager holds at most 2,560 bytes per credential; QtKeychain 0.15 spreads
/// a larger one, encrypted with DPAPI, over the credential's attributes, up to 18,944 bytes
/// (the habit of Nextcloud's KeychainChunk, made crash-safe).
///
/// A small item is stored as it is, under `key`. A large one is stored as pieces under
/// `key.<n>` for n in a range, plus a manifest under `key` itself that names the range
/// and carries the length and SHA-256 of the whole:
///
///     key      "\0PCAUTH-CHUNKED/1\n" {"first":1,"count":2,"size":4096,"sha256":"..."}
///     key.1    bytes 0..2559
///     key.2    bytes 2560..4095
///
/// Why a manifest, and why the range moves: writing `key` is the commit point. A write
/// puts the new pieces in a range that does not overlap the pieces the current manifest
/// names (key.1.. if free, else just after them), then replaces `key`, then removes the
/// old pieces. If any step before the switch fails, `key` still names the old, untouched
/// pieces, the new ones are removed, and a read returns the previous item whole. A read
/// takes exactly the pieces the manifest names and checks length and hash, so a stale
/// or half-removed piece can never be glued onto a secret.
///
/// Reads and removes understand chunked items whatever the chunk size, so turning
/// chunking off never strands an item.
class ChunkedSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    /// The Windows Credential Manager limit for one credential blob
    /// (CRED_MAX_CREDENTIAL_BLOB_SIZE).
    static constexpr int WindowsCredentialLimit = 2560;
    /// What QtKeychain 0.15 and later hold in one Windows credential, with room to spare for
    /// DPAPI's envelope (its limit is 18,944 bytes of encrypted data).
    static constexpr int WindowsQtKeychain015Limit = 16384;
    /// A ceiling, so that a runaway value fails cleanly instead of writing thousands of items.
    static constexpr int MaxChunks = 64;

    /// `inner` must outlive this store. `chunkSize` 0 stores every item whole.
    explicit ChunkedSecretStore(SecretStore &inner, int chunkSize = 0, QObject *parent = nullptr);
    ~ChunkedSecretStore() override;

    /// Bytes per piece; 0 turns splitting off for later writes.
    void setChunkSize(int bytes);
    int chunkSize() const { return m_chunkSize; }

    /// `key` + "." + index: where piece `index` of a chunked item lives.
    static QString chunkKey(const QString &key, int index);

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &data, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString backendName() const override;

private:
    struct ReadOp;
    struct WriteOp;

    void readPiece(const std::shared_ptr<ReadOp> &op);
    void finishRead(const std::shared_ptr<ReadOp> &op);
    void writeWhole(const std::shared_ptr<WriteOp> &op);
    void writePiece(const std::shared_ptr<WriteOp> &op);
    void commitManifest(const std::shared_ptr<WriteOp> &op);
    void abandonWrite(const std::shared_ptr<WriteOp> &op, const SecretResult &failure);
    /// Removes `keys` one after the other, whatever fails, and reports how many failed and
    /// the first failure.
    void removeKeys(QStringList keys, std::function<void(int, const SecretResult &)> done);
    QString damaged(const QString &key, const QString &why) const;

    SecretStore &m_inner;
    int m_chunkSize = 0;
};

} // namespace PCAuth
