// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "vault/keychainstore.h"

#include "vault/chunkedsecretstore.h"
#include "vault/keychainitemstore.h"

namespace PCAuth {

KeychainStore::KeychainStore(QString service, QObject *parent)
    : SecretStore(parent)
    , m_items(new KeychainItemStore(std::move(service), this))
    , m_chunked(new ChunkedSecretStore(*m_items, defaultChunkSize(), this))
{ }

KeychainStore::~KeychainStore() = default;

QString KeychainStore::service() const
{
    return m_items->service();
}

void KeychainStore::setChunkSize(int bytes)
{
    m_chunked->setChunkSize(bytes);
}

int KeychainStore::chunkSize() const
{
    return m_chunked->chunkSize();
}

int KeychainStore::chunkSizeFor(bool windows, const QVersionNumber &qtKeychain)
{
    if (!windows)
        return 0;
    return qtKeychain >= QVersionNumber(0, 15) ? ChunkedSecretStore::WindowsQtKeychain015Limit
                                               : ChunkedSecretStore::WindowsCredentialLimit;
}

int KeychainStore::defaultChunkSize()
{
#if defined(Q_OS_WIN)
    constexpr bool windows = true;
#else
    constexpr bool windows = false;
#endif
    return chunkSizeFor(windows,
                        QVersionNumber::fromString(QLatin1String(PCAUTH_QTKEYCHAIN_VERSION)));
}

void KeychainStore::read(const QString &key, QObject *context, Callback done)
{
    m_chunked->read(key, context, std::move(done));
}

void KeychainStore::write(const QString &key, const QByteArray &data, QObject *context,
                          Callback done)
{
    m_chunked->write(key, data, context, std::move(done));
}

void KeychainStore::remove(const QString &key, QObject *context, Callback done)
{
    m_chunked->remove(key, context, std::move(done));
}

QString KeychainStore::backendName() const
{
    return m_items->backendName();
}

} // namespace PCAuth
