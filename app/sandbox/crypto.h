// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>
#include <optional>

#include <QByteArray>
#include <QJsonObject>

typedef struct evp_pkey_st EVP_PKEY;

namespace PCAuth::Sandbox {

QByteArray base64Url(const QByteArray &data);
// Strict base64url decode (no padding required); nullopt on characters outside the alphabet.
std::optional<QByteArray> fromBase64Url(const QByteArray &text);
QByteArray randomToken(int bytes); // base64url of cryptographically random bytes

// An RSA key through OpenSSL 3 EVP: signs the sandbox's tokens and checks client assertions.
class RsaKey final
{
public:
    RsaKey();
    ~RsaKey();
    RsaKey(RsaKey &&) noexcept;
    RsaKey &operator=(RsaKey &&) noexcept;
    RsaKey(const RsaKey &) = delete;
    RsaKey &operator=(const RsaKey &) = delete;

    static RsaKey generate(int bits);
    static RsaKey fromPrivatePem(const QByteArray &pem);
    bool isNull() const { return !m_key; }

    // alg is "RS256" or "PS256".
    QByteArray sign(const QByteArray &alg, const QByteArray &data) const;
    bool verify(const QByteArray &alg, const QByteArray &data, const QByteArray &sig) const;

    QByteArray modulus() const; // big-endian n
    QByteArray exponent() const; // big-endian e
    QByteArray publicDer() const; // SubjectPublicKeyInfo

    EVP_PKEY *handle() const { return m_key; }
    void adopt(EVP_PKEY *key);

private:
    EVP_PKEY *m_key = nullptr;
};

// A registered X.509 certificate: its public key and the thumbprints a client puts in `x5t`.
struct Certificate
{
    RsaKey publicKey;
    QByteArray x5t; // base64url SHA-1 of the DER certificate
    QByteArray x5tS256; // base64url SHA-256 of the DER certificate
    QByteArray der;
};
std::optional<Certificate> loadCertificate(const QByteArray &pem);

struct Jwt
{
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // "header.payload" as received
    QByteArray signature;
};
// Splits and decodes a compact JWS; nullopt when it is not three base64url JSON parts.
std::optional<Jwt> parseJwt(const QByteArray &compact);
QByteArray signJwt(const RsaKey &key, const QJsonObject &header, const QJsonObject &payload);

} // namespace PCAuth::Sandbox
