// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "support/expected.h"

#include <memory>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

struct evp_pkey_st; // OpenSSL's EVP_PKEY
struct x509_st; // OpenSSL's X509

namespace PCAuth {

/// An app registration's certificate credential: the certificate Entra knows (by its
/// thumbprint) and the RSA private key that signs client assertions.
///
/// Loading refuses anything that would only fail later at the token endpoint, with a
/// message saying which: a key that does not belong to the certificate, a non-RSA key, a
/// wrong passphrase or PFX password, a PFX with a legacy cipher OpenSSL 3 no longer reads.
/// An expired certificate still loads (Entra will say no, but the user may want to see its
/// details); notAfter() lets the caller warn. Messages never contain key material, the
/// passphrase or the password.
///
/// Immutable and cheap to copy (the key and certificate are shared).
class ClientCertificate final
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::ClientCertificate)

public:
    /// Bytes. A certificate and key are a few KB; a PFX with a long chain stays far below.
    static constexpr qsizetype MaxInputSize = 1024 * 1024;

    /// One PEM text holding the certificate (the first CERTIFICATE block is the one used)
    /// and the private key (PKCS#8 "PRIVATE KEY", "ENCRYPTED PRIVATE KEY" or traditional
    /// "RSA PRIVATE KEY"). `passphrase` decrypts an encrypted key; OpenSSL never prompts.
    static Expected<ClientCertificate> fromPem(const QByteArray &pem,
                                               const QByteArray &passphrase = {});
    /// A PKCS#12 (.pfx/.p12) file as Windows and Azure Key Vault export it. An empty
    /// password also tries a PFX protected by no password at all.
    static Expected<ClientCertificate> fromPkcs12(const QByteArray &pfx,
                                                  const QByteArray &password);

    /// A null certificate, only so that holders can default-construct.
    ClientCertificate() = default;
    bool isNull() const { return !m_certificate; }

    /// base64url SHA-1 of the DER certificate: the client assertion header's `x5t`, and the
    /// thumbprint the Entra portal shows (there in hex).
    QByteArray x5t() const;
    /// base64url SHA-256 of the DER certificate: `x5t#S256`.
    QByteArray x5tS256() const;
    /// Upper-case hex SHA-1, as the Entra portal and Windows show the thumbprint.
    QString thumbprintHex() const;
    /// RFC 2253 form: "CN=pcauth,O=Contoso".
    QString subject() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;

    /// RSASSA-PKCS1-v1_5 with SHA-256 over `data`.
    Expected<QByteArray> signRs256(const QByteArray &data) const;
    /// The certificate and the UNENCRYPTED PKCS#8 key, for storing in the OS keychain (which
    /// encrypts it). This is a secret: never log it or write it to a file.
    QByteArray toPem() const;

private:
    static Expected<ClientCertificate> make(std::shared_ptr<x509_st> certificate,
                                            std::shared_ptr<evp_pkey_st> key);

    std::shared_ptr<x509_st> m_certificate;
    std::shared_ptr<evp_pkey_st> m_key;
};

} // namespace PCAuth
