// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "session/profileremoval.h"

#include "profiles/profilestore.h"
#include "vault/vault.h"

namespace PCAuth {

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
