// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "health/tokenhealth.h"

#include "token/claims.h"

#include <algorithm>

#include <QCoreApplication>
#include <QList>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// Gives lupdate a context for the sentences built here (this file has no QObject).
class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::TokenHealth)
};

constexpr qint64 kSecondsPerDay = 24 * 60 * 60;

/// One observation about the token. Observations that only inform (a throttled call, MFA
/// evidence unknown) carry Healthy, the lowest severity, so they never decide the status.
struct Finding
{
    HealthStatus status = HealthStatus::Healthy;
    QString reason;
    QString action;
};

QString dayOf(const QDateTime &when)
{
    return when.toUTC().date().toString(Qt::ISODate);
}

QString consentAgainAction()
{
    return Tr::tr("Run the partner consent again, then enable keep-alive so the token is used "
                  "regularly.");
}

/// Only an error after the last success says anything about the token now.
bool errorIsCurrent(const TokenMetadata &meta)
{
    if (!meta.lastError)
        return false;
    if (!meta.lastRedeemedAt.isValid() || !meta.lastErrorAt.isValid())
        return true;
    return meta.lastErrorAt > meta.lastRedeemedAt;
}

HealthStatus statusForCategory(ErrorCategory category)
{
    switch (category) {
    case ErrorCategory::Revoked:
        return HealthStatus::Revoked;
    case ErrorCategory::RefreshTokenExpired:
        return HealthStatus::Expired;
    case ErrorCategory::ConsentMissing:
        return HealthStatus::ConsentMissing;
    case ErrorCategory::MfaRequired:
    case ErrorCategory::MfaRegistrationRequired:
        return HealthStatus::MfaMissing;
    default:
        return HealthStatus::Healthy; // informational: the dates decide
    }
}

std::optional<Finding> errorFinding(const TokenMetadata &meta)
{
    if (!errorIsCurrent(meta))
        return std::nullopt;
    const ServiceError &error = *meta.lastError;
    const ErrorAdvice advice = ErrorCatalogue::advise(error);
    QString code = error.key();
    if (code.isEmpty())
        code = Tr::tr("no error code");
    Finding finding;
    finding.status = statusForCategory(advice.category);
    finding.reason = meta.lastErrorAt.isValid()
                         ? Tr::tr("The last use of the refresh token failed on %1 (%2): %3")
                               .arg(dayOf(meta.lastErrorAt), code, advice.explanation)
                         : Tr::tr("The last use of the refresh token failed (%1): %2")
                               .arg(code, advice.explanation);
    finding.action = advice.action;
    return finding;
}

Finding expiredFinding(const QDateTime &lastActivity, const QString &activity, const QDateTime &now,
                       const HealthPolicy &policy)
{
    const qint64 daysAgo = lastActivity.secsTo(now) / kSecondsPerDay;
    Finding finding;
    finding.status = HealthStatus::Expired;
    finding.reason = Tr::tr("The refresh token was %1, %2 days ago: it has most likely expired "
                            "after %3 days of inactivity (an estimate: the token itself does not "
                            "say when it expires).")
                         .arg(activity)
                         .arg(daysAgo)
                         .arg(policy.inactivityDays);
    finding.action = consentAgainAction();
    return finding;
}

