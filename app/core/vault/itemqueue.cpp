// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "vault/itemqueue.h"

#include "vault/vaultindex.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PCAuth {

ItemQueue::ItemQueue(QString lockDirectory, int waitMs, QObject *parent)
    : QObject(parent)
    , m_directory(std::move(lockDirectory))
    , m_waitMs(waitMs)
{ }

ItemQueue::~ItemQueue() = default;

QDateTime ItemQueue::giveUpTime() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_waitMs);
}

void ItemQueue::run(const QString &key, Start start)
{
    const auto waiting = m_busy.find(key);
    if (waiting != m_busy.end()) {
        waiting->append(std::move(start));
        return;
    }
    m_busy.insert(key, {});
    lockAndStart(key, std::move(start), giveUpTime());
}

QString ItemQueue::lockPath(const QString &key) const
{
    const QByteArray name =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_directory + u'/' + QString::fromLatin1(name) + ".lock"_L1;
}

// The problems are shown inside the vault's messages, so they are translated with them.
void ItemQueue::lockAndStart(const QString &key, Start start, const QDateTime &giveUpAt)
{
    const QString path = lockPath(key);
    if (const QString problem = ensurePrivateFolder(QFileInfo(path).absolutePath());
        !problem.isEmpty())
        return start(problem);
    auto lock = std::make_shared<QLockFile>(path);
    // Held for milliseconds, but a keyring may wait for the user to unlock it: only a lock
    // whose process has gone is stale.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        m_locks.insert(key, lock);
        return start(QString());
    }
    if (lock->error() != QLockFile::LockFailedError)
        return start(QCoreApplication::translate(
                         "PCAuth::Vault",
                         "The keychain item's lock file %1 cannot be created; check that the "
                         "folder is writable.")
                         .arg(QDir::toNativeSeparators(path)));
    if (QDateTime::currentDateTimeUtc() >= giveUpAt)
        return start(QCoreApplication::translate(
                         "PCAuth::Vault",
                         "Another PCAuth process has been changing this keychain item for %1 "
                         "seconds; try again when that process has finished.")
                         .arg(m_waitMs / 1000));
    QTimer::singleShot(20, this, [this, key, start = std::move(start), giveUpAt]() mutable {
        lockAndStart(key, std::move(start), giveUpAt);
    });
}

void ItemQueue::release(const QString &key)
{
    m_locks.remove(key); // unlocks
    const auto waiting = m_busy.find(key);
    if (waiting == m_busy.end())
        return;
    if (waiting->isEmpty()) {
        m_busy.erase(waiting);
        return;
    }
    // The key stays busy in this process and passes to the next change, from the event loop.
    QMetaObject::invokeMethod(
        this,
        [this, key, next = waiting->takeFirst()]() mutable {
            lockAndStart(key, std::move(next), giveUpTime());
        },
        Qt::QueuedConnection);
}

} // namespace PCAuth
