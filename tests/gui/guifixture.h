// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// What the GUI tests share: the desktop app's services in sandbox mode (exactly what
// `pcauth --sandbox` runs: an embedded sandbox, its cloud file and the demo profile, whose
// client secret is in the real keychain) with a temporary config folder and a keychain
// service of this test process, plus a consent done by walking the sandbox's forms over
// HTTP (the WebEngine end-to-end tests use the real embedded browser instead).
#pragma once

#include "appservices.h"
#include "awaitsecret.h"
#include "crypto/clientcertificate.h"
#include "sandboxserver.h"
#include "sandboxstate.h"
#include "session/consentflow.h"
#include "session/tokenbroker.h"
#include "sessionfixture.h"
#include "utctime.h"

#include <memory>
#include <optional>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace PCAuth::Test {

/// Child processes of this test, by executable name (Linux /proc): how tests see whether
/// Qt WebEngine (QtWebEngineProcess) was started.
inline QStringList childProcessNames()
{
    QStringList names;
    const QString self = QString::number(QCoreApplication::applicationPid());
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(u"/proc/"_s + pid + u"/stat"_s);
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromLatin1(stat.readAll());
        const qsizetype close = text.lastIndexOf(u')');
        const QStringList fields = text.mid(close + 2).split(u' ');
        if (fields.size() > 1 && fields.at(1) == self)
            names << text.mid(text.indexOf(u'(') + 1, close - text.indexOf(u'(') - 1);
    }
    return names;
}

/// What a test that runs the embedded browser says before its QApplication exists, as pcauth
/// does: Qt WebEngine shares OpenGL contexts with the widgets; and no GPU here.
inline void prepareForWebEngine()
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    if (qEnvironmentVariableIsEmpty("QTWEBENGINE_CHROMIUM_FLAGS"))
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-dev-shm-usage");
}

/// Now, to the whole second: where a ManualClock starts.
inline QDateTime startTime()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return PCAuth::Test::utcDateTime(
        now.date(), QTime(now.time().hour(), now.time().minute(), now.time().second()));
}

constexpr std::chrono::hours days(int n)
{
    return std::chrono::hours(24 * n);
}

