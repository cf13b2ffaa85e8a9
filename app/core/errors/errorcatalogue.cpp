// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "errors/errorcatalogue.h"

#include <iterator>
#include <utility>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

constexpr const char *kContext = "PCAuth::ErrorCatalogue";
constexpr qsizetype kShownLimit = 500; // characters of service text put in a message

/// Gives lupdate a context for the sentences built here (this file has no QObject).
class Tr final
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::ErrorCatalogue)
};

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

/// One row of PROTOCOL.md §5. Several keys may share a row; texts are translated on use.
struct CatalogueEntry
{
    const char *keys[4];
    ErrorCategory category;
    const char *explanation;
    const char *action;
    bool wrongCloud;
};

// clang-format off
const CatalogueEntry kCatalogue[] = {
    {{"AADSTS50076", "interaction_required"}, ErrorCategory::MfaRequired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Multi-factor authentication is required now (a Conditional Access or security policy asks for it)."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again and complete multi-factor authentication."), false},
    {{"AADSTS50079", "AADSTS50072"}, ErrorCategory::MfaRegistrationRequired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The account must register security information for multi-factor authentication before it can sign in."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Register security info for the account (https://aka.ms/mysecurityinfo); a federated identity provider must send the multipleauthn claim."), false},
    {{"AADSTS50078"}, ErrorCategory::SignInAgain,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The multi-factor authentication proof has expired under the tenant's policy."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in again and complete multi-factor authentication."), false},
    {{"AADSTS700082", "AADSTS70008"}, ErrorCategory::RefreshTokenExpired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The refresh token expired because it was not used for 90 days."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again, then enable keep-alive so the token is used regularly."), false},
    {{"AADSTS70043"}, ErrorCategory::SignInAgain,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The token expired under a Conditional Access sign-in frequency policy."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in again, and ask an admin to review the sign-in frequency policy for this service account."), false},
    {{"AADSTS50173"}, ErrorCategory::Revoked,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The refresh token was revoked: the password was changed or an admin revoked the sessions."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in again: run the partner consent to get a new refresh token."), false},
    {{"AADSTS50132", "AADSTS50133"}, ErrorCategory::Revoked,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The session is no longer valid because the password was changed or has expired."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in again: run the partner consent to get a new refresh token."), false},
    {{"AADSTS50055"}, ErrorCategory::Revoked,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The account's password has expired, which invalidates its tokens."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Change the password, then sign in again: run the partner consent."), false},
    {{"AADSTS65001"}, ErrorCategory::ConsentMissing,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The application has not been granted consent in this tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Partner tenant: grant admin consent to the app; customer tenant: create the application consent and check the GDAP relationship."), false},
    {{"AADSTS90099"}, ErrorCategory::ConsentMissing,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The application is not authorized in the customer tenant for delegated admin access."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Pre-consent the application in the customer tenant (Partner Center application consent)."), false},
    {{"AADSTS530034"}, ErrorCategory::DelegatedAdminBlocked,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Delegated admin access is blocked because of risk detected on the account in the partner tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Resolve the risk for the account in the partner tenant (Entra ID Protection), then try again."), false},
    {{"AADSTS700007"}, ErrorCategory::WrongClient,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The refresh token was issued to a different application (client id)."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Use the application the token was obtained with: each token is stored with its client id."), false},
    {{"AADSTS50011"}, ErrorCategory::RedirectMismatch,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The redirect URI sent does not match any redirect URI registered for the application."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Register the exact redirect URI of this profile (for example http://localhost) in the app registration."), false},
    {{"AADSTS7000215"}, ErrorCategory::ClientCredentials,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The client secret is invalid (a new secret can take a minute to replicate before it works)."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check or rotate the client secret; better, use a certificate."), false},
    {{"AADSTS7000222"}, ErrorCategory::ClientCredentials,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The client secret has expired."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Rotate the client secret (a new one can take a minute to replicate); better, use a certificate."), false},
    {{"AADSTS700016"}, ErrorCategory::WrongTenantOrCloud,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The application was not found in this tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the application id, the tenant id and the cloud of the profile."), true},
    {{"AADSTS90002"}, ErrorCategory::WrongTenantOrCloud,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The tenant was not found."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the tenant id and the cloud of the profile."), true},
    {{"AADSTS90038"}, ErrorCategory::WrongTenantOrCloud,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The tenant belongs to another cloud."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the tenant id and the cloud of the profile."), true},
    {{"AADSTS53003"}, ErrorCategory::ConditionalAccess,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Access was blocked by a Conditional Access policy."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Ask a tenant admin to review the Conditional Access policy; the sign-in log finds it by the ids below."), false},
    {{"AADSTS50020", "AADSTS50177"}, ErrorCategory::WrongAccount,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "A guest or external account cannot sign in to this tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in with a member account of the partner tenant."), false},
    {{"PC10001"}, ErrorCategory::MfaRequired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Partner Center rejected the token: it carries no multi-factor authentication claim."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again with a fresh sign-in (prompt=login) and complete multi-factor authentication."), false},
    {{"PC900421"}, ErrorCategory::MfaRequired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Partner Center requires multi-factor authentication for app+user calls, and this token carries none (app-only calls are not affected)."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Sign in again through the partner consent and complete multi-factor authentication."), false},
    {{"PC20002"}, ErrorCategory::NoRelationship,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "There is no commerce relationship between the partner and this customer."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the customer relationship in Partner Center."), false},
    {{"invalid_grant"}, ErrorCategory::RefreshTokenExpired,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The refresh token (or authorization code) is invalid or has expired."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again."), false},
    {{"invalid_client"}, ErrorCategory::ClientCredentials,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The client credentials were rejected."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Check the client secret or certificate of the app registration."), false},
    {{"consent_required"}, ErrorCategory::ConsentMissing,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The application has not been granted consent in this tenant."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Run the partner consent again and accept the requested permissions."), false},
    {{"temporarily_unavailable", "server_error"}, ErrorCategory::ServiceUnavailable,
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "The sign-in service had a temporary problem."),
     QT_TRANSLATE_NOOP("PCAuth::ErrorCatalogue", "Try again in a few minutes; if it persists, quote the ids to Microsoft support."), false},
};
// clang-format on

