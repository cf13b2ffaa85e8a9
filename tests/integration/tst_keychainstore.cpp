// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// KeychainStore and the Vault against a real Secret Service (gnome-keyring in the private
// D-Bus session of packaging/dev.sh test), checked from outside with secret-tool. Every
// item lives under a service name unique to this run and is removed at the end.
//
// "No keychain at all" runs this same executable again as a child whose session bus
// address points at a socket that does not exist: libsecret and QtDBus connect once per
// process, so the parent's working connection could not be taken away in-process.
#include "awaitsecret.h"
#include "privatekeyring.h"
#include "vault/keychainstore.h"
#include "vault/vault.h"

#include <optional>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace PCAuth;
using Status = SecretResult::Status;

namespace {

const char childModeVariable[] = "PCAUTH_TST_KEYCHAIN_CHILD";
const QString profile = u"5b2a9c1e-0f44-4d7a-8e3b-61c0d9a7f212"_s;

/// Generous: the Secret Service may be activated on first use.
SecretResult await(const std::function<void(QObject *, SecretStore::Callback)> &start)
{
    return PCAuth::Test::awaitSecret(start, 20000);
}

std::pair<SecretResult, RefreshTokenRecord> loadRecord(Vault &vault)
{
    QObject context;
    std::optional<std::pair<SecretResult, RefreshTokenRecord>> got;
    vault.loadRefreshToken(profile, &context,
                           [&got](const SecretResult &r, const RefreshTokenRecord &record) {
                               got = std::make_pair(r, record);
                           });
    if (!QTest::qWaitFor([&got]() { return got.has_value(); }, 20000))
        return {SecretResult::failure(Status::Failed, u"TEST: no answer"_s), {}};
    return *got;
}

/// What an independent client sees: the stored text (base64, as QtKeychain stores binary
/// data), or "" when there is no such item.
QByteArray secretToolLookup(const QString &service, const QString &key)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, service, u"user"_s, key});
    if (!tool.waitForFinished(20000))
        return "TEST: secret-tool hung"_ba;
    return tool.readAllStandardOutput().trimmed();
}

QByteArray token(int size)
{
    QByteArray bytes;
    while (bytes.size() < size)
        bytes += QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    return "0.CANARY-" + bytes.left(size - 9);
}

RefreshTokenRecord sampleRecord(const QByteArray &refreshToken)
{
    RefreshTokenRecord r;
    r.refreshToken = QString::fromLatin1(refreshToken);
    r.clientId = u"11111111-2222-3333-4444-555555555555"_s;
    r.tenant = u"contoso.onmicrosoft.com"_s;
    r.cloudId = u"global"_s;
    r.upn = u"admin@contoso.onmicrosoft.com"_s;
    r.obtainedVia = u"consent"_s;
    r.issuedAt = QDateTime::fromString(u"2026-03-01T10:00:00.000Z"_s, Qt::ISODateWithMs);
    r.mfa = MfaEvidence::Present;
    return r;
}

/// The child: one store and one load through a Vault with no reachable keychain; prints
/// what it got as JSON for the parent to check.
int runNoBackendChild()
{
    const QString service = qEnvironmentVariable("PCAUTH_KEYCHAIN_SERVICE");
    KeychainStore store(service);
    Vault vault(store, qEnvironmentVariable("PCAUTH_TST_INDEX_DIR"), service);
    const SecretResult stored = await([&](QObject *c, SecretStore::Callback d) {
        vault.storeRefreshToken(profile, sampleRecord("0.NEW-TOKEN"), c, std::move(d));
    });
    const SecretResult loaded = loadRecord(vault).first;
    const QJsonObject out{{u"store"_s, secretStatusId(stored.status)},
                          {u"storeMessage"_s, stored.message},
                          {u"load"_s, secretStatusId(loaded.status)},
                          {u"loadMessage"_s, loaded.message},
                          {u"backend"_s, store.backendName()}};
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
    return 0;
}

