// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "crypto/clientcertificate.h"

#include "crypto/opensslptr.h"

#include <cstring>
#include <ctime>
#include <openssl/pem.h>

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

using OpenSsl::Ptr;

/// Hands OpenSSL the passphrase and records that one was needed, so that "encrypted, no
/// passphrase given" and "wrong passphrase" get different messages. Never prompts.
struct PassphraseRequest
{
    const QByteArray *passphrase = nullptr;
    bool asked = false;
};

int passphraseCallback(char *buffer, int size, int /*rwflag*/, void *userData)
{
    auto *request = static_cast<PassphraseRequest *>(userData);
    request->asked = true;
    const QByteArray &passphrase = *request->passphrase;
    if (passphrase.isEmpty() || passphrase.size() > size)
        return -1;
    std::memcpy(buffer, passphrase.constData(), size_t(passphrase.size()));
    return int(passphrase.size());
}

QByteArray certificateDigest(X509 *certificate, const EVP_MD *algorithm)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!certificate || X509_digest(certificate, algorithm, digest, &length) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
}

QDateTime fromAsn1Time(const ASN1_TIME *time)
{
    std::tm parts{};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), QTimeZone::utc());
}

Expected<Ptr<EVP_PKEY>> readPemKey(const QByteArray &pem, const QByteArray &passphrase)
{
    PassphraseRequest request{&passphrase};
    const auto bio = OpenSsl::readBio(pem);
    Ptr<EVP_PKEY> key(
        bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &request) : nullptr);
    OpenSsl::clearErrors();
    if (key)
        return key;
    if (request.asked && passphrase.isEmpty())
        return fail(ClientCertificate::tr("The private key is encrypted: give its passphrase."));
    if (request.asked)
        return fail(ClientCertificate::tr("The passphrase does not decrypt the private key: "
                                          "check the passphrase."));
    if (!pem.contains("PRIVATE KEY-----"))
        return fail(ClientCertificate::tr("The PEM text holds no private key: put the "
                                          "certificate and its private key in one PEM file."));
    return fail(ClientCertificate::tr("The private key in the PEM text is damaged or in an "
                                      "unsupported format."));
}

} // namespace

Expected<ClientCertificate> ClientCertificate::fromPem(const QByteArray &pem,
                                                       const QByteArray &passphrase)
{
    if (pem.size() > MaxInputSize)
        return fail(tr("The certificate file is larger than %1 bytes: refused.").arg(MaxInputSize));
    // Certificates are never encrypted; the callback only keeps OpenSSL from prompting.
    const QByteArray noPassphrase;
    PassphraseRequest none{&noPassphrase};
    const auto bio = OpenSsl::readBio(pem);
    Ptr<X509> certificate(bio ? PEM_read_bio_X509(bio.get(), nullptr, passphraseCallback, &none)
                              : nullptr);
    OpenSsl::clearErrors();
    if (!certificate) {
        if (!pem.contains("-----BEGIN CERTIFICATE-----"))
            return fail(tr("The PEM text holds no certificate (no \"BEGIN CERTIFICATE\" block): "
                           "put the certificate and its private key in one PEM file."));
        return fail(tr("The certificate in the PEM text is damaged: it cannot be read."));
    }
    auto key = readPemKey(pem, passphrase);
    if (!key)
        return fail(key.error());
    return make(OpenSsl::shareCertificate(std::move(certificate)),
                OpenSsl::shareKey(std::move(key.value())));
}

