// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Runs the real pcauthctl executable, as a script would, and checks what it prints and
// how it exits.
#include "testtokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PCAuth::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run pcauthctl(const QStringList &args, const QByteArray &stdinData = {})
{
    QProcess process;
    process.start(QStringLiteral(PCAUTHCTL_EXE), args);
    if (!process.waitForStarted())
        return {};
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

class tst_PcauthctlInspect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionNamesEveryComponent()
    {
        const Run run = pcauthctl({u"--version"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(u"PCAuth " PCAUTH_VERSION_STRING ""_s), qPrintable(run.out));
        for (const QString &part : {u"\nQt 6."_s, u"\nQtKeychain 0."_s, u"\nOpenSSL 3."_s})
            QVERIFY2(run.out.contains(part), qPrintable(run.out));
    }

    void helpListsInspectAndExitCodes()
    {
        const Run run = pcauthctl({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"inspect"_s));
        QVERIFY(run.out.contains(u"Exit codes"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList{} << u"Usage: pcauthctl"_s;
        QTest::addRow("unknown command")
            << QStringList{u"frobnicate"_s} << u"unknown command frobnicate"_s;
        QTest::addRow("unknown option")
            << QStringList{u"--colour"_s} << u"unknown option --colour"_s;
        QTest::addRow("config dir without value")
            << QStringList{u"--config-dir"_s} << u"--config-dir needs a directory"_s;
        QTest::addRow("two tokens")
            << QStringList{u"inspect"_s, u"a"_s, u"b"_s} << u"give one token"_s;
        QTest::addRow("bad inspect option") << QStringList{u"inspect"_s, u"--nope"_s} << u"nope"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = pcauthctl(args);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    void inspectFromStdinShowsMfaExpiryAndClaims()
    {
        const QString token = makeJwt(partnerCenterClaims(now(), 3600, true));
        const Run run = pcauthctl({u"inspect"_s}, token.toLatin1() + '\n');
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QVERIFY2(run.out.contains(u"MFA:      yes"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Expiry:   valid, expires "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Account:  svc-integration@contosopartner.onmicrosoft.com"_s),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(u"https://api.partnercenter.microsoft.com"_s));
        QVERIFY(run.out.contains(u"Decoded only: the signature was not checked."_s));
        // The table prints decoded values, never the token itself.
        QVERIFY(!run.out.contains(token));
    }

    void inspectArgumentAndExplain()
    {
        const QString token = makeJwt(partnerCenterClaims(now(), 3600, true));
        const Run plain = pcauthctl({u"inspect"_s, token});
        const Run explained = pcauthctl({u"inspect"_s, u"--explain"_s, token});
        QCOMPARE(plain.exitCode, 0);
        QCOMPARE(explained.exitCode, 0);
        QVERIFY(explained.out.size() > plain.out.size());
        QVERIFY(explained.out.contains(u"multi-factor"_s, Qt::CaseInsensitive));
    }

    void expiredTokenWithoutMfaIsReportedButDecodes()
    {
        const QString token = makeJwt(partnerCenterClaims(now().addSecs(-7200), 3600, false));
        const Run run = pcauthctl({u"inspect"_s, u"-"_s}, token.toLatin1());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Expiry:   EXPIRED "_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u" UTC (1 h ago)"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"MFA:      NO:"_s), qPrintable(run.out));
    }

    void hostileClaimsCannotDriveTheTerminal()
    {
        QJsonObject claims = partnerCenterClaims(now(), 3600, false);
        claims.insert(u"upn"_s, u"evil\u001b]0;owned\u0007@contoso.com"_s);
        claims.insert(u"amr"_s, QJsonArray{u"pwd\u001b[2J"_s});
        claims.insert(u"x\u202ename"_s, u"line1\nline2"_s);
        const Run run = pcauthctl({u"inspect"_s, u"--explain"_s}, makeJwt(claims).toLatin1());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!run.out.contains(QChar(0x1b)));
        QVERIFY(!run.out.contains(QChar(0x07)));
        QVERIFY(!run.out.contains(QChar(0x202e)));
        QVERIFY2(run.out.contains(u"Account:  evil\\u001b]0;owned\\u0007@contoso.com"_s),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"line1\\u000aline2"_s), qPrintable(run.out));
    }

    void jsonOutputIsMachineReadable()
    {
        const QString token = makeJwt(partnerCenterClaims(now().addSecs(-7200), 3600, false));
        const Run run = pcauthctl({u"--json"_s, u"inspect"_s}, token.toLatin1());
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(json.value(u"mfa"_s).toObject().value(u"state"_s).toString(), u"absent"_s);
        QCOMPARE(json.value(u"validity"_s).toString(), u"expired"_s);
        QVERIFY(json.value(u"secondsUntilExpiry"_s).toDouble() < -3500);
        QCOMPARE(json.value(u"claims"_s).toObject().value(u"upn"_s).toString(),
                 u"svc-integration@contosopartner.onmicrosoft.com"_s);
        QCOMPARE(json.value(u"header"_s).toObject().value(u"alg"_s).toString(), u"RS256"_s);
        QVERIFY(!json.value(u"explained"_s).toArray().isEmpty());
    }

    void malformedInputExitsTwoWithReason_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("two segments") << QByteArray("eyJhbGciOiJub25lIn0.eyJhIjoxfQ");
        QTest::addRow("bad base64") << QByteArray("e*J.e*J.sig");
        QTest::addRow("not json") << (base64Url("hello") + '.' + base64Url("world") + ".c2ln");
        QTest::addRow("oversized") << QByteArray(70 * 1024, 'A');
    }

    void malformedInputExitsTwoWithReason()
    {
        QFETCH(QByteArray, input);
        const Run run = pcauthctl({u"inspect"_s}, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(u"pcauthctl inspect: not a readable token: "_s),
                 qPrintable(run.err));
        // The reason must say more than the prefix, and must not echo the input back.
        QVERIFY(run.err.trimmed().size() > 45);
        if (input.size() > 8)
            QVERIFY(!run.err.contains(QString::fromLatin1(input)));
    }
};

QTEST_GUILESS_MAIN(tst_PcauthctlInspect)
#include "tst_pcauthctl_inspect.moc"
