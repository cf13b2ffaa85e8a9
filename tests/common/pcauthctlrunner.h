// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Runs the real pcauthctl executable as a script would: its own config folder (a temporary
// directory) and its own keychain service name, so that nothing touches a user's profiles or
// keychain items. The test's event loop keeps running while the child runs, so an in-process
// sandbox can answer it.
#pragma once

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace PCAuth::Test {

using namespace Qt::StringLiterals;

struct CtlRun
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QString out;
    QString err;

    QString both() const { return out + err; }
};

class PcauthctlRunner
{
public:
    /// `executable`: PCAUTHCTL_EXE. The keychain service is unique per runner.
    explicit PcauthctlRunner(QString executable)
        : m_executable(std::move(executable))
        , m_service(u"pcauth-test-ctl-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(u"PCAUTH_KEYCHAIN_SERVICE"_s, m_service);
        m_environment.remove(u"PCAUTH_CONFIG_DIR"_s);
    }

    QString configDir() const { return m_config.path(); }
    QString keychainService() const { return m_service; }
    QProcessEnvironment &environment() { return m_environment; }

    /// A started child (arguments after the global --config-dir), stdin closed after `input`.
    std::unique_ptr<QProcess> start(const QStringList &args, const QByteArray &input = {}) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(m_environment);
        process->start(m_executable, QStringList{u"--config-dir"_s, m_config.path()} + args);
        if (!process->waitForStarted(10000))
            return process;
        process->write(input);
        process->closeWriteChannel();
        return process;
    }

    /// Waits, with the event loop running, for `process` to end.
    static CtlRun finish(QProcess &process, int timeoutMs = 60000)
    {
        const bool ended = QTest::qWaitFor(
            [&process] { return process.state() == QProcess::NotRunning; }, timeoutMs);
        if (!ended) {
            process.kill();
            process.waitForFinished(5000);
        }
        CtlRun run;
        run.exitCode =
            ended && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    CtlRun run(const QStringList &args, const QByteArray &input = {}) const
    {
        const std::unique_ptr<QProcess> process = start(args, input);
        return finish(*process);
    }

    /// Every file under the config folder, with its content: for the leak checks.
    QList<std::pair<QString, QByteArray>> configFiles() const
    {
        QList<std::pair<QString, QByteArray>> files;
        QDirIterator it(m_config.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                files.append({path, file.readAll()});
        }
        return files;
    }

    /// The keychain item as `secret-tool lookup` shows it (QtKeychain's libsecret attributes:
    /// server = service, user = key); QtKeychain stores binary data base64-encoded.
    QByteArray keychainItem(const QString &key) const
    {
        QProcess tool;
        tool.start(u"secret-tool"_s,
                   {u"lookup"_s, u"server"_s, m_service, u"user"_s, m_service + u'/' + key});
        if (!tool.waitForFinished(10000) || tool.exitCode() != 0)
            return {};
        return tool.readAllStandardOutput();
    }

private:
    QString m_executable;
    QString m_service;
    QTemporaryDir m_config;
    QProcessEnvironment m_environment;
};

} // namespace PCAuth::Test
