// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "appservices.h"

#include "accessmonitor.h"
#include "controls.h"
#include "knowncustomers.h"
#include "sandboxserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

// The sandbox's demo web app (app/sandbox/README.md): public test data, not a secret.
const QString DemoPartnerDomain = u"contosopartner.onmicrosoft.com"_s;
const QString DemoWebAppId = u"29f0cfea-cee2-512b-9f76-ab897fdcf52f"_s;
const QByteArray DemoWebAppSecret = QByteArrayLiteral("Sandbox~Secret.NotASecret-0123456789abcdef");

Workspace::Options workspaceOptions(const AppOptions &options, const QString &configDir)
{
    Workspace::Options w;
    w.configDir = configDir;
    w.keychainService = options.keychainService;
    if (w.keychainService.isEmpty() && options.sandbox
        && qEnvironmentVariableIsEmpty("PCAUTH_KEYCHAIN_SERVICE"))
        w.keychainService = u"pcauth-sandbox"_s;
    w.clock = options.clock;
    return w;
}

} // namespace

QString AppServices::sandboxProfileName()
{
    return u"Contoso (sandbox)"_s;
}

AppServices::AppServices(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    QString configDir = options.configDir;
    if (options.sandbox && configDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        configDir = m_tempDir->path();
    }
    Workspace::Options w = workspaceOptions(options, configDir);
    w.policy.totalTimeout = std::chrono::seconds(m_settings.requestTimeoutSeconds());
    w.policy.maxParallel = std::max(8, m_settings.concurrency());
    m_workspace = std::make_unique<Workspace>(w);
    // The engine announces its own changes; the views only listen.
    connect(&profiles(), &ProfileStore::changed, this, &AppServices::profilesChanged);
    m_knownCustomers = std::make_unique<KnownCustomers>();
    m_access = std::make_unique<AccessMonitor>(*this);
    // A new consent or a removal reaches the views through the broker, which forgets the
    // profile's tokens on the vault's consentChanged and then announces it.
    connect(&broker(), &TokenBroker::tokenChanged, this, &AppServices::tokenChanged);
    // A timeout changed in Settings applies to the next request, not after a restart.
    connect(&m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key != AppSettings::Key::RequestTimeout)
            return;
        m_workspace->http().setTotalTimeout(
            std::chrono::seconds(m_settings.requestTimeoutSeconds()));
    });
}

AppServices::~AppServices() = default;

QUrl AppServices::sandboxUrl() const
{
    if (m_sandbox)
        return m_sandbox->baseUrl();
    if (!m_options.sandbox)
        return {};
    // As pcauth-sandbox prints it, without a trailing slash (StripTrailingSlash keeps a lone
    // "/"): the cloud file appends "/pc", "/graph", ...
    QUrl url = m_options.sandboxUrl.adjusted(QUrl::StripTrailingSlash);
    if (url.path() == u"/"_s)
        url.setPath(QString());
    return url;
}

void AppServices::start()
{
    const QString problem = m_options.sandbox ? startSandbox() : QString();
    if (!problem.isEmpty() || !m_options.sandbox) {
        QTimer::singleShot(0, this, [this, problem] { Q_EMIT ready(problem); });
        return;
    }
    makeSandboxProfile();
}

QString AppServices::startSandbox()
{
    const QUrl &given = m_options.sandboxUrl;
    if (!given.isEmpty()) {
        if (!given.isValid() || given.host().isEmpty()
            || (given.scheme() != "http"_L1 && given.scheme() != "https"_L1))
            return tr("The sandbox address \"%1\" is not an http:// or https:// URL, such as "
                      "the one pcauth-sandbox prints when it starts.")
                .arg(given.toString());
    } else {
        Sandbox::Scenario scenario = Sandbox::Scenario::demo();
        if (m_options.sandboxExtraCustomers > 0)
            scenario.addGeneratedCustomers(m_options.sandboxExtraCustomers);
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(std::move(scenario));
        QString error;
        if (!m_sandbox->start(QHostAddress::LocalHost, 0, &error))
            return tr("The sandbox could not start: %1").arg(error);
    }
    m_cloudFile = m_workspace->configDir() + u"/sandbox-cloud.json"_s;
    if (!QDir().mkpath(m_workspace->configDir()))
        return tr("The folder %1 could not be created.").arg(m_workspace->configDir());
    QSaveFile file(m_cloudFile);
    const QJsonObject cloud = Sandbox::Controls::cloudJson(sandboxUrl().toString());
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(cloud).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return tr("The sandbox cloud file %1 could not be written: %2")
            .arg(m_cloudFile, file.errorString());
    return {};
}

void AppServices::makeSandboxProfile()
{
    // A folder given with --config-dir keeps its demo profile from run to run; its secret
    // is stored again since shutdown() removed it.
    Expected<Profile> demo = profiles().find(sandboxProfileName());
    if (!demo) {
        Profile p;
        p.name = sandboxProfileName();
        p.cloudId = u"custom"_s;
        p.customCloudFile = m_cloudFile;
        p.partnerTenant = DemoPartnerDomain;
        p.clientId = DemoWebAppId;
        p.credential = CredentialKind::Secret;
        p.protocol = Protocol::V2;
        demo = profiles().add(p);
    }
    if (!demo) {
        const QString problem = tr("The demo profile could not be made: %1").arg(demo.error());
        QTimer::singleShot(0, this, [this, problem] { Q_EMIT ready(problem); });
        return;
    }
    m_sandboxProfileIds.append(demo->id);
    vault().storeClientSecret(demo->id, DemoWebAppSecret, this, [this](const SecretResult &result) {
        Q_EMIT profilesChanged(); // its credential is there now
        Q_EMIT ready(result.ok() ? QString() : result.message);
    });
}

void AppServices::shutdown(int timeoutMs)
{
    // A customer check keeps the newest rotated refresh token in memory until its end; one
    // still unsaved (the window closed mid-run) goes to the keychain now.
    if (broker().hasPendingTokens()) {
        QEventLoop loop;
        QObject context;
        broker().savePending(&context, [&loop] { loop.quit(); });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!m_options.sandbox)
        return;
    QStringList ids = m_sandboxProfileIds;
    // Profiles the user made in this sandbox run live in the temporary folder too (a folder
    // given with --config-dir may hold real profiles: only the demo profile goes there).
    const Expected<QList<Profile>> all = profiles().load();
    if (m_tempDir && all)
        for (const Profile &p : *all)
            if (!ids.contains(p.id))
                ids.append(p.id);
    if (ids.isEmpty())
        return;
    m_sandboxProfileIds.clear();
    QEventLoop loop;
    int pending = int(ids.size());
    QObject context;
    for (const QString &id : std::as_const(ids))
        vault().removeProfile(id, &context, [&pending, &loop](const SecretResult &) {
            if (--pending == 0)
                loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (pending > 0)
        loop.exec();
}

} // namespace PCAuth
