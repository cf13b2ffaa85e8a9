// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "errors/errorbodies.h"
#include "health/tokenhealth.h"

#include <algorithm>

#include <QTest>
#include <QTimeZone>

using namespace PCAuth;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(PCAuth::TokenMetadata)

namespace {

// Years away from the real date: a status computed from the system clock would be wrong.
const QDateTime kNow(QDate(2031, 3, 10), QTime(12, 0), QTimeZone::utc());

QDateTime daysAgo(int days)
{
    return kNow.addDays(-days);
}

/// A consented token with MFA, last redeemed `days` ago.
TokenMetadata redeemed(int days)
{
    TokenMetadata meta;
    meta.refreshTokenPresent = true;
    meta.obtainedAt = daysAgo(days + 30);
    meta.lastRedeemedAt = daysAgo(days);
    meta.mfa = MfaEvidence::Present;
    return meta;
}

ServiceError entraError(int aadsts)
{
    return ErrorBodies::parse(u"{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS%1: "
                              "failed.\",\"error_codes\":[%1]}"_s.arg(aadsts)
                                  .toUtf8(),
                              400);
}

TokenMetadata withError(TokenMetadata meta, const ServiceError &error, const QDateTime &at)
{
    meta.lastError = error;
    meta.lastErrorAt = at;
    return meta;
}

} // namespace

class tst_TokenHealth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachStatus_data();
    void eachStatus();
    void windowBoundaries_data();
    void windowBoundaries();
    void configurableWarningWindow_data();
    void configurableWarningWindow();
    void errorNewerThanSuccessDecides_data();
    void errorNewerThanSuccessDecides();
    void mostSevereWinsAndAllReasonsKept();
    void accessTokenCountdown();
    void figuresAsEveryViewShowsThem();
    void severityOrdering();
    void statusIdsAndLabels_data();
    void statusIdsAndLabels();
};

