// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// ChunkedSecretStore over the in-memory fake with a small chunk size: layout of the pieces,
// stale pieces removed, the previous item kept whatever write fails (faults injected between
// pieces), damage detected on read. The same class over the real keychain with the Windows
// limit is in tst_keychainstore.
#include "awaitsecret.h"
#include "memorysecretstore.h"
#include "vault/chunkedsecretstore.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using PCAuth::Test::MemorySecretStore;
using Status = SecretResult::Status;
using Op = MemorySecretStore::Operation;

namespace {

SecretResult await(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    return PCAuth::Test::awaitSecret(start);
}

QByteArray bytesOf(int size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        data[i] = char(seed + i % 61);
    return data;
}

} // namespace

class tst_ChunkedSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunkRoundTrip_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("pieces"); // 0: stored whole
        QTest::addRow("small") << 10 << 0;
        QTest::addRow("exactly one chunk") << 100 << 0;
        QTest::addRow("one byte over") << 101 << 2;
        QTest::addRow("4 KB") << 4096 << 41;
    }
    void chunkRoundTrip()
    {
        QFETCH(int, size);
        QFETCH(int, pieces);
        MemorySecretStore fake;
        ChunkedSecretStore store(fake, 100);
        const QByteArray data = bytesOf(size, 'a');
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.write(u"k"_s, data, c, d);
                }).ok());
        QCOMPARE(fake.items().size(), 1 + pieces);
        if (pieces > 0) {
            QVERIFY(fake.items().value(u"k"_s).startsWith("\0PCAUTH-CHUNKED/1\n"_ba));
            QCOMPARE(fake.items().value(u"k.1"_s), data.left(100));
            QCOMPARE(fake.items().value(ChunkedSecretStore::chunkKey(u"k"_s, pieces)),
                     data.mid((pieces - 1) * 100));
        }
        const SecretResult back =
            await([&](QObject *c, SecretStore::Callback d) { store.read(u"k"_s, c, d); });
        QVERIFY2(back.ok(), qPrintable(back.message));
        QCOMPARE(back.data, data);
    }

    void chunkRewriteRemovesStalePieces()
    {
        MemorySecretStore fake;
        ChunkedSecretStore store(fake, 100);
        const auto write = [&](const QByteArray &data) {
            return await(
                [&](QObject *c, SecretStore::Callback d) { store.write(u"k"_s, data, c, d); });
        };
        QVERIFY(write(bytesOf(1000, 'a')).ok()); // k.1 .. k.10
        QVERIFY(write(bytesOf(300, 'b')).ok()); // k.11 .. k.13: not overlapping the old pieces
        QCOMPARE(fake.items().keys(), (QStringList{u"k"_s, u"k.11"_s, u"k.12"_s, u"k.13"_s}));
        QVERIFY(write(bytesOf(200, 'c')).ok()); // fits before k.11: k.1, k.2
        QCOMPARE(fake.items().keys(), (QStringList{u"k"_s, u"k.1"_s, u"k.2"_s}));
        QVERIFY(write(bytesOf(50, 'd')).ok()); // whole again
        QCOMPARE(fake.items().keys(), QStringList{u"k"_s});
        QCOMPARE(fake.items().value(u"k"_s), bytesOf(50, 'd'));
    }

    void chunkWriteFailureKeepsOld_data()
    {
        QTest::addColumn<int>("okWrites"); // writes that succeed before the failing one
        QTest::addRow("first new piece") << 0;
        QTest::addRow("third new piece") << 2;
        QTest::addRow("the manifest (switch)") << 5;
    }
    void chunkWriteFailureKeepsOld()
    {
        QFETCH(int, okWrites);
        MemorySecretStore fake;
        ChunkedSecretStore store(fake, 100);
        const QByteArray old = bytesOf(450, 'o');
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.write(u"k"_s, old, c, d);
                }).ok());
        const QMap<QString, QByteArray> before = fake.items();

        fake.failNext(Op::Write, Status::AccessDenied, 1, okWrites);
        const SecretResult r = await([&](QObject *c, SecretStore::Callback d) {
            store.write(u"k"_s, bytesOf(480, 'n'), c, d);
        });
        QCOMPARE(r.status, Status::AccessDenied);
        QCOMPARE(fake.items(), before); // old pieces untouched, new ones cleaned up
        QCOMPARE(await([&](QObject *c, SecretStore::Callback d) { store.read(u"k"_s, c, d); }).data,
                 old);
    }

    void chunkDamageDetected_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("expected");
        QTest::addRow("missing piece") << u"remove k.2"_s << u"part 2 of 3 is missing"_s;
        QTest::addRow("altered piece") << u"alter k.3"_s << u"do not add up"_s;
        QTest::addRow("broken manifest") << u"alter k"_s << u"list of parts is unreadable"_s;
    }
    void chunkDamageDetected()
    {
        QFETCH(QString, damage);
        QFETCH(QString, expected);
        MemorySecretStore fake;
        ChunkedSecretStore store(fake, 100);
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.write(u"k"_s, bytesOf(250, 'x'), c, d);
                }).ok());
        const QString key = damage.section(u' ', 1);
        if (damage.startsWith(u"remove"_s))
            fake.removeItem(key);
        else
            fake.setItem(key, fake.items().value(key).chopped(3));
        const SecretResult r =
            await([&](QObject *c, SecretStore::Callback d) { store.read(u"k"_s, c, d); });
        QCOMPARE(r.status, Status::Failed);
        QVERIFY2(r.message.contains(expected), qPrintable(r.message));
        QVERIFY(r.message.contains(u"Memory (tests)"_s));
    }

    void chunkedItemReadableWithChunkingOff()
    {
        MemorySecretStore fake;
        ChunkedSecretStore store(fake, 100);
        const QByteArray data = bytesOf(350, 'q');
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.write(u"k"_s, data, c, d);
                }).ok());
        store.setChunkSize(0);
        QCOMPARE(await([&](QObject *c, SecretStore::Callback d) { store.read(u"k"_s, c, d); }).data,
                 data);
        // A whole write replaces it and removes the pieces; remove takes everything.
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.write(u"k"_s, data, c, d);
                }).ok());
        QCOMPARE(fake.items().keys(), QStringList{u"k"_s});
        store.setChunkSize(100);
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.write(u"k"_s, data, c, d);
                }).ok());
        QVERIFY(
            await([&](QObject *c, SecretStore::Callback d) { store.remove(u"k"_s, c, d); }).ok());
        QVERIFY(fake.items().isEmpty());
    }

    void dataLookingLikeAManifest()
    {
        MemorySecretStore fake;
        ChunkedSecretStore store(fake, 0);
        const QByteArray tricky = "\0PCAUTH-CHUNKED/1\n{\"first\":1,\"count\":9}"_ba;
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.write(u"k"_s, tricky, c, d);
                }).ok());
        QCOMPARE(await([&](QObject *c, SecretStore::Callback d) { store.read(u"k"_s, c, d); }).data,
                 tricky);
    }
};

QTEST_GUILESS_MAIN(tst_ChunkedSecretStore)
#include "tst_chunkedsecretstore.moc"
