// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "appsettings.h"
#include "session/workspace.h"

#include <memory>

#include <QObject>
#include <QUrl>

class QTemporaryDir;

namespace PCAuth {

class AccessMonitor;
class KnownCustomers;

namespace Sandbox {
class SandboxServer;
}

/// How the desktop app was started.
struct AppOptions
{
    /// Empty: the user's config folder (PCAUTH_CONFIG_DIR or the platform's). In sandbox mode
    /// empty means a fresh temporary folder, so demo profiles never mix with real ones.
    QString configDir;
    /// Empty: PCAUTH_KEYCHAIN_SERVICE or "pcauth"; in sandbox mode "pcauth-sandbox".
    QString keychainService;
    /// Run an embedded pcauth-sandbox with its demo scenario and a demo profile on it.
    bool sandbox = false;
    /// Sandbox mode: generated customers added to the demo scenario (benchmarks, screenshots).
    int sandboxExtraCustomers = 0;
    /// Sandbox mode on a pcauth-sandbox already listening there (started with its own
    /// --customers, --latency-ms or --scenario; `pcauth --sandbox-url`) instead of an embedded
    /// one: the demo profile points at it. An http:// or https:// URL.
    QUrl sandboxUrl;
    /// Must outlive the services.
    const Clock *clock = &Clock::system();
};

/// What every view of the desktop app shares: the engine (a Workspace, as pcauthctl has),
/// the app's settings, the embedded sandbox in sandbox mode, and the signals through which
/// one view asks the main window to show another. Views never talk to each other directly.
///
/// Construct, connect to ready(), call start(). Everything runs on the GUI thread and
/// answers asynchronously; nothing here blocks on the network or the keychain.
class AppServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppServices)
public:
    /// The demo profile made in sandbox mode.
    static QString sandboxProfileName();

    explicit AppServices(const AppOptions &options, QObject *parent = nullptr);
    ~AppServices() override;

    /// Sandbox mode: starts the sandbox, writes its cloud file and makes the demo profile
    /// (its client secret goes to the keychain). Emits ready() once, later, in every mode.
    void start();
    /// Stores the rotated refresh tokens still in memory (TokenBroker::savePending()); in
    /// sandbox mode, then removes the keychain items of the profiles made in this run. Each
    /// waits at most `timeoutMs` (it runs at exit).
    void shutdown(int timeoutMs = 3000);

    Workspace &workspace() { return *m_workspace; }
    ProfileStore &profiles() { return m_workspace->profiles(); }
    Vault &vault() { return m_workspace->vault(); }
    HttpClient &http() { return m_workspace->http(); }
    TokenBroker &broker() { return m_workspace->broker(); }
    const Clock &clock() const { return m_workspace->clock(); }
    AppSettings &settings() { return m_settings; }
    /// The latest access check of each profile, shared by the views.
    AccessMonitor &access() { return *m_access; }
    /// The latest customer list and check results of each profile, shared by the views.
    KnownCustomers &knownCustomers() { return *m_knownCustomers; }

    bool isSandbox() const { return m_options.sandbox; }
    /// Sandbox mode: the embedded sandbox (its clock and scenario can be driven by tests); null
    /// on a sandbox of its own (AppOptions::sandboxUrl).
    Sandbox::SandboxServer *sandbox() const { return m_sandbox.get(); }
    /// Sandbox mode: http://127.0.0.1:PORT (or AppOptions::sandboxUrl); else empty.
    QUrl sandboxUrl() const;
    /// Sandbox mode: the custom cloud file pointing at the sandbox; else empty.
    QString sandboxCloudFile() const { return m_cloudFile; }

Q_SIGNALS:
    /// start() is done; `problem` is empty on success, else what went wrong and what to do.
    void ready(const QString &problem);
    /// A profile was added, changed or removed (ProfileStore::changed()).
    void profilesChanged();
    /// What health shows for a profile's token may have changed (TokenBroker::tokenChanged():
    /// a redemption finished, or a new consent, app credential or removal made the broker
    /// forget the profile's tokens). Views listen; only the engine causes it.
    void tokenChanged(const QString &profileId);

    // Requests to the main window to show a view.
    void inspectTokenRequested(const QString &token);
    /// Opens the consent wizard; an empty id starts with a new profile.
    void consentRequested(const QString &profileId);
    /// Opens the request console for the profile (and customer tenant, when not empty).
    void testCallRequested(const QString &profileId, const QString &tenantId);
    void customersRequested(const QString &profileId);
    /// Shows the access findings of the profile (the tray's access notice was clicked): the
    /// Access view, or the dashboard's Access column where there is none.
    void accessRequested(const QString &profileId);

private:
    QString startSandbox();
    void makeSandboxProfile();

    AppOptions m_options;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    AppSettings m_settings;
    std::unique_ptr<AccessMonitor> m_access;
    std::unique_ptr<KnownCustomers> m_knownCustomers;
    QString m_cloudFile;
    QStringList m_sandboxProfileIds;
};

} // namespace PCAuth