void tst_TokenHealth::eachStatus_data()
{
    QTest::addColumn<TokenMetadata>("meta");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("firstReason");
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("daysLeft"); // -1: none

    TokenMetadata none;
    TokenMetadata noDates;
    noDates.refreshTokenPresent = true;
    noDates.mfa = MfaEvidence::Present;
    TokenMetadata obtainedOnly = redeemed(0);
    obtainedOnly.lastRedeemedAt = {};
    obtainedOnly.obtainedAt = daysAgo(30);
    TokenMetadata noMfa = redeemed(5);
    noMfa.mfa = MfaEvidence::Absent;
    TokenMetadata keptWithoutMfa = noMfa;
    keptWithoutMfa.acceptedWithoutMfa = true;
    TokenMetadata mfaUnknown = redeemed(5);
    mfaUnknown.mfa = MfaEvidence::Unknown;

    // clang-format off
    QTest::addRow("healthy") << redeemed(10) << u"healthy"_s
        << u"Estimated days left in the 90-day inactivity window: 80 (last used on 2031-02-28). This is an estimate: the token itself does not say when it expires."_s
        << QString() << 80;
    QTest::addRow("no refresh token") << none << u"consent-missing"_s
        << u"No partner consent has been recorded: there is no refresh token."_s
        << u"Run the partner consent."_s << -1;
    QTest::addRow("no dates") << noDates << u"unknown"_s
        << u"No successful use of the refresh token has been recorded, so the end of its 90-day inactivity window cannot be estimated."_s
        << u"Run a test call to record a successful use of the token."_s << -1;
    QTest::addRow("obtained, never redeemed") << obtainedOnly << u"healthy"_s
        << u"Estimated days left in the 90-day inactivity window: 60 (obtained on 2031-02-08 and not used since). This is an estimate: the token itself does not say when it expires."_s
        << QString() << 60;
    QTest::addRow("expiring soon") << redeemed(80) << u"expiring-soon"_s
        << u"Estimated days left before the refresh token expires from inactivity: 10 (last used on 2030-12-20; 90-day window). This is an estimate: the token itself does not say when it expires."_s
        << u"Use the token now (a test call or keep-alive) to restart its 90-day inactivity window."_s << 10;
    QTest::addRow("expired") << redeemed(100) << u"expired"_s
        << u"The refresh token was last used on 2030-11-30, 100 days ago: it has most likely expired after 90 days of inactivity (an estimate: the token itself does not say when it expires)."_s
        << u"Run the partner consent again, then enable keep-alive so the token is used regularly."_s << 0;
    QTest::addRow("mfa absent") << noMfa << u"mfa-missing"_s
        << u"The token has no multi-factor authentication evidence; Partner Center rejects app+user calls without it."_s
        << u"Run the partner consent again and complete multi-factor authentication."_s << 85;
    QTest::addRow("mfa absent, kept by the user") << keptWithoutMfa << u"mfa-missing"_s
        << u"The token has no multi-factor authentication evidence; it was accepted without MFA by the user, but Partner Center rejects app+user calls without it."_s
        << u"Run the partner consent again and complete multi-factor authentication."_s << 85;
    QTest::addRow("mfa unknown is only a reason") << mfaUnknown << u"healthy"_s
        << u"Estimated days left in the 90-day inactivity window: 85 (last used on 2031-03-05). This is an estimate: the token itself does not say when it expires."_s
        << QString() << 85;
    QTest::addRow("revoked") << withError(redeemed(5), entraError(50173), daysAgo(1)) << u"revoked"_s
        << u"The last use of the refresh token failed on 2031-03-09 (AADSTS50173): The refresh token was revoked: the password was changed or an admin revoked the sessions."_s
        << u"Sign in again: run the partner consent to get a new refresh token."_s << 85;
    QTest::addRow("expired by the service, dates say healthy") << withError(redeemed(5), entraError(700082), daysAgo(1)) << u"expired"_s
        << u"The last use of the refresh token failed on 2031-03-09 (AADSTS700082): The refresh token expired because it was not used for 90 days."_s
        << u"Run the partner consent again, then enable keep-alive so the token is used regularly."_s << 85;
    QTest::addRow("consent missing by error") << withError(redeemed(5), entraError(65001), daysAgo(1)) << u"consent-missing"_s
        << u"The last use of the refresh token failed on 2031-03-09 (AADSTS65001): The application has not been granted consent in this tenant."_s
        << u"Partner tenant: grant admin consent to the app; customer tenant: create the application consent and check the GDAP relationship."_s << 85;
    QTest::addRow("mfa required by Entra") << withError(redeemed(5), entraError(50076), daysAgo(1)) << u"mfa-missing"_s
        << u"The last use of the refresh token failed on 2031-03-09 (AADSTS50076): Multi-factor authentication is required now (a Conditional Access or security policy asks for it)."_s
        << u"Run the partner consent again and complete multi-factor authentication."_s << 85;
    QTest::addRow("mfa registration required") << withError(redeemed(5), entraError(50079), daysAgo(1)) << u"mfa-missing"_s
        << u"The last use of the refresh token failed on 2031-03-09 (AADSTS50079): The account must register security information for multi-factor authentication before it can sign in."_s
        << u"Register security info for the account (https://aka.ms/mysecurityinfo); a federated identity provider must send the multipleauthn claim."_s << 85;
    QTest::addRow("Partner Center 10001") << withError(redeemed(5), ErrorBodies::parse(R"({"code":10001,"description":"MFA required"})"_ba, 401), daysAgo(1)) << u"mfa-missing"_s
        << u"The last use of the refresh token failed on 2031-03-09 (PC10001): Partner Center rejected the token: it carries no multi-factor authentication claim."_s
        << u"Run the partner consent again with a fresh sign-in (prompt=login) and complete multi-factor authentication."_s << 85;
    QTest::addRow("throttled keeps the date status") << withError(redeemed(5), ErrorBodies::parse(R"({"statusCode":429,"message":"Rate limit is exceeded. Try again in 57 seconds."})"_ba, 429), daysAgo(1)) << u"healthy"_s
        << u"The last use of the refresh token failed on 2031-03-09 (HTTP429): The service is throttling requests: too many were sent."_s
        << QString() << 85;
    QTest::addRow("5xx without dates is unknown") << withError(noDates, ErrorBodies::parse("<html>oops</html>"_ba, 503), daysAgo(1)) << u"unknown"_s
        << u"No successful use of the refresh token has been recorded, so the end of its 90-day inactivity window cannot be estimated."_s
        << u"Run a test call to record a successful use of the token."_s << -1;
    QTest::addRow("error without a time counts as current") << withError(redeemed(5), entraError(50173), QDateTime()) << u"revoked"_s
        << u"The last use of the refresh token failed (AADSTS50173): The refresh token was revoked: the password was changed or an admin revoked the sessions."_s
        << u"Sign in again: run the partner consent to get a new refresh token."_s << 85;
    // clang-format on
}

