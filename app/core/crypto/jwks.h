// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "support/expected.h"

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

struct evp_pkey_st; // OpenSSL's EVP_PKEY; the header stays free of OpenSSL includes.

namespace PCAuth {

/// The signing keys an authority publishes at its discovery document's `jwks_uri`: what an
/// id_token signature is checked against.
///
/// Only RSA signing keys are kept, because Entra signs id_tokens RS256. A key is read from
/// its `n`/`e` members, or from the first `x5c` certificate when it has no `n`/`e`. Keys this
/// class cannot use (EC keys, encryption keys, keys under 2048 bits, keys without a `kid`)
/// are skipped, each with a note, rather than failing the whole set: authorities publish
/// mixed sets. A usable-looking key with broken content (bad base64url) fails the parse,
/// because a corrupted key set should not be half-trusted.
///
/// Immutable and cheap to copy (keys are shared).
class JsonWebKeySet final
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::JsonWebKeySet)

public:
    /// Bytes; a real key set is a few KB. Bounds the work on a hostile response.
    static constexpr qsizetype MaxInputSize = 1024 * 1024;
    /// Smaller RSA keys are skipped: they are breakable and no authority should use them.
    static constexpr int MinimumKeyBits = 2048;

    static Expected<JsonWebKeySet> parse(const QByteArray &json);

    JsonWebKeySet() = default;

    bool contains(const QString &kid) const { return m_keys.contains(kid); }
    /// The kids of the usable keys, sorted.
    QStringList keyIds() const;
    /// One line per skipped key, for a diagnostics view: "key 3 (kid "x"): not an RSA key".
    const QStringList &notes() const { return m_notes; }

    /// true: the signature is a valid RSASSA-PKCS1-v1_5 SHA-256 signature of signingInput
    /// by key `kid`; false: it is not (altered token, wrong key). A failure means the check
    /// could not be made at all: the kid is not in the set, or OpenSSL refused to run.
    Expected<bool> verifyRs256(const QByteArray &signingInput, const QByteArray &signature,
                               const QString &kid) const;

private:
    QHash<QString, std::shared_ptr<evp_pkey_st>> m_keys;
    QStringList m_notes;
};

} // namespace PCAuth
