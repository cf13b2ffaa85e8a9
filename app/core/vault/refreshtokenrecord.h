// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "health/tokenhealth.h"
#include "support/expected.h"
#include "token/jwt.h"

#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace PCAuth {

/// Stable ids for files and JSON: "present", "absent", "unknown".
QString mfaEvidenceId(MfaEvidence mfa);
std::optional<MfaEvidence> mfaEvidenceFromId(QStringView id);
/// What a token's amr verdict says of MFA.
MfaEvidence mfaEvidenceOf(MfaVerdict::State state);

/// A profile's refresh token with what is known about it. Stored as ONE keychain item, so
/// token and metadata can never disagree:
///
///     {"format": 1, "refreshToken": "...", "clientId": "...", "tenant": "...",
///      "cloud": "global", "upn": "admin@contoso.onmicrosoft.com", "obtainedVia": "consent",
///      "issuedAt": "2026-01-02T03:04:05.000Z", "lastRedeemedAt": "...", "mfa": "present",
///      "acceptedWithoutMfa": false, "consentId": "5f0c...", "authority": "https://login..."}
///
/// The same object without "refreshToken" (metadataJson()) is mirrored in the VaultIndex so
/// health can be shown without unlocking the keychain.
struct RefreshTokenRecord
{
    QString refreshToken; ///< the secret
    QString clientId; ///< the app registration that redeems it
    QString tenant; ///< the partner tenant it was issued in
    QString cloudId; ///< Cloud id ("global", "china", ...)
    QString upn; ///< who consented
    QString
        obtainedVia; ///< how it was obtained: "consent", "consent-system-browser", "rotation"...
    QDateTime issuedAt; ///< when Entra issued the token stored now (consent or last rotation)
    QDateTime lastRedeemedAt; ///< last successful redemption (invalid: never)
    MfaEvidence mfa = MfaEvidence::Unknown;
    bool acceptedWithoutMfa = false; ///< the user explicitly kept a token without MFA
    /// A random id given at consent and kept by every rotation of that consent: a rotation is
    /// stored only over a token of the same consent (Vault::storeRotatedRefreshToken), so a
    /// refresh that was under way when the user signed in again cannot overwrite the new
    /// consent. Empty for records written before consent ids existed.
    QString consentId;
    /// The sign-in authority (scheme and host, e.g. "https://login.microsoftonline.com") the
    /// token was issued by. The token and the client credential are sent only there: an
    /// edited cloud file or profile that points elsewhere is refused. Empty for older records.
    QString authority;

    /// The version written; a newer one is refused rather than half understood.
    static constexpr int FormatVersion = 1;

    /// The keychain item (compact JSON, with the token).
    QByteArray toJson() const;
    /// Everything except the token: safe for the index, logs and `--json` output.
    QJsonObject metadataJson() const;
    /// Reads a keychain item. Messages name the field at fault and never quote a value.
    static Expected<RefreshTokenRecord> fromJson(const QByteArray &json);
    /// Reads metadataJson() back; refreshToken stays empty.
    static Expected<RefreshTokenRecord> fromMetadataJson(const QJsonObject &json);

    /// A new random consent id.
    static QString newConsentId();
    /// Whether `other` is this record or a rotation of the same consent.
    bool sameConsent(const RefreshTokenRecord &other) const;

    /// What health needs (refreshTokenPresent is true, obtainedAt is issuedAt).
    TokenMetadata tokenMetadata() const;

    friend bool operator==(const RefreshTokenRecord &a, const RefreshTokenRecord &b);
    friend bool operator!=(const RefreshTokenRecord &a, const RefreshTokenRecord &b)
    {
        return !(a == b);
    }

    Q_DECLARE_TR_FUNCTIONS(PCAuth::RefreshTokenRecord)
};

} // namespace PCAuth
