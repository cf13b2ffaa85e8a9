// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "support/versioninfo.h"

#include <openssl/crypto.h>

#include <QSslSocket>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace PCAuth {

QString versionReport()
{
    const QString tls =
        QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : u"none"_s;
    return u"PCAuth %1\nQt %2 (built with %3)\nQtKeychain %4\nOpenSSL %5 (Qt TLS: %6)\n%7"_s.arg(
        QString::fromLatin1(PCAUTH_VERSION_STRING), QString::fromLatin1(qVersion()),
        QString::fromLatin1(QT_VERSION_STR), QString::fromLatin1(PCAUTH_QTKEYCHAIN_VERSION),
        QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION_STRING)), tls,
        QSysInfo::prettyProductName());
}

} // namespace PCAuth
