// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "support/clock.h"
#include "support/expected.h"

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace PCAuth {

/// What a token says about multi-factor authentication. Partner Center rejects app+user
/// calls without MFA (401, code 10001), so the inspector shows this verdict prominently.
/// Three states, not a bool: v2 access tokens and app-only tokens carry no evidence at all,
/// and "cannot tell" must not be shown as "no MFA".
struct MfaVerdict
{
    enum class State { Present, Absent, Unknown };
    /// Unknown: neither amr nor authenticationmethod claim (v2 access tokens, app-only tokens).
    State state = State::Unknown;
    /// Plain words naming the claim that decided: `amr contains "mfa"`,
    /// `amr is ["pwd"]: no MFA method`, `no amr or authenticationmethod claim: cannot tell`.
    QString evidence;
};

/// Stable identifiers for scripts and JSON output: "present", "absent", "unknown".
QString mfaStateId(MfaVerdict::State state);

/// A JSON Web Token decoded for display: header, claims and the raw parts.
///
/// Display only: decode() checks the shape (three base64url parts, JSON objects), never the
/// signature. A client must not base an authorization decision on a token it has not
/// validated; signingInput() and signature() stay available for the validator that will.
/// Every malformed input gives a message naming the part and the problem; no message
/// echoes the token or a segment of it, because tokens are secrets.
class Jwt final
{
public:
    /// Characters, after trimming. Entra tokens are 1-4 KB; a token with many group claims
    /// stays well under this. The limit bounds the work done on pasted junk.
    static constexpr qsizetype MaxInputSize = 64 * 1024;

    /// Trims surrounding whitespace and an optional "Bearer " prefix (case-insensitive).
    static Expected<Jwt> decode(QStringView token);

    /// An empty token: no header, no claims. Only so that holders can default-construct.
    Jwt() = default;
    bool isNull() const { return m_signingInput.isEmpty(); }

    const QJsonObject &header() const { return m_header; }
    const QJsonObject &claims() const { return m_claims; }
    /// "<b64 header>.<b64 payload>" exactly as received: what a signature is computed over.
    QByteArray signingInput() const { return m_signingInput; }
    /// Decoded signature bytes (may be empty for alg "none").
    QByteArray signature() const { return m_signature; }
    /// Header "alg"; "" when absent (accepted for display).
    QString algorithm() const;
    /// Header "kid": which JWKS key signed the token.
    QString keyId() const;

    /// "" if absent or not a string; numbers give their decimal text.
    QString stringClaim(QStringView name) const;
    /// A string gives [string], an array gives its string (and number) elements.
    /// For claims that Entra sends either way (aud, amr, roles, wids).
    QStringList stringListClaim(QStringView name) const;
    /// NumericDate (seconds since 1970, UTC) as a number or a numeric string (v1 tokens and
    /// responses carry numbers as strings). nullopt when absent, not numeric or out of range.
    std::optional<QDateTime> timeClaim(QStringView name) const;
    std::optional<QDateTime> expiresAt() const { return timeClaim(u"exp"); }
    std::optional<QDateTime> notBefore() const { return timeClaim(u"nbf"); }
    std::optional<QDateTime> issuedAt() const { return timeClaim(u"iat"); }

    /// scp split on spaces.
    QStringList scopes() const;
    QStringList roles() const { return stringListClaim(u"roles"); }
    /// ver ("1.0", "2.0").
    QString version() const { return stringClaim(u"ver"); }
    /// idtyp == "app", or roles present and no scp and no upn/unique_name (v1 tokens have no
    /// idtyp unless the app asks for it).
    bool isAppOnly() const;
    /// upn, else unique_name, else preferred_username, else email, else "".
    QString subjectName() const;
    /// Checks every amr element and the federated authenticationmethod claim.
    MfaVerdict mfa() const;

    enum class Validity { NotYetValid, Valid, Expired, NoExpiry };
    /// Against the injected clock, no skew allowance: expired from the exp second on.
    Validity validity(const Clock &clock) const;
    /// exp minus now; negative once expired; nullopt without exp.
    std::optional<qint64> secondsUntilExpiry(const Clock &clock) const;

private:
    QJsonObject m_header;
    QJsonObject m_claims;
    QByteArray m_signingInput;
    QByteArray m_signature;
};

} // namespace PCAuth
