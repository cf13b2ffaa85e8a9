// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "oauth/pkce.h"

#include <algorithm>
#include <vector>

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace PCAuth {

namespace {

constexpr int kMinimumTokenBytes = 16;
constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

QByteArray randomToken(int bytes)
{
    const int count = std::max(bytes, kMinimumTokenBytes);
    // fillRange works on 32-bit words: draw enough of them, then keep `count` bytes.
    std::vector<quint32> words((static_cast<std::size_t>(count) + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), count);
    return raw.toBase64(kBase64Url);
}

Pkce Pkce::generate()
{
    Pkce pkce;
    pkce.verifier = randomToken(32);
    pkce.challenge = challengeFor(pkce.verifier);
    return pkce;
}

QByteArray Pkce::challengeFor(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

} // namespace PCAuth
