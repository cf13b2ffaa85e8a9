// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// pcauthctl profile set-secret and set-certificate, run as the real executable against an
// in-process sandbox and the real keychain, on one consented profile: a refused secret changes
// nothing, a new secret (added to the app with the sandbox's test control) replaces the old one
// and the old one can then be withdrawn, a certificate switches the kind. The refresh token is
// byte-identical after each and still redeems. The functions run in declaration order.
#include "ctlsandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace PCAuth::Test;
namespace SandboxTest = PCAuth::SandboxTest;

namespace {

const QString WebAppSecretId = u"50c3f994-1f47-5cbe-8ae4-0fcef537cdaa"_s;
const QByteArray NewSecret = "Sandbox~Rotated.NotASecret-fedcba9876543210"_ba;
const QByteArray WrongSecret = "Sandbox~Wrong.NotASecret-00000000000000000"_ba;

} // namespace

class tst_PcauthctlCredential : public QObject
{
    Q_OBJECT

private:
    CtlSandbox m_sb;
    QString m_profileId;
    QList<CtlRun> m_outputs; // everything printed, for the leak check

    CtlRun ctl(const QStringList &args, const QByteArray &input = {})
    {
        CtlRun run = m_sb.ctl->run(args, input);
        m_outputs.append(run);
        return run;
    }

    /// The keychain item as stored (base64 of the bytes, as libsecret shows QtKeychain's).
    QByteArray item(const QString &kind) const
    {
        return m_sb.ctl->keychainItem(m_profileId + u'/' + kind).trimmed();
    }

    QString refreshTokenOf(const QByteArray &stored) const
    {
        return QJsonDocument::fromJson(QByteArray::fromBase64(stored))
            .object()
            .value(u"refreshToken"_s)
            .toString();
    }

    /// The refresh token is redeemed with the profile's current credential: it still works.
    void verifyDelegatedToken()
    {
        const CtlRun run = ctl({u"--json"_s, u"token"_s, u"--profile"_s, u"Sandbox"_s,
                                u"--audience"_s, u"partner-center"_s, u"--show-token"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject claims =
            SandboxTest::jwtClaims(jsonOf(run).value(u"accessToken"_s).toString().toLatin1());
        QCOMPARE(claims.value(u"upn"_s).toString(), ServiceUser);
    }

    void verifyAppOnlyToken()
    {
        const CtlRun run =
            ctl({u"--json"_s, u"token"_s, u"--profile"_s, u"Sandbox"_s, u"--audience"_s,
                 u"partner-center"_s, u"--app-only"_s, u"--show-token"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject claims =
            SandboxTest::jwtClaims(jsonOf(run).value(u"accessToken"_s).toString().toLatin1());
        QCOMPARE(claims.value(u"aud"_s).toString(), PartnerCenter);
        QVERIFY(!claims.contains(u"upn"_s));
    }

    bool consent() { return m_sb.consent(u"Sandbox"_s).exitCode == 0; }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_sb.start(QStringLiteral(PCAUTHCTL_EXE));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CtlRun added = m_sb.addProfile(u"Sandbox"_s);
        m_outputs.append(added);
        QCOMPARE(added.exitCode, 0);
        m_profileId = jsonOf(added).value(u"id"_s).toString();
        QVERIFY(consent());
        QVERIFY(!refreshTokenOf(item(u"refresh-token"_s)).isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_sb.ctl && !m_profileId.isEmpty())
            QCOMPARE(m_sb.ctl->run({u"profile"_s, u"remove"_s, m_profileId}).exitCode, 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("no profile")
            << QStringList{u"set-secret"_s, u"--secret-stdin"_s} << u"Profile: "_s;
        QTest::addRow("secret not from stdin")
            << QStringList{u"set-secret"_s, u"--profile"_s, u"Sandbox"_s, u"a-secret-value"_s}
            << u"Client secret: give --secret-stdin"_s;
        QTest::addRow("no certificate file")
            << QStringList{u"set-certificate"_s, u"--profile"_s, u"Sandbox"_s}
            << u"Certificate: give one PEM or PFX file"_s;
        QTest::addRow("unreadable certificate")
            << QStringList{u"set-certificate"_s, u"--profile"_s, u"Sandbox"_s,
                           u"/nonexistent/new.pfx"_s}
            << u"Certificate: cannot read /nonexistent/new.pfx"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QByteArray before = item(u"client-secret"_s);
        const CtlRun run = ctl(QStringList{u"profile"_s} + args);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.startsWith(u"pcauthctl profile: "_s + message), qPrintable(run.err));
        QCOMPARE(item(u"client-secret"_s), before);
    }

    void wrongSecretChangesNothing()
    {
        const QByteArray token = item(u"refresh-token"_s);
        const CtlRun run =
            ctl({u"profile"_s, u"set-secret"_s, u"--profile"_s, u"Sandbox"_s, u"--secret-stdin"_s},
                WrongSecret + '\n');
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"pcauthctl profile: Entra ID refused the new client secret, "
                                    "so nothing was changed"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"AADSTS7000215"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"rotate the client secret"_s), qPrintable(run.err));
        QCOMPARE(QByteArray::fromBase64(item(u"client-secret"_s)), WebAppSecret);
        QCOMPARE(item(u"refresh-token"_s), token);
        verifyAppOnlyToken();
    }

    void newSecretReplacesTheOldOneAndKeepsTheRefreshToken()
    {
        const SandboxTest::Reply added = m_sb.client->postJson(
            u"/_sandbox/apps/%1/secrets"_s.arg(WebAppId),
            QJsonObject{{u"value"_s, QString::fromLatin1(NewSecret)}, {u"id"_s, u"rotated"_s}});
        QVERIFY2(added.status == 200, added.body.constData());
        const QByteArray token = item(u"refresh-token"_s);
        const CtlRun run = ctl({u"--json"_s, u"profile"_s, u"set-secret"_s, u"--profile"_s,
                                u"Sandbox"_s, u"--secret-stdin"_s},
                               NewSecret + '\n');
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(u"credential"_s).toString(), u"secret"_s);
        QVERIFY2(json.value(u"message"_s).toString().contains(u"The refresh token was kept"_s),
                 qPrintable(run.out));
        QCOMPARE(QByteArray::fromBase64(item(u"client-secret"_s)), NewSecret);
        QCOMPARE(item(u"refresh-token"_s), token);

        // The old secret is withdrawn from the app: only the new one can work now.
        const SandboxTest::Reply withdrawn = m_sb.client->send(
            "DELETE"_ba,
            m_sb.client->url(u"/_sandbox/apps/%1/secrets/%2"_s.arg(WebAppId, WebAppSecretId)));
        QVERIFY2(withdrawn.status == 200, withdrawn.body.constData());
        verifyAppOnlyToken();
        verifyDelegatedToken();
    }

