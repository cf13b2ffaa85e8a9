// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// What the session tests (token broker, consent) share: an in-process sandbox, a custom cloud
// file pointing at it, a profile store and a vault in a temporary folder (over the real
// keychain or the in-memory fake), and a "browser" that walks the sandbox's sign-in forms.
// Everything in the sandbox's demo scenario is public test data (app/sandbox/README.md).
#pragma once

#include "memorysecretstore.h"
#include "net/httpclient.h"
#include "profiles/profilestore.h"
#include "sandboxserver.h"
#include "sandboxstate.h"
#include "sandboxtest.h"
#include "session/consentflow.h"
#include "vault/keychainstore.h"
#include "vault/vault.h"

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace PCAuth::Test {

using namespace Qt::StringLiterals;

inline const QString PartnerDomain = u"contosopartner.onmicrosoft.com"_s;
inline const QString PartnerTenantId = u"85e218cc-78c2-590a-af13-dac153a09623"_s;
inline const QString WebAppId = u"29f0cfea-cee2-512b-9f76-ab897fdcf52f"_s;
inline const QString PublicAppId = u"5c0bac37-dd9a-5ea1-875b-17eb53886dec"_s;
inline const QByteArray WebAppSecret = "Sandbox~Secret.NotASecret-0123456789abcdef"_ba;
inline const QString ServiceUser = u"svc-pcauth@contosopartner.onmicrosoft.com"_s;
inline const QString ServicePassword = u"Sandbox-Passw0rd!"_s;
inline const QString ServiceOtc = u"246810"_s;
inline const QString NoMfaUser = u"nomfa.user@contosopartner.onmicrosoft.com"_s;
inline const QString NoMfaPassword = u"Sandbox-NoMfa1!"_s;
/// Outside the partner's Admin Agents group: Graph lists no GDAP relationship for it.
inline const QString HelpdeskUser = u"helpdesk.agent@contosopartner.onmicrosoft.com"_s;
inline const QString HelpdeskPassword = u"Sandbox-Helpdesk1!"_s;
inline const QString HelpdeskOtc = u"864213"_s;
inline const QString PartnerCenter = u"https://api.partnercenter.microsoft.com"_s;
inline const QString Graph = u"https://graph.microsoft.com"_s;

/// The redirect a browser ends on after walking the sandbox's forms, or why it did not.
struct BrowserResult
{
    QUrl location; // the final 302's Location: the redirect URI with code or error
    QStringList pages;
    int pageError = 0;
};

/// Walks the sandbox's sign-in forms from `authorizationUrl` like a browser without
/// JavaScript: login, MFA, consent. Returns the final redirect or the page that stopped it.
inline BrowserResult browseSignIn(SandboxTest::Client &client, const QUrl &authorizationUrl,
                                  const QString &login, const QString &password, const QString &otc,
                                  const QString &consent = u"accept"_s)
{
    using namespace SandboxTest;
    BrowserResult out;
    Reply r = client.send("GET"_ba, authorizationUrl);
    for (int step = 0; step < 6 && r.status == 200; ++step) {
        const QString page = pageOf(r);
        out.pages.append(page);
        out.pageError = pageErrorCode(r);
        if (page == "error"_L1 || (step > 0 && out.pageError != 0))
            return out;
        const QString action = htmlMatch(r.body, u"<form[^>]*action=\"([^\"]+)\""_s);
        QList<QPair<QString, QString>> fields{{u"flowToken"_s, inputValue(r, u"flowToken"_s)}};
        if (page == "login"_L1)
            fields << qMakePair(u"login"_s, login) << qMakePair(u"passwd"_s, password);
        else if (page == "mfa"_L1)
            fields << qMakePair(u"otc"_s, otc);
        else if (page == "consent"_L1)
            fields << qMakePair(u"consent"_s, consent);
        r = client.post(action, form(fields));
    }
    if (r.status == 302)
        out.location = r.location();
    return out;
}

struct SessionFixture
{
    enum class Store { Keychain, Memory };

    std::unique_ptr<Sandbox::SandboxServer> server;
    std::unique_ptr<SandboxTest::Client> client;
    std::unique_ptr<QTemporaryDir> dir;
    QNetworkAccessManager network;
    std::unique_ptr<HttpClient> http;
    std::unique_ptr<SecretStore> store;
    MemorySecretStore *memory = nullptr; // when Store::Memory
    std::unique_ptr<Vault> vault;
    std::unique_ptr<ProfileStore> profiles;
    QString cloudFile;
    QStringList profileIds;

    /// Empty on success, else what failed.
    QString start(Store kind)
    {
        profiles.reset();
        vault.reset();
        memory = nullptr;
        store.reset();
        http.reset();
        profileIds.clear();
        dir = std::make_unique<QTemporaryDir>();
        server = std::make_unique<Sandbox::SandboxServer>(Sandbox::Scenario::demo());
        QString error;
        if (!server->start(QHostAddress::LocalHost, 0, &error))
            return error;
        client = std::make_unique<SandboxTest::Client>(server->baseUrl());
        const SandboxTest::Reply cloud = client->get(u"/_sandbox/cloud.json"_s);
        cloudFile = dir->filePath(u"sandbox-cloud.json"_s);
        QFile file(cloudFile);
        if (cloud.status != 200 || !file.open(QIODevice::WriteOnly) || file.write(cloud.body) < 0)
            return u"cannot write the sandbox cloud file"_s;
        file.close();
        RetryPolicy policy;
        policy.baseDelay = std::chrono::milliseconds(20);
        policy.totalTimeout = std::chrono::seconds(10);
        http = std::make_unique<HttpClient>(&network, policy);
        const QString service = u"pcauth-test-session-%1"_s.arg(QCoreApplication::applicationPid());
        if (kind == Store::Memory) {
            auto fake = std::make_unique<MemorySecretStore>();
            memory = fake.get();
            store = std::move(fake);
        } else {
            store = std::make_unique<KeychainStore>(service);
        }
        vault = std::make_unique<Vault>(*store, dir->filePath(u"vault"_s), service);
        profiles = std::make_unique<ProfileStore>(dir->filePath(u"config"_s));
        return {};
    }

    /// Removes every keychain item the test made.
    void cleanup()
    {
        for (const QString &id : std::as_const(profileIds)) {
            bool done = false;
            QObject context;
            vault->removeProfile(id, &context, [&done](const SecretResult &) { done = true; });
            (void)QTest::qWaitFor([&done] { return done; }, 5000);
        }
        profileIds.clear();
    }

    /// A profile on the sandbox cloud; the secret or certificate goes to the vault.
    Profile addProfile(const QString &name, CredentialKind credential = CredentialKind::Secret,
                       Protocol protocol = Protocol::V2)
    {
        Profile p;
        p.name = name;
        p.cloudId = u"custom"_s;
        p.customCloudFile = cloudFile;
        p.partnerTenant = PartnerDomain;
        p.clientId = credential == CredentialKind::None ? PublicAppId : WebAppId;
        p.credential = credential;
        p.protocol = protocol;
        QByteArray pem;
        if (credential == CredentialKind::Certificate) {
            const Sandbox::AppCertificate cert =
                server->context().scenario.findApp(WebAppId)->certificates.constFirst();
            pem = cert.certificatePem + '\n' + cert.privateKeyPem;
            p.certificateThumbprint =
                QString::fromLatin1(ClientCertificate::fromPem(pem).value().x5t());
        }
        const Expected<Profile> added = profiles->add(p);
        if (!added) {
            qWarning("profile: %s", qPrintable(added.error()));
            return {};
        }
        profileIds.append(added->id);
        if (credential == CredentialKind::Secret)
            wait([&](QObject *c, SecretStore::Callback d) {
                vault->storeClientSecret(added->id, WebAppSecret, c, d);
            });
        else if (credential == CredentialKind::Certificate)
            wait([&](QObject *c, SecretStore::Callback d) {
                vault->storeCertificateKey(added->id, pem, c, d);
            });
        return added.value();
    }

    SecretResult wait(const std::function<void(QObject *, SecretStore::Callback)> &start)
    {
        QObject context;
        std::optional<SecretResult> got;
        start(&context, [&got](const SecretResult &r) { got = r; });
        if (!QTest::qWaitFor([&got] { return got.has_value(); }, 8000))
            return SecretResult::failure(SecretResult::Status::Failed, u"TEST: no answer"_s);
        return *got;
    }

    /// The stored record, or std::nullopt with the status.
    std::optional<RefreshTokenRecord> record(const QString &profileId,
                                             SecretResult::Status *status = nullptr)
    {
        QObject context;
        std::optional<std::pair<SecretResult, RefreshTokenRecord>> got;
        vault->loadRefreshToken(profileId, &context,
                                [&got](const SecretResult &r, const RefreshTokenRecord &rec) {
                                    got = std::make_pair(r, rec);
                                });
        (void)QTest::qWaitFor([&got] { return got.has_value(); }, 8000);
        if (status)
            *status = got ? got->first.status : SecretResult::Status::Failed;
        if (!got || !got->first.ok())
            return std::nullopt;
        return got->second;
    }

    /// Walks the sign-in forms from `authorizationUrl` like a browser without JavaScript.
    BrowserResult browse(const QUrl &authorizationUrl, const QString &login,
                         const QString &password, const QString &otc,
                         const QString &consent = u"accept"_s)
    {
        return browseSignIn(*client, authorizationUrl, login, password, otc, consent);
    }

    /// Runs a manual consent for `profile` as `user`; returns the flow's result.
    ConsentResult consent(const Profile &profile, const QString &user, const QString &password,
                          const QString &otc, bool askForMfa = true, bool acceptWithoutMfa = false)
    {
        ConsentFlow flow(*vault, *http, Clock::system(), nullptr);
        flow.setAskForMfa(askForMfa);
        flow.setAcceptWithoutMfa(acceptWithoutMfa);
        QSignalSpy spy(&flow, &ConsentFlow::finished);
        const Expected<QUrl> url = flow.start(profile, user);
        if (!url)
            return ConsentResult{false, {}, {}, {}, {}, url.error(), {}};
        const BrowserResult browsed = browse(url.value(), user, password, otc);
        flow.complete(browsed.location);
        if (spy.isEmpty() && !spy.wait(10000))
            return ConsentResult{false, {}, {}, {}, {}, u"TEST: consent did not finish"_s, {}};
        return spy.constFirst().constFirst().value<ConsentResult>();
    }
};

} // namespace PCAuth::Test
