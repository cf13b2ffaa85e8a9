// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// pcauthctl's network commands, run as the real executable against an in-process sandbox and
// the real keychain: consent (the test is the browser), token, call, customers, health,
// keyvault export and keepalive, then a leak check over everything they printed and wrote.
// The functions run in declaration order and share one consented profile; the revocation
// test comes last because it ends that profile's refresh token.
#include "ctlsandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace PCAuth::Test;
namespace SandboxTest = PCAuth::SandboxTest;

class tst_PcauthctlSession : public QObject
{
    Q_OBJECT

private:
    CtlSandbox m_sb;
    QString m_profileId;
    CtlRun m_consent;
    QList<CtlRun> m_outputs; // everything printed, for the leak test
    QSet<QString> m_refreshTokens; // every refresh token seen in the keychain
    QStringList m_accessTokens; // printed with --show-token: memory only, never on disk

    CtlRun ctl(const QStringList &args, const QByteArray &input = {})
    {
        CtlRun run = m_sb.ctl->run(args, input);
        m_outputs.append(run);
        noteRefreshToken();
        return run;
    }

    /// The refresh token the keychain holds now (the record is JSON, base64 in libsecret).
    QString noteRefreshToken()
    {
        const QString token = m_sb.storedRefreshToken(m_profileId);
        if (!token.isEmpty())
            m_refreshTokens.insert(token);
        return token;
    }

    /// `consent --browser print`, with this test as the browser.
    CtlRun consent(const QString &profile, const QStringList &extra = {},
                   const QString &login = ServiceUser, const QString &password = ServicePassword)
    {
        return m_sb.consent(profile, extra, login, password);
    }