    void certificateSwitchesTheKind()
    {
        const PCAuth::Sandbox::Scenario scenario = PCAuth::Sandbox::Scenario::demo();
        const auto cert = scenario.findApp(WebAppId)->certificates.constFirst();
        const QString pem = m_sb.dir.filePath(u"app.pem"_s);
        QFile file(pem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cert.certificatePem + '\n' + cert.privateKeyPem);
        file.close();
        const QByteArray token = item(u"refresh-token"_s);
        const CtlRun run =
            ctl({u"profile"_s, u"set-certificate"_s, u"--profile"_s, u"Sandbox"_s, pem});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Its old client secret was removed from the keychain."_s),
                 qPrintable(run.out));
        QCOMPARE(item(u"refresh-token"_s), token);
        QVERIFY(item(u"client-secret"_s).isEmpty());
        QVERIFY(QByteArray::fromBase64(item(u"certificate-key"_s)).contains("PRIVATE KEY"));

        const QJsonObject shown = jsonOf(ctl({u"--json"_s, u"profile"_s, u"show"_s, u"Sandbox"_s}));
        QCOMPARE(shown.value(u"credential"_s).toString(), u"certificate"_s);
        QCOMPARE(shown.value(u"certificateThumbprint"_s).toString().size(), 27);
        const QJsonObject vault = shown.value(u"vault"_s).toObject();
        QCOMPARE(vault.value(u"client-secret"_s).toObject().value(u"stored"_s).toBool(), false);
        QCOMPARE(vault.value(u"certificate-key"_s).toObject().value(u"stored"_s).toBool(), true);
        QCOMPARE(vault.value(u"refresh-token"_s).toObject().value(u"stored"_s).toBool(), true);
        verifyAppOnlyToken();
        verifyDelegatedToken();
    }

    void nothingPrintedOrWrittenHoldsASecret()
    {
        for (const CtlRun &run : std::as_const(m_outputs)) {
            for (const QByteArray &secret : {WebAppSecret, NewSecret, WrongSecret})
                QVERIFY2(!run.both().contains(QString::fromLatin1(secret)), qPrintable(run.both()));
            QVERIFY(!run.both().contains(u"PRIVATE KEY"_s));
        }
        for (const auto &[path, content] : m_sb.ctl->configFiles()) {
            for (const QByteArray &secret : {WebAppSecret, NewSecret, WrongSecret})
                QVERIFY2(!content.contains(secret), qPrintable(path));
        }
    }
};

QTEST_GUILESS_MAIN(tst_PcauthctlCredential)
#include "tst_pcauthctl_credential.moc"