const CatalogueEntry *findEntry(const QString &key)
{
    if (key.isEmpty())
        return nullptr;
    for (const CatalogueEntry &entry : kCatalogue) {
        for (const char *k : entry.keys) {
            if (k && key == QLatin1String(k))
                return &entry;
        }
    }
    return nullptr;
}

// ---- advice helpers -----------------------------------------------------------------------

QString httpReason(int status)
{
    static const std::pair<int, const char *> reasons[] = {
        {400, "Bad Request"},         {401, "Unauthorized"},          {403, "Forbidden"},
        {404, "Not Found"},           {408, "Request Timeout"},       {409, "Conflict"},
        {429, "Too Many Requests"},   {500, "Internal Server Error"}, {502, "Bad Gateway"},
        {503, "Service Unavailable"}, {504, "Gateway Timeout"}};
    for (const auto &[code, text] : reasons) {
        if (code == status)
            return QString::fromLatin1(text);
    }
    return {};
}

QString statusSentence(int status)
{
    if (status <= 0)
        return Tr::tr("The service sent an error without an HTTP status.");
    const QString reason = httpReason(status);
    if (reason.isEmpty())
        return Tr::tr("The service answered with HTTP status %1.").arg(status);
    return Tr::tr("The service answered with HTTP status %1 (%2).").arg(status).arg(reason);
}

/// The first line of what the service said, without the AADSTS prefix (the ids line has it).
QString firstLine(const QString &description)
{
    static const QRegularExpression prefix(u"^\\s*AADSTS\\d+:\\s*"_s);
    QString line = description.section(QLatin1Char('\n'), 0, 0).trimmed();
    line.remove(prefix);
    if (line.size() > kShownLimit)
        line = line.left(kShownLimit) + u"…"_s;
    return line;
}

