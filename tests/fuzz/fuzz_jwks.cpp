// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT

// JSON Web Key Sets (crypto/jwks.h): downloaded from the discovery document's jwks_uri; the
// keys decide whether an id_token is believed. Base64url, big numbers and certificates all
// come from the outside and go to OpenSSL.

#include "crypto/jwks.h"

#include <cstddef>
#include <cstdint>

#include <QByteArray>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace PCAuth;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Expected<JsonWebKeySet> set = JsonWebKeySet::parse(bytes);
    if (!set.ok()) {
        if (set.error().isEmpty())
            __builtin_trap();
        return 0;
    }
    (void)set->notes();
    const QStringList kids = set->keyIds();
    if (kids.isEmpty())
        return 0;
    // Any key read from the set must survive a verification attempt; a zero signature of
    // the right size is never valid.
    const Expected<bool> verified =
        set->verifyRs256("eyJhbGciOiJSUzI1NiJ9.e30"_ba, QByteArray(256, '\0'), kids.first());
    if (verified.ok() && verified.value())
        __builtin_trap();
    (void)set->verifyRs256("x"_ba, QByteArray(), kids.first());
    return 0;
}
