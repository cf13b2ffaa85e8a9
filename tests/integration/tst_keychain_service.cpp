// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Proves that the test environment has a real Secret Service that QtKeychain reaches, and
// that what QtKeychain stores is visible to an independent client (secret-tool) under the
// documented schema: every later vault test relies on this.
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

QString service()
{
    const QString fromEnv = qEnvironmentVariable("PCAUTH_KEYCHAIN_SERVICE");
    return fromEnv.isEmpty() ? u"pcauth-test-keychain"_s : fromEnv;
}

template<typename Job>
bool runJob(Job &job)
{
    QSignalSpy finished(&job, &QKeychain::Job::finished);
    job.start();
    return finished.wait(20000);
}

QString secretToolLookup(const QString &user)
{
    QProcess tool;
    tool.start(u"secret-tool"_s, {u"lookup"_s, u"server"_s, service(), u"user"_s, user});
    tool.waitForFinished(20000);
    return QString::fromUtf8(tool.readAllStandardOutput());
}

} // namespace

class tst_KeychainService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QFAIL("No D-Bus session: run the suite with packaging/dev.sh test (it starts a private "
                  "session with an unlocked gnome-keyring).");
        if (QStandardPaths::findExecutable(u"secret-tool"_s).isEmpty())
            QFAIL("secret-tool is missing: install libsecret-tools "
                  "(packaging/debian/install-deps.sh).");
    }

    void writeReadDeleteRoundTrip()
    {
        const QString key = u"selftest/%1/refresh-token"_s.arg(QCoreApplication::applicationPid());
        const QString secret =
            u"canary-"_s + QString::number(QRandomGenerator::system()->generate64());

        QKeychain::WritePasswordJob write(service());
        write.setAutoDelete(false);
        write.setInsecureFallback(false);
        write.setKey(key);
        write.setTextData(secret);
        QVERIFY(runJob(write));
        QVERIFY2(write.error() == QKeychain::NoError, qPrintable(write.errorString()));

        // An independent client sees the item under server=<service>, user=<key>.
        QCOMPARE(secretToolLookup(key), secret);

        QKeychain::ReadPasswordJob read(service());
        read.setAutoDelete(false);
        read.setKey(key);
        QVERIFY(runJob(read));
        QVERIFY2(read.error() == QKeychain::NoError, qPrintable(read.errorString()));
        QCOMPARE(read.textData(), secret);

        QKeychain::DeletePasswordJob remove(service());
        remove.setAutoDelete(false);
        remove.setKey(key);
        QVERIFY(runJob(remove));
        QCOMPARE(remove.error(), QKeychain::NoError);

        QKeychain::ReadPasswordJob gone(service());
        gone.setAutoDelete(false);
        gone.setKey(key);
        QVERIFY(runJob(gone));
        QCOMPARE(gone.error(), QKeychain::EntryNotFound);
        QVERIFY(secretToolLookup(key).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainService)
#include "tst_keychain_service.moc"
