// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "vault/secretstore.h"

namespace QKeychain {
class Job;
}

namespace PCAuth {

/// One QtKeychain item per key, nothing more: KeychainStore adds chunking on top. Kept
/// apart so that the QtKeychain rules live in one small class:
///  - the insecure (plaintext) fallback is always off: where no keychain works, the
///    answer is an error that names the backend and what to do, never a file;
///  - data is always stored as binary (base64 in the Secret Service), so one key never
///    ends up as two items of different types;
///  - jobs are created without a parent and delete themselves once finished (autoDelete),
///    so destroying this store never deletes a running job; it only stops the callback;
///  - QtKeychain runs jobs one at a time on the thread that started them: use this store
///    from one thread (the GUI thread in pcauth, the main thread in pcauthctl);
///  - on Linux a Secret Service that is not up yet (started late by the session) is given
///    one more chance after 500 ms.
///
/// QtKeychain 0.13 on Linux goes through libsecret, which reports "no D-Bus" and "nobody
/// provides org.freedesktop.secrets" as OtherError; such an error is therefore checked
/// against the session bus (is it connected, is the Secret Service or KWallet there or
/// activatable) to tell NoBackend from a real failure. A locked collection gives
/// AccessDenied on a write but, through libsecret, plain NotFound on a read: the Vault's
/// index is what tells those apart.
class KeychainItemStore final : public SecretStore
{
    Q_OBJECT

public:
    /// `service`: the QtKeychain service name (the Secret Service attribute `server`).
    explicit KeychainItemStore(QString service, QObject *parent = nullptr);
    ~KeychainItemStore() override;

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &data, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    QString backendName() const override;

    /// The name of this platform's keychain, as backendName() gives it.
    static QString platformBackendName();
    /// What to tell the user for `status` on this platform (empty for Ok and NotFound).
    static QString advice(SecretResult::Status status);

private:
    enum class Operation { Read, Write, Remove };
    void start(Operation operation, const QString &key, const QByteArray &data,
               const QPointer<QObject> &context, const Callback &done, int attempt);
    void onJobFinished(const QKeychain::Job &job, Operation operation, const QString &key,
                       const QByteArray &data, const QPointer<QObject> &context,
                       const Callback &done, int attempt);

    QString m_service;
};

} // namespace PCAuth
