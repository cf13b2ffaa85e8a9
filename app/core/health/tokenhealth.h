// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "errors/errorcatalogue.h"
#include "support/clock.h"

#include <optional>

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace PCAuth {

/// Whether the token that came from consent proves multi-factor authentication (amr claim).
enum class MfaEvidence { Unknown, Present, Absent };

/// What the store knows about one refresh token, without the token itself: health is computed
/// from metadata so it can be shown for every profile without touching the keychain.
struct TokenMetadata
{
    bool refreshTokenPresent = false;
    QDateTime obtainedAt; // when consent produced the first token
    QDateTime lastRedeemedAt; // last successful refresh-token redemption: resets the 90-day clock
    MfaEvidence mfa = MfaEvidence::Unknown;
    bool acceptedWithoutMfa = false; // the user explicitly kept a token without MFA
    std::optional<ServiceError> lastError;
    QDateTime lastErrorAt; // invalid: unknown, the error is then taken as current
    QDateTime accessTokenExpiresAt; // cached access token, invalid if none
};

/// The inactivity window is Entra's (90 days, not configurable there) but kept here as a
/// policy so a tenant with other rules, or a test, can change it.
struct HealthPolicy
{
    int inactivityDays = 90;
    int warningDays = 14;
};

enum class HealthStatus {
    Healthy,
    ExpiringSoon,
    Expired,
    MfaMissing,
    Revoked,
    ConsentMissing,
    Unknown
};

struct HealthReport
{
    HealthStatus status = HealthStatus::Unknown;
    QStringList reasons; // plain sentences, most important first
    QString action; // what to do now ("" when healthy)
    std::optional<int> daysLeft; // ESTIMATE of days left in the inactivity window (floor), >= 0
    QDateTime estimatedExpiry; // last activity + inactivityDays; invalid when unknown
    std::optional<qint64> accessTokenSecondsLeft; // informational countdown, 0 once expired
};

/// Computes the health of one refresh token. The rules, in the order they are checked:
///
///  1. No refresh token: ConsentMissing ("no partner consent has been recorded"); nothing
///     else is checked, there is no token to judge.
///  2. A lastError newer than lastRedeemedAt (or with no lastErrorAt, or with no redemption
///     recorded) decides by its ErrorCatalogue category: Revoked -> Revoked,
///     RefreshTokenExpired -> Expired, ConsentMissing -> ConsentMissing,
///     MfaRequired/MfaRegistrationRequired -> MfaMissing. Any other error (throttled, 5xx,
///     unknown...) only adds a reason; the status then comes from the dates. An error at or
///     before the last success is history and ignored.
///  3. Last activity = lastRedeemedAt, else obtainedAt; neither -> Unknown.
///     estimatedExpiry = last activity + inactivityDays; now >= estimatedExpiry -> Expired;
///     daysLeft = floor(time left in days); daysLeft <= warningDays -> ExpiringSoon.
///     The refresh token is opaque, so this date is an estimate and the reasons say so.
///  4. MFA Absent -> MfaMissing, even when acceptedWithoutMfa (the reason then says the user
///     accepted it); MFA Unknown only adds a reason.
///
/// With several problems the most severe status (healthSeverity) wins; on equal severity the
/// first found in the order above. Every reason is kept, most severe first. Only the
/// injected clock is read.
HealthReport evaluateHealth(const TokenMetadata &meta, const Clock &clock,
                            const HealthPolicy &policy = {});

/// Stable ids for JSON: "healthy", "expiring-soon", "expired", "mfa-missing", "revoked",
/// "consent-missing", "unknown".
QString healthStatusId(HealthStatus status);
/// Translatable display text.
QString healthStatusLabel(HealthStatus status);
/// For "worst status" aggregation: Healthy 0 < Unknown 1 < ExpiringSoon 2 < MfaMissing 3 <
/// Expired = Revoked = ConsentMissing 4.
int healthSeverity(HealthStatus status);

} // namespace PCAuth
