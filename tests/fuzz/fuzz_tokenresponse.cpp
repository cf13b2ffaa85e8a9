// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// Entra token endpoint answers, read the way TokenEndpointClient::interpret() reads them:
// a 2xx body through TokenResponse::parse(), anything else through the error catalogue
// (parseEntra, the Retry-After header, describe/advise), plus the stored form of the error.
//
// Input: line 1 the HTTP status, line 2 the Retry-After header value, then the body.

#include "../common/utctime.h"
#include "errors/errorbodies.h"
#include "errors/errorcatalogue.h"
#include "fuzzinput.h"
#include "net/httptypes.h"
#include "session/tokenendpoint.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    Fuzz::Input input(data, size);
    const int status = input.line().trimmed().toInt();
    const QByteArray retryAfter = input.line();
    const QByteArray &body = input.rest();
    const QDateTime now = PCAuth::Test::utcDateTime(QDate(2026, 11, 27), QTime(5, 0));

    if (status >= 200 && status < 300) {
        const Expected<TokenResponse> token = TokenResponse::parse(body, now);
        if (!token.ok()) {
            if (token.error().isEmpty())
                __builtin_trap();
            Fuzz::checkNoSecretQuoted(token.error(), body);
        }
        return 0;
    }
    ServiceError error = ErrorBodies::parseEntra(body, status);
    if (const auto wait = HttpPolicy::parseRetryAfter(retryAfter, now))
        error.retryAfterSeconds = int(wait->count());
    const QString message = ErrorCatalogue::describe(error);
    Fuzz::checkNoSecretQuoted(message, body);
    (void)ErrorCatalogue::advise(error);
    (void)error.key();
    // The vault index stores the last error and reads it back for health.
    if (!serviceErrorFromJson(toJson(error)))
        __builtin_trap();
    // The generic detector sees the same bodies from other callers. There a top-level "code"
    // without "error" is a Partner Center error code, shown on purpose.
    Fuzz::checkNoSecretQuoted(ErrorCatalogue::describe(ErrorBodies::parse(body, status)), body,
                              Fuzz::TopLevelCode::ErrorCode);
    return 0;
}