/// The child for lockedKeyring(), once per phase, inside its own D-Bus session and keyring:
/// "store" (unlocked), "locked" (the daemon restarted without the password), "unlocked".
int runLockedPhaseChild()
{
    const QString service = qEnvironmentVariable("PCAUTH_KEYCHAIN_SERVICE");
    const QString phase = qEnvironmentVariable("PCAUTH_TST_PHASE");
    const QByteArray original = qgetenv("PCAUTH_TST_TOKEN");
    KeychainStore store(service);
    Vault vault(store, qEnvironmentVariable("PCAUTH_TST_INDEX_DIR"), service);
    QJsonObject out{{u"phase"_s, phase}};
    if (phase != u"unlocked"_s) {
        const QByteArray token = phase == u"store"_s ? original : "0.ROTATED-WHILE-LOCKED"_ba;
        const SecretResult stored = await([&](QObject *c, SecretStore::Callback d) {
            vault.storeRefreshToken(profile, sampleRecord(token), c, std::move(d));
        });
        out.insert(u"store"_s, secretStatusId(stored.status));
        out.insert(u"storeMessage"_s, stored.message);
    }
    const auto [loaded, record] = loadRecord(vault);
    out.insert(u"load"_s, secretStatusId(loaded.status));
    out.insert(u"loadMessage"_s, loaded.message);
    out.insert(u"sameToken"_s, record.refreshToken.toLatin1() == original);
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact))
                        << '\n';
    return 0;
}

/// The child for restartedKeyring(), on a bus of its own with a keyring it starts and stops
/// itself: one process across the restart, as pcauth is when the user's keyring restarts.
int runRestartChild()
{
    const QString service = qEnvironmentVariable("PCAUTH_KEYCHAIN_SERVICE");
    const QByteArray original = qgetenv("PCAUTH_TST_TOKEN");
    Test::KeyringDaemon keyring(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"),
                                qEnvironmentVariable("XDG_DATA_HOME"),
                                qEnvironmentVariable("XDG_RUNTIME_DIR"));
    QJsonObject out;
    const auto startKeyring = [&](const QString &phase) {
        const QString problem = keyring.start("pw");
        if (!problem.isEmpty())
            out.insert(phase + u"Problem"_s, problem);
    };
    KeychainStore store(service);
    Vault vault(store, qEnvironmentVariable("PCAUTH_TST_INDEX_DIR"), service);
    const auto storeToken = [&](const QByteArray &token) {
        return await([&](QObject *c, SecretStore::Callback d) {
            vault.storeRefreshToken(profile, sampleRecord(token), c, std::move(d));
        });
    };
    startKeyring(u"start"_s);
    out.insert(u"before"_s, secretStatusId(storeToken(original).status));
    keyring.stop();
    const SecretResult whileDown = storeToken("0.ROTATED-WHILE-DOWN");
    out.insert(u"down"_s, secretStatusId(whileDown.status));
    out.insert(u"downMessage"_s, whileDown.message);
    startKeyring(u"restart"_s);
    const auto [loaded, record] = loadRecord(vault);
    out.insert(u"after"_s, secretStatusId(loaded.status));
    out.insert(u"afterMessage"_s, loaded.message);
    out.insert(u"sameToken"_s, record.refreshToken.toLatin1() == original);
    const SecretResult rotated = storeToken("0.ROTATED-AFTER");
    out.insert(u"storeAfter"_s, secretStatusId(rotated.status));
    out.insert(u"storeAfterMessage"_s, rotated.message);
    out.insert(u"rotatedBack"_s, loadRecord(vault).second.refreshToken == u"0.ROTATED-AFTER"_s);
    await([&](QObject *c, SecretStore::Callback d) {
        vault.removeProfile(profile, c, std::move(d));
    });
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
    return 0;
}

} // namespace

class tst_KeychainStore : public QObject
{
    Q_OBJECT

private:
    QString m_service;
    QTemporaryDir m_indexDir;
    QStringList m_keys; // removed at the end, whatever happened

