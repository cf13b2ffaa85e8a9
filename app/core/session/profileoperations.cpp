// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/profileoperations.h"

#include "profiles/profilestore.h"
#include "vault/vault.h"

#include <QTimer>

namespace PCAuth {

void addProfile(ProfileStore &profiles, Vault &vault, const Profile &profile,
                const QByteArray &credential, QObject *context,
                std::function<void(const ProfileAddition &)> done)
{
    const Expected<Profile> added = profiles.add(profile);
    if (!added || credential.isEmpty()) {
        ProfileAddition result;
        if (added)
            result.added = added.value();
        else
            result.message = added.error();
        QTimer::singleShot(0, context, [result, done = std::move(done)] { done(result); });
        return;
    }
    const auto stored = [&profiles, added = added.value(),
                         done = std::move(done)](const SecretResult &secret) {
        ProfileAddition result;
        if (secret.ok()) {
            result.added = added;
            return done(result);
        }
        (void)profiles.remove(added.id);
        result.credentialRefused = true;
        result.message = secret.message;
        done(result);
    };
    if (profile.credential == CredentialKind::Certificate)
        vault.storeCertificateKey(added->id, credential, context, stored);
    else
        vault.storeClientSecret(added->id, credential, context, stored);
}

void removeProfile(ProfileStore &profiles, Vault &vault, const QString &profileId, QObject *context,
                   std::function<void(const ProfileRemoval &)> done)
{
    vault.removeProfile(
        profileId, context,
        [&profiles, profileId, done = std::move(done)](const SecretResult &removed) {
            ProfileRemoval result;
            result.keychainCleared = removed.ok();
            if (!removed.ok()) {
                result.message = removed.message;
                return done(result);
            }
            const Result gone = profiles.remove(profileId);
            if (!gone)
                result.message = gone.error();
            done(result);
        });
}

} // namespace PCAuth
