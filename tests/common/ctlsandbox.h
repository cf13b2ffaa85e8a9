// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// What the pcauthctl tests share: an in-process sandbox, its cloud file, a runner with its own
// config folder and keychain service, the demo profile added through `pcauthctl profile add`,
// and `consent --browser print` with the test as the browser. The test's event loop serves the
// sandbox while a child runs.
#pragma once

#include "pcauthctlrunner.h"
#include "sessionfixture.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace PCAuth::Test {

inline QJsonObject jsonOf(const CtlRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

struct CtlSandbox
{
    std::unique_ptr<Sandbox::SandboxServer> server;
    std::unique_ptr<SandboxTest::Client> client;
    std::unique_ptr<PcauthctlRunner> ctl;
    QTemporaryDir dir;
    QString cloudFile;

    /// Empty on success, else what failed.
    QString start(const QString &pcauthctl)
    {
        server = std::make_unique<Sandbox::SandboxServer>(Sandbox::Scenario::demo());
        QString error;
        if (!server->start(QHostAddress::LocalHost, 0, &error))
            return error;
        client = std::make_unique<SandboxTest::Client>(server->baseUrl());
        const SandboxTest::Reply cloud = client->get(u"/_sandbox/cloud.json"_s);
        cloudFile = dir.filePath(u"sandbox-cloud.json"_s);
        QFile file(cloudFile);
        if (cloud.status != 200 || !file.open(QIODevice::WriteOnly) || file.write(cloud.body) < 0)
            return u"cannot write the sandbox cloud file"_s;
        ctl = std::make_unique<PcauthctlRunner>(pcauthctl);
        return {};
    }

    /// `profile add --json` of the demo confidential app with its secret, named `name`.
    CtlRun addProfile(const QString &name) const
    {
        return ctl->run({u"--json"_s, u"profile"_s, u"add"_s, u"--name"_s, name, u"--cloud"_s,
                         u"custom"_s, u"--cloud-file"_s, cloudFile, u"--tenant"_s, PartnerDomain,
                         u"--client-id"_s, WebAppId, u"--secret-stdin"_s},
                        WebAppSecret + '\n');
    }

    /// `consent --profile P --browser print` (plus `extra`), with this test as the browser
    /// signing in as `login`; the printed URL is the first line of `out`.
    CtlRun consent(const QString &profile, const QStringList &extra = {},
                   const QString &login = ServiceUser, const QString &password = ServicePassword)
    {
        const std::unique_ptr<QProcess> child =
            ctl->start(QStringList{u"consent"_s, u"--profile"_s, profile, u"--browser"_s,
                                   u"print"_s, u"--timeout"_s, u"60"_s}
                       + extra);
        QByteArray printed;
        const bool gotUrl = QTest::qWaitFor(
            [&] {
                printed += child->readAllStandardOutput();
                return printed.contains('\n') || child->state() == QProcess::NotRunning;
            },
            20000);
        const QUrl url(QString::fromUtf8(printed.left(printed.indexOf('\n'))).trimmed());
        if (gotUrl && url.isValid() && url.scheme() == "http"_L1) {
            const BrowserResult browsed = browseSignIn(*client, url, login, password, ServiceOtc);
            if (browsed.location.isValid())
                client->send("GET"_ba, browsed.location); // the loopback listener of the child
        }
        CtlRun run = PcauthctlRunner::finish(*child);
        run.out.prepend(QString::fromUtf8(printed));
        return run;
    }

    /// The profile's refresh-token record as the keychain holds it (empty when none).
    QJsonObject storedRecord(const QString &profileId) const
    {
        const QByteArray item = ctl->keychainItem(profileId + u"/refresh-token"_s);
        return QJsonDocument::fromJson(QByteArray::fromBase64(item.trimmed())).object();
    }
    QString storedRefreshToken(const QString &profileId) const
    {
        return storedRecord(profileId).value(u"refreshToken"_s).toString();
    }
};

} // namespace PCAuth::Test
