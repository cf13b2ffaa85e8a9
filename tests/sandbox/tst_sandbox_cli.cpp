// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The real pcauth-sandbox executable: ready line, loopback-only, --describe, --customers,
// --latency-ms, --scenario, clean exit on SIGTERM/SIGINT.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

using namespace Qt::StringLiterals;

class TestSandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readyLineAndCleanExit_data();
    void readyLineAndCleanExit();
    void refusesNonLoopback_data();
    void refusesNonLoopback();
    void badArguments_data();
    void badArguments();
    void describe();
    void generatedCustomersAreDeterministic();
    void customScenario();
    void latencyOption();

private:
    // Starts the sandbox and returns its URL from the ready line (empty on failure).
    QString startSandbox(QProcess &p, const QStringList &args);
    static int getStatus(const QString &url, qint64 *elapsedMs = nullptr);
    static QJsonObject describe(const QStringList &args);
};

QString TestSandboxCli::startSandbox(QProcess &p, const QStringList &args)
{
    p.start(QStringLiteral(SANDBOX_EXE), args);
    if (!p.waitForStarted(5000))
        return {};
    QElapsedTimer t;
    t.start();
    while (!p.canReadLine() && t.elapsed() < 10000)
        p.waitForReadyRead(200);
    const QByteArray line = p.readLine();
    const QRegularExpression ready(
        u"^\\{\"ready\":true,\"url\":\"(http://127\\.0\\.0\\.1:\\d+)\"\\}\\n$"_s);
    const auto m = ready.match(QString::fromUtf8(line));
    if (!m.hasMatch())
        qWarning("unexpected ready line: %s", line.constData());
    return m.captured(1);
}

int TestSandboxCli::getStatus(const QString &url, qint64 *elapsedMs)
{
    QNetworkAccessManager nam;
    QElapsedTimer t;
    t.start();
    QNetworkReply *r = nam.get(QNetworkRequest(QUrl(url)));
    QEventLoop loop;
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (elapsedMs)
        *elapsedMs = t.elapsed();
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete r;
    return status;
}

QJsonObject TestSandboxCli::describe(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SANDBOX_EXE), QStringList{u"--describe"_s} + args);
    p.waitForFinished(20000);
    if (p.exitCode() != 0)
        qWarning("--describe failed: %s", p.readAllStandardError().constData());
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

void TestSandboxCli::readyLineAndCleanExit_data()
{
    QTest::addColumn<QString>("how");
    QTest::addRow("SIGTERM") << u"term"_s;
#ifdef Q_OS_UNIX
    QTest::addRow("SIGINT") << u"int"_s;
#endif
}

void TestSandboxCli::readyLineAndCleanExit()
{
    QFETCH(QString, how);
    QProcess p;
    const QString url = startSandbox(p, {u"--port"_s, u"0"_s});
    QVERIFY(!url.isEmpty());
    QCOMPARE(getStatus(url + u"/_sandbox/cloud.json"_s), 200);
    QCOMPARE(getStatus(url + u"/organizations/v2.0/.well-known/openid-configuration"_s), 200);
    QVERIFY(!p.canReadLine()); // exactly one line on stdout
#ifdef Q_OS_UNIX
    if (how == "int"_L1)
        ::kill(pid_t(p.processId()), SIGINT);
    else
#endif
        p.terminate();
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    QCOMPARE(p.readAllStandardOutput(), QByteArray());
}

void TestSandboxCli::refusesNonLoopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addRow("all interfaces") << u"0.0.0.0"_s;
    QTest::addRow("LAN address") << u"192.168.1.10"_s;
    QTest::addRow("IPv6 any") << u"::"_s;
    QTest::addRow("a host name") << u"example.com"_s;
}

void TestSandboxCli::refusesNonLoopback()
{
    QFETCH(QString, host);
    QProcess p;
    p.start(QStringLiteral(SANDBOX_EXE), {u"--host"_s, host});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    QCOMPARE(p.readAllStandardOutput(), QByteArray());
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QVERIFY2(err.contains(
                 u"refusing --host %1: the sandbox listens on loopback addresses only"_s.arg(host)),
             qPrintable(err));
}

void TestSandboxCli::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("port not a number") << QStringList{u"--port"_s, u"abc"_s} << 2
                                       << u"--port must be a whole number from 0 to 65535"_s;
    QTest::addRow("negative customers")
        << QStringList{u"--customers"_s, u"-1"_s} << 2 << u"--customers must be a whole number"_s;
    QTest::addRow("missing scenario") << QStringList{u"--scenario"_s, u"/nonexistent/s.json"_s} << 1
                                      << u"cannot read scenario /nonexistent/s.json"_s;
}

