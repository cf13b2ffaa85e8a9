// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "crypto.h"

#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> fromBase64Url(const QByteArray &text)
{
    auto r = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!r)
        return std::nullopt;
    return *r;
}

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return base64Url(raw);
}

RsaKey::RsaKey() = default;
RsaKey::~RsaKey()
{
    EVP_PKEY_free(m_key);
}
RsaKey::RsaKey(RsaKey &&o) noexcept
    : m_key(std::exchange(o.m_key, nullptr))
{ }
RsaKey &RsaKey::operator=(RsaKey &&o) noexcept
{
    std::swap(m_key, o.m_key);
    return *this;
}

void RsaKey::adopt(EVP_PKEY *key)
{
    EVP_PKEY_free(m_key);
    m_key = key;
}

RsaKey RsaKey::generate(int bits)
{
    RsaKey k;
    k.adopt(EVP_RSA_gen(static_cast<unsigned int>(bits)));
    return k;
}

RsaKey RsaKey::fromPrivatePem(const QByteArray &pem)
{
    RsaKey k;
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (bio) {
        k.adopt(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
        BIO_free(bio);
    }
    return k;
}

static const EVP_MD *digestFor(const QByteArray &alg)
{
    if (alg == "RS256"_ba || alg == "PS256"_ba)
        return EVP_sha256();
    return nullptr;
}

QByteArray RsaKey::sign(const QByteArray &alg, const QByteArray &data) const
{
    const EVP_MD *md = digestFor(alg);
    if (!m_key || !md)
        return {};
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    QByteArray sig;
    size_t len = 0;
    if (EVP_DigestSignInit(ctx, &pctx, md, nullptr, m_key) == 1
        && (alg != "PS256"_ba || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1)
        && EVP_DigestSign(ctx, nullptr, &len, reinterpret_cast<const unsigned char *>(data.data()),
                          size_t(data.size()))
               == 1) {
        sig.resize(qsizetype(len));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(sig.data()), &len,
                           reinterpret_cast<const unsigned char *>(data.data()),
                           size_t(data.size()))
            == 1)
            sig.resize(qsizetype(len));
        else
            sig.clear();
    }
    EVP_MD_CTX_free(ctx);
    return sig;
}

bool RsaKey::verify(const QByteArray &alg, const QByteArray &data, const QByteArray &sig) const
{
    const EVP_MD *md = digestFor(alg);
    if (!m_key || !md)
        return false;
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pctx = nullptr;
    bool ok =
        EVP_DigestVerifyInit(ctx, &pctx, md, nullptr, m_key) == 1
        && (alg != "PS256"_ba || EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) == 1)
        && EVP_DigestVerify(
               ctx, reinterpret_cast<const unsigned char *>(sig.data()), size_t(sig.size()),
               reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()))
               == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

static QByteArray bnParam(EVP_PKEY *key, const char *name)
{
    BIGNUM *bn = nullptr;
    if (!key || EVP_PKEY_get_bn_param(key, name, &bn) != 1)
        return {};
    QByteArray out(BN_num_bytes(bn), Qt::Uninitialized);
    BN_bn2bin(bn, reinterpret_cast<unsigned char *>(out.data()));
    BN_free(bn);
    return out;
}

QByteArray RsaKey::modulus() const
{
    return bnParam(m_key, OSSL_PKEY_PARAM_RSA_N);
}

QByteArray RsaKey::exponent() const
{
    return bnParam(m_key, OSSL_PKEY_PARAM_RSA_E);
}

QByteArray RsaKey::publicDer() const
{
    if (!m_key)
        return {};
    unsigned char *buf = nullptr;
    const int len = i2d_PUBKEY(m_key, &buf);
    if (len <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(buf), len);
    OPENSSL_free(buf);
    return out;
}

std::optional<Certificate> loadCertificate(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return std::nullopt;
    X509 *x509 = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!x509)
        return std::nullopt;
    Certificate c;
    unsigned char *buf = nullptr;
    const int len = i2d_X509(x509, &buf);
    if (len > 0) {
        c.der = QByteArray(reinterpret_cast<const char *>(buf), len);
        OPENSSL_free(buf);
    }
    c.publicKey.adopt(X509_get_pubkey(x509));
    X509_free(x509);
    if (c.der.isEmpty() || c.publicKey.isNull())
        return std::nullopt;
    c.x5t = base64Url(QCryptographicHash::hash(c.der, QCryptographicHash::Sha1));
    c.x5tS256 = base64Url(QCryptographicHash::hash(c.der, QCryptographicHash::Sha256));
    return c;
}

std::optional<Jwt> parseJwt(const QByteArray &compact)
{
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto header = fromBase64Url(parts.at(0));
    const auto payload = fromBase64Url(parts.at(1));
    const auto signature = fromBase64Url(parts.at(2));
    if (!header || !payload || !signature)
        return std::nullopt;
    const QJsonDocument h = QJsonDocument::fromJson(*header);
    const QJsonDocument p = QJsonDocument::fromJson(*payload);
    if (!h.isObject() || !p.isObject())
        return std::nullopt;
    return Jwt{h.object(), p.object(), parts.at(0) + '.' + parts.at(1), *signature};
}

QByteArray signJwt(const RsaKey &key, const QJsonObject &header, const QJsonObject &payload)
{
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return input + '.' + base64Url(key.sign("RS256"_ba, input));
}

} // namespace PCAuth::Sandbox
