// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "crypto/opensslptr.h"

#include <limits>
#include <openssl/err.h>

namespace PCAuth::OpenSsl {

std::shared_ptr<EVP_PKEY> shareKey(Ptr<EVP_PKEY> key)
{
    return std::shared_ptr<EVP_PKEY>(key.release(), Deleter{});
}

std::shared_ptr<X509> shareCertificate(Ptr<X509> certificate)
{
    return std::shared_ptr<X509>(certificate.release(), Deleter{});
}

Ptr<BIO> readBio(const QByteArray &bytes)
{
    if (bytes.size() > std::numeric_limits<int>::max())
        return nullptr;
    return Ptr<BIO>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    if (size <= 0 || !data)
        return {};
    return QByteArray(data, qsizetype(size));
}

void clearErrors()
{
    ERR_clear_error();
}

} // namespace PCAuth::OpenSsl