QString redirectUriFrom(const QString &description)
{
    static const QRegularExpression re(u"redirect URI '([^']{1,300})'"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(description);
    return m.hasMatch() ? m.captured(1) : QString();
}

ErrorAdvice adviceFrom(const CatalogueEntry &entry, const ServiceError &error)
{
    ErrorAdvice advice;
    advice.category = entry.category;
    advice.explanation = translated(entry.explanation);
    advice.action = translated(entry.action);
    advice.wrongCloudHint = entry.wrongCloud;
    if (entry.category == ErrorCategory::RedirectMismatch) {
        const QString uri = redirectUriFrom(error.description);
        if (!uri.isEmpty())
            advice.action =
                Tr::tr("Register this exact redirect URI in the app registration: %1").arg(uri);
    }
    return advice;
}

ErrorAdvice throttledAdvice(const ServiceError &error)
{
    ErrorAdvice advice;
    advice.category = ErrorCategory::Throttled;
    advice.explanation = Tr::tr("The service is throttling requests: too many were sent.");
    if (error.retryAfterSeconds && *error.retryAfterSeconds >= 0)
        advice.action = Tr::tr("Wait %1 seconds before retrying; send fewer requests in "
                               "parallel.")
                            .arg(*error.retryAfterSeconds);
    else
        advice.action =
            Tr::tr("Wait for the time given in Retry-After, then retry with exponential "
                   "back-off and fewer parallel requests.");
    return advice;
}

ErrorAdvice unavailableAdvice(const ServiceError &error)
{
    ErrorAdvice advice;
    advice.category = ErrorCategory::ServiceUnavailable;
    advice.explanation =
        Tr::tr("The service had a temporary problem (HTTP %1).").arg(error.httpStatus);
    advice.action = Tr::tr("Try again in a few minutes; if it persists, quote the ids to Microsoft "
                           "support.");
    return advice;
}

ErrorAdvice unknownAdvice(const ServiceError &error)
{
    ErrorAdvice advice;
    const QString said = firstLine(error.description);
    advice.explanation = said.isEmpty() ? statusSentence(error.httpStatus) : said;
    advice.action = Tr::tr("Check the details below; quote the ids to Microsoft support.");
    return advice;
}

/// advise() plus whether the match was specific (a code) or only generic (an error value),
/// in which case describe() also shows the service's own words.
struct Match
{
    ErrorAdvice advice;
    bool specific = false;
};

Match lookup(const ServiceError &error)
{
    if (error.aadsts > 0) {
        if (const CatalogueEntry *entry = findEntry(u"AADSTS"_s + QString::number(error.aadsts)))
            return {adviceFrom(*entry, error), true};
    }
    if (error.source == ServiceError::Source::PartnerCenter && !error.error.isEmpty()) {
        if (const CatalogueEntry *entry = findEntry(u"PC"_s + error.error))
            return {adviceFrom(*entry, error), true};
    }
    if (error.httpStatus == 429)
        return {throttledAdvice(error), true};
    if (error.source != ServiceError::Source::PartnerCenter) {
        if (const CatalogueEntry *entry = findEntry(error.error))
            return {adviceFrom(*entry, error), false};
    }
    if (error.httpStatus >= 500 && error.httpStatus <= 599)
        return {unavailableAdvice(error), false};
    return {unknownAdvice(error), false};
}

QString idsLine(const ServiceError &error)
{
    const bool graph = error.source == ServiceError::Source::Graph;
    QStringList parts;
    if (error.aadsts > 0)
        parts << u"AADSTS"_s + QString::number(error.aadsts);
    else if (error.source == ServiceError::Source::PartnerCenter && !error.error.isEmpty())
        parts << Tr::tr("Partner Center code %1").arg(error.error);
    else if (!error.error.isEmpty())
        parts << error.error;
    else if (error.httpStatus > 0)
        parts << Tr::tr("HTTP %1").arg(error.httpStatus);
    if (!error.traceId.isEmpty())
        parts << (graph ? Tr::tr("request id %1") : Tr::tr("trace id %1")).arg(error.traceId);
    if (!error.correlationId.isEmpty())
        parts << (graph ? Tr::tr("client request id %1") : Tr::tr("correlation id %1"))
                     .arg(error.correlationId);
    if (!error.timestamp.isEmpty())
        parts << Tr::tr("time %1").arg(error.timestamp);
    return parts.join(u" · "_s);
}

} // namespace

namespace ErrorCatalogue {

ErrorAdvice advise(const ServiceError &error)
{
    return lookup(error).advice;
}

QString describe(const ServiceError &error)
{
    const Match match = lookup(error);
    QStringList lines;
    lines << match.advice.explanation;
    if (match.advice.wrongCloudHint)
        lines << Tr::tr("Wrong cloud selected?");
    lines << match.advice.action;
    const QString said = firstLine(error.description);
    const bool unknown = match.advice.category == ErrorCategory::Unknown;
    if (!match.specific && !unknown && !said.isEmpty())
        lines << Tr::tr("The service said: %1").arg(said);
    if (unknown && error.source == ServiceError::Source::Http && !error.raw.isEmpty()) {
        QString shown = error.raw.simplified();
        if (shown.size() > kShownLimit)
            shown = shown.left(kShownLimit) + u"…"_s;
        lines << Tr::tr("Response: %1").arg(shown);
    }
    const QString ids = idsLine(error);
    if (!ids.isEmpty())
        lines << ids;
    return lines.join(QLatin1Char('\n'));
}

QString categoryId(ErrorCategory category)
{
    // In enum order; the ids are written to JSON, never change one.
    static const char *const ids[] = {"mfa-required",
                                      "mfa-registration-required",
                                      "sign-in-again",
                                      "refresh-token-expired",
                                      "revoked",
                                      "consent-missing",
                                      "delegated-admin-blocked",
                                      "wrong-client",
                                      "redirect-mismatch",
                                      "client-credentials",
                                      "wrong-tenant-or-cloud",
                                      "conditional-access",
                                      "wrong-account",
                                      "no-relationship",
                                      "throttled",
                                      "service-unavailable",
                                      "unknown"};
    static_assert(std::size(ids) == static_cast<std::size_t>(ErrorCategory::Unknown) + 1);
    const auto index = static_cast<std::size_t>(category);
    return QString::fromLatin1(index < std::size(ids) ? ids[index] : "unknown");
}

} // namespace ErrorCatalogue

} // namespace PCAuth
