// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// pcauthctl profile and schedule, run as the real executable against the real keychain (the
// harness provides an unlocked gnome-keyring) with a config folder and keychain service of
// the test's own. Neither needs the sandbox; its demo certificate is used as a credential.
#include "pcauthctlrunner.h"
#include "sandboxserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>

using namespace Qt::StringLiterals;
using namespace PCAuth::Test;

namespace {

const QString ClientId = u"29f0cfea-cee2-512b-9f76-ab897fdcf52f"_s;

QStringList addArgs(const QString &name, const QStringList &extra = {})
{
    return QStringList{
               u"profile"_s,     u"add"_s,    u"--name"_s,   name,
               u"--cloud"_s,     u"global"_s, u"--tenant"_s, u"contosopartner.onmicrosoft.com"_s,
               u"--client-id"_s, ClientId}
           + extra;
}

QJsonObject jsonOf(const CtlRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_PcauthctlProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addListShowRemoveWithJson()
    {
        PcauthctlRunner ctl(QStringLiteral(PCAUTHCTL_EXE));
        const CtlRun added =
            ctl.run(QStringList{u"--json"_s} + addArgs(u"Contoso"_s, {u"--secret-stdin"_s}),
                    "a-client-secret-value\n");
        QCOMPARE(added.exitCode, 0);
        const QJsonObject profile = jsonOf(added);
        QCOMPARE(profile.value(u"name"_s).toString(), u"Contoso"_s);
        QCOMPARE(profile.value(u"cloud"_s).toString(), u"global"_s);
        QCOMPARE(profile.value(u"partnerTenant"_s).toString(), u"contosopartner.onmicrosoft.com"_s);
        QCOMPARE(profile.value(u"credential"_s).toString(), u"secret"_s);
        QCOMPARE(profile.value(u"protocol"_s).toString(), u"v2"_s);
        const QString id = profile.value(u"id"_s).toString();
        QCOMPARE(id.size(), 36);
        QVERIFY(profile.value(u"vault"_s)
                    .toObject()
                    .value(u"client-secret"_s)
                    .toObject()
                    .value(u"stored"_s)
                    .toBool());

        const CtlRun listed = ctl.run({u"--json"_s, u"profile"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray profiles = jsonOf(listed).value(u"profiles"_s).toArray();
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(profiles.at(0).toObject().value(u"id"_s).toString(), id);

        const CtlRun human = ctl.run({u"profile"_s, u"show"_s, u"contoso"_s});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains(u"Partner tenant: contosopartner.onmicrosoft.com"_s),
                 qPrintable(human.out));
        QVERIFY2(human.out.contains(u"Consent:        none recorded"_s), qPrintable(human.out));

        const CtlRun removed = ctl.run({u"profile"_s, u"remove"_s, u"Contoso"_s});
        QCOMPARE(removed.exitCode, 0);
        QVERIFY(removed.out.contains(u"Removed profile Contoso"_s));
        QCOMPARE(jsonOf(ctl.run({u"--json"_s, u"profile"_s, u"list"_s}))
                     .value(u"profiles"_s)
                     .toArray()
                     .size(),
                 0);
        QVERIFY(ctl.keychainItem(id + u"/client-secret"_s).isEmpty());

        const CtlRun again = ctl.run({u"profile"_s, u"show"_s, u"Contoso"_s});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.startsWith(u"pcauthctl profile: "_s), qPrintable(again.err));
    }

    void invalidValuesNameTheField_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("field");
        QTest::addRow("cloud") << QStringList{u"profile"_s,  u"add"_s,         u"--name"_s,
                                              u"X"_s,        u"--cloud"_s,     u"mars"_s,
                                              u"--tenant"_s, u"contoso.com"_s, u"--client-id"_s,
                                              ClientId}
                               << QByteArray() << u"Cloud"_s;
        QTest::addRow("tenant keyword")
            << QStringList{u"profile"_s, u"add"_s,      u"--name"_s, u"X"_s,           u"--cloud"_s,
                           u"global"_s,  u"--tenant"_s, u"common"_s, u"--client-id"_s, ClientId}
            << QByteArray() << u"Partner tenant"_s;
        QTest::addRow("client id")
            << QStringList{u"profile"_s,     u"add"_s,       u"--name"_s,   u"X"_s,
                           u"--cloud"_s,     u"global"_s,    u"--tenant"_s, u"contoso.com"_s,
                           u"--client-id"_s, u"not-a-guid"_s}
            << QByteArray() << u"Client ID"_s;
        QTest::addRow("redirect uri")
            << addArgs(u"X"_s, {u"--redirect-uri"_s, u"http://example.com/cb"_s}) << QByteArray()
            << u"Redirect URI"_s;
        QTest::addRow("protocol") << addArgs(u"X"_s, {u"--protocol"_s, u"v3"_s}) << QByteArray()
                                  << u"Protocol"_s;
        QTest::addRow("secret and certificate")
            << addArgs(u"X"_s, {u"--secret-stdin"_s, u"--certificate"_s, u"/nonexistent.pem"_s})
            << QByteArray("s") << u"Credential"_s;
        QTest::addRow("empty secret")
            << addArgs(u"X"_s, {u"--secret-stdin"_s}) << QByteArray("\n") << u"Client secret"_s;
        QTest::addRow("certificate file")
            << addArgs(u"X"_s, {u"--certificate"_s, u"/nonexistent/cert.pfx"_s}) << QByteArray()
            << u"Certificate: cannot read /nonexistent/cert.pfx"_s;
        QTest::addRow("not a certificate")
            << addArgs(u"X"_s, {u"--certificate"_s, QStringLiteral(PCAUTHCTL_EXE)}) << QByteArray()
            << u"Certificate: "_s;
        QTest::addRow("name") << addArgs(u" padded "_s) << QByteArray() << u"Name"_s;
    }

