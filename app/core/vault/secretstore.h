// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

namespace PCAuth {

/// The outcome of one SecretStore operation.
struct SecretResult
{
    enum class Status {
        Ok,
        NotFound, ///< no item under that key (a read only; removing a missing item is Ok)
        AccessDenied, ///< the keychain is locked, or the user or the OS refused
        NoBackend, ///< no keychain answered at all (no Secret Service, no session)
        Failed, ///< anything else, including an item that is damaged
        /// Vault only: not written, because the item changed since it was read (a new consent,
        /// a removal); the newer state is kept.
        Superseded
    };

    Status status = Status::Ok;
    QByteArray data; ///< the secret, for a successful read only
    /// For the user: what went wrong, naming the backend and saying what to do. Never
    /// contains a secret. With Ok it may hold a warning (something secondary failed).
    QString message;

    bool ok() const { return status == Status::Ok; }

    static SecretResult success(QByteArray data = QByteArray())
    {
        return SecretResult{Status::Ok, std::move(data), QString()};
    }
    static SecretResult failure(Status status, QString message)
    {
        return SecretResult{status, QByteArray(), std::move(message)};
    }
};

/// Stable ids for logs and JSON: "ok", "not-found", "access-denied", "no-backend", "failed",
/// "superseded".
QString secretStatusId(SecretResult::Status status);

/// Where secrets live: the OS keychain in the product, an in-memory fake in unit tests (the
/// habit of KeePassXC's QuickUnlockInterface: platform secrets behind a small interface).
///
/// Asynchronous because QtKeychain is: every call returns at once and the callback runs
/// later on the thread that owns the store, never inside the call. `context` must not be
/// null; the callback is not called when `context` has been destroyed by then, nor when
/// the store itself has.
/// Keys are opaque to the store; the Vault namespaces them.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);
    ~SecretStore() override;

    /// Ok with the data, NotFound, or an error.
    virtual void read(const QString &key, QObject *context, Callback done) = 0;
    /// Creates or replaces the item. On failure the previous item is unchanged.
    virtual void write(const QString &key, const QByteArray &data, QObject *context,
                       Callback done) = 0;
    /// Ok when no item is left under `key`, whether or not there was one.
    virtual void remove(const QString &key, QObject *context, Callback done) = 0;

    /// The keychain's name as users know it, for messages: "Secret Service (GNOME Keyring,
    /// KWallet)", "macOS Keychain", "Windows Credential Manager".
    virtual QString backendName() const = 0;

protected:
    /// Calls `done` with `result` from the event loop, unless `context` (or this store)
    /// has been destroyed by then. For implementations whose answer is ready at once.
    void deliverLater(QObject *context, Callback done, SecretResult result);
    /// Calls `done` now unless `context` is gone.
    static void deliver(const QPointer<QObject> &context, const Callback &done,
                        const SecretResult &result);

private:
    Q_DISABLE_COPY_MOVE(SecretStore)
};

} // namespace PCAuth