struct GuiFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<SandboxTest::Client> client;
    QStringList madeHere; // removeAtStop()

    /// Starts the services. Empty on success, else what failed. `extraCustomers` are added to
    /// the demo scenario; a `sandboxUrl` runs them on that sandbox instead of an embedded one
    /// (`pcauth --sandbox-url`). (Tests of the whole window make a MainWindow over `services`.)
    QString start(int extraCustomers = 0, const Clock *clock = nullptr, const QUrl &sandboxUrl = {})
    {
        stop();
        dir = std::make_unique<QTemporaryDir>();
        AppOptions options;
        options.sandbox = true;
        options.configDir = dir->filePath(u"config"_s);
        options.keychainService = u"pcauth-test-gui-%1"_s.arg(QCoreApplication::applicationPid());
        options.sandboxExtraCustomers = extraCustomers;
        options.sandboxUrl = sandboxUrl;
        if (clock)
            options.clock = clock;
        services = std::make_unique<AppServices>(options);
        QSignalSpy ready(services.get(), &AppServices::ready);
        services->start();
        if (ready.isEmpty() && !ready.wait(10000))
            return u"the services did not become ready"_s;
        const QString problem = ready.constFirst().constFirst().toString();
        if (!problem.isEmpty())
            return problem;
        client = std::make_unique<SandboxTest::Client>(services->sandboxUrl());
        return {};
    }

    /// Removes the keychain items this run made, then everything else.
    void stop()
    {
        if (services) {
            for (const QString &id : std::as_const(madeHere))
                (void)awaitSecret([&](QObject *c, SecretStore::Callback d) {
                    services->vault().removeProfile(id, c, d);
                });
            services->shutdown(5000);
        }
        madeHere.clear();
        client.reset();
        services.reset();
        dir.reset();
    }

    Sandbox::SandboxContext &sandbox() { return services->sandbox()->context(); }

    /// The demo profile made by sandbox mode.
    Profile demoProfile() const
    {
        const Expected<Profile> p = services->profiles().find(AppServices::sandboxProfileName());
        return p ? p.value() : Profile();
    }

    /// The keychain items of a profile the test made go at stop(). (AppServices::shutdown()
    /// removes only the demo profile's here: the config folder is the fixture's.)
    void removeAtStop(const QString &profileId)
    {
        if (!profileId.isEmpty() && !madeHere.contains(profileId))
            madeHere.append(profileId);
    }

    /// The sandbox web app's certificate and its private key, PEM.
    QByteArray webAppCertificatePem()
    {
        const Sandbox::AppCertificate cert =
            sandbox().scenario.findApp(WebAppId)->certificates.constFirst();
        return cert.certificatePem + '\n' + cert.privateKeyPem;
    }

    /// A copy of the demo profile (the sandbox's web app and cloud) named `name`, with
    /// `credential`; a certificate is the web app's (webAppCertificatePem(), its thumbprint
    /// set here, the key not stored). Removed from the keychain at stop(). Empty when the
    /// store refused it.
    Profile addWebAppProfile(const QString &name, CredentialKind credential)
    {
        Profile p = demoProfile();
        p.id.clear();
        p.name = name;
        p.credential = credential;
        if (credential == CredentialKind::Certificate)
            p.certificateThumbprint = QString::fromLatin1(
                ClientCertificate::fromPem(webAppCertificatePem()).value().x5t());
        const Expected<Profile> added = services->profiles().add(p);
        if (!added) {
            qWarning("profile %s: %s", qPrintable(name), qPrintable(added.error()));
            return {};
        }
        removeAtStop(added->id);
        return added.value();
    }

    /// A public-client copy of the demo profile that never had a consent: no refresh token in
    /// the keychain. Announced with AppServices::profilesChanged. Empty when it was refused.
    Profile addProfileWithoutConsent(const QString &name)
    {
        Profile fresh = demoProfile();
        fresh.id.clear();
        fresh.name = name;
        fresh.clientId = PublicAppId;
        fresh.credential = CredentialKind::None;
        const Expected<Profile> added = services->profiles().add(fresh);
        if (!added)
            return {};
        removeAtStop(added->id);
        return added.value();
    }

    /// The access token the broker hands out for `key` (from its cache when it has one);
    /// empty when none came within `timeoutMs`.
    QString brokerToken(const TokenKey &key, int timeoutMs = 15000)
    {
        QObject context;
        std::optional<AccessTokenResult> got;
        services->broker().accessToken(key, &context,
                                       [&got](const AccessTokenResult &r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, timeoutMs))
            return QString();
        return got->accessToken;
    }

    /// A consent for `profile` through the app's own engine, the test acting as the browser.
    /// The vault announces the new consent (AppServices::tokenChanged), as in the wizard.
    ConsentResult consent(const Profile &profile, const QString &user = ServiceUser,
                          const QString &password = ServicePassword,
                          const QString &otc = ServiceOtc, bool acceptWithoutMfa = false)
    {
        ConsentFlow flow(services->vault(), services->http(), services->clock(), nullptr);
        flow.setAcceptWithoutMfa(acceptWithoutMfa);
        flow.setAskForMfa(!acceptWithoutMfa);
        QSignalSpy spy(&flow, &ConsentFlow::finished);
        const Expected<QUrl> url = flow.start(profile, user);
        if (!url)
            return ConsentResult{false, {}, {}, {}, {}, url.error(), {}};
        const BrowserResult browsed = browseSignIn(*client, url.value(), user, password, otc);
        flow.complete(browsed.location);
        if (spy.isEmpty() && !spy.wait(10000))
            return ConsentResult{false, {}, {}, {}, {}, u"TEST: consent did not finish"_s, {}};
        const ConsentResult result = spy.constFirst().constFirst().value<ConsentResult>();
        return result;
    }

    /// The profile's refresh-token record in the keychain (through the vault), or
    /// std::nullopt; `status` says why not.
    std::optional<RefreshTokenRecord> refreshTokenRecord(const QString &profileId,
                                                         SecretResult::Status *status = nullptr)
    {
        QObject context;
        std::optional<std::pair<SecretResult, RefreshTokenRecord>> got;
        services->vault().loadRefreshToken(
            profileId, &context, [&got](const SecretResult &r, const RefreshTokenRecord &rec) {
                got = {r, rec};
            });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 10000))
            return std::nullopt;
        if (status)
            *status = got->first.status;
        return got->first.ok() ? std::optional(got->second) : std::nullopt;
    }

    /// Replaces the sandbox's faults with `fault`; false when the sandbox refused it.
    bool putFault(const QJsonObject &fault)
    {
        const auto reply =
            client->send("PUT"_ba, client->url(u"/_sandbox/faults"_s),
                         QJsonDocument(QJsonObject{{u"faults"_s, QJsonArray{fault}}}).toJson(), {},
                         "application/json"_ba);
        return reply.status == 200;
    }

    /// Replaces the sandbox's rate limits it names (`{"applicationConsents":{"requests":N,
    /// "perSeconds":S}}`); false when the sandbox refused them.
    bool putRateLimits(const QJsonObject &limits)
    {
        const auto reply = client->send("PUT"_ba, client->url(u"/_sandbox/ratelimits"_s),
                                        QJsonDocument(limits).toJson(), {}, "application/json"_ba);
        return reply.status == 200;
    }

    void clearFaults() { client->send("DELETE"_ba, client->url(u"/_sandbox/faults"_s)); }
};

} // namespace PCAuth::Test
