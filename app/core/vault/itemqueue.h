// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>
#include <memory>

#include <QHash>
#include <QList>
#include <QLockFile>
#include <QObject>
#include <QString>

namespace PCAuth {

/// Runs changes of one keychain item one after the other, within this process and across
/// processes that share the lock directory.
///
/// Contract:
/// - In this process, the starts for one key run in call order, each once the one before it
///   has called release(key). Starts for different keys do not wait for each other.
/// - Across processes, a start runs only while it holds the key's lock file in the lock
///   directory (created 0700 when missing), waiting up to `waitMs` for another process to
///   free it. A lock file whose process has died is stale and taken over at once; a live
///   process's lock is never broken, however old, since a keyring may be waiting for the user
///   to unlock it.
/// - Every start is called exactly once, later or inside run(): with an empty problem when it
///   holds the key, else with a message for the user saying why the lock could not be had.
///   Either way it must call release(key) when its change is done, which frees the lock file
///   and passes the key to the next start waiting for it.
///
/// A start still waiting when the queue is destroyed is never called.
class ItemQueue final : public QObject
{
    Q_OBJECT

public:
    /// Why `start` could not get its key: empty when it holds it.
    using Start = std::function<void(const QString &lockProblem)>;

    explicit ItemQueue(QString lockDirectory, int waitMs, QObject *parent = nullptr);
    ~ItemQueue() override;

    /// Queues `start` for `key` (see the class comment).
    void run(const QString &key, Start start);
    /// Ends the change of `key` that holds it and starts the next one waiting, if any.
    void release(const QString &key);

    /// The lock file of `key`: a hash of the key, so any key makes a valid file name.
    QString lockPath(const QString &key) const;
    QString lockDirectory() const { return m_directory; }

private:
    void lockAndStart(const QString &key, Start start, const QDateTime &giveUpAt);
    QDateTime giveUpTime() const;

    QString m_directory;
    int m_waitMs;
    /// Keys with a change under way, each with the changes waiting for it.
    QHash<QString, QList<Start>> m_busy;
    /// The lock files held, by key.
    QHash<QString, std::shared_ptr<QLockFile>> m_locks;
};

} // namespace PCAuth