    void invalidValuesNameTheField()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, input);
        QFETCH(QString, field);
        PcauthctlRunner ctl(QStringLiteral(PCAUTHCTL_EXE));
        const CtlRun run = ctl.run(args, input);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.startsWith(u"pcauthctl profile: "_s + field), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(ctl.configDir() + u"/profiles.json"_s));
    }

    // PCAUTH_EXTRA_CA_CERTS only adds trust anchors (bench_msal_smoke runs pcauthctl over TLS
    // with one); a file that holds none stops pcauthctl before it does anything.
    void extraCertificateAuthoritiesMustBeReadable()
    {
        QTemporaryDir dir;
        const QString notPem = dir.filePath(u"not-a-certificate.pem"_s);
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("not a certificate\n") > 0);
        file.close();
        PcauthctlRunner ctl(QStringLiteral(PCAUTHCTL_EXE));
        for (const QString &path : {notPem, dir.filePath(u"missing.pem"_s)}) {
            ctl.environment().insert(u"PCAUTH_EXTRA_CA_CERTS"_s, path);
            const CtlRun refused = ctl.run(addArgs(u"Contoso"_s));
            QCOMPARE(refused.exitCode, 64);
            QVERIFY2(refused.err.contains(u"PCAUTH_EXTRA_CA_CERTS: "_s + path
                                          + u" holds no PEM certificate."_s),
                     qPrintable(refused.err));
            QVERIFY(!QFile::exists(ctl.configDir() + u"/profiles.json"_s));
        }
        // The sandbox's demo certificate (PEM) is one.
        const QString pem = dir.filePath(u"ca.pem"_s);
        QFile ca(pem);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        const PCAuth::Sandbox::Scenario scenario = PCAuth::Sandbox::Scenario::demo();
        ca.write(scenario.findApp(ClientId)->certificates.constFirst().certificatePem);
        ca.close();
        ctl.environment().insert(u"PCAUTH_EXTRA_CA_CERTS"_s, pem);
        const CtlRun added = ctl.run(addArgs(u"Contoso"_s));
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }

    void duplicateNameIsRefused()
    {
        PcauthctlRunner ctl(QStringLiteral(PCAUTHCTL_EXE));
        QCOMPARE(ctl.run(addArgs(u"Dup"_s)).exitCode, 0);
        const CtlRun again = ctl.run(addArgs(u"dup"_s));
        QCOMPARE(again.exitCode, 64);
        QVERIFY2(again.err.contains(u"Name: a profile named \"dup\" already exists"_s),
                 qPrintable(again.err));
    }

    void secretFromStdinLandsInTheKeychainOnly()
    {
        PcauthctlRunner ctl(QStringLiteral(PCAUTHCTL_EXE));
        const QByteArray secret =
            "canary-secret-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        const CtlRun added = ctl.run(
            QStringList{u"--json"_s} + addArgs(u"Canary"_s, {u"--secret-stdin"_s}), secret + '\n');
        QCOMPARE(added.exitCode, 0);
        const QString id = jsonOf(added).value(u"id"_s).toString();
        const QByteArray item = ctl.keychainItem(id + u"/client-secret"_s);
        QVERIFY2(!item.isEmpty(), "secret-tool finds no client-secret item");
        QCOMPARE(QByteArray::fromBase64(item.trimmed()), secret);
        QVERIFY(!added.both().contains(QString::fromLatin1(secret)));
        const auto files = ctl.configFiles();
        QVERIFY(!files.isEmpty());
        for (const auto &[path, content] : files)
            QVERIFY2(!content.contains(secret), qPrintable(path));
        QCOMPARE(ctl.run({u"profile"_s, u"remove"_s, u"Canary"_s}).exitCode, 0);
        QVERIFY(ctl.keychainItem(id + u"/client-secret"_s).isEmpty());
    }

    void certificateStoresKeyInKeychainAndThumbprintInProfile_data()
    {
        QTest::addColumn<bool>("pfx");
        QTest::addColumn<QByteArray>("password"); // what the user types on stdin
        QTest::addColumn<int>("exitCode");
        QTest::addRow("pem") << false << QByteArray() << 0;
        QTest::addRow("pfx") << true << QByteArray("pfx-Passw0rd-7") << 0;
        QTest::addRow("pfx, wrong password") << true << QByteArray("not-the-Passw0rd") << 64;
    }

    void certificateStoresKeyInKeychainAndThumbprintInProfile()
    {
        QFETCH(bool, pfx);
        QFETCH(QByteArray, password);
        QFETCH(int, exitCode);
        const PCAuth::Sandbox::Scenario scenario = PCAuth::Sandbox::Scenario::demo();
        const auto cert = scenario.findApp(ClientId)->certificates.constFirst();
        QTemporaryDir dir;
        QString path = dir.filePath(u"app.pem"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cert.certificatePem + '\n' + cert.privateKeyPem);
        file.close();
        if (pfx) {
            // As Windows or Key Vault would export it; made with the openssl tool, not our code.
            QProcess openssl;
            openssl.start(u"openssl"_s,
                          {u"pkcs12"_s, u"-export"_s, u"-in"_s, path, u"-out"_s,
                           dir.filePath(u"app.pfx"_s), u"-passout"_s, u"pass:pfx-Passw0rd-7"_s});
            QVERIFY(openssl.waitForFinished(20000) && openssl.exitCode() == 0);
            path = dir.filePath(u"app.pfx"_s);
        }
        const QByteArray der = QSslCertificate(cert.certificatePem).toDer();
        const QString x5t = QString::fromLatin1(
            QCryptographicHash::hash(der, QCryptographicHash::Sha1)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));

        PcauthctlRunner ctl(QStringLiteral(PCAUTHCTL_EXE));
        QStringList options{u"--certificate"_s, path};
        if (!password.isEmpty())
            options << u"--certificate-password-stdin"_s;
        const CtlRun added =
            ctl.run(QStringList{u"--json"_s} + addArgs(u"Cert"_s, options), password + '\n');
        QCOMPARE(added.exitCode, exitCode);
        if (exitCode != 0) {
            QVERIFY2(added.err.startsWith(u"pcauthctl profile: Certificate: "_s),
                     qPrintable(added.err));
            QVERIFY(!added.err.contains(QString::fromLatin1(password)));
            QVERIFY(!QFile::exists(ctl.configDir() + u"/profiles.json"_s));
            return;
        }
        const QJsonObject profile = jsonOf(added);
        QCOMPARE(profile.value(u"credential"_s).toString(), u"certificate"_s);
        QCOMPARE(profile.value(u"certificateThumbprint"_s).toString(), x5t);
        const QByteArray stored = QByteArray::fromBase64(
            ctl.keychainItem(profile.value(u"id"_s).toString() + u"/certificate-key"_s).trimmed());
        QVERIFY2(stored.contains("PRIVATE KEY"), "no key in the keychain");
        const QByteArray keyBody = cert.privateKeyPem.split('\n').value(1);
        for (const auto &[p, content] : ctl.configFiles())
            QVERIFY2(!content.contains("PRIVATE KEY") && !content.contains(keyBody), qPrintable(p));
        QCOMPARE(ctl.run({u"profile"_s, u"remove"_s, u"Cert"_s}).exitCode, 0);
    }

    void profileWithoutConsentIsSkippedByKeepaliveAndFailsHealth()
    {
        PcauthctlRunner ctl(QStringLiteral(PCAUTHCTL_EXE));
        QCOMPARE(ctl.run(addArgs(u"Fresh"_s)).exitCode, 0);
        const CtlRun keepalive = ctl.run({u"keepalive"_s, u"--all"_s});
        QCOMPARE(keepalive.exitCode, 0);
        QCOMPARE(keepalive.out, u"Fresh: skipped (no consent recorded)\n"_s);
        const CtlRun named = ctl.run({u"keepalive"_s, u"--profile"_s, u"Fresh"_s});
        QCOMPARE(named.exitCode, 2);
        QVERIFY2(named.err.startsWith(u"pcauthctl keepalive: Fresh: "_s), qPrintable(named.err));
        const CtlRun health = ctl.run({u"--json"_s, u"health"_s});
        QCOMPARE(health.exitCode, 2);
        const QJsonObject profile = jsonOf(health).value(u"profiles"_s).toArray().at(0).toObject();
        QCOMPARE(profile.value(u"status"_s).toString(), u"consent-missing"_s);
        QCOMPARE(jsonOf(health).value(u"exitCode"_s).toInt(), 2);
        const CtlRun usage = ctl.run({u"keepalive"_s});
        QCOMPARE(usage.exitCode, 64);
        QVERIFY(usage.err.contains(u"give either --profile P or --all"_s));
    }

    void scheduleWritesReadsAndRemovesTheSystemdUnits()
    {
        PcauthctlRunner ctl(QStringLiteral(PCAUTHCTL_EXE));
        QTemporaryDir xdg;
        QTemporaryDir emptyPath; // no systemctl: the command must say what to run
        ctl.environment().insert(u"XDG_CONFIG_HOME"_s, xdg.path());
        ctl.environment().insert(u"PATH"_s, emptyPath.path());
        const QString unitDir = xdg.path() + u"/systemd/user/"_s;

        const CtlRun installed = ctl.run({u"schedule"_s, u"install"_s, u"--every"_s, u"7d"_s});
        QCOMPARE(installed.exitCode, 1);
        QVERIFY2(installed.err.contains(u"systemctl --user enable --now pcauth-keepalive.timer"_s),
                 qPrintable(installed.err));
        const QString timer = QString::fromUtf8(readFile(unitDir + u"pcauth-keepalive.timer"_s));
        const QString service =
            QString::fromUtf8(readFile(unitDir + u"pcauth-keepalive.service"_s));
        QVERIFY2(timer.contains(u"\nOnCalendar=weekly\n"_s), qPrintable(timer));
        QVERIFY(timer.contains(u"\nPersistent=true\n"_s));
        QVERIFY(timer.contains(u"WantedBy=timers.target"_s));
        const QString exec =
            u"ExecStart=\"%1\" \"--config-dir\" \"%2\" \"keepalive\" \"--all\"\n"_s.arg(
                QFileInfo(QStringLiteral(PCAUTHCTL_EXE)).absoluteFilePath(), ctl.configDir());
        QVERIFY2(service.contains(exec), qPrintable(service));
        QVERIFY(
            service.contains(u"Environment=PCAUTH_KEYCHAIN_SERVICE="_s + ctl.keychainService()));

        const CtlRun status = ctl.run({u"--json"_s, u"schedule"_s, u"status"_s});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject json = jsonOf(status);
        QCOMPARE(json.value(u"installed"_s).toBool(), true);
        QCOMPARE(json.value(u"files"_s).toArray().size(), 2);
        const CtlRun human = ctl.run({u"schedule"_s, u"status"_s});
        QVERIFY2(human.out.contains(u"  OnCalendar=weekly"_s), qPrintable(human.out));

        const CtlRun daily = ctl.run({u"schedule"_s, u"install"_s, u"--every"_s, u"10d"_s});
        QCOMPARE(daily.exitCode, 1);
        QVERIFY(readFile(unitDir + u"pcauth-keepalive.timer"_s)
                    .contains("\nOnCalendar=*-*-01/10 03:00:00\n"));

        const CtlRun removed = ctl.run({u"schedule"_s, u"remove"_s});
        QCOMPARE(removed.exitCode, 1); // the files are gone; systemctl must still be told
        QVERIFY(!QFile::exists(unitDir + u"pcauth-keepalive.timer"_s));
        QVERIFY(!QFile::exists(unitDir + u"pcauth-keepalive.service"_s));
        QCOMPARE(jsonOf(ctl.run({u"--json"_s, u"schedule"_s, u"status"_s}))
                     .value(u"installed"_s)
                     .toBool(),
                 false);
    }

    void scheduleRefusesIntervalsBeyondTheTokenLifetime_data()
    {
        QTest::addColumn<QString>("every");
        QTest::addRow("90 days") << u"90d"_s;
        QTest::addRow("7 hours") << u"7h"_s;
        QTest::addRow("words") << u"fortnightly"_s;
        QTest::addRow("zero") << u"0d"_s;
    }

    void scheduleRefusesIntervalsBeyondTheTokenLifetime()
    {
        QFETCH(QString, every);
        PcauthctlRunner ctl(QStringLiteral(PCAUTHCTL_EXE));
        QTemporaryDir xdg;
        ctl.environment().insert(u"XDG_CONFIG_HOME"_s, xdg.path());
        const CtlRun run = ctl.run({u"schedule"_s, u"install"_s, u"--every"_s, every});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(u"Every: give Nh"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(xdg.path() + u"/systemd/user/pcauth-keepalive.timer"_s));
    }
};

QTEST_GUILESS_MAIN(tst_PcauthctlProfile)
#include "tst_pcauthctl_profile.moc"