void TestSandboxCli::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcess p;
    p.start(QStringLiteral(SANDBOX_EXE), args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), exitCode);
    const QString err = QString::fromLocal8Bit(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

void TestSandboxCli::describe()
{
    const QJsonObject d = describe({});
    QCOMPARE(d.value("partner"_L1).toObject().value("domain"_L1).toString(),
             u"contosopartner.onmicrosoft.com"_s);
    QCOMPARE(d.value("customers"_L1).toArray().size(), 25);
    const QJsonArray users = d.value("users"_L1).toArray();
    QCOMPARE(users.size(), 4);
    const QJsonObject svc = users.at(0).toObject();
    QCOMPARE(svc.value("upn"_L1).toString(), u"svc-pcauth@contosopartner.onmicrosoft.com"_s);
    QCOMPARE(svc.value("mfaCode"_L1).toString(), u"246810"_s);
    QVERIFY(!svc.value("password"_L1).toString().isEmpty());
    const QJsonArray apps = d.value("apps"_L1).toArray();
    QCOMPARE(apps.size(), 2);
    QCOMPARE(apps.at(0).toObject().value("type"_L1).toString(), u"confidential"_s);
    QVERIFY(!apps.at(0).toObject().value("secrets"_L1).toArray().isEmpty());
    QVERIFY(!apps.at(0).toObject().value("certificates"_L1).toArray().isEmpty());
    QCOMPARE(apps.at(1).toObject().value("type"_L1).toString(), u"public"_s);
    QVERIFY(
        apps.at(1).toObject().value("redirectUris"_L1).toArray().contains(u"http://localhost"_s));
}

// The customers without the dates of their GDAP relationships, which count from the start of
// each run.
static QJsonArray withoutDates(const QJsonArray &customers)
{
    QJsonArray out;
    for (const auto &c : customers) {
        QJsonObject o = c.toObject();
        QJsonArray relationships;
        for (const auto &r : o.value("gdapRelationships"_L1).toArray()) {
            QJsonObject ro = r.toObject();
            for (const char *key : {"createdDateTime", "activatedDateTime", "endDateTime"})
                ro.remove(QLatin1String(key));
            relationships.append(ro);
        }
        o.insert("gdapRelationships"_L1, relationships);
        out.append(o);
    }
    return out;
}

void TestSandboxCli::generatedCustomersAreDeterministic()
{
    const QJsonArray five =
        withoutDates(describe({u"--customers"_s, u"5"_s}).value("customers"_L1).toArray());
    const QJsonArray again =
        withoutDates(describe({u"--customers"_s, u"5"_s}).value("customers"_L1).toArray());
    const QJsonArray seven =
        withoutDates(describe({u"--customers"_s, u"7"_s}).value("customers"_L1).toArray());
    QCOMPARE(five.size(), 30);
    QCOMPARE(seven.size(), 32);
    QCOMPARE(five, again);
    QSet<QString> ids;
    for (qsizetype i = 0; i < five.size(); ++i) {
        ids.insert(five.at(i).toObject().value("tenantId"_L1).toString());
        QCOMPARE(seven.at(i), five.at(i)); // more customers extend the list, never reshuffle it
    }
    QCOMPARE(ids.size(), 30);
    QVERIFY(five.at(25).toObject().value("name"_L1).toString().endsWith(" 0001"_L1));
}

void TestSandboxCli::customScenario()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"s.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"name":"tiny","seed":7,
        "partner":{"tenantId":"11111111-1111-4111-8111-111111111111","name":"Tiny Partner","domain":"tiny.onmicrosoft.com"},
        "users":[{"oid":"22222222-2222-4222-8222-222222222222","upn":"a@tiny.onmicrosoft.com","password":"p","mfaRegistered":false}],
        "apps":[{"appId":"33333333-3333-4333-8333-333333333333","name":"Tiny","type":"public","redirectUris":["http://localhost"]}]})");
    f.close();
    const QJsonObject d = describe({u"--scenario"_s, path});
    QCOMPARE(d.value("partner"_L1).toObject().value("name"_L1).toString(), u"Tiny Partner"_s);
    QCOMPARE(d.value("customers"_L1).toArray().size(), 0);

    QFile bad(dir.filePath(u"bad.json"_s));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"partner":{"tenantId":"not-a-guid","name":"x","domain":"y"}})");
    bad.close();
    QProcess p;
    p.start(QStringLiteral(SANDBOX_EXE), {u"--scenario"_s, bad.fileName()});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromLocal8Bit(p.readAllStandardError())
                .contains("partner.tenantId must be a GUID"_L1));
}

void TestSandboxCli::latencyOption()
{
    QProcess p;
    const QString url = startSandbox(p, {u"--latency-ms"_s, u"400"_s});
    QVERIFY(!url.isEmpty());
    qint64 elapsed = 0;
    QCOMPARE(getStatus(url + u"/common/v2.0/.well-known/openid-configuration"_s, &elapsed), 200);
    QVERIFY2(elapsed >= 390, qPrintable(QString::number(elapsed)));
    p.terminate();
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandbox_cli.moc"
