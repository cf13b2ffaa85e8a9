// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The refresh token's lifecycle across processes: a `pcauthctl keepalive` (a scheduled one,
// or the app's tray) is redeeming while another process signs in again or removes the
// profile. Whatever happened meanwhile is kept: the keep-alive's late successor of the old
// token neither replaces the new consent nor brings a removed profile back. Two real pcauthctl
// processes, the real keychain, an in-process sandbox whose token endpoint holds the
// keep-alive's answer back.
#include "ctlsandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace PCAuth::Test;
namespace SandboxTest = PCAuth::SandboxTest;

class tst_PcauthctlLifecycle : public QObject
{
    Q_OBJECT

private:
    CtlSandbox m_sb;
    QString m_profileId;

    PCAuth::Sandbox::SandboxState &state() { return m_sb.server->context().state; }

    QString storedToken() { return m_sb.storedRefreshToken(m_profileId); }

    /// When the sign-in behind a refresh token happened, as the sandbox issued it: every
    /// rotation keeps its sign-in's time.
    QDateTime signInOf(const QString &refreshToken)
    {
        return state()
            .refreshTokens.value(PCAuth::Sandbox::SandboxState::tokenKey(refreshToken.toUtf8()))
            .authTime;
    }

    CtlRun consent() { return m_sb.consent(u"Sandbox"_s); }

    /// Starts `keepalive --profile Sandbox` with its redemption's answer held back for
    /// `ms`, and returns once the sandbox has seen the redemption.
    std::unique_ptr<QProcess> startHeldKeepalive(int ms)
    {
        const QJsonObject fault{
            {u"path"_s, u"/oauth2/v2.0/token"_s}, {u"latencyMs"_s, ms}, {u"times"_s, 1}};
        if (m_sb.client->postJson(u"/_sandbox/faults"_s, {{u"faults"_s, QJsonArray{fault}}}).status
            != 200)
            return {};
        const qint64 before = state().counters.value(u"token.grant.refresh_token"_s);
        auto child = m_sb.ctl->start({u"keepalive"_s, u"--profile"_s, u"Sandbox"_s});
        if (!QTest::qWaitFor(
                [&] { return state().counters.value(u"token.grant.refresh_token"_s) > before; },
                20000))
            return {};
        return child;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_sb.start(QStringLiteral(PCAUTHCTL_EXE));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const CtlRun added = m_sb.addProfile(u"Sandbox"_s);
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        m_profileId = jsonOf(added).value(u"id"_s).toString();
        const CtlRun consented = consent();
        QVERIFY2(consented.exitCode == 0, qPrintable(consented.both()));
    }

    void cleanupTestCase()
    {
        if (m_sb.ctl)
            (void)m_sb.ctl->run({u"profile"_s, u"remove"_s, u"Sandbox"_s});
    }

    void keepaliveDuringANewConsentKeepsTheNewConsent()
    {
        const QDateTime firstSignIn = signInOf(storedToken());
        QVERIFY(firstSignIn.isValid());
        const std::unique_ptr<QProcess> keepalive = startHeldKeepalive(4000);
        QVERIFY(keepalive);

        state().clock.advance(60); // the second sign-in happens visibly later
        const CtlRun again = consent();
        QVERIFY2(again.exitCode == 0, qPrintable(again.both()));
        const QDateTime secondSignIn = signInOf(storedToken());
        QVERIFY(secondSignIn > firstSignIn);
        QCOMPARE(keepalive->state(), QProcess::Running); // its answer is still held back

        const CtlRun kept = PcauthctlRunner::finish(*keepalive);
        QVERIFY2(kept.exitCode == 0, qPrintable(kept.both()));
        // What the keychain holds descends from the second sign-in: the keep-alive redeemed
        // again with the new consent instead of storing the old token's successor over it.
        const QString held = storedToken();
        QVERIFY(!held.isEmpty());
        QCOMPARE(signInOf(held), secondSignIn);
    }

    void keepaliveDuringRemovalDoesNotBringTheProfileBack()
    {
        const std::unique_ptr<QProcess> keepalive = startHeldKeepalive(4000);
        QVERIFY(keepalive);
        const CtlRun removed = m_sb.ctl->run({u"profile"_s, u"remove"_s, u"Sandbox"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.both()));
        QVERIFY(storedToken().isEmpty());

        const CtlRun late = PcauthctlRunner::finish(*keepalive);
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.err.contains(u"was removed"_s), qPrintable(late.err));
        QVERIFY(storedToken().isEmpty());
        QFile index(QDir(m_sb.ctl->configDir()).filePath(u"vault-index.json"_s));
        QVERIFY(!index.open(QIODevice::ReadOnly)
                || !index.readAll().contains(m_profileId.toUtf8()));
        const CtlRun list = m_sb.ctl->run({u"--json"_s, u"profile"_s, u"list"_s});
        QVERIFY2(!list.out.contains(m_profileId), qPrintable(list.out));
    }
};

QTEST_GUILESS_MAIN(tst_PcauthctlLifecycle)
#include "tst_pcauthctl_lifecycle.moc"
