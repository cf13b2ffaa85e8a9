// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// Real keys, certificates and signatures for the crypto tests, made directly with OpenSSL so
// that what the product code computes is checked against an independent computation.
// Tests that include this link OpenSSL::Crypto.

#include "crypto/opensslptr.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace PCAuth::Test {

inline QByteArray base64UrlBytes(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline OpenSsl::Ptr<EVP_PKEY> makeRsaKey(unsigned int bits = 2048)
{
    return OpenSsl::Ptr<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
}

inline OpenSsl::Ptr<EVP_PKEY> makeEcKey()
{
    return OpenSsl::Ptr<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
}

/// A self-signed certificate. Times are ASN.1 GeneralizedTime text: "20300101000000Z".
inline OpenSsl::Ptr<X509> makeCertificate(EVP_PKEY *key, const char *commonName,
                                          const char *notBefore = "20250101000000Z",
                                          const char *notAfter = "20300101000000Z")
{
    OpenSsl::Ptr<X509> certificate(X509_new());
    X509_set_version(certificate.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(certificate.get()), 4242);
    ASN1_TIME_set_string(X509_getm_notBefore(certificate.get()), notBefore);
    ASN1_TIME_set_string(X509_getm_notAfter(certificate.get()), notAfter);
    X509_set_pubkey(certificate.get(), key);
    X509_NAME *name = X509_get_subject_name(certificate.get());
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>("Contoso"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    if (X509_sign(certificate.get(), key, EVP_sha256()) <= 0)
        return nullptr;
    return certificate;
}

inline QByteArray certificatePem(X509 *certificate)
{
    OpenSsl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), certificate);
    return OpenSsl::bioContents(bio.get());
}

inline QByteArray certificateDer(X509 *certificate)
{
    OpenSsl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    i2d_X509_bio(bio.get(), certificate);
    return OpenSsl::bioContents(bio.get());
}

/// Unencrypted PKCS#8 ("BEGIN PRIVATE KEY").
inline QByteArray privateKeyPem(EVP_PKEY *key)
{
    OpenSsl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return OpenSsl::bioContents(bio.get());
}

/// Traditional PKCS#1 ("BEGIN RSA PRIVATE KEY"), as older tools write it.
inline QByteArray traditionalKeyPem(EVP_PKEY *key)
{
    OpenSsl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey_traditional(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return OpenSsl::bioContents(bio.get());
}

/// Encrypted PKCS#8 ("BEGIN ENCRYPTED PRIVATE KEY"), AES-256-CBC.
inline QByteArray encryptedKeyPem(EVP_PKEY *key, const QByteArray &passphrase)
{
    OpenSsl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PKCS8PrivateKey(bio.get(), key, EVP_aes_256_cbc(), passphrase.constData(),
                                  int(passphrase.size()), nullptr, nullptr);
    return OpenSsl::bioContents(bio.get());
}

/// A PFX with OpenSSL 3's default (AES-256, SHA-256 MAC) algorithms.
inline QByteArray pkcs12(EVP_PKEY *key, X509 *certificate, const QByteArray &password)
{
    OpenSsl::Ptr<PKCS12> container(
        PKCS12_create(password.constData(), "pcauth", key, certificate, nullptr, 0, 0, 0, 0, 0));
    OpenSsl::Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!container || i2d_PKCS12_bio(bio.get(), container.get()) != 1)
        return {};
    return OpenSsl::bioContents(bio.get());
}

/// SHA-1 of the DER certificate by OpenSSL's X509_digest, as `openssl x509 -fingerprint`.
inline QByteArray sha1Thumbprint(X509 *certificate)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    X509_digest(certificate, EVP_sha1(), digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
}

inline QByteArray signRs256(EVP_PKEY *key, const QByteArray &data)
{
    OpenSsl::Ptr<EVP_MD_CTX> context(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key);
    EVP_DigestSign(context.get(), nullptr, &length, input, size_t(data.size()));
    QByteArray signature(qsizetype(length), '\0');
    EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                   input, size_t(data.size()));
    signature.truncate(qsizetype(length));
    return signature;
}

inline bool verifyRs256(EVP_PKEY *key, const QByteArray &data, const QByteArray &signature)
{
    OpenSsl::Ptr<EVP_MD_CTX> context(EVP_MD_CTX_new());
    EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, key);
    return EVP_DigestVerify(
               context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
               size_t(data.size()))
           == 1;
}

inline QByteArray bigNumberParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *raw = nullptr;
    EVP_PKEY_get_bn_param(key, name, &raw);
    OpenSsl::Ptr<BIGNUM> number(raw);
    QByteArray bytes(BN_num_bytes(number.get()), '\0');
    BN_bn2bin(number.get(), reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes;
}

/// The JWK an authority would publish for `key`: {kty, use, kid, n, e}.
inline QJsonObject rsaJwk(EVP_PKEY *key, const QString &kid)
{
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("kid"), kid},
        {QStringLiteral("n"),
         QString::fromLatin1(base64UrlBytes(bigNumberParam(key, OSSL_PKEY_PARAM_RSA_N)))},
        {QStringLiteral("e"),
         QString::fromLatin1(base64UrlBytes(bigNumberParam(key, OSSL_PKEY_PARAM_RSA_E)))},
    };
}

inline QByteArray jwksJson(const QJsonArray &keys)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("keys"), keys}})
        .toJson(QJsonDocument::Compact);
}

} // namespace PCAuth::Test
