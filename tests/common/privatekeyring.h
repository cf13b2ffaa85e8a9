// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// A D-Bus session bus and a GNOME Keyring of a test's own, for what cannot be done to the
// keyring the whole suite shares: stopping it, restarting it, running without one. Linux only.
//
// The bus has no service files, so nothing is started behind the test's back: when the
// keyring daemon is stopped, org.freedesktop.secrets is simply gone, as on a desktop whose
// keyring crashed. The policy is that of the stock session.conf: with a stricter one,
// libsecret's second attempt on the same connection never answers (libsecret 0.20).
#pragma once

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtCore/qtestsupport_core.h>

namespace PCAuth::Test {

class PrivateBus
{
public:
    PrivateBus() = default;
    PrivateBus(const PrivateBus &) = delete;
    PrivateBus &operator=(const PrivateBus &) = delete;

    ~PrivateBus()
    {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
    }

    /// Empty on success, else what went wrong.
    QString start()
    {
        if (!m_dir.isValid() || !QDir(m_dir.path()).mkdir(QStringLiteral("services")))
            return QStringLiteral("no scratch folder for the bus");
        QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
        if (!config.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the bus configuration");
        config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                     "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                     "<busconfig><type>session</type><listen>unix:dir="
                     + m_dir.path().toUtf8() + "</listen><servicedir>"
                     + m_dir.filePath(QStringLiteral("services")).toUtf8()
                     + "</servicedir><policy context=\"default\"><allow send_destination=\"*\" "
                       "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/>"
                       "</policy></busconfig>\n");
        config.close();
        m_daemon.setProcessChannelMode(QProcess::SeparateChannels);
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--config-file=") + config.fileName(),
                        QStringLiteral("--print-address"), QStringLiteral("--nofork")});
        if (!m_daemon.waitForStarted(10000))
            return QStringLiteral("dbus-daemon did not start: ") + m_daemon.errorString();
        if (!QTest::qWaitFor([this] { return m_daemon.canReadLine(); }, 10000))
            return QStringLiteral("dbus-daemon printed no address");
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
        return m_address.isEmpty() ? QStringLiteral("dbus-daemon printed no address") : QString();
    }

    QString address() const { return m_address; }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
};

/// gnome-keyring-daemon (secrets only) on a given bus, with its keyrings in `dataDir`, which
/// outlives a stop(): what was stored is there again after start().
class KeyringDaemon
{
public:
    KeyringDaemon(QString busAddress, QString dataDir, QString runtimeDir)
        : m_busAddress(std::move(busAddress))
        , m_dataDir(std::move(dataDir))
        , m_runtimeDir(std::move(runtimeDir))
    { }
    KeyringDaemon(const KeyringDaemon &) = delete;
    KeyringDaemon &operator=(const KeyringDaemon &) = delete;
    ~KeyringDaemon() { stop(); }

    /// Starts the daemon, unlocks the login keyring with `password` (made on first start) and
    /// waits until it owns org.freedesktop.secrets. Empty on success, else what went wrong.
    QString start(const QByteArray &password)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataDir);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir);
        m_process.setProcessEnvironment(env);
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        m_process.start(QStringLiteral("gnome-keyring-daemon"),
                        {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                         QStringLiteral("--components=secrets")});
        if (!m_process.waitForStarted(10000))
            return QStringLiteral("gnome-keyring-daemon did not start: ") + m_process.errorString();
        m_process.write(password);
        m_process.closeWriteChannel();
        if (!QTest::qWaitFor([this] { return secretsOnBus(); }, 20000))
            return QStringLiteral("gnome-keyring-daemon did not take org.freedesktop.secrets");
        return QString();
    }

    /// Stops the daemon (SIGTERM) and waits until the Secret Service has left the bus.
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
        (void)QTest::qWaitFor([this] { return !secretsOnBus(); }, 10000);
    }

    bool running() const { return m_process.state() != QProcess::NotRunning; }

private:
    bool secretsOnBus()
    {
        QDBusConnection bus = QDBusConnection::connectToBus(
            m_busAddress, QStringLiteral("pcauth-test-keyring-watch"));
        return bus.isConnected() && bus.interface()
               && bus.interface()
                      ->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"))
                      .value();
    }

    QString m_busAddress;
    QString m_dataDir;
    QString m_runtimeDir;
    QProcess m_process;
};

} // namespace PCAuth::Test
