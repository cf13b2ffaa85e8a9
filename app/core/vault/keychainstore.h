// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "vault/secretstore.h"

#include <QVersionNumber>

namespace PCAuth {

class ChunkedSecretStore;
class KeychainItemStore;

/// The OS keychain through QtKeychain: Secret Service (GNOME Keyring, KWallet) on Linux,
/// the macOS Keychain, Windows Credential Manager.
///
///     Vault --> KeychainStore --> ChunkedSecretStore --> KeychainItemStore --> QtKeychain
///                                 (large items split)    (one item per key)
///
/// Chunking is on by default on Windows only (Credential Manager limit, see
/// ChunkedSecretStore); tests force it elsewhere with setChunkSize(). No plaintext
/// fallback, ever: see KeychainItemStore.
class KeychainStore final : public SecretStore
{
    Q_OBJECT

public:
    /// `service`: the QtKeychain service name; pass the Vault's service so that all items
    /// of one PCAuth (or one test run) share it.
    explicit KeychainStore(QString service, QObject *parent = nullptr);
    ~KeychainStore() override;

    QString service() const;

    /// Bytes per keychain item; 0 stores every item whole. Reads understand chunked items
    /// whatever this is.
    void setChunkSize(int bytes);
    int chunkSize() const;
    /// The chunk size on a platform with a QtKeychain version: on Windows
    /// ChunkedSecretStore::WindowsCredentialLimit, from QtKeychain 0.15 on
    /// ChunkedSecretStore::WindowsQtKeychain015Limit (a refresh token, a secret or a private
    /// key then fits one credential; chunked items written before stay readable); 0 elsewhere.
    /// An unknown version counts as older than 0.15.
    static int chunkSizeFor(bool windows, const QVersionNumber &qtKeychain);
    /// chunkSizeFor() this build: its platform and the QtKeychain it was built with.
    static int defaultChunkSize();

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &data, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString backendName() const override;

private:
    KeychainItemStore *m_items;
    ChunkedSecretStore *m_chunked;
};

} // namespace PCAuth
