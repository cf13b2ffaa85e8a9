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
    /// ESTIMATE of days left in the inactivity window, >= 0 (inactivityDaysLeft()).
    std::optional<int> daysLeft;
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
///     daysLeft = inactivityDaysLeft(time left); daysLeft <= warningDays -> ExpiringSoon.
///     The refresh token is opaque, so this date is an estimate and the reasons say so.
///  4. MFA Absent -> MfaMissing, even when acceptedWithoutMfa (the reason then says the user
///     accepted it); MFA Unknown only adds a reason.
///
/// With several problems the most severe status (healthSeverity) wins; on equal severity the
/// first found in the order above. Every reason is kept, most severe first. Only the
/// injected clock is read.
HealthReport evaluateHealth(const TokenMetadata &meta, const Clock &clock,
                            const HealthPolicy &policy = {});

/// Days left in the inactivity window as an admin counts them: a started day counts as a
/// whole one, so the window's full length right after a consent or a refresh (89.99 days
/// left -> 90), 1 in its last second, 0 once it has ended, never more than inactivityDays.
int inactivityDaysLeft(qint64 secondsLeft, const HealthPolicy &policy = {});

/// What every view shows of a profile's refresh token, in words: the dashboard's columns and
/// pcauthctl health and token print these, so that they always agree.
struct HealthFigures
{
    /// When the refresh token was last redeemed (partner or customer tenant: each successful
    /// redemption is a refresh): "just now" within a minute, else "5 min ago"; before any
    /// redemption "not yet (consent 2 d ago)". Empty without a refresh token.
    QString lastRefresh;
    /// "90 days (estimate)"; empty when it cannot be estimated.
    QString daysLeft;
    /// The cached partner-tenant access token: "expires in 59:58", "expired" or "none".
    QString accessToken;
};

/// The figures of `meta` and its `report` (evaluateHealth() of the same metadata) now.
HealthFigures healthFigures(const TokenMetadata &meta, const HealthReport &report,
                            const Clock &clock);
/// "just now" under a minute, else formatRelative() of the time `secondsAgo` back.
QString formatLastRefresh(qint64 secondsAgo);
/// "expires in 42:13" (h:mm:ss beyond an hour), "expired" at or below 0.
QString formatCountdown(qint64 secondsLeft);

/// Stable ids for JSON: "healthy", "expiring-soon", "expired", "mfa-missing", "revoked",
/// "consent-missing", "unknown".
QString healthStatusId(HealthStatus status);
/// Translatable display text.
QString healthStatusLabel(HealthStatus status);
/// For "worst status" aggregation: Healthy 0 < Unknown 1 < ExpiringSoon 2 < MfaMissing 3 <
/// Expired = Revoked = ConsentMissing 4.
int healthSeverity(HealthStatus status);

} // namespace PCAuth