/// The 90-day inactivity window, estimated from the last activity we recorded.
Finding dateFinding(const TokenMetadata &meta, const QDateTime &now, const HealthPolicy &policy,
                    HealthReport &report)
{
    const bool redeemed = meta.lastRedeemedAt.isValid();
    const QDateTime lastActivity = redeemed ? meta.lastRedeemedAt : meta.obtainedAt;
    Finding finding;
    if (!lastActivity.isValid()) {
        finding.status = HealthStatus::Unknown;
        finding.reason = Tr::tr("No successful use of the refresh token has been recorded, so the "
                                "end of its %1-day inactivity window cannot be estimated.")
                             .arg(policy.inactivityDays);
        finding.action = Tr::tr("Run a test call to record a successful use of the token.");
        return finding;
    }
    const QString activity =
        redeemed ? Tr::tr("last used on %1").arg(dayOf(lastActivity))
                 : Tr::tr("obtained on %1 and not used since").arg(dayOf(lastActivity));
    report.estimatedExpiry = lastActivity.addDays(policy.inactivityDays);
    const qint64 secondsLeft = now.secsTo(report.estimatedExpiry);
    if (secondsLeft <= 0) {
        report.daysLeft = 0;
        return expiredFinding(lastActivity, activity, now, policy);
    }
    const int daysLeft = inactivityDaysLeft(secondsLeft, policy);
    report.daysLeft = daysLeft;
    if (daysLeft <= policy.warningDays) {
        finding.status = HealthStatus::ExpiringSoon;
        finding.reason = Tr::tr("Estimated days left before the refresh token expires from "
                                "inactivity: %1 (%2; %3-day window). This is an estimate: the "
                                "token itself does not say when it expires.")
                             .arg(daysLeft)
                             .arg(activity)
                             .arg(policy.inactivityDays);
        finding.action = Tr::tr("Use the token now (a test call or keep-alive) to restart its "
                                "%1-day inactivity window.")
                             .arg(policy.inactivityDays);
        return finding;
    }
    finding.reason = Tr::tr("Estimated days left in the %1-day inactivity window: %2 (%3). This is "
                            "an estimate: the token itself does not say when it expires.")
                         .arg(policy.inactivityDays)
                         .arg(daysLeft)
                         .arg(activity);
    return finding;
}

std::optional<Finding> mfaFinding(const TokenMetadata &meta)
{
    Finding finding;
    switch (meta.mfa) {
    case MfaEvidence::Present:
        return std::nullopt;
    case MfaEvidence::Unknown:
        finding.reason = Tr::tr("Whether multi-factor authentication was used is unknown: the "
                                "token does not say.");
        return finding;
    case MfaEvidence::Absent:
        break;
    }
    finding.status = HealthStatus::MfaMissing;
    finding.reason =
        meta.acceptedWithoutMfa
            ? Tr::tr(
                "The token has no multi-factor authentication evidence; it was accepted without "
                "MFA by the user, but Partner Center rejects app+user calls without it.")
            : Tr::tr(
                "The token has no multi-factor authentication evidence; Partner Center rejects "
                "app+user calls without it.");
    finding.action = Tr::tr("Run the partner consent again and complete multi-factor "
                            "authentication.");
    return finding;
}

void conclude(HealthReport &report, QList<Finding> findings)
{
    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return healthSeverity(a.status) > healthSeverity(b.status);
    });
    report.status = findings.isEmpty() ? HealthStatus::Unknown : findings.constFirst().status;
    report.action =
        report.status == HealthStatus::Healthy ? QString() : findings.constFirst().action;
    for (const Finding &finding : std::as_const(findings))
        report.reasons << finding.reason;
}

} // namespace

HealthReport evaluateHealth(const TokenMetadata &meta, const Clock &clock,
                            const HealthPolicy &policy)
{
    const QDateTime now = clock.now();
    HealthReport report;
    if (meta.accessTokenExpiresAt.isValid())
        report.accessTokenSecondsLeft = std::max<qint64>(0, now.secsTo(meta.accessTokenExpiresAt));

    if (!meta.refreshTokenPresent) {
        Finding none;
        none.status = HealthStatus::ConsentMissing;
        none.reason = Tr::tr("No partner consent has been recorded: there is no refresh token.");
        none.action = Tr::tr("Run the partner consent.");
        conclude(report, {none});
        return report;
    }

    QList<Finding> findings;
    if (const std::optional<Finding> error = errorFinding(meta))
        findings << *error;
    findings << dateFinding(meta, now, policy, report);
    if (const std::optional<Finding> mfa = mfaFinding(meta))
        findings << *mfa;
    conclude(report, findings);
    return report;
}

