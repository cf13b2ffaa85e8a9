// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The in-process sandbox for the benchmarks, by default on a thread of its own: the client
// and the server then each get a core, as with the pcauth-sandbox executable, and a figure
// is not halved by the two sharing one event loop. `--same-thread` keeps it on the main
// thread for comparison.
#pragma once

#include "sandboxserver.h"
#include "sandboxtest.h"

#include <algorithm>
#include <cmath>
#include <memory>
#include <vector>

#include <QMetaObject>
#include <QThread>

namespace PCAuth::Bench {

class SandboxHost final
{
public:
    SandboxHost(Sandbox::Scenario scenario, bool ownThread)
        : m_scenario(std::move(scenario))
        , m_ownThread(ownThread)
    {
        if (m_ownThread) {
            m_thread.setObjectName(QStringLiteral("sandbox"));
            m_thread.start();
            m_anchor.moveToThread(&m_thread);
        }
    }

    ~SandboxHost()
    {
        onServerThread([this] { m_server.reset(); });
        if (m_ownThread) {
            m_thread.quit();
            m_thread.wait();
        }
    }

    SandboxHost(const SandboxHost &) = delete;
    SandboxHost &operator=(const SandboxHost &) = delete;

    /// Empty on success, else why the server did not start.
    QString start()
    {
        QString error;
        onServerThread([this, &error] {
            m_server = std::make_unique<Sandbox::SandboxServer>(std::move(m_scenario));
            if (!m_server->start(QHostAddress::LocalHost, 0, &error))
                m_server.reset();
            else
                m_url = m_server->baseUrl();
        });
        return m_server ? QString() : error;
    }

    QUrl baseUrl() const { return m_url; }

    void setLatencyMs(int ms)
    {
        onServerThread([this, ms] { m_server->setDefaultLatencyMs(ms); });
    }

    template<typename F>
    void onServerThread(F f)
    {
        if (m_ownThread)
            QMetaObject::invokeMethod(&m_anchor, f, Qt::BlockingQueuedConnection);
        else
            f();
    }

private:
    Sandbox::Scenario m_scenario;
    bool m_ownThread;
    QThread m_thread;
    QObject m_anchor;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    QUrl m_url;
};

/// The value below which `fraction` of the samples lie (nearest rank); 0 for no samples.
inline double percentile(std::vector<double> samples, double fraction)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto rank = std::size_t(std::ceil(fraction * double(samples.size())));
    return samples[std::clamp<std::size_t>(rank, 1, samples.size()) - 1];
}

/// The most responses the sandbox held at once (its parked responders): what really was
/// concurrent on the wire.
inline int sandboxParkedMax(SandboxTest::Client &control)
{
    return control.get(QStringLiteral("/_sandbox/counters"))
        .json()
        .value(QLatin1String("connections"))
        .toObject()
        .value(QLatin1String("parkedMax"))
        .toInt();
}

} // namespace PCAuth::Bench
