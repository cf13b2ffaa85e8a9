// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PCAuth {

/// An error answer from Entra ID, Partner Center or Microsoft Graph, reduced to the fields a
/// user or Microsoft support needs. Parsing never fails: a body we cannot read becomes
/// Source::Http and keeps its (truncated) text, so nothing the service said is lost.
///
/// Only what the service sent back is kept; the request (and so any secret in it) is never
/// part of a ServiceError.
struct ServiceError
{
    enum class Source { Entra, PartnerCenter, Graph, Http }; // Http: a body we could not recognise
    Source source = Source::Http;
    int httpStatus = 0;
    QString error; // Entra "error", Graph error.code, Partner Center "code" as text
    int aadsts = 0; // AADSTS number from error_description's prefix or error_codes[0]; 0 if none
    QList<int> errorCodes;
    QString description; // error_description / description / message, as sent
    QString traceId, correlationId, timestamp; // Graph: request-id, client-request-id, date
    /// The body, truncated to 2 KiB, with the values of credential fields blanked in case a
    /// success body was passed by mistake; describe() shows it for unrecognised bodies only.
    QString raw;
    /// Seconds to wait before retrying. parse() fills it when the body states it ("Try again in
    /// 57 seconds."); the HTTP layer should overwrite it with the Retry-After header, which wins.
    std::optional<int> retryAfterSeconds;

    /// The catalogue lookup key: "AADSTS50076", "PC10001", "invalid_grant", "HTTP429"...
    /// Empty when nothing at all is known (no code and no HTTP status).
    QString key() const;
};

/// The stored form of a ServiceError (the vault index keeps a profile's last one for health):
///     {"source": "entra"|"partner-center"|"graph"|"http", "httpStatus", "error", "aadsts",
///      "errorCodes": [...], "description", "traceId", "correlationId", "timestamp"}
/// Only the first line of the description is kept, at most 500 characters. `raw` and
/// retryAfterSeconds are never written: raw is a body that may be anything, and a wait time
/// means nothing to a later process.
QJsonObject toJson(const ServiceError &error);
/// Nothing when `json` has no known "source"; other missing fields keep their defaults.
std::optional<ServiceError> serviceErrorFromJson(const QJsonObject &json);

/// What kind of problem an error is; decides the advice and, in health, the token status.
enum class ErrorCategory {
    MfaRequired,
    MfaRegistrationRequired,
    SignInAgain,
    RefreshTokenExpired,
    Revoked,
    ConsentMissing,
    DelegatedAdminBlocked,
    WrongClient,
    RedirectMismatch,
    ClientCredentials,
    WrongTenantOrCloud,
    ConditionalAccess,
    WrongAccount,
    NoRelationship,
    Throttled,
    ServiceUnavailable,
    Unknown
};

struct ErrorAdvice
{
    ErrorCategory category = ErrorCategory::Unknown;
    QString explanation; // one line: what happened
    QString action; // one line: what to do
    bool wrongCloudHint = false; // 90002/90038 and 700016: "Wrong cloud selected?"
};

/// Turns error bodies into ServiceError and ServiceError into advice for the user, following
/// the table of PROTOCOL.md §5.
///
/// Lookup order in advise(), most specific first:
///   1. a known AADSTS number (it wins over the generic OAuth "error" value);
///   2. a known Partner Center code (10001, 20002);
///   3. HTTP 429 (throttled, whatever the body says);
///   4. a known "error" value (interaction_required, invalid_grant, invalid_client...);
///   5. HTTP 5xx (service unavailable);
///   6. otherwise Unknown: the service's own description is shown with the ids.
namespace ErrorCatalogue {
ServiceError parseEntra(const QByteArray &body, int httpStatus);
ServiceError parsePartnerCenter(const QByteArray &body, int httpStatus);
/// {"error":{"code","message","innerError":{"request-id","client-request-id","date"}}}
ServiceError parseGraph(const QByteArray &body, int httpStatus);
/// Detects which of the three shapes the body has; falls back to Source::Http with raw.
ServiceError parse(const QByteArray &body, int httpStatus);
/// For an error that came back on the redirect (?error=…&error_description=…) rather than in a
/// body: the AADSTS number and ids are read from the description as Entra writes them.
ServiceError fromEntraRedirect(const QString &error, const QString &errorDescription);

ErrorAdvice advise(const ServiceError &error);
/// A complete user message: explanation, action, then "AADSTS50076 · trace id … · correlation
/// id …" when known. Unknown codes: the service's own description plus the ids, and action
/// "Check the details below; quote the ids to Microsoft support."
QString describe(const ServiceError &error);
/// Stable ids for JSON and scripts: "mfa-required", "consent-missing", ...
QString categoryId(ErrorCategory category);
} // namespace ErrorCatalogue

} // namespace PCAuth