    QString newKey(const QString &name)
    {
        const QString key = m_service + u"/selftest/"_s + name;
        m_keys << key;
        for (int i = 1; i <= 8; ++i)
            m_keys << key + u'.' + QString::number(i);
        return key;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the suite with packaging/dev.sh test (it starts a private "
                  "session with an unlocked gnome-keyring).");
        if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
            QFAIL("secret-tool is missing: install libsecret-tools "
                  "(packaging/debian/install-deps.sh).");
        // Unique per run, under the harness's name when there is one.
        m_service = Vault::defaultService() + u"-kc-"_s
                    + QString::number(QRandomGenerator::system()->generate(), 36);
        QVERIFY(m_indexDir.isValid());
    }

    void cleanupTestCase()
    {
        KeychainStore store(m_service);
        for (SecretKind kind : allSecretKinds())
            m_keys << m_service + u'/' + profile + u'/' + secretKindId(kind);
        for (const QString &key : std::as_const(m_keys))
            await([&](QObject *c, SecretStore::Callback d) { store.remove(key, c, std::move(d)); });
    }

    void backendIsNamed()
    {
        KeychainStore store(m_service);
        QCOMPARE(store.backendName(), u"Secret Service (GNOME Keyring, KWallet)"_s);
        QCOMPARE(store.chunkSize(), 0); // Linux: items are stored whole unless forced
        // Windows: split at the Credential Manager's 2,560 bytes before QtKeychain 0.15, which
        // holds up to 18,944 bytes in one credential; a version not known counts as old.
        QCOMPARE(KeychainStore::chunkSizeFor(false, QVersionNumber(0, 15)), 0);
        QCOMPARE(KeychainStore::chunkSizeFor(true, QVersionNumber(0, 13, 2)), 2560);
        QCOMPARE(KeychainStore::chunkSizeFor(true, QVersionNumber(0, 14, 3)), 2560);
        QCOMPARE(KeychainStore::chunkSizeFor(true, QVersionNumber(0, 15)), 16384);
        QCOMPARE(KeychainStore::chunkSizeFor(true, QVersionNumber(1, 0)), 16384);
        QCOMPARE(KeychainStore::chunkSizeFor(true, QVersionNumber()), 2560);
    }

