// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace PCAuth {

class SecretStore;

/// "Does the keychain work here?" answered the way PCAuth uses it, through the app's own
/// SecretStore: a random canary item is written, read back, compared and deleted.
///
///     write <service>/selftest/<random> --> read --> compare --> remove --> finished()
///                 \______ any failure: remove what may have been written, finished()
///
/// Everything is asynchronous (QtKeychain jobs); a keychain that asks the user to unlock it
/// simply takes longer. cancel() and the destructor stop waiting and still delete the canary
/// (the store must outlive this object, as the Workspace's keychain does), so a self-test
/// never leaves an item behind.
class KeychainSelfTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSelfTest)
public:
    /// `service`: the prefix of the canary's key (the Vault's service).
    KeychainSelfTest(SecretStore &store, QString service, QObject *parent = nullptr);
    ~KeychainSelfTest() override;

    /// Starts a run; ignored while one is running.
    void start();
    /// Stops waiting for the running step (no finished() for it) and removes the canary.
    void cancel();
    bool isRunning() const { return !m_run.isNull(); }
    /// The canary's key of the current or last run.
    QString key() const { return m_key; }
    /// Tests: run against another store (one with faults on demand). Not while running.
    void setStore(SecretStore &store) { m_store = &store; }

Q_SIGNALS:
    /// `message`: "Passed in 42 ms", or what failed, naming the backend and what to do.
    void finished(bool passed, const QString &message);

private:
    void readBack();
    void removeCanary();
    void fail(const QString &message);
    void endRun();

    SecretStore *m_store;
    QString m_service;
    QString m_key;
    QByteArray m_canary;
    QElapsedTimer m_timer;
    /// Context of the running run's callbacks: deleting it drops them.
    QPointer<QObject> m_run;
};

} // namespace PCAuth
