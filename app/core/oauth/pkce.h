// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace PCAuth {

/// Proof Key for Code Exchange (RFC 7636), S256 only.
///
/// Why PKCE although the app may be confidential: the authorization code travels through a
/// browser and a loopback port that any local process could also listen on or read from a
/// history file. Without the verifier, which never leaves this process, a stolen code is
/// useless. "plain" is never offered: it would send the secret itself in the URL.
struct Pkce
{
    /// 43 characters: base64url (no padding) of 32 random bytes. Sent only to the token
    /// endpoint.
    QByteArray verifier;
    /// base64url(SHA-256(verifier)), no padding. Sent in the authorization URL.
    QByteArray challenge;

    /// A fresh pair from the system's cryptographic random generator.
    static Pkce generate();
    /// The S256 challenge of `verifier` (RFC 7636 §4.2).
    static QByteArray challengeFor(const QByteArray &verifier);
};

/// `bytes` random bytes from QRandomGenerator::system(), base64url without padding. For `state`
/// and `nonce`: unguessable values that tie an answer to the request that asked for it.
/// Requests for fewer than 16 bytes are raised to 16, below which a value could be guessed.
QByteArray randomToken(int bytes = 32);

} // namespace PCAuth