void tst_TokenHealth::eachStatus()
{
    QFETCH(TokenMetadata, meta);
    QFETCH(int, daysLeft);
    const ManualClock clock(kNow);
    const HealthReport report = evaluateHealth(meta, clock);
    QTEST(healthStatusId(report.status), "status");
    QVERIFY(!report.reasons.isEmpty());
    QTEST(report.reasons.constFirst(), "firstReason");
    QTEST(report.action, "action");
    QCOMPARE(report.daysLeft.value_or(-1), daysLeft);
    // Whenever there is a day count, some reason says it is only an estimate.
    if (report.daysLeft) {
        QVERIFY(std::any_of(report.reasons.cbegin(), report.reasons.cend(),
                            [](const QString &r) { return r.contains(u"estimate"_s); }));
    }
}

void tst_TokenHealth::windowBoundaries_data()
{
    QTest::addColumn<qint64>("secondsSinceActivity");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("daysLeft");

    constexpr qint64 day = 24 * 3600;
    QTest::addRow("just used: the whole window") << qint64(0) << u"healthy"_s << 90;
    QTest::addRow("1 s later: 89.99 days count as 90") << qint64(1) << u"healthy"_s << 90;
    QTest::addRow("1 day - 1 s: still 90") << day - 1 << u"healthy"_s << 90;
    QTest::addRow("1 day: 89") << day << u"healthy"_s << 89;
    QTest::addRow("75 days: 15 left") << 75 * day << u"healthy"_s << 15;
    QTest::addRow("75 days + 1 s: a started day counts, 15") << 75 * day + 1 << u"healthy"_s << 15;
    QTest::addRow("76 days: exactly 14 left") << 76 * day << u"expiring-soon"_s << 14;
    QTest::addRow("77 days: 13 left") << 77 * day << u"expiring-soon"_s << 13;
    QTest::addRow("90 days - 1 s: the last second is day 1")
        << 90 * day - 1 << u"expiring-soon"_s << 1;
    QTest::addRow("exactly 90 days") << 90 * day << u"expired"_s << 0;
    QTest::addRow("400 days") << 400 * day << u"expired"_s << 0;
}

void tst_TokenHealth::windowBoundaries()
{
    QFETCH(qint64, secondsSinceActivity);
    const QDateTime lastUse(QDate(2031, 1, 1), QTime(8, 30), QTimeZone::utc());
    TokenMetadata meta = redeemed(0);
    meta.lastRedeemedAt = lastUse;
    ManualClock clock(lastUse);
    clock.advance(std::chrono::seconds(secondsSinceActivity));
    const HealthReport report = evaluateHealth(meta, clock);
    QTEST(healthStatusId(report.status), "status");
    QTEST(report.daysLeft.value_or(-1), "daysLeft");
    QCOMPARE(report.estimatedExpiry, lastUse.addDays(90));
}

void tst_TokenHealth::configurableWarningWindow_data()
{
    QTest::addColumn<int>("warningDays");
    QTest::addColumn<int>("daysSinceActivity");
    QTest::addColumn<QString>("status");

    QTest::addRow("default 14, 29 left") << 14 << 61 << u"healthy"_s;
    QTest::addRow("30, 29 left") << 30 << 61 << u"expiring-soon"_s;
    QTest::addRow("30, 31 left") << 30 << 59 << u"healthy"_s;
    QTest::addRow("0, 1 left") << 0 << 89 << u"healthy"_s;
}

