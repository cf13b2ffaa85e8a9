// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/jwks.h"
#include "support/clock.h"
#include "support/expected.h"
#include "token/jwt.h"

#include <chrono>

#include <QByteArray>
#include <QString>

namespace PCAuth {

/// What the id_token from a code exchange must say, gathered when the sign-in started.
struct IdTokenExpectations
{
    /// The discovery document's `issuer`, compared exactly. Multi-tenant discovery documents
    /// (`organizations`, `common`) publish a template such as
    /// `https://login.microsoftonline.com/{tenantid}/v2.0`: `{tenantid}` is replaced by the
    /// token's own `tid` before the comparison.
    QString issuer;
    /// The app (client) id: the only accepted `aud`. A GUID matches in any letter case
    /// (Entra writes it in lower case); any other value must match exactly.
    QString clientId;
    /// The nonce sent in the authorization request. Required: an empty nonce fails the
    /// validation, because a code exchange without one cannot detect a replayed token.
    QByteArray nonce;
    /// Allowance for the difference between this computer's clock and Entra's. Negative
    /// values count as zero.
    std::chrono::seconds skew{300};
};

/// Validates an id_token received from a code exchange (OpenID Connect Core 3.1.3.7) and
/// returns it decoded. Checks, in this order, stopping at the first failure: shape; `alg`
/// is RS256 ("none" and HS* are refused by name: accepting them is the classic JWT forgery);
/// `kid` is in the key set; the signature; `iss`; `aud` (and `azp` when there are several
/// audiences); `nonce`; `exp` > now - skew; `nbf` and `iat` ≤ now + skew. The signature is
/// checked before any claim, so no decision rests on unauthenticated content. Every failure
/// has its own message naming the field; no message contains the token.
Expected<Jwt> validateIdToken(const QString &idToken, const JsonWebKeySet &keys,
                              const IdTokenExpectations &expectations, const Clock &clock);

} // namespace PCAuth