int inactivityDaysLeft(qint64 secondsLeft, const HealthPolicy &policy)
{
    if (secondsLeft <= 0)
        return 0;
    const qint64 started = (secondsLeft + kSecondsPerDay - 1) / kSecondsPerDay;
    return static_cast<int>(std::min<qint64>(started, std::max(policy.inactivityDays, 0)));
}

QString formatLastRefresh(qint64 secondsAgo)
{
    if (secondsAgo < 60)
        return Tr::tr("just now");
    return formatRelative(-secondsAgo);
}

QString formatCountdown(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return Tr::tr("expired");
    const qint64 hours = secondsLeft / 3600;
    const qint64 minutes = secondsLeft % 3600 / 60;
    const qint64 seconds = secondsLeft % 60;
    const QString mmss =
        u"%1:%2"_s.arg(minutes, 2, 10, QLatin1Char('0')).arg(seconds, 2, 10, QLatin1Char('0'));
    const QString clock = hours > 0 ? u"%1:%2"_s.arg(hours).arg(mmss)
                                    : u"%1:%2"_s.arg(minutes).arg(seconds, 2, 10, QLatin1Char('0'));
    return Tr::tr("expires in %1").arg(clock);
}

HealthFigures healthFigures(const TokenMetadata &meta, const HealthReport &report,
                            const Clock &clock)
{
    const QDateTime now = clock.now();
    HealthFigures figures;
    if (meta.refreshTokenPresent) {
        if (meta.lastRedeemedAt.isValid())
            figures.lastRefresh = formatLastRefresh(meta.lastRedeemedAt.secsTo(now));
        else if (meta.obtainedAt.isValid())
            figures.lastRefresh =
                Tr::tr("not yet (consent %1)").arg(formatLastRefresh(meta.obtainedAt.secsTo(now)));
        else
            figures.lastRefresh = Tr::tr("never");
    }
    if (report.daysLeft)
        figures.daysLeft = Tr::tr("%n days (estimate)", nullptr, *report.daysLeft);
    figures.accessToken = meta.accessTokenExpiresAt.isValid()
                              ? formatCountdown(now.secsTo(meta.accessTokenExpiresAt))
                              : Tr::tr("none");
    return figures;
}

QString healthStatusId(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return u"healthy"_s;
    case HealthStatus::ExpiringSoon:
        return u"expiring-soon"_s;
    case HealthStatus::Expired:
        return u"expired"_s;
    case HealthStatus::MfaMissing:
        return u"mfa-missing"_s;
    case HealthStatus::Revoked:
        return u"revoked"_s;
    case HealthStatus::ConsentMissing:
        return u"consent-missing"_s;
    case HealthStatus::Unknown:
        return u"unknown"_s;
    }
    return u"unknown"_s;
}

QString healthStatusLabel(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return Tr::tr("Healthy");
    case HealthStatus::ExpiringSoon:
        return Tr::tr("Expiring soon");
    case HealthStatus::Expired:
        return Tr::tr("Expired");
    case HealthStatus::MfaMissing:
        return Tr::tr("MFA missing");
    case HealthStatus::Revoked:
        return Tr::tr("Revoked");
    case HealthStatus::ConsentMissing:
        return Tr::tr("Consent missing");
    case HealthStatus::Unknown:
        return Tr::tr("Unknown");
    }
    return Tr::tr("Unknown");
}

int healthSeverity(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Healthy:
        return 0;
    case HealthStatus::Unknown:
        return 1;
    case HealthStatus::ExpiringSoon:
        return 2;
    case HealthStatus::MfaMissing:
        return 3;
    case HealthStatus::Expired:
    case HealthStatus::Revoked:
    case HealthStatus::ConsentMissing:
        return 4;
    }
    return 1;
}

} // namespace PCAuth
