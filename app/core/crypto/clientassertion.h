// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/clientcertificate.h"
#include "support/clock.h"
#include "support/expected.h"

#include <chrono>

#include <QString>
#include <QUrl>

namespace PCAuth {

/// The longest client assertion lifetime Entra accepts.
inline constexpr std::chrono::seconds MaxClientAssertionLifetime{600};
/// Shorter lifetimes are raised to this: a few seconds of clock difference would otherwise
/// make the assertion expire before the token endpoint reads it.
inline constexpr std::chrono::seconds MinClientAssertionLifetime{60};

/// The `client_assertion` a confidential app sends instead of a client secret
/// (`client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer`).
///
/// A JWT signed RS256 by the certificate's key. Header: `alg` RS256, `typ` JWT, `x5t` (the
/// certificate's base64url SHA-1 thumbprint, which is how Entra finds the registered
/// certificate). Claims: `aud` = the token endpoint URL exactly as the request goes to it,
/// `iss` = `sub` = the client id, `jti` = a random UUID (Entra refuses a replayed one),
/// `nbf` = `iat` = now, `exp` = now + lifetime.
///
/// `lifetime` is clamped to [MinClientAssertionLifetime, MaxClientAssertionLifetime], that
/// is 1 to 10 minutes: Entra refuses assertions valid for longer than 10 minutes.
/// Fails for a null certificate, an empty client id, or a token endpoint that is not an
/// absolute https URL.
Expected<QString> makeClientAssertion(const ClientCertificate &certificate, const QString &clientId,
                                      const QUrl &tokenEndpoint, const Clock &clock,
                                      std::chrono::seconds lifetime = MaxClientAssertionLifetime);

} // namespace PCAuth
