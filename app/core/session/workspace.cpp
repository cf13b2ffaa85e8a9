// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "workspace.h"

namespace PCAuth {

namespace {

QString serviceOf(const Workspace::Options &options)
{
    return options.keychainService.isEmpty() ? Vault::defaultService() : options.keychainService;
}

} // namespace

Workspace::Workspace(const Options &options)
    : m_clock(options.clock)
    , m_http(&m_network, options.policy, *options.clock)
    , m_profiles(ProfileStore::defaultConfigDir(options.configDir), *options.clock)
    , m_keychain(serviceOf(options))
    , m_vault(m_keychain, m_profiles.configDir(), serviceOf(options), *options.clock)
    , m_broker(m_profiles, m_vault, m_http, *options.clock)
{ }

Workspace::~Workspace() = default;

} // namespace PCAuth
