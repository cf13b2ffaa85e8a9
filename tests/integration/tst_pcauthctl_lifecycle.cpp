// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The refresh token's lifecycle across processes: a `pcauthctl keepalive` (a scheduled one,
// or the app's tray) is redeeming while another process signs in again or removes the
// profile. Whatever happened meanwhile is kept: the keep-alive's late successor of the old
// token neither replaces the new consent nor brings a removed profile back. Two real pcauthctl
// processes, the real keychain, an in-process sandbox whose token endpoint holds the
// keep-alive's answer back.
#include "pcauthctlrunner.h"
#include "sessionfixture.h"

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
    std::unique_ptr<PCAuth::Sandbox::SandboxServer> m_server;
    std::unique_ptr<SandboxTest::Client> m_client;
    std::unique_ptr<PcauthctlRunner> m_ctl;
    QTemporaryDir m_dir;
    QString m_profileId;

    PCAuth::Sandbox::SandboxState &state() { return m_server->context().state; }

    /// The refresh token the keychain holds now for the profile (empty when none).
    QString storedToken()
    {
        const QByteArray item = m_ctl->keychainItem(m_profileId + u"/refresh-token"_s);
        return QJsonDocument::fromJson(QByteArray::fromBase64(item.trimmed()))
            .object()
            .value(u"refreshToken"_s)
            .toString();
    }

    /// When the sign-in behind a refresh token happened, as the sandbox issued it: every
    /// rotation keeps its sign-in's time.
    QDateTime signInOf(const QString &refreshToken)
    {
        return state()
            .refreshTokens.value(PCAuth::Sandbox::SandboxState::tokenKey(refreshToken.toUtf8()))
            .authTime;
    }

    /// `consent --browser print` in a child process, with this test as the browser.
    CtlRun consent()
    {
        const std::unique_ptr<QProcess> child =
            m_ctl->start({u"consent"_s, u"--profile"_s, u"Sandbox"_s, u"--browser"_s, u"print"_s,
                          u"--timeout"_s, u"60"_s});
        QByteArray printed;
        const bool gotUrl = QTest::qWaitFor(
            [&] {
                printed += child->readAllStandardOutput();
                return printed.contains('\n') || child->state() == QProcess::NotRunning;
            },
            20000);
        const QUrl url(QString::fromUtf8(printed.left(printed.indexOf('\n'))).trimmed());
        if (gotUrl && url.isValid()) {
            const BrowserResult browsed =
                browseSignIn(*m_client, url, ServiceUser, ServicePassword, ServiceOtc);
            if (browsed.location.isValid())
                m_client->send("GET"_ba, browsed.location); // the child's loopback listener
        }
        return PcauthctlRunner::finish(*child);
    }

    /// Starts `keepalive --profile Sandbox` with its redemption's answer held back for
    /// `ms`, and returns once the sandbox has seen the redemption.
    std::unique_ptr<QProcess> startHeldKeepalive(int ms)
    {
        const QJsonObject fault{
            {u"path"_s, u"/oauth2/v2.0/token"_s}, {u"latencyMs"_s, ms}, {u"times"_s, 1}};
        if (m_client->postJson(u"/_sandbox/faults"_s, {{u"faults"_s, QJsonArray{fault}}}).status
            != 200)
            return {};
        const qint64 before = state().counters.value(u"token.grant.refresh_token"_s);
        auto child = m_ctl->start({u"keepalive"_s, u"--profile"_s, u"Sandbox"_s});
        if (!QTest::qWaitFor(
                [&] { return state().counters.value(u"token.grant.refresh_token"_s) > before; },
                20000))
            return {};
        return child;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server =
            std::make_unique<PCAuth::Sandbox::SandboxServer>(PCAuth::Sandbox::Scenario::demo());
        QString error;
        QVERIFY2(m_server->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_client = std::make_unique<SandboxTest::Client>(m_server->baseUrl());
        const SandboxTest::Reply cloud = m_client->get(u"/_sandbox/cloud.json"_s);
        QCOMPARE(cloud.status, 200);
        QFile file(m_dir.filePath(u"sandbox-cloud.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cloud.body);
        file.close();
        m_ctl = std::make_unique<PcauthctlRunner>(QStringLiteral(PCAUTHCTL_EXE));
        const CtlRun added = m_ctl->run({u"--json"_s, u"profile"_s, u"add"_s, u"--name"_s,
                                         u"Sandbox"_s, u"--cloud"_s, u"custom"_s, u"--cloud-file"_s,
                                         file.fileName(), u"--tenant"_s, PartnerDomain,
                                         u"--client-id"_s, WebAppId, u"--secret-stdin"_s},
                                        WebAppSecret + '\n');
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        m_profileId =
            QJsonDocument::fromJson(added.out.toUtf8()).object().value(u"id"_s).toString();
        const CtlRun consented = consent();
        QVERIFY2(consented.exitCode == 0, qPrintable(consented.both()));
    }

    void cleanupTestCase()
    {
        if (m_ctl)
            (void)m_ctl->run({u"profile"_s, u"remove"_s, u"Sandbox"_s});
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
        const CtlRun removed = m_ctl->run({u"profile"_s, u"remove"_s, u"Sandbox"_s});
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.both()));
        QVERIFY(storedToken().isEmpty());

        const CtlRun late = PcauthctlRunner::finish(*keepalive);
        QCOMPARE(late.exitCode, 2);
        QVERIFY2(late.err.contains(u"was removed"_s), qPrintable(late.err));
        QVERIFY(storedToken().isEmpty());
        QFile index(QDir(m_ctl->configDir()).filePath(u"vault-index.json"_s));
        QVERIFY(!index.open(QIODevice::ReadOnly)
                || !index.readAll().contains(m_profileId.toUtf8()));
        const CtlRun list = m_ctl->run({u"--json"_s, u"profile"_s, u"list"_s});
        QVERIFY2(!list.out.contains(m_profileId), qPrintable(list.out));
    }
};

QTEST_GUILESS_MAIN(tst_PcauthctlLifecycle)
#include "tst_pcauthctl_lifecycle.moc"