Expected<ClientCertificate> ClientCertificate::fromPkcs12(const QByteArray &pfx,
                                                          const QByteArray &password)
{
    if (pfx.size() > MaxInputSize)
        return fail(tr("The PFX file is larger than %1 bytes: refused.").arg(MaxInputSize));
    const auto bio = OpenSsl::readBio(pfx);
    Ptr<PKCS12> container(bio ? d2i_PKCS12_bio(bio.get(), nullptr) : nullptr);
    if (!container) {
        OpenSsl::clearErrors();
        return fail(tr("The file is not a PKCS#12 (PFX) file: it cannot be read."));
    }
    // PKCS12_parse itself tries both "no password" and "" when given an empty one.
    if (!password.isEmpty() && PKCS12_mac_present(container.get())
        && PKCS12_verify_mac(container.get(), password.constData(), int(password.size())) != 1) {
        OpenSsl::clearErrors();
        return fail(tr("The PFX password is wrong: the file's integrity check fails with it."));
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    const int parsed =
        PKCS12_parse(container.get(), password.constData(), &rawKey, &rawCertificate, nullptr);
    Ptr<EVP_PKEY> key(rawKey);
    Ptr<X509> certificate(rawCertificate);
    OpenSsl::clearErrors();
    if (parsed != 1 && password.isEmpty())
        return fail(tr("The PFX file is protected by a password: give it."));
    if (parsed != 1)
        return fail(tr("The PFX file cannot be decrypted although its password is right: it "
                       "probably uses a legacy cipher (RC2 or 3DES) that OpenSSL 3 no longer "
                       "enables. Export it again with AES-256 (openssl pkcs12 -export "
                       "-keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256)."));
    if (!certificate)
        return fail(tr("The PFX file holds no certificate."));
    if (!key)
        return fail(tr("The PFX file holds no private key: export the certificate again with "
                       "its private key."));
    return make(OpenSsl::shareCertificate(std::move(certificate)),
                OpenSsl::shareKey(std::move(key)));
}

Expected<ClientCertificate> ClientCertificate::make(std::shared_ptr<x509_st> certificate,
                                                    std::shared_ptr<evp_pkey_st> key)
{
    if (!EVP_PKEY_is_a(key.get(), "RSA")) {
        const char *type = EVP_PKEY_get0_type_name(key.get());
        return fail(tr("The private key is of type %1, not RSA: client assertions are signed "
                       "RS256, which needs an RSA key. Create the certificate with an RSA key "
                       "of 2048 bits or more.")
                        .arg(type ? QString::fromLatin1(type) : tr("non-RSA")));
    }
    const EVP_PKEY *publicKey = X509_get0_pubkey(certificate.get());
    if (!publicKey || EVP_PKEY_eq(publicKey, key.get()) != 1) {
        OpenSsl::clearErrors();
        return fail(tr("The private key does not belong to the certificate (the certificate "
                       "holds another public key): use the key created with this "
                       "certificate."));
    }
    ClientCertificate result;
    result.m_certificate = std::move(certificate);
    result.m_key = std::move(key);
    return result;
}

QByteArray ClientCertificate::x5t() const
{
    return certificateDigest(m_certificate.get(), EVP_sha1())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray ClientCertificate::x5tS256() const
{
    return certificateDigest(m_certificate.get(), EVP_sha256())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString ClientCertificate::thumbprintHex() const
{
    return QString::fromLatin1(certificateDigest(m_certificate.get(), EVP_sha1()).toHex())
        .toUpper();
}

QString ClientCertificate::subject() const
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!m_certificate || !bio
        || X509_NAME_print_ex(bio.get(), X509_get_subject_name(m_certificate.get()), 0,
                              XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB)
               < 0)
        return {};
    return QString::fromUtf8(OpenSsl::bioContents(bio.get()));
}

QDateTime ClientCertificate::notBefore() const
{
    return m_certificate ? fromAsn1Time(X509_get0_notBefore(m_certificate.get())) : QDateTime();
}

QDateTime ClientCertificate::notAfter() const
{
    return m_certificate ? fromAsn1Time(X509_get0_notAfter(m_certificate.get())) : QDateTime();
}

Expected<QByteArray> ClientCertificate::signRs256(const QByteArray &data) const
{
    const auto failed = [] {
        OpenSsl::clearErrors();
        return fail(tr("OpenSSL could not sign with the certificate's private key."));
    };
    Ptr<EVP_MD_CTX> context(EVP_MD_CTX_new());
    if (!m_key || !context
        || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1)
        return failed();
    const auto *input = reinterpret_cast<const unsigned char *>(data.constData());
    size_t length = 0;
    if (EVP_DigestSign(context.get(), nullptr, &length, input, size_t(data.size())) != 1)
        return failed();
    QByteArray signature(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       input, size_t(data.size()))
        != 1)
        return failed();
    signature.truncate(qsizetype(length));
    return signature;
}

QByteArray ClientCertificate::toPem() const
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!m_certificate || !bio || PEM_write_bio_X509(bio.get(), m_certificate.get()) != 1
        || PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr)
               != 1) {
        OpenSsl::clearErrors();
        return {};
    }
    return OpenSsl::bioContents(bio.get());
}

} // namespace PCAuth