    void writeReadRemove()
    {
        KeychainStore store(m_service);
        const QString key = newKey(u"plain"_s);
        const QByteArray secret = token(300);
        const SecretResult written = await([&](QObject *c, SecretStore::Callback d) {
            store.write(key, secret, c, std::move(d));
        });
        QVERIFY2(written.ok(), qPrintable(written.message));
        QCOMPARE(secretToolLookup(m_service, key), secret.toBase64());

        const SecretResult read =
            await([&](QObject *c, SecretStore::Callback d) { store.read(key, c, std::move(d)); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.data, secret);

        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.remove(key, c, std::move(d));
                }).ok());
        QCOMPARE(secretToolLookup(m_service, key), QByteArray());
        const SecretResult gone =
            await([&](QObject *c, SecretStore::Callback d) { store.read(key, c, std::move(d)); });
        QCOMPARE(gone.status, Status::NotFound);
        // Removing what is not there is not an error.
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.remove(key, c, std::move(d));
                }).ok());
    }

    void chunkedFourKilobytes()
    {
        KeychainStore store(m_service);
        store.setChunkSize(2560);
        const QString key = newKey(u"chunked"_s);
        const QByteArray secret = token(4096);
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    store.write(key, secret, c, std::move(d));
                }).ok());
        // key holds the list of parts; key.1 and key.2 the bytes.
        QVERIFY(QByteArray::fromBase64(secretToolLookup(m_service, key))
                    .startsWith("\0PCAUTH-CHUNKED/1\n"_ba));
        QCOMPARE(QByteArray::fromBase64(secretToolLookup(m_service, key + u".1"_s)),
                 secret.left(2560));
        QCOMPARE(QByteArray::fromBase64(secretToolLookup(m_service, key + u".2"_s)),
                 secret.mid(2560));
        QCOMPARE(secretToolLookup(m_service, key + u".3"_s), QByteArray());

        const SecretResult read =
            await([&](QObject *c, SecretStore::Callback d) { store.read(key, c, std::move(d)); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.data, secret);
    }

    void shrinkingRemovesStaleChunks()
    {
        KeychainStore store(m_service);
        store.setChunkSize(1000);
        const QString key = newKey(u"shrink"_s);
        const auto write = [&](const QByteArray &data) {
            return await([&](QObject *c, SecretStore::Callback d) {
                store.write(key, data, c, std::move(d));
            });
        };
        const auto present = [&](int from, int to) {
            QList<int> found;
            for (int i = from; i <= to; ++i)
                if (!secretToolLookup(m_service, key + u'.' + QString::number(i)).isEmpty())
                    found << i;
            return found;
        };
        QVERIFY(write(token(3500)).ok());
        QCOMPARE(present(1, 8), (QList<int>{1, 2, 3, 4}));
        const QByteArray shorter = token(1800);
        QVERIFY(write(shorter).ok());
        QCOMPARE(present(1, 8), (QList<int>{5, 6})); // written beside the old, which then went
        const QByteArray whole = token(500);
        QVERIFY(write(whole).ok());
        QCOMPARE(present(1, 8), QList<int>());
        QCOMPARE(secretToolLookup(m_service, key), whole.toBase64());
        QCOMPARE(await([&](QObject *c, SecretStore::Callback d) {
                     store.read(key, c, std::move(d));
                 }).data,
                 whole);
    }

    void vaultStoresAndReloads()
    {
        KeychainStore store(m_service);
        store.setChunkSize(2560);
        Vault vault(store, m_indexDir.path(), m_service);
        const RefreshTokenRecord record = sampleRecord(token(4096));
        const SecretResult stored = await([&](QObject *c, SecretStore::Callback d) {
            vault.storeRefreshToken(profile, record, c, std::move(d));
        });
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        const QString key = vault.key(profile, SecretKind::RefreshToken);
        QVERIFY(!secretToolLookup(m_service, key + u".1"_s).isEmpty());

        const auto [loaded, back] = loadRecord(vault);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(back, record);

        QFile index(vault.index().filePath());
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray indexBytes = index.readAll();
        QVERIFY(indexBytes.contains("admin@contoso.onmicrosoft.com"));
        QVERIFY(!indexBytes.contains(record.refreshToken.toLatin1().left(40)));
        QCOMPARE(vault.index().entry(profile, SecretKind::RefreshToken)->backend,
                 store.backendName());

        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    vault.removeProfile(profile, c, std::move(d));
                }).ok());
        QCOMPARE(secretToolLookup(m_service, key), QByteArray());
        QCOMPARE(secretToolLookup(m_service, key + u".1"_s), QByteArray());
        QCOMPARE(loadRecord(vault).first.status, Status::NotFound);
    }

    void noKeychainAtAll_data()
    {
        QTest::addColumn<bool>("busRunning");
        QTest::addRow("no session bus") << false;
        QTest::addRow("a bus without a Secret Service") << true;
    }
    void noKeychainAtAll()
    {
        QFETCH(bool, busRunning);
        // What the user has now: stored while the keychain worked.
        KeychainStore store(m_service);
        Vault vault(store, m_indexDir.path(), m_service);
        const RefreshTokenRecord record = sampleRecord(token(200));
        QVERIFY(await([&](QObject *c, SecretStore::Callback d) {
                    vault.storeRefreshToken(profile, record, c, std::move(d));
                }).ok());
        QFile indexFile(vault.index().filePath());
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        const QByteArray indexBefore = indexFile.readAll();
        indexFile.close();

        QTemporaryDir nowhere;
        Test::PrivateBus bus;
        if (busRunning) {
            const QString problem = bus.start();
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        const QString address =
            busRunning ? bus.address() : u"unix:path="_s + nowhere.filePath(u"no-bus"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(childModeVariable), u"no-backend"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, address);
        env.insert(u"PCAUTH_KEYCHAIN_SERVICE"_s, m_service);
        env.insert(u"PCAUTH_TST_INDEX_DIR"_s, m_indexDir.path());
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(child.waitForFinished(30000), "the child hung without a keychain");
        const QJsonObject out = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QVERIFY2(!out.isEmpty(), child.readAllStandardError().constData());

        QCOMPARE(out.value(u"store"_s).toString(), u"no-backend"_s);
        QCOMPARE(out.value(u"load"_s).toString(), u"no-backend"_s);
        for (const QString &name : {u"storeMessage"_s, u"loadMessage"_s}) {
            const QString message = out.value(name).toString();
            QVERIFY2(message.contains(u"No Secret Service answered on D-Bus. Start GNOME Keyring "
                                      "or KWallet"_s),
                     qPrintable(message));
            QVERIFY(message.contains(u"never stores tokens in plain files"_s));
        }
        QVERIFY(out.value(u"storeMessage"_s).toString().contains(u"nothing was changed"_s));

        // Nothing lost: the keychain item and the index are what they were.
        const auto [loaded, back] = loadRecord(vault);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message));
        QCOMPARE(back.refreshToken, record.refreshToken);
        QVERIFY(indexFile.open(QIODevice::ReadOnly));
        QCOMPARE(indexFile.readAll(), indexBefore);
    }
    void restartedKeyring()
    {
        // The keyring daemon stops and comes back while PCAuth runs (it crashed, or was
        // replaced): nothing stored is lost, and the same process can use it again at once.
        QTemporaryDir scratch;
        QVERIFY(QDir(scratch.path()).mkdir(u"data"_s) && QDir(scratch.path()).mkdir(u"index"_s));
        QVERIFY(QDir().mkdir(scratch.filePath(u"run"_s),
                             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        Test::PrivateBus bus;
        const QString problem = bus.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(childModeVariable), u"restart"_s);
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, bus.address());
        env.insert(u"XDG_RUNTIME_DIR"_s, scratch.filePath(u"run"_s));
        env.insert(u"XDG_DATA_HOME"_s, scratch.filePath(u"data"_s));
        env.insert(u"PCAUTH_KEYCHAIN_SERVICE"_s, m_service);
        env.insert(u"PCAUTH_TST_INDEX_DIR"_s, scratch.filePath(u"index"_s));
        env.insert(u"PCAUTH_TST_TOKEN"_s, QString::fromLatin1(token(300)));
        QProcess child;
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY2(child.waitForFinished(90000), "the restarted-keyring child hung");
        const QJsonObject out = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        QVERIFY2(!out.isEmpty(), child.readAllStandardError().constData());
        QVERIFY2(!out.contains(u"startProblem"_s) && !out.contains(u"restartProblem"_s),
                 QJsonDocument(out).toJson().constData());

        QCOMPARE(out.value(u"before"_s).toString(), u"ok"_s);
        // Down: a clear answer, and the token stored before is kept.
        QCOMPARE(out.value(u"down"_s).toString(), u"no-backend"_s);
        const QString downMessage = out.value(u"downMessage"_s).toString();
        QVERIFY2(downMessage.contains(u"No Secret Service answered on D-Bus"_s),
                 qPrintable(downMessage));
        QVERIFY(downMessage.contains(u"the previous one is kept"_s));
        // Back: the same process reads the token stored before the restart, and stores again.
        QCOMPARE(out.value(u"after"_s).toString(), u"ok"_s);
        QVERIFY(out.value(u"sameToken"_s).toBool());
        QCOMPARE(out.value(u"storeAfter"_s).toString(), u"ok"_s);
        QVERIFY(out.value(u"rotatedBack"_s).toBool());
    }
    void lockedKeyring()
    {
        // A keyring of its own: locking the harness's one would disturb the other tests.
        QTemporaryDir scratch;
        QVERIFY(QDir(scratch.path()).mkdir(u"data"_s) && QDir(scratch.path()).mkdir(u"index"_s));
        QVERIFY(QDir().mkdir(scratch.filePath(u"run"_s),
                             QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const QByteArray original = token(300);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(QString::fromLatin1(childModeVariable), u"locked"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, scratch.filePath(u"run"_s));
        env.insert(u"XDG_DATA_HOME"_s, scratch.filePath(u"data"_s));
        env.insert(u"PCAUTH_KEYCHAIN_SERVICE"_s, m_service);
        env.insert(u"PCAUTH_TST_INDEX_DIR"_s, scratch.filePath(u"index"_s));
        env.insert(u"PCAUTH_TST_TOKEN"_s, QString::fromLatin1(original));
        const QString script = uR"(set -e
echo -n pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
PCAUTH_TST_PHASE=store "$1"
gnome-keyring-daemon --replace --components=secrets --daemonize >/dev/null 2>&1
PCAUTH_TST_PHASE=locked "$1"
echo -n pw | gnome-keyring-daemon --replace --unlock --components=secrets --daemonize >/dev/null 2>&1
PCAUTH_TST_PHASE=unlocked "$1")"_s;
        QProcess session;
        session.setProcessEnvironment(env);
        session.start(u"dbus-run-session"_s, {u"--"_s, u"bash"_s, u"-c"_s, script, u"bash"_s,
                                              QCoreApplication::applicationFilePath()});
        QVERIFY2(session.waitForFinished(60000), "the locked-keyring session hung");
        QMap<QString, QJsonObject> phases;
        const QList<QByteArray> lines = session.readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject phase = QJsonDocument::fromJson(line).object();
            if (!phase.isEmpty())
                phases.insert(phase.value(u"phase"_s).toString(), phase);
        }
        QVERIFY2(phases.size() == 3, session.readAllStandardError().constData());

        QCOMPARE(phases[u"store"_s].value(u"store"_s).toString(), u"ok"_s);
        QVERIFY(phases[u"store"_s].value(u"sameToken"_s).toBool());

        const QJsonObject locked = phases[u"locked"_s];
        QCOMPARE(locked.value(u"store"_s).toString(), u"access-denied"_s);
        const QString storeMessage = locked.value(u"storeMessage"_s).toString();
        QVERIFY2(storeMessage.contains(u"the previous one is kept"_s), qPrintable(storeMessage));
        QVERIFY(storeMessage.contains(u"The Secret Service (GNOME Keyring, KWallet) refused "
                                      "access: the keyring is locked"_s));
        // libsecret reads a locked item as missing; the index knows better and says so.
        QCOMPARE(locked.value(u"load"_s).toString(), u"not-found"_s);
        const QString loadMessage = locked.value(u"loadMessage"_s).toString();
        QVERIFY2(loadMessage.contains(u"although one was stored"_s), qPrintable(loadMessage));
        QVERIFY(loadMessage.contains(u"If the keyring is locked, unlock it"_s));

        // Nothing lost: unlocked again, the token stored before is there.
        QCOMPARE(phases[u"unlocked"_s].value(u"load"_s).toString(), u"ok"_s);
        QVERIFY(phases[u"unlocked"_s].value(u"sameToken"_s).toBool());
    }
};

int main(int argc, char **argv)
{
    const QString childMode = qEnvironmentVariable(childModeVariable);
    if (childMode == u"no-backend"_s) {
        QCoreApplication app(argc, argv);
        return runNoBackendChild();
    }
    if (childMode == u"restart"_s) {
        QCoreApplication app(argc, argv);
        return runRestartChild();
    }
    if (childMode == u"locked"_s) {
        QCoreApplication app(argc, argv);
        return runLockedPhaseChild();
    }
    QCoreApplication app(argc, argv);
    tst_KeychainStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainstore.moc"
