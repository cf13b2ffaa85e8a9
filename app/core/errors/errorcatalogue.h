// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "errors/serviceerror.h"

#include <QString>

namespace PCAuth {

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

/// Turns a ServiceError into advice for the user, following the table of PROTOCOL.md §5.
///
/// Lookup order in advise(), most specific first:
///   1. a known AADSTS number (it wins over the generic OAuth "error" value);
///   2. a known Partner Center code (10001, 20002);
///   3. HTTP 429 (throttled, whatever the body says);
///   4. a known "error" value (interaction_required, invalid_grant, invalid_client...);
///   5. HTTP 5xx (service unavailable);
///   6. otherwise Unknown: the service's own description is shown with the ids.
namespace ErrorCatalogue {
ErrorAdvice advise(const ServiceError &error);
/// A complete user message: explanation, action, then "AADSTS50076 · trace id … · correlation
/// id …" when known. Unknown codes: the service's own description plus the ids, and action
/// "Check the details below; quote the ids to Microsoft support."
QString describe(const ServiceError &error);
/// Stable ids for JSON and scripts: "mfa-required", "consent-missing", ...
QString categoryId(ErrorCategory category);
} // namespace ErrorCatalogue

} // namespace PCAuth
