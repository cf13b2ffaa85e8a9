// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <functional>

#include <QString>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace PCAuth {

class ProfileStore;
class Vault;

/// The outcome of removing a profile.
struct ProfileRemoval
{
    /// The keychain items are gone (when false the profile was kept: nothing may stay in the
    /// keychain without a profile that names it).
    bool keychainCleared = false;
    /// For the user; empty when everything went. With keychainCleared, the profile file could
    /// not be changed.
    QString message;

    bool ok() const { return keychainCleared && message.isEmpty(); }
};

/// Removes a profile, as the dashboard and `pcauthctl profile remove` do: its keychain items
/// and vault index entries first (the vault announces the removal, so cached access tokens go
/// and a redemption under way cannot store its token again), then the profile. Calls back
/// later, not when `context` is gone.
void removeProfile(ProfileStore &profiles, Vault &vault, const QString &profileId, QObject *context,
                   std::function<void(const ProfileRemoval &)> done);

} // namespace PCAuth
