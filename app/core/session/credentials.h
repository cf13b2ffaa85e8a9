// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "profiles/profile.h"
#include "session/tokenendpoint.h"
#include "support/expected.h"

#include <functional>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace PCAuth {

class Cloud;
class Vault;
struct RefreshTokenRecord;

/// Loads what the profile's app needs at the token endpoint: nothing for a public client, the
/// client secret, or the certificate with its key (stored as PEM; PFX bytes without a password
/// are read too). Shared by the token broker and the consent flow so both say the same when the
/// keychain has no credential. Calls back later, not when `context` is gone. The message names
/// the profile and never contains the secret.
void loadClientCredential(Vault &vault, const Profile &profile, QObject *context,
                          std::function<void(const Expected<ClientCredential> &)> done);

/// The origin of the cloud's sign-in authority ("https://login.microsoftonline.com"), as a
/// refresh token records it at consent.
QString authorityOf(const Cloud &cloud);

/// Empty when the refresh token of `record` (and the client credential that goes with it) may
/// be sent to `cloud`'s authority: the one it was issued by, or any for records that predate
/// the authority field. Otherwise why not, for the user: an edited cloud file or profile must
/// not send the token elsewhere.
QString checkAuthority(const Profile &profile, const Cloud &cloud,
                       const RefreshTokenRecord &record);

} // namespace PCAuth
