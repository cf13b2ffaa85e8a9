// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "vault/secretstore.h"

#include <optional>

#include <QHash>
#include <QList>
#include <QMap>

namespace PCAuth::Test {

/// An in-memory SecretStore for unit tests only, with faults on demand. It answers like the
/// keychain does: later, from the event loop, never inside the call. Items live as long as
/// the store.
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };

    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void read(const QString &key, QObject *context, Callback done) override;
    void write(const QString &key, const QByteArray &data, QObject *context,
               Callback done) override;
    void remove(const QString &key, QObject *context, Callback done) override;
    /// "Memory (tests)", or what setBackendName() set.
    QString backendName() const override;
    void setBackendName(const QString &name) { m_backendName = name; }

    /// Everything stored, by key.
    QMap<QString, QByteArray> items() const { return m_items; }
    void setItem(const QString &key, const QByteArray &data) { m_items.insert(key, data); }
    void removeItem(const QString &key) { m_items.remove(key); }

    /// The next `times` operations of that kind fail with `status` (and a message naming
    /// this backend) and change nothing. `skip` operations of that kind succeed first.
    void failNext(Operation operation, SecretResult::Status status, int times = 1, int skip = 0);
    /// The next `times` writes report Ok but store something else (the last byte flipped),
    /// so only reading back can tell.
    void corruptNextWrites(int times = 1) { m_corruptWrites = times; }
    /// The keys of every operation of that kind so far, in order.
    QStringList log(Operation operation) const { return m_log.value(operation); }

private:
    struct Fault
    {
        SecretResult::Status status;
        int times;
        int skip;
    };
    /// Consumes a planned fault for `operation`, if one is due.
    std::optional<SecretResult> takeFault(Operation operation);

    QMap<QString, QByteArray> m_items;
    QHash<Operation, Fault> m_faults;
    QHash<Operation, QStringList> m_log;
    QString m_backendName;
    int m_corruptWrites = 0;
};

} // namespace PCAuth::Test
