// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "net/httpclient.h"
#include "profiles/profilestore.h"
#include "session/tokenbroker.h"
#include "support/clock.h"
#include "vault/keychainstore.h"
#include "vault/vault.h"

#include <memory>

#include <QNetworkAccessManager>

namespace PCAuth {

/// The engine objects one process works with, wired together once: the profile store of a
/// config folder, the vault over the OS keychain (its non-secret index beside profiles.json),
/// the HTTP client and the token broker. pcauthctl and the desktop app build the same thing,
/// so a profile set up in one is used unchanged by the other.
///
/// Everything lives on the thread that made the workspace and answers asynchronously.
class Workspace final
{
    Q_DISABLE_COPY_MOVE(Workspace)
public:
    struct Options
    {
        /// Empty: ProfileStore::defaultConfigDir() (PCAUTH_CONFIG_DIR or the user's folder).
        QString configDir;
        /// Empty: Vault::defaultService() (PCAUTH_KEYCHAIN_SERVICE or "pcauth").
        QString keychainService;
        RetryPolicy policy;
        /// Must outlive the workspace. Tests and the sandbox pass their own.
        const Clock *clock = &Clock::system();
    };

    explicit Workspace(const Options &options);
    ~Workspace();

    ProfileStore &profiles() { return m_profiles; }
    const ProfileStore &profiles() const { return m_profiles; }
    Vault &vault() { return m_vault; }
    KeychainStore &keychain() { return m_keychain; }
    HttpClient &http() { return m_http; }
    TokenBroker &broker() { return m_broker; }
    QNetworkAccessManager &network() { return m_network; }
    const Clock &clock() const { return *m_clock; }
    QString configDir() const { return m_profiles.configDir(); }

private:
    const Clock *m_clock;
    QNetworkAccessManager m_network;
    HttpClient m_http;
    ProfileStore m_profiles;
    KeychainStore m_keychain;
    Vault m_vault;
    TokenBroker m_broker;
};

} // namespace PCAuth
