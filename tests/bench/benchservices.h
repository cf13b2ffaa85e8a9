// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The desktop app's services for the GUI benchmarks: AppServices in sandbox mode (the
// embedded sandbox on the GUI thread, as `pcauth --sandbox`) with generated customers, and a
// refresh token for the demo profile from a sign-in through the sandbox's forms (the
// benchmark acting as the browser). Needs a keychain, like the GUI tests.
#pragma once

#include "appservices.h"
#include "sessionfixture.h"

#include <cstdio>
#include <memory>

#include <QCoreApplication>
#include <QSignalSpy>

namespace PCAuth::Bench {

/// Null on failure, after a message on stderr. `name` tells the keychain service apart. A
/// `sandboxUrl` runs the services on that sandbox (`pcauth --sandbox-url`; `extraCustomers`
/// is then the sandbox's business) instead of an embedded one.
inline std::unique_ptr<AppServices> startServices(const QString &name, int extraCustomers,
                                                  Profile *profile, const QUrl &sandboxUrl = {})
{
    AppOptions options;
    options.sandbox = true; // empty configDir: a fresh temporary folder
    options.keychainService =
        QStringLiteral("pcauth-%1-%2").arg(name).arg(QCoreApplication::applicationPid());
    options.sandboxExtraCustomers = extraCustomers;
    options.sandboxUrl = sandboxUrl;
    auto services = std::make_unique<AppServices>(options);
    QSignalSpy ready(services.get(), &AppServices::ready);
    services->start();
    if ((ready.isEmpty() && !ready.wait(30000))
        || !ready.constFirst().constFirst().toString().isEmpty()) {
        std::fprintf(stderr, "services did not start\n");
        return nullptr;
    }
    *profile = services->profiles().find(AppServices::sandboxProfileName()).value();
    ConsentFlow flow(services->vault(), services->http(), services->clock(), nullptr);
    QSignalSpy finished(&flow, &ConsentFlow::finished);
    const Expected<QUrl> url = flow.start(*profile, Test::ServiceUser);
    SandboxTest::Client client(services->sandboxUrl());
    if (url) {
        const Test::BrowserResult browsed = Test::browseSignIn(
            client, url.value(), Test::ServiceUser, Test::ServicePassword, Test::ServiceOtc);
        flow.complete(browsed.location);
    }
    if (!url || (finished.isEmpty() && !finished.wait(15000))
        || !finished.constFirst().constFirst().value<ConsentResult>().ok) {
        std::fprintf(stderr, "consent failed\n");
        services->shutdown();
        return nullptr;
    }
    return services;
}

} // namespace PCAuth::Bench
