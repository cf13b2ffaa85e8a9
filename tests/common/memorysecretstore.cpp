// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "memorysecretstore.h"

using namespace Qt::StringLiterals;

namespace PCAuth::Test {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent)
    , m_backendName(u"Memory (tests)"_s)
{ }

MemorySecretStore::~MemorySecretStore() = default;

QString MemorySecretStore::backendName() const
{
    return m_backendName;
}

void MemorySecretStore::failNext(Operation operation, SecretResult::Status status, int times,
                                 int skip)
{
    m_faults.insert(operation, Fault{status, times, skip});
}

std::optional<SecretResult> MemorySecretStore::takeFault(Operation operation)
{
    auto it = m_faults.find(operation);
    if (it == m_faults.end())
        return std::nullopt;
    if (it->skip > 0) {
        --it->skip;
        return std::nullopt;
    }
    const SecretResult::Status status = it->status;
    if (--it->times <= 0)
        m_faults.erase(it);
    return SecretResult::failure(
        status, u"%1 failed on purpose (%2)."_s.arg(m_backendName, secretStatusId(status)));
}

void MemorySecretStore::read(const QString &key, QObject *context, Callback done)
{
    m_log[Operation::Read].append(key);
    if (std::optional<SecretResult> fault = takeFault(Operation::Read)) {
        deliverLater(context, std::move(done), *fault);
        return;
    }
    const auto it = m_items.constFind(key);
    deliverLater(context, std::move(done),
                 it == m_items.cend()
                     ? SecretResult::failure(SecretResult::Status::NotFound,
                                             u"%1 holds no item \"%2\"."_s.arg(m_backendName, key))
                     : SecretResult::success(*it));
}

void MemorySecretStore::write(const QString &key, const QByteArray &data, QObject *context,
                              Callback done)
{
    m_log[Operation::Write].append(key);
    if (std::optional<SecretResult> fault = takeFault(Operation::Write)) {
        deliverLater(context, std::move(done), *fault);
        return;
    }
    QByteArray stored = data;
    if (m_corruptWrites > 0 && !stored.isEmpty()) {
        --m_corruptWrites;
        stored.back() = char(stored.back() ^ 0x01);
    }
    m_items.insert(key, stored);
    deliverLater(context, std::move(done), SecretResult::success());
}

void MemorySecretStore::remove(const QString &key, QObject *context, Callback done)
{
    m_log[Operation::Remove].append(key);
    if (std::optional<SecretResult> fault = takeFault(Operation::Remove)) {
        deliverLater(context, std::move(done), *fault);
        return;
    }
    m_items.remove(key);
    deliverLater(context, std::move(done), SecretResult::success());
}

} // namespace PCAuth::Test
