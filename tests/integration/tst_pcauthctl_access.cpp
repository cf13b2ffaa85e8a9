// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// `pcauthctl access`, `access grant-consent` and `health --access`, run as the real executable
// against an in-process sandbox (demo scenario) and the real keychain. The functions run in
// declaration order and share one consented profile; the grant comes after the checks that
// expect Wide World Importers without consent.
#include "ctlsandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace PCAuth::Test;

namespace {

QJsonObject byValue(const QJsonArray &array, const QString &key, const QString &value)
{
    for (const QJsonValue &v : array) {
        if (v.toObject().value(key).toString() == value)
            return v.toObject();
    }
    return {};
}

QStringList checks(const QJsonArray &verdicts)
{
    QStringList ids;
    for (const QJsonValue &v : verdicts)
        ids << v.toObject().value(u"check"_s).toString();
    return ids;
}

} // namespace

class tst_PcauthctlAccess : public QObject
{
    Q_OBJECT

private:
    CtlSandbox m_sb;
    QString m_profileId;
    QString m_wwi; // Wide World Importers: no consent in the demo scenario

    CtlRun ctl(const QStringList &args) { return m_sb.ctl->run(args); }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_sb.start(QStringLiteral(PCAUTHCTL_EXE));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CtlRun added = m_sb.addProfile(u"Sandbox"_s);
        QCOMPARE(added.exitCode, 0);
        m_profileId = jsonOf(added).value(u"id"_s).toString();
        const CtlRun consented = m_sb.consent(u"Sandbox"_s);
        QVERIFY2(consented.exitCode == 0, qPrintable(consented.err));
    }

    void cleanupTestCase()
    {
        if (m_sb.ctl && !m_profileId.isEmpty())
            QCOMPARE(m_sb.ctl->run({u"profile"_s, u"remove"_s, m_profileId}).exitCode, 0);
    }

    void accessJsonStatesTheFacts()
    {
        const CtlRun run = ctl({u"--json"_s, u"access"_s, u"Sandbox"_s, u"--customers"_s});
        const QJsonObject report = jsonOf(run);
        QVERIFY2(!report.isEmpty(), qPrintable(run.both()));
        // Lamna has no relationship and three customers have no consent: problems.
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(report.value(u"exitCode"_s).toInt(), 2);
        QCOMPARE(report.value(u"status"_s).toString(), u"problem"_s);
        QCOMPARE(report.value(u"customersChecked"_s).toBool(), true);
        QCOMPARE(report.value(u"summary"_s).toObject().value(u"customers"_s).toInt(), 25);

        const QJsonArray findings = report.value(u"findings"_s).toArray();
        const QJsonObject mfa = byValue(findings, u"check"_s, u"partner-center-mfa"_s);
        QCOMPARE(mfa.value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(mfa.value(u"evidence"_s).toObject().value(u"isMfaCompliant"_s).toBool(), true);
        const QJsonObject secret = byValue(findings, u"check"_s, u"secret-expiring"_s);
        QCOMPARE(secret.value(u"status"_s).toString(), u"warning"_s);
        QCOMPARE(secret.value(u"evidence"_s).toObject().value(u"daysLeft"_s).toInt(), 10);
        QVERIFY(!secret.value(u"action"_s).toString().isEmpty());

        const QJsonArray customers = report.value(u"customers"_s).toArray();
        const QJsonObject northwind = byValue(customers, u"name"_s, u"Northwind Traders"_s);
        const QJsonObject ending =
            byValue(northwind.value(u"gdap"_s).toArray(), u"check"_s, u"gdap-expiring"_s);
        QCOMPARE(ending.value(u"status"_s).toString(), u"warning"_s);
        QCOMPARE(ending.value(u"evidence"_s).toObject().value(u"daysLeft"_s).toInt(), 5);
        QVERIFY(ending.value(u"evidence"_s).toObject().contains(u"endDateTime"_s));
        QCOMPARE(northwind.value(u"consent"_s).toObject().value(u"state"_s).toString(),
                 u"consented"_s);
        const QJsonObject lamna = byValue(customers, u"name"_s, u"Lamna Healthcare"_s);
        QCOMPARE(checks(lamna.value(u"gdap"_s).toArray()), QStringList{u"gdap-none"_s});
        const QJsonObject wwi = byValue(customers, u"name"_s, u"Wide World Importers"_s);
        QCOMPARE(wwi.value(u"consent"_s).toObject().value(u"state"_s).toString(), u"no-grant"_s);
        m_wwi = wwi.value(u"tenantId"_s).toString();
        QVERIFY(!m_wwi.isEmpty());
    }

    void warningDaysMoveTheWindow()
    {
        const QJsonObject report =
            jsonOf(ctl({u"--json"_s, u"access"_s, u"Sandbox"_s, u"--warning-days"_s, u"3"_s}));
        QCOMPARE(report.value(u"warningDays"_s).toInt(), 3);
        QCOMPARE(report.value(u"customersChecked"_s).toBool(), false);
        QVERIFY(!checks(report.value(u"findings"_s).toArray()).contains(u"secret-expiring"_s));
        const QJsonObject northwind =
            byValue(report.value(u"customers"_s).toArray(), u"name"_s, u"Northwind Traders"_s);
        QCOMPARE(checks(northwind.value(u"gdap"_s).toArray()).contains(u"gdap-expiring"_s), false);
        QVERIFY(!northwind.contains(u"consent"_s));
    }

    void usageErrors()
    {
        QCOMPARE(ctl({u"access"_s}).exitCode, 64);
        QCOMPARE(ctl({u"access"_s, u"Sandbox"_s, u"--warning-days"_s, u"soon"_s}).exitCode, 64);
        QCOMPARE(ctl({u"access"_s, u"grant-consent"_s, u"Sandbox"_s}).exitCode, 64);
        const CtlRun unknown = ctl({u"access"_s, u"Nobody"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(u"pcauthctl access"_s));
    }

    void humanOutputNamesWhatToDo()
    {
        const CtlRun run = ctl({u"access"_s, u"Sandbox"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.startsWith(u"Sandbox: Problem"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Northwind Traders"_s));
        QVERIFY(run.out.contains(u"What to do: "_s));
        QVERIFY(!run.out.contains(u"Fabrikam ("_s)); // fine customers are not listed
    }

    void gdapCsvToAFileAndToStandardOutput()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gdap.csv"_s);
        const CtlRun toFile = ctl({u"access"_s, u"Sandbox"_s, u"--gdap-csv"_s, path});
        QCOMPARE(toFile.exitCode, 2); // the report's exit code, as without the option
        QVERIFY2(toFile.out.startsWith(u"Sandbox: Problem"_s), qPrintable(toFile.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY2(csv.startsWith(u"customer,customer_tenant_id,relationship,"_s), qPrintable(csv));
        QVERIFY2(csv.contains(u"\r\nNorthwind Traders,"_s), qPrintable(csv));
        QVERIFY(csv.contains(u",Northwind Traders support,"_s));
        const qsizetype northwind = csv.indexOf(u"Northwind Traders support"_s);
        QVERIFY(csv.mid(northwind).section(u"\r\n"_s, 0, 0).contains(u",5,no,"_s));
        QVERIFY(csv.contains(u"\r\nLamna Healthcare,"_s)); // no relationship: a row of its own

        const CtlRun toStdout = ctl({u"access"_s, u"Sandbox"_s, u"--gdap-csv"_s, u"-"_s});
        QCOMPARE(toStdout.exitCode, 2);
        QCOMPARE(toStdout.out, csv); // only the CSV, the same

        const CtlRun unwritable =
            ctl({u"access"_s, u"Sandbox"_s, u"--gdap-csv"_s, dir.filePath(u"no/such/dir.csv"_s)});
        QCOMPARE(unwritable.exitCode, 2);
        QVERIFY(unwritable.err.contains(u"dir.csv"_s));
    }

    void grantConsentDryRunSendsNothing()
    {
        const qint64 before =
            m_sb.server->context().state.counters.value(u"pc.applicationConsents"_s);
        const CtlRun run = ctl({u"--json"_s, u"access"_s, u"grant-consent"_s, u"Sandbox"_s,
                                u"--customer"_s, m_wwi, u"--dry-run"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray requests = jsonOf(run).value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 1);
        const QJsonObject post = requests.at(0).toObject();
        QCOMPARE(post.value(u"method"_s).toString(), u"POST"_s);
        QCOMPARE(post.value(u"path"_s).toString(),
                 u"/v1/customers/%1/applicationconsents"_s.arg(m_wwi));
        const QJsonObject grant = post.value(u"body"_s)
                                      .toObject()
                                      .value(u"applicationGrants"_s)
                                      .toArray()
                                      .at(0)
                                      .toObject();
        QCOMPARE(grant.value(u"scope"_s).toString(), u"Directory.Read.All"_s);
        QCOMPARE(m_sb.server->context().state.counters.value(u"pc.applicationConsents"_s), before);
    }

    void grantConsentThenTheCheckIsGreen()
    {
        const CtlRun run = ctl(
            {u"--json"_s, u"access"_s, u"grant-consent"_s, u"Sandbox"_s, u"--customer"_s, m_wwi});
        QVERIFY2(run.exitCode == 0, qPrintable(run.both()));
        const QJsonObject result = jsonOf(run).value(u"results"_s).toArray().at(0).toObject();
        QCOMPARE(result.value(u"outcome"_s).toString(), u"granted"_s);
        QCOMPARE(result.value(u"after"_s).toObject().value(u"state"_s).toString(), u"consented"_s);
        QCOMPARE(result.value(u"requestIds"_s).toArray().size(), 1);

        const QJsonObject report =
            jsonOf(ctl({u"--json"_s, u"access"_s, u"Sandbox"_s, u"--customers"_s}));
        const QJsonObject wwi =
            byValue(report.value(u"customers"_s).toArray(), u"tenantId"_s, m_wwi);
        QCOMPARE(wwi.value(u"consent"_s).toObject().value(u"state"_s).toString(), u"consented"_s);
    }

    void healthIncludesAccessOnlyWhenAsked()
    {
        const QJsonObject plain =
            jsonOf(ctl({u"--json"_s, u"health"_s, u"--profile"_s, u"Sandbox"_s}));
        const QJsonObject profile = plain.value(u"profiles"_s).toArray().at(0).toObject();
        QVERIFY(!profile.isEmpty());
        QVERIFY(!profile.contains(u"access"_s));

        const CtlRun run =
            ctl({u"--json"_s, u"health"_s, u"--profile"_s, u"Sandbox"_s, u"--access"_s});
        const QJsonObject withAccess = jsonOf(run)
                                           .value(u"profiles"_s)
                                           .toArray()
                                           .at(0)
                                           .toObject()
                                           .value(u"access"_s)
                                           .toObject();
        QCOMPARE(withAccess.value(u"status"_s).toString(), u"problem"_s); // Lamna: no GDAP
        QVERIFY(checks(withAccess.value(u"findings"_s).toArray()).contains(u"secret-expiring"_s));
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_PcauthctlAccess)
#include "tst_pcauthctl_access.moc"
