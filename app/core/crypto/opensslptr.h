// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// RAII for the OpenSSL objects the crypto module touches. Every OpenSSL object lives in one
// of these from the line that creates it, so no early return can leak a key or a context.
// Only .cpp files (and tests) include this header: it pulls in OpenSSL, which pcauth_core
// links privately.

#include <memory>
#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <QByteArray>

namespace PCAuth::OpenSsl {

struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free_all(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
    void operator()(PKCS12 *p) const { PKCS12_free(p); }
};

template<typename T>
using Ptr = std::unique_ptr<T, Deleter>;

/// Shared ownership for the immutable keys and certificates that value classes hold, so
/// those classes stay copyable without duplicating key material.
std::shared_ptr<EVP_PKEY> shareKey(Ptr<EVP_PKEY> key);
std::shared_ptr<X509> shareCertificate(Ptr<X509> certificate);

/// A read-only memory BIO over `bytes` (which must outlive it); null past 2 GB.
Ptr<BIO> readBio(const QByteArray &bytes);
/// Everything written to a memory BIO so far.
QByteArray bioContents(BIO *bio);

/// Empties the thread's OpenSSL error queue. Called after every handled failure so a stale
/// error cannot be blamed on a later, unrelated call. OpenSSL's own texts are not shown to
/// users: each caller says what failed in its own words.
void clearErrors();

} // namespace PCAuth::OpenSsl
