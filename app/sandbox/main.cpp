// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// pcauth-sandbox [--scenario FILE] [--host 127.0.0.1] [--port 0] [--latency-ms N]
//                [--customers N] [--describe]
// Prints {"ready":true,"url":"http://127.0.0.1:PORT"} once listening; quits on SIGTERM/SIGINT.

#include "sandboxserver.h"

#include <csignal>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

volatile std::sig_atomic_t g_stopRequested = 0;

extern "C" void onStopSignal(int)
{
    g_stopRequested = 1;
}

void printErr(const QString &message)
{
    std::fprintf(stderr, "pcauth-sandbox: %s\n", message.toLocal8Bit().constData());
}

QString tr(const char *text)
{
    return QCoreApplication::translate("PCAuth::Sandbox", text);
}

std::optional<PCAuth::Sandbox::Scenario> loadScenario(const QString &path)
{
    if (path.isEmpty())
        return PCAuth::Sandbox::Scenario::demo();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        printErr(tr("cannot read scenario %1: %2").arg(path, f.errorString()));
        return std::nullopt;
    }
    QString error;
    auto s = PCAuth::Sandbox::Scenario::fromJson(f.readAll(), &error);
    if (!s)
        printErr(tr("scenario %1 is not valid: %2").arg(path, error));
    return s;
}

bool parseCount(const QCommandLineParser &p, const QString &name, int max, int *out)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    *out = p.value(name).toInt(&ok);
    if (!ok || *out < 0 || *out > max) {
        printErr(tr("--%1 must be a whole number from 0 to %2").arg(name).arg(max));
        return false;
    }
    return true;
}

void addOptions(QCommandLineParser &p)
{
    p.setApplicationDescription(
        tr("Local stand-in for Entra ID, Partner Center, Graph and Key Vault (loopback only)."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions(
        {{u"scenario"_s, tr("Scenario JSON file (default: the built-in demo)."), u"file"_s},
         {u"host"_s, tr("Loopback address to listen on."), u"address"_s, u"127.0.0.1"_s},
         {u"port"_s, tr("Port; 0 picks a free one."), u"port"_s, u"0"_s},
         {u"latency-ms"_s, tr("Latency added to every response."), u"ms"_s, u"0"_s},
         {u"customers"_s, tr("Generate N more customers (deterministic)."), u"n"_s, u"0"_s},
         {u"describe"_s, tr("Print the effective scenario as JSON and exit.")}});
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"pcauth-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(PCAUTH_VERSION_STRING));
    QCommandLineParser p;
    addOptions(p);
    p.process(app);

    int port = 0, latency = 0, customers = 0;
    if (!parseCount(p, u"port"_s, 65535, &port) || !parseCount(p, u"latency-ms"_s, 600000, &latency)
        || !parseCount(p, u"customers"_s, 100000, &customers))
        return 2;
    const QString hostText = p.value(u"host"_s);
    const QHostAddress host(hostText == "localhost"_L1 ? u"127.0.0.1"_s : hostText);
    if (host.isNull() || !host.isLoopback()) {
        printErr(tr("refusing --host %1: the sandbox listens on loopback addresses only "
                    "(127.0.0.1 or ::1)")
                     .arg(hostText));
        return 2;
    }
    auto scenario = loadScenario(p.value(u"scenario"_s));
    if (!scenario)
        return 1;
    scenario->addGeneratedCustomers(customers);
    if (p.isSet(u"describe"_s)) {
        std::fputs(QJsonDocument(scenario->toJson()).toJson(QJsonDocument::Indented).constData(),
                   stdout);
        return 0;
    }

    PCAuth::Sandbox::SandboxServer server(std::move(*scenario));
    server.setDefaultLatencyMs(latency);
    QString error;
    if (!server.start(host, quint16(port), &error)) {
        printErr(tr("cannot listen on %1 port %2: %3").arg(hostText).arg(port).arg(error));
        return 1;
    }
    const QJsonObject ready{{"ready"_L1, true}, {"url"_L1, server.baseUrl().toString()}};
    std::fprintf(stdout, "%s\n", QJsonDocument(ready).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(100);
    return QCoreApplication::exec();
}