    QString customerTenant(const QString &companyName)
    {
        const QJsonArray customers =
            jsonOf(ctl({u"--json"_s, u"customers"_s, u"--profile"_s, u"Sandbox"_s}))
                .value(u"customers"_s)
                .toArray();
        for (const QJsonValue &c : customers) {
            if (c.toObject().value(u"companyName"_s).toString() == companyName)
                return c.toObject().value(u"tenantId"_s).toString();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_sb.start(QStringLiteral(PCAUTHCTL_EXE));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CtlRun added = m_sb.addProfile(u"Sandbox"_s);
        m_outputs.append(added);
        QCOMPARE(added.exitCode, 0);
        m_profileId = jsonOf(added).value(u"id"_s).toString();
        m_consent = consent(u"Sandbox"_s);
        m_outputs.append(m_consent);
        noteRefreshToken();
    }

    void cleanupTestCase()
    {
        if (m_sb.ctl && !m_profileId.isEmpty()) {
            QCOMPARE(m_sb.ctl->run({u"profile"_s, u"remove"_s, m_profileId}).exitCode, 0);
            QVERIFY(m_sb.ctl->keychainItem(m_profileId + u"/refresh-token"_s).isEmpty());
        }
    }

    void consentWithPrintedUrlStoresTheRecord()
    {
        QVERIFY2(m_consent.exitCode == 0, qPrintable(m_consent.err));
        QVERIFY2(m_consent.out.startsWith(m_sb.server->baseUrl().toString()),
                 qPrintable(m_consent.out));
        QVERIFY2(
            m_consent.out.contains(u"Consent recorded for "_s + ServiceUser + u" (MFA: present)"_s),
            qPrintable(m_consent.out));
        const QJsonObject token = jsonOf(ctl({u"--json"_s, u"profile"_s, u"show"_s, u"Sandbox"_s}))
                                      .value(u"vault"_s)
                                      .toObject()
                                      .value(u"refresh-token"_s)
                                      .toObject();
        QCOMPARE(token.value(u"stored"_s).toBool(), true);
        const QJsonObject metadata = token.value(u"metadata"_s).toObject();
        QCOMPARE(metadata.value(u"upn"_s).toString(), ServiceUser);
        QCOMPARE(metadata.value(u"mfa"_s).toString(), u"present"_s);
        QVERIFY(!metadata.contains(u"refreshToken"_s));
        QVERIFY(!m_refreshTokens.isEmpty());
    }

    void consentThatTimesOutKeepsTheStoredToken()
    {
        const QString before = noteRefreshToken();
        QVERIFY(!before.isEmpty());
        const CtlRun run = ctl({u"consent"_s, u"--profile"_s, u"Sandbox"_s, u"--browser"_s,
                                u"print"_s, u"--timeout"_s, u"10"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.startsWith(m_sb.server->baseUrl().toString()), qPrintable(run.out));
        QVERIFY2(run.err.contains(u"pcauthctl consent: "_s), qPrintable(run.err));
        QCOMPARE(noteRefreshToken(), before);
    }

    void consentRefusesBadOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("browser") << QStringList{u"--browser"_s, u"lynx"_s}
                                 << u"Browser: must be system or print"_s;
        QTest::addRow("timeout") << QStringList{u"--timeout"_s, u"5"_s}
                                 << u"Timeout: give 10 to 3600 seconds"_s;
    }

    void consentRefusesBadOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const CtlRun run = ctl(QStringList{u"consent"_s, u"--profile"_s, u"Sandbox"_s} + args);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.startsWith(u"pcauthctl consent: "_s + message), qPrintable(run.err));
    }

    void consentAcceptWithoutMfaForAUserWithoutMfa()
    {
        // A user without MFA can finish the sign-in only if MFA is not demanded
        // (amr_values=mfa would end it with AADSTS50076); the token is kept and flagged.
        const CtlRun added = m_sb.addProfile(u"NoMfa"_s);
        m_outputs.append(added);
        QCOMPARE(added.exitCode, 0);
        const QString id = jsonOf(added).value(u"id"_s).toString();
        const auto removeProfile = qScopeGuard([&] {
            m_sb.ctl->run({u"profile"_s, u"remove"_s, id});
        });
        const CtlRun run =
            consent(u"NoMfa"_s, {u"--accept-without-mfa"_s, u"--login-hint"_s, NoMfaUser},
                    NoMfaUser, NoMfaPassword);
        m_outputs.append(run);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Consent recorded for "_s + NoMfaUser + u" (MFA: absent)"_s),
                 qPrintable(run.out));
        const QUrl url(run.out.section(u'\n', 0, 0).trimmed());
        QVERIFY(url.isValid() && url.hasQuery());
        QVERIFY2(!QUrlQuery(url).hasQueryItem(u"amr_values"_s), "MFA was demanded");
        const QJsonObject record = m_sb.storedRecord(id);
        QCOMPARE(record.value(u"upn"_s).toString(), NoMfaUser);
        QCOMPARE(record.value(u"mfa"_s).toString(), u"absent"_s);
        QCOMPARE(record.value(u"acceptedWithoutMfa"_s).toBool(), true);
        QVERIFY(!record.value(u"refreshToken"_s).toString().isEmpty());
        QVERIFY(!run.out.contains(record.value(u"refreshToken"_s).toString()));
    }

    void tokenIsRedactedUnlessShown()
    {
        const CtlRun redacted =
            ctl({u"token"_s, u"--profile"_s, u"Sandbox"_s, u"--audience"_s, u"partner-center"_s});
        QCOMPARE(redacted.exitCode, 0);
        static const QRegularExpression form(u"Token:   eyJ\\S{3}\u2026\\((\\d+) chars\\)\n"_s);
        const QRegularExpressionMatch match = form.match(redacted.out);
        QVERIFY2(match.hasMatch(), qPrintable(redacted.out));
        QVERIFY(match.captured(1).toInt() > 100);
        QVERIFY(!redacted.out.contains(QRegularExpression(u"eyJ[\\w-]{20,}\\."_s)));

        const CtlRun shown = ctl({u"token"_s, u"--profile"_s, u"Sandbox"_s, u"--audience"_s,
                                  u"partner-center"_s, u"--show-token"_s});
        QCOMPARE(shown.exitCode, 0);
        const QByteArray jwt = shown.out.trimmed().toLatin1();
        m_accessTokens << shown.out.trimmed();
        QCOMPARE(jwt.count('.'), 2);
        const QJsonObject claims = SandboxTest::jwtClaims(jwt);
        QCOMPARE(claims.value(u"aud"_s).toString(), PartnerCenter);
        QCOMPARE(claims.value(u"upn"_s).toString(), ServiceUser);
    }

    void appOnlyTokenWithTheSecret()
    {
        const CtlRun run = ctl({u"--json"_s, u"token"_s, u"--profile"_s, u"Sandbox"_s,
                                u"--audience"_s, u"graph"_s, u"--app-only"_s, u"--show-token"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(u"appOnly"_s).toBool(), true);
        QCOMPARE(json.value(u"audience"_s).toString(), Graph);
        const QString token = json.value(u"accessToken"_s).toString();
        QCOMPARE(json.value(u"token"_s).toString(),
                 token.left(6) + u"\u2026(%1 chars)"_s.arg(token.size()));
        const QJsonObject claims = SandboxTest::jwtClaims(token.toLatin1());
        QCOMPARE(claims.value(u"aud"_s).toString(), Graph);
        QVERIFY2(!claims.contains(u"upn"_s), "an app-only token names no user");
    }

    void appOnlyTokenWithACertificate()
    {
        const PCAuth::Sandbox::Scenario scenario = PCAuth::Sandbox::Scenario::demo();
        const auto cert = scenario.findApp(WebAppId)->certificates.constFirst();
        const QString pem = m_sb.dir.filePath(u"app.pem"_s);
        QFile file(pem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cert.certificatePem + '\n' + cert.privateKeyPem);
        file.close();
        const CtlRun added =
            ctl({u"profile"_s, u"add"_s, u"--name"_s, u"SandboxCert"_s, u"--cloud-file"_s,
                 m_sb.dir.filePath(u"sandbox-cloud.json"_s), u"--tenant"_s, PartnerDomain,
                 u"--client-id"_s, WebAppId, u"--certificate"_s, pem});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        const CtlRun run =
            ctl({u"--json"_s, u"token"_s, u"--profile"_s, u"SandboxCert"_s, u"--audience"_s,
                 u"partner-center"_s, u"--app-only"_s, u"--show-token"_s});
        QCOMPARE(ctl({u"profile"_s, u"remove"_s, u"SandboxCert"_s}).exitCode, 0);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString token = jsonOf(run).value(u"accessToken"_s).toString();
        m_accessTokens << token;
        const QJsonObject claims = SandboxTest::jwtClaims(token.toLatin1());
        QCOMPARE(claims.value(u"aud"_s).toString(), PartnerCenter);
        QCOMPARE(claims.value(u"azp"_s).toString(), WebAppId);
        QVERIFY2(!claims.contains(u"upn"_s), "an app-only token names no user");
    }

    void callPartnerCenterPrintsStatusIdsAndJson()
    {
        const CtlRun run =
            ctl({u"call"_s, u"--profile"_s, u"Sandbox"_s, u"GET"_s, u"/v1/customers"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"HTTP 200\nMS-RequestId: "_s), qPrintable(run.out));
        QVERIFY(run.out.contains(QRegularExpression(u"\nMS-CorrelationId: [0-9a-f-]{36}\n"_s)));
        QVERIFY(run.out.contains(u"\"companyName\": \"Fabrikam"_s));

        const CtlRun json = ctl({u"--json"_s, u"call"_s, u"--profile"_s, u"Sandbox"_s, u"GET"_s,
                                 u"/v1/profiles/organization"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(jsonOf(json).value(u"status"_s).toInt(), 200);
        QVERIFY(jsonOf(json).value(u"body"_s).isObject());
    }

    void callGraphInACustomerTenant()
    {
        const QString tenant = customerTenant(u"Fabrikam, Inc."_s).isEmpty()
                                   ? customerTenant(u"Fabrikam"_s)
                                   : customerTenant(u"Fabrikam, Inc."_s);
        QVERIFY2(!tenant.isEmpty(), "no Fabrikam in the sandbox's customers");
        const CtlRun run = ctl({u"--json"_s, u"call"_s, u"--profile"_s, u"Sandbox"_s, u"--tenant"_s,
                                tenant, u"GET"_s, u"/v1.0/organization"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject body = jsonOf(run).value(u"body"_s).toObject();
        QCOMPARE(body.value(u"value"_s).toArray().at(0).toObject().value(u"id"_s).toString(),
                 tenant);
    }

    void callRefusesHostsOutsideTheCloud_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("message");
        QTest::addRow("other host") << u"https://evil.example.com/v1/customers"_s
                                    << u"URL: evil.example.com is not an endpoint of the cloud"_s;
        QTest::addRow("other port") << u"http://127.0.0.1:1/pc/v1/customers"_s
                                    << u"URL: 127.0.0.1 is not an endpoint of the cloud"_s;
        QTest::addRow("relative") << u"v1/customers"_s << u"Path: give a path"_s;
    }

    void callRefusesHostsOutsideTheCloud()
    {
        QFETCH(QString, target);
        QFETCH(QString, message);
        const CtlRun run = ctl({u"call"_s, u"--profile"_s, u"Sandbox"_s, u"GET"_s, target});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.startsWith(u"pcauthctl call: "_s + message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void customersListsTheSandboxCustomers()
    {
        const CtlRun json = ctl({u"--json"_s, u"customers"_s, u"--profile"_s, u"Sandbox"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(jsonOf(json).value(u"count"_s).toInt(), 25);
        const CtlRun human = ctl({u"customers"_s, u"--profile"_s, u"Sandbox"_s});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.endsWith(u"\n25 customers\n"_s), qPrintable(human.out));
        QVERIFY(human.out.contains(u"Wingtip Toys"_s));
        QVERIFY2(human.err.isEmpty(), "no progress lines when stderr is not a terminal");
    }

    void healthOfAHealthyProfileExitsZero()
    {
        const CtlRun run = ctl({u"--json"_s, u"health"_s, u"--profile"_s, u"Sandbox"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
        const QJsonObject profile = jsonOf(run).value(u"profiles"_s).toArray().at(0).toObject();
        QCOMPARE(profile.value(u"status"_s).toString(), u"healthy"_s);
        // Just redeemed: the whole window, as the dashboard shows it.
        QCOMPARE(profile.value(u"daysLeft"_s).toInt(), 90);
        QCOMPARE(profile.value(u"lastRefresh"_s).toString(), u"just now"_s);
    }

    void healthOfCustomersReportsMissingConsentAsWarning()
    {
        const CtlRun run = ctl({u"--json"_s, u"health"_s, u"--profile"_s, u"Sandbox"_s,
                                u"--customers"_s, u"--concurrency"_s, u"4"_s});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject customers = jsonOf(run)
                                          .value(u"profiles"_s)
                                          .toArray()
                                          .at(0)
                                          .toObject()
                                          .value(u"customers"_s)
                                          .toObject();
        const QJsonObject summary = customers.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"total"_s).toInt(), 25);
        QCOMPARE(summary.value(u"ok"_s).toInt(), 22);
        QCOMPARE(summary.value(u"consentMissing"_s).toInt(), 3);
        QStringList missing;
        for (const QJsonValue &c : customers.value(u"results"_s).toArray()) {
            if (c.toObject().value(u"status"_s).toString() == "consent-missing"_L1)
                missing << c.toObject().value(u"name"_s).toString();
        }
        missing.sort();
        QCOMPARE(missing,
                 (QStringList{u"Fourth Coffee"_s, u"Wide World Importers"_s, u"Wingtip Toys"_s}));
        const CtlRun human = ctl({u"health"_s, u"--profile"_s, u"Sandbox"_s, u"--customers"_s});
        QCOMPARE(human.exitCode, 1);
        QVERIFY2(human.out.contains(u"Wingtip Toys ("_s), qPrintable(human.out));
    }

    void keyvaultExportPutsTheRefreshTokenUnderTheSampleName()
    {
        const QString vault = m_sb.server->baseUrl().toString() + u"/vault"_s;
        const CtlRun run =
            ctl({u"keyvault"_s, u"export"_s, u"--profile"_s, u"Sandbox"_s, u"--vault"_s, vault});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"as secret contosopartneronmicrosoftcom."_s),
                 qPrintable(run.out));
        const QString exported = noteRefreshToken();

        const CtlRun token = ctl({u"token"_s, u"--profile"_s, u"Sandbox"_s, u"--audience"_s,
                                  u"keyvault"_s, u"--show-token"_s});
        QCOMPARE(token.exitCode, 0);
        const SandboxTest::Reply secret = m_sb.client->send(
            "GET"_ba, QUrl(vault + u"/secrets/contosopartneronmicrosoftcom?api-version=7.4"_s), {},
            {{"Authorization"_ba, "Bearer " + token.out.trimmed().toLatin1()}});
        QCOMPARE(secret.status, 200);
        QCOMPARE(secret.json().value(u"value"_s).toString(), exported);
    }

    void keyvaultRefusesAVaultOutsideTheCloud()
    {
        const CtlRun run = ctl({u"keyvault"_s, u"export"_s, u"--profile"_s, u"Sandbox"_s,
                                u"--vault"_s, u"https://contoso.vault.example.org"_s});
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(u"Vault URL: contoso.vault.example.org is not a Key Vault"_s),
                 qPrintable(run.err));
    }

    void keepaliveRedeemsAndRecordsTheRedemption()
    {
        const QString before = noteRefreshToken();
        const CtlRun run = ctl({u"keepalive"_s, u"--all"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(u"Sandbox: ok ("_s), qPrintable(run.out));
        QVERIFY2(noteRefreshToken() != before, "the rotated refresh token was not stored");
        const QJsonObject metadata =
            jsonOf(ctl({u"--json"_s, u"profile"_s, u"show"_s, u"Sandbox"_s}))
                .value(u"vault"_s)
                .toObject()
                .value(u"refresh-token"_s)
                .toObject()
                .value(u"metadata"_s)
                .toObject();
        QVERIFY(!metadata.value(u"lastRedeemedAt"_s).toString().isEmpty());
    }

    void noCommandLeaksTheRefreshTokenOrTheSecret()
    {
        // Every command above ran with the real refresh token and secret; run the rest that
        // print anything about them, then look everywhere.
        ctl({u"--json"_s, u"profile"_s, u"list"_s});
        ctl({u"profile"_s, u"show"_s, u"Sandbox"_s});
        ctl({u"--json"_s, u"keepalive"_s, u"--profile"_s, u"Sandbox"_s});
        ctl({u"--json"_s, u"token"_s, u"--profile"_s, u"Sandbox"_s, u"--audience"_s, u"arm"_s});
        // The engine's own log, shown with --verbose, is held to the same rule.
        const CtlRun verbose = ctl({u"--verbose"_s, u"keepalive"_s, u"--all"_s});
        QVERIFY2(verbose.err.contains(u"oauth2/v2.0/token"_s), qPrintable(verbose.err));
        ctl({u"--verbose"_s, u"call"_s, u"--profile"_s, u"Sandbox"_s, u"GET"_s,
             u"/v1/customers"_s});
        QVERIFY(m_outputs.size() > 20);
        QVERIFY(m_refreshTokens.size() >= 3);
        QStringList canaries(m_refreshTokens.cbegin(), m_refreshTokens.cend());
        canaries << QString::fromLatin1(WebAppSecret);
        for (const QString &canary : std::as_const(canaries)) {
            QVERIFY(canary.size() > 20);
            for (const CtlRun &run : std::as_const(m_outputs))
                QVERIFY2(!run.both().contains(canary), qPrintable(run.both().left(300)));
            for (const auto &[path, content] : m_sb.ctl->configFiles())
                QVERIFY2(!content.contains(canary.toUtf8()), qPrintable(path));
        }
        QVERIFY(!m_accessTokens.isEmpty());
        for (const QString &token : std::as_const(m_accessTokens)) {
            for (const auto &[path, content] : m_sb.ctl->configFiles())
                QVERIFY2(!content.contains(token.toUtf8()), qPrintable(path));
        }
    }

    void healthAfterTheUserIsRevokedExitsTwo()
    {
        const SandboxTest::Reply revoked =
            m_sb.client->postJson(u"/_sandbox/users/"_s + ServiceUser + u"/revoke"_s, {});
        QCOMPARE(revoked.status, 200);
        const CtlRun run = ctl({u"--json"_s, u"health"_s});
        QCOMPARE(run.exitCode, 2);
        const QJsonObject profile = jsonOf(run).value(u"profiles"_s).toArray().at(0).toObject();
        QCOMPARE(profile.value(u"status"_s).toString(), u"revoked"_s);
        QVERIFY(!profile.value(u"action"_s).toString().isEmpty());
        const CtlRun human = ctl({u"health"_s, u"--profile"_s, u"Sandbox"_s});
        QCOMPARE(human.exitCode, 2);
        QVERIFY2(human.out.contains(u"AADSTS50173"_s), qPrintable(human.out));
        const CtlRun keepalive = ctl({u"keepalive"_s, u"--profile"_s, u"Sandbox"_s});
        QCOMPARE(keepalive.exitCode, 2);
        QVERIFY2(keepalive.err.startsWith(u"pcauthctl keepalive: Sandbox: "_s),
                 qPrintable(keepalive.err));
    }
};

QTEST_GUILESS_MAIN(tst_PcauthctlSession)
#include "tst_pcauthctl_session.moc"
