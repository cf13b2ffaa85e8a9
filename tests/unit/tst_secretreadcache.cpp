// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The vault's read cache: an entry is used only while the index shows its item's store time
// unchanged.
#include "vault/secretreadcache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth;

namespace {

const QString profile = u"3f1c0e9a-7b5d-4c2e-9a61-0d4b2f8e6c11"_s;
const QString itemKey = u"svc/3f1c0e9a-7b5d-4c2e-9a61-0d4b2f8e6c11/client-secret"_s;
constexpr SecretKind kind = SecretKind::ClientSecret;

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

} // namespace

class tst_SecretReadCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void init() { QFile::remove(m_dir.filePath(u"vault-index.json"_s)); }

    void entryValidWhileStoreTimeUnchanged()
    {
        VaultIndex index(m_dir.path());
        SecretReadCache cache(index);
        QVERIFY(bool(index.markStored(profile, kind, u"test"_s, utc("2026-03-05T09:00:00.000Z"))));
        cache.keep(profile, kind, itemKey, "secret-one"_ba);
        QCOMPARE(cache.cached(profile, kind, itemKey).value_or("none"_ba), "secret-one"_ba);
        // Another kind or key of the same profile is not this entry.
        QVERIFY(!cache.cached(profile, SecretKind::CertificateKey, itemKey));
        QVERIFY(!cache.cached(profile, kind, itemKey + u"-other"_s));

        // Any store, here or in another process, gives the item a new time in the index.
        QVERIFY(bool(index.markStored(profile, kind, u"test"_s, utc("2026-03-05T09:00:01.000Z"))));
        QVERIFY(!cache.cached(profile, kind, itemKey));
    }

    void entryDroppedWhenItemRemoved()
    {
        VaultIndex index(m_dir.path());
        SecretReadCache cache(index);
        QVERIFY(bool(index.markStored(profile, kind, u"test"_s, utc("2026-03-05T09:00:00.000Z"))));
        cache.keep(profile, kind, itemKey, "secret-one"_ba);
        QVERIFY(cache.cached(profile, kind, itemKey));
        QVERIFY(bool(index.markRemoved(profile, kind)));
        QVERIFY(!cache.cached(profile, kind, itemKey));
    }

    void nothingKeptForAnItemNotStored()
    {
        VaultIndex index(m_dir.path());
        SecretReadCache cache(index);
        QVERIFY(!cache.storedAt(profile, kind).isValid());
        cache.keep(profile, kind, itemKey, "secret-one"_ba);
        QVERIFY(!cache.cached(profile, kind, itemKey));
    }

    void readOverlappingAStoreIsNotKept()
    {
        VaultIndex index(m_dir.path());
        SecretReadCache cache(index);
        const QDateTime before = utc("2026-03-05T09:00:00.000Z");
        QVERIFY(bool(index.markStored(profile, kind, u"test"_s, before)));
        const QDateTime readAt = cache.storedAt(profile, kind);
        QCOMPARE(readAt, before);
        cache.keep(profile, kind, itemKey, "secret-one"_ba, readAt);
        QVERIFY(cache.cached(profile, kind, itemKey));

        // A store lands while the next read is under way: what that read saw may be the old item.
        QVERIFY(bool(index.markStored(profile, kind, u"test"_s, utc("2026-03-05T09:00:02.000Z"))));
        cache.keep(profile, kind, itemKey, "secret-old"_ba, readAt);
        QVERIFY(!cache.cached(profile, kind, itemKey));

        cache.keep(profile, kind, itemKey, "secret-two"_ba, cache.storedAt(profile, kind));
        QCOMPARE(cache.cached(profile, kind, itemKey).value_or("none"_ba), "secret-two"_ba);
        cache.forget(itemKey);
        QVERIFY(!cache.cached(profile, kind, itemKey));
    }
};

QTEST_GUILESS_MAIN(tst_SecretReadCache)
#include "tst_secretreadcache.moc"
