// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// Adding and removing a profile, as pcauthctl and the desktop app both do (replacing its app
// credential is CredentialReplacement).

#include "profiles/profile.h"

#include <functional>
#include <optional>

#include <QByteArray>
#include <QString>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace PCAuth {

class ProfileStore;
class Vault;

/// The outcome of adding a profile.
struct ProfileAddition
{
    /// The profile as stored (with its new id), when it was added.
    std::optional<Profile> added;
    /// For the user, when it was not added.
    QString message;
    /// The profile itself was valid, but the keychain refused its credential, so it was taken
    /// back out of the profiles file.
    bool credentialRefused = false;

    bool ok() const { return added.has_value(); }
};

/// Adds a profile with its credential, as the consent wizard and `pcauthctl profile add` do:
/// the profile first (ProfileStore::add() validates it and announces it), then its client
/// secret or certificate key (PEM) in the keychain. When the keychain refuses, the profile is
/// removed again: a profile whose credential is missing would only fail at its first token.
/// An empty `credential` (a public client) stores nothing. Calls back once, later, unless
/// `context` is gone.
void addProfile(ProfileStore &profiles, Vault &vault, const Profile &profile,
                const QByteArray &credential, QObject *context,
                std::function<void(const ProfileAddition &)> done);

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
