// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// JWT decoding (token/jwt.h) and everything the Token Inspector derives from a decoded token
// (token/claims.h): a pasted token is outside input, and so is every claim in it.

#include "../common/utctime.h"
#include "support/clock.h"
#include "token/claims.h"
#include "token/jwt.h"

#include <cstddef>
#include <cstdint>

#include <QDateTime>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<Jwt> decoded = Jwt::decode(text);
    if (!decoded.ok()) {
        // The message must be produced, and must not be empty.
        if (decoded.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    const Jwt &jwt = decoded.value();
    (void)jwt.algorithm();
    (void)jwt.keyId();
    (void)jwt.stringClaim(u"upn");
    (void)jwt.stringListClaim(u"aud");
    (void)jwt.expiresAt();
    (void)jwt.notBefore();
    (void)jwt.issuedAt();
    (void)jwt.scopes();
    (void)jwt.roles();
    (void)jwt.version();
    (void)jwt.isAppOnly();
    (void)jwt.subjectName();
    (void)jwt.mfa();
    const ManualClock clock(PCAuth::Test::utcDateTime(QDate(2026, 11, 27), QTime(5, 0)));
    (void)jwt.validity(clock);
    (void)jwt.secondsUntilExpiry(clock);
    for (const ClaimRow &row : explainClaims(jwt, clock))
        (void)displaySafe(row.value);
    return 0;
}