void tst_TokenHealth::configurableWarningWindow()
{
    QFETCH(int, warningDays);
    QFETCH(int, daysSinceActivity);
    HealthPolicy policy;
    policy.warningDays = warningDays;
    const ManualClock clock(kNow);
    const HealthReport report = evaluateHealth(redeemed(daysSinceActivity), clock, policy);
    QTEST(healthStatusId(report.status), "status");
    QCOMPARE(report.daysLeft, std::optional<int>(90 - daysSinceActivity));
}

void tst_TokenHealth::errorNewerThanSuccessDecides_data()
{
    QTest::addColumn<qint64>("errorAfterSuccess"); // seconds; negative: before
    QTest::addColumn<QString>("status");

    QTest::addRow("error a day after the last success") << qint64(86400) << u"revoked"_s;
    QTest::addRow("error one second after") << qint64(1) << u"revoked"_s;
    QTest::addRow("same instant: the success stands") << qint64(0) << u"healthy"_s;
    QTest::addRow("error before the last success") << qint64(-86400) << u"healthy"_s;
}

void tst_TokenHealth::errorNewerThanSuccessDecides()
{
    QFETCH(qint64, errorAfterSuccess);
    const TokenMetadata base = redeemed(10);
    const TokenMetadata meta =
        withError(base, entraError(50173), base.lastRedeemedAt.addSecs(errorAfterSuccess));
    const ManualClock clock(kNow);
    const HealthReport report = evaluateHealth(meta, clock);
    QTEST(healthStatusId(report.status), "status");
    const bool mentioned = report.reasons.join(u' ').contains(u"AADSTS50173"_s);
    QCOMPARE(mentioned, report.status == HealthStatus::Revoked);
}

void tst_TokenHealth::mostSevereWinsAndAllReasonsKept()
{
    TokenMetadata meta = withError(redeemed(80), entraError(50173), daysAgo(1));
    meta.mfa = MfaEvidence::Absent;
    const ManualClock clock(kNow);
    HealthReport report = evaluateHealth(meta, clock);
    QCOMPARE(report.status, HealthStatus::Revoked);
    QCOMPARE(report.reasons.size(), 3);
    QVERIFY(report.reasons.at(0).contains(u"AADSTS50173"_s));
    QVERIFY(report.reasons.at(1).contains(u"no multi-factor authentication evidence"_s));
    QVERIFY(report.reasons.at(2).startsWith(u"Estimated days left before the refresh token "
                                            "expires from inactivity: 10"_s));

    meta.lastError.reset(); // MFA missing outranks expiring soon
    report = evaluateHealth(meta, clock);
    QCOMPARE(report.status, HealthStatus::MfaMissing);
    QCOMPARE(report.reasons.size(), 2);
    QCOMPARE(report.action,
             u"Run the partner consent again and complete multi-factor authentication."_s);
}

void tst_TokenHealth::accessTokenCountdown()
{
    TokenMetadata meta = redeemed(1);
    ManualClock clock(kNow);
    QCOMPARE(evaluateHealth(meta, clock).accessTokenSecondsLeft, std::optional<qint64>());
    meta.accessTokenExpiresAt = kNow.addSecs(3600);
    QCOMPARE(evaluateHealth(meta, clock).accessTokenSecondsLeft, std::optional<qint64>(3600));
    clock.advance(3599s);
    QCOMPARE(evaluateHealth(meta, clock).accessTokenSecondsLeft, std::optional<qint64>(1));
    clock.advance(600s);
    QCOMPARE(evaluateHealth(meta, clock).accessTokenSecondsLeft, std::optional<qint64>(0));
}

