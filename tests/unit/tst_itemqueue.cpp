// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The vault's per-item queue: call order within a process, lock files across processes (two
// queues on one lock directory stand for two processes), stale locks taken over.
#include "vault/itemqueue.h"

#include <optional>

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace PCAuth;

namespace {

const QString itemKey = u"svc/3f1c0e9a-7b5d-4c2e-9a61-0d4b2f8e6c11/refresh-token"_s;

/// The id of a process that has exited: no process has it now.
qint64 exitedProcessId()
{
    QProcess process;
    process.start(u"true"_s, {});
    if (!process.waitForStarted())
        return -1;
    const qint64 pid = process.processId();
    process.waitForFinished();
    return pid;
}

} // namespace

class tst_ItemQueue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString lockDirectory() const { return m_dir.filePath(u"locks"_s); }
    QStringList lockFiles() const { return QDir(lockDirectory()).entryList(QDir::Files); }

private Q_SLOTS:
    void init() { QDir(lockDirectory()).removeRecursively(); }

    void startsForOneKeyRunInCallOrder()
    {
        ItemQueue queue(lockDirectory(), 5000);
        QStringList events;
        for (int i = 1; i <= 3; ++i) {
            queue.run(itemKey, [&events, &queue, i](const QString &lockProblem) {
                events << u"start %1%2"_s.arg(i).arg(lockProblem);
                QTimer::singleShot(20, &queue, [&events, &queue, i] {
                    events << u"release %1"_s.arg(i);
                    queue.release(itemKey);
                });
            });
        }
        QVERIFY(QTest::qWaitFor([&events] { return events.size() == 6; }, 5000));
        QCOMPARE(events, QStringList({u"start 1"_s, u"release 1"_s, u"start 2"_s, u"release 2"_s,
                                      u"start 3"_s, u"release 3"_s}));
        QVERIFY(lockFiles().isEmpty());
    }

    void differentKeysRunIndependently()
    {
        ItemQueue queue(lockDirectory(), 5000);
        std::optional<QString> first;
        std::optional<QString> second;
        queue.run(u"svc/a/client-secret"_s, [&first](const QString &p) { first = p; });
        queue.run(u"svc/b/client-secret"_s, [&second](const QString &p) { second = p; });
        // The first key is held (not released) while the second starts.
        QVERIFY(QTest::qWaitFor([&] { return first && second; }, 5000));
        QCOMPARE(*first, QString());
        QCOMPARE(*second, QString());
        QCOMPARE(lockFiles().size(), 2);
        queue.release(u"svc/a/client-secret"_s);
        queue.release(u"svc/b/client-secret"_s);
        QVERIFY(lockFiles().isEmpty());
    }

    void secondQueueWaitsForTheLockFile()
    {
        ItemQueue first(lockDirectory(), 5000);
        ItemQueue second(lockDirectory(), 5000);
        QCOMPARE(second.lockPath(itemKey), first.lockPath(itemKey));
        std::optional<QString> firstGot;
        std::optional<QString> secondGot;
        first.run(itemKey, [&firstGot](const QString &p) { firstGot = p; });
        QVERIFY(QTest::qWaitFor([&] { return firstGot.has_value(); }, 5000));
        QCOMPARE(*firstGot, QString());
        QVERIFY(QFile::exists(first.lockPath(itemKey)));

        second.run(itemKey, [&secondGot](const QString &p) { secondGot = p; });
        QTest::qWait(300);
        QVERIFY2(!secondGot, "started while the other queue held the lock file");

        first.release(itemKey);
        QVERIFY(QTest::qWaitFor([&] { return secondGot.has_value(); }, 5000));
        QCOMPARE(*secondGot, QString());
        QVERIFY(QFile::exists(second.lockPath(itemKey)));
        second.release(itemKey);
        QVERIFY(lockFiles().isEmpty());
    }

    void lockNotFreedInTimeIsReported()
    {
        ItemQueue first(lockDirectory(), 5000);
        ItemQueue second(lockDirectory(), 200);
        std::optional<QString> firstGot;
        std::optional<QString> secondGot;
        first.run(itemKey, [&firstGot](const QString &p) { firstGot = p; });
        QVERIFY(QTest::qWaitFor([&] { return firstGot.has_value(); }, 5000));
        second.run(itemKey, [&secondGot](const QString &p) { secondGot = p; });
        QVERIFY(QTest::qWaitFor([&] { return secondGot.has_value(); }, 5000));
        QVERIFY2(!secondGot->isEmpty(), "no problem reported although the lock was held");
        second.release(itemKey); // must not free the lock file the first queue holds
        QVERIFY(QFile::exists(first.lockPath(itemKey)));
        first.release(itemKey);
        QVERIFY(lockFiles().isEmpty());
    }

    void staleLockIsTakenOver()
    {
        ItemQueue queue(lockDirectory(), 300);
        const QString path = queue.lockPath(itemKey);
        QVERIFY(QDir().mkpath(lockDirectory()));
        // A lock file as QLockFile writes it, then given the id of a process that has exited.
        QByteArray contents;
        {
            QLockFile probe(path);
            QVERIFY(probe.tryLock(0));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            contents = file.readAll();
        }
        QList<QByteArray> lines = contents.split('\n');
        QCOMPARE(lines.first(), QByteArray::number(QCoreApplication::applicationPid()));
        const qint64 deadPid = exitedProcessId();
        QVERIFY(deadPid > 0);
        lines.first() = QByteArray::number(deadPid);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write(lines.join('\n')) > 0);
        }
        QVERIFY(QFile::exists(path));

        std::optional<QString> got;
        queue.run(itemKey, [&got](const QString &p) { got = p; });
        QVERIFY(QTest::qWaitFor([&] { return got.has_value(); }, 5000));
        QCOMPARE(*got, QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readLine().trimmed(), QByteArray::number(QCoreApplication::applicationPid()));
        file.close();
        queue.release(itemKey);
        QVERIFY(lockFiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ItemQueue)
#include "tst_itemqueue.moc"