void tst_TokenHealth::figuresAsEveryViewShowsThem()
{
    ManualClock clock(kNow);
    TokenMetadata meta = redeemed(0);
    HealthFigures figures = healthFigures(meta, evaluateHealth(meta, clock), clock);
    QCOMPARE(figures.lastRefresh, u"just now"_s);
    QCOMPARE(figures.daysLeft, u"90 days (estimate)"_s);
    QCOMPARE(figures.accessToken, u"none"_s);

    meta.accessTokenExpiresAt = kNow.addSecs(3600);
    clock.advance(59s);
    figures = healthFigures(meta, evaluateHealth(meta, clock), clock);
    QCOMPARE(figures.lastRefresh, u"just now"_s);
    QCOMPARE(figures.daysLeft, u"90 days (estimate)"_s);
    QCOMPARE(figures.accessToken, u"expires in 59:01"_s);
    clock.advance(1s);
    figures = healthFigures(meta, evaluateHealth(meta, clock), clock);
    QCOMPARE(figures.lastRefresh, u"1 min ago"_s);

    // Consent, no redemption yet: the window counts from the consent.
    TokenMetadata consented = redeemed(0);
    consented.lastRedeemedAt = {};
    consented.obtainedAt = kNow;
    const ManualClock atConsent(kNow.addSecs(2));
    figures = healthFigures(consented, evaluateHealth(consented, atConsent), atConsent);
    QCOMPARE(figures.lastRefresh, u"not yet (consent just now)"_s);
    QCOMPARE(figures.daysLeft, u"90 days (estimate)"_s);

    // No refresh token: nothing to say of it.
    figures = healthFigures(TokenMetadata(), evaluateHealth(TokenMetadata(), clock), clock);
    QCOMPARE(figures.lastRefresh, QString());
    QCOMPARE(figures.daysLeft, QString());

    QCOMPARE(inactivityDaysLeft(0), 0);
    QCOMPARE(inactivityDaysLeft(-5), 0);
    QCOMPARE(inactivityDaysLeft(1), 1);
    QCOMPARE(inactivityDaysLeft(90LL * 86400 + 3600), 90); // never more than the window
}

void tst_TokenHealth::severityOrdering()
{
    const QList<HealthStatus> ascending{HealthStatus::Healthy, HealthStatus::Unknown,
                                        HealthStatus::ExpiringSoon, HealthStatus::MfaMissing,
                                        HealthStatus::Expired};
    for (qsizetype i = 1; i < ascending.size(); ++i)
        QVERIFY(healthSeverity(ascending.at(i - 1)) < healthSeverity(ascending.at(i)));
    QCOMPARE(healthSeverity(HealthStatus::Revoked), healthSeverity(HealthStatus::Expired));
    QCOMPARE(healthSeverity(HealthStatus::ConsentMissing), healthSeverity(HealthStatus::Expired));

    // The "worst of all profiles" a summary shows.
    const QList<HealthStatus> profiles{HealthStatus::Healthy, HealthStatus::ExpiringSoon,
                                       HealthStatus::Unknown, HealthStatus::MfaMissing};
    const auto worst =
        std::max_element(profiles.cbegin(), profiles.cend(), [](HealthStatus a, HealthStatus b) {
            return healthSeverity(a) < healthSeverity(b);
        });
    QCOMPARE(*worst, HealthStatus::MfaMissing);
}

void tst_TokenHealth::statusIdsAndLabels_data()
{
    QTest::addColumn<HealthStatus>("status");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("label");
    QTest::addRow("Healthy") << HealthStatus::Healthy << u"healthy"_s << u"Healthy"_s;
    QTest::addRow("ExpiringSoon") << HealthStatus::ExpiringSoon << u"expiring-soon"_s
                                  << u"Expiring soon"_s;
    QTest::addRow("Expired") << HealthStatus::Expired << u"expired"_s << u"Expired"_s;
    QTest::addRow("MfaMissing") << HealthStatus::MfaMissing << u"mfa-missing"_s << u"MFA missing"_s;
    QTest::addRow("Revoked") << HealthStatus::Revoked << u"revoked"_s << u"Revoked"_s;
    QTest::addRow("ConsentMissing")
        << HealthStatus::ConsentMissing << u"consent-missing"_s << u"Consent missing"_s;
    QTest::addRow("Unknown") << HealthStatus::Unknown << u"unknown"_s << u"Unknown"_s;
}

void tst_TokenHealth::statusIdsAndLabels()
{
    QFETCH(HealthStatus, status);
    QTEST(healthStatusId(status), "id");
    QTEST(healthStatusLabel(status), "label");
}

QTEST_GUILESS_MAIN(tst_TokenHealth)
#include "tst_tokenhealth.moc"
