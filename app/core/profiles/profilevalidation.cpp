// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The per-field validators of Profile. Each returns an empty string or one message that
// begins with the field's label; the GUI calls them as the user types.

#include "profiles/profile.h"
#include "profiles/profile_p.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

constexpr qsizetype MaxNameLength = 64;
const auto nilGuid = "00000000-0000-0000-0000-000000000000"_L1;

/// Tabs, line breaks and the like, which break one-line output and tables; and the
/// bidirectional overrides, which can make a name display as another one.
bool isForbiddenInName(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Other_Control || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph)
        return true;
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/// The loopback hosts Entra accepts for an http:// redirect URI. QUrl gives "::1" for
/// "[::1]" and lower-cases the host.
bool isLoopbackRedirectHost(const QString &host)
{
    return host == "localhost"_L1 || host == "127.0.0.1"_L1 || host == "::1"_L1;
}

} // namespace

namespace ProfileInternal {

bool isGuid(QStringView text)
{
    static const QRegularExpression guid(
        u"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"_s);
    return guid.match(text.toString()).hasMatch();
}

QString canonicalGuid(const QString &text)
{
    return isGuid(text) ? text.toLower() : text;
}

QString quoted(QStringView text)
{
    constexpr qsizetype limit = 60;
    if (text.size() <= limit)
        return u"“"_s + text + u"”"_s;
    return u"“"_s + text.left(limit) + u"…”"_s;
}

} // namespace ProfileInternal

using ProfileInternal::isGuid;
using ProfileInternal::quoted;

QString Profile::validateName(const QString &name)
{
    if (name.isEmpty())
        return tr("Name is empty: enter 1 to %1 characters.").arg(MaxNameLength);
    // toUcs4() counts a character outside the BMP (an emoji) once, as a user would.
    const QList<uint> characters = name.toUcs4();
    if (characters.size() > MaxNameLength) {
        return tr("Name is %1 characters long; at most %2 are allowed.")
            .arg(characters.size())
            .arg(MaxNameLength);
    }
    for (const uint c : characters) {
        if (isForbiddenInName(char32_t(c))) {
            return tr("Name must not contain control characters (tabs, line breaks or "
                      "text-direction overrides).");
        }
    }
    if (name.front().isSpace() || name.back().isSpace())
        return tr("Name must not begin or end with a space.");
    if (isGuid(name)) {
        return tr("Name must not be a GUID: a GUID is looked up as a profile ID, so a "
                  "profile with this name could not be found by its name.");
    }
    return QString();
}

QString Profile::validateTenant(const QString &tenant)
{
    const QString problem = Cloud::validateTenant(tenant);
    if (!problem.isEmpty())
        return tr("Partner tenant: %1").arg(problem);
    for (const char *keyword : {"organizations", "common", "consumers"}) {
        if (tenant.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0) {
            return tr("Partner tenant must name the partner's own tenant (its ID or a domain "
                      "such as contoso.onmicrosoft.com), not %1: the refresh token is kept "
                      "for one tenant.")
                .arg(quoted(tenant));
        }
    }
    if (tenant == nilGuid)
        return tr("Partner tenant is the nil GUID, which is no tenant: enter the tenant ID.");
    return QString();
}

QString Profile::validateClientId(const QString &clientId)
{
    if (clientId.isEmpty()) {
        return tr("Client ID is empty: enter the application (client) ID of the app "
                  "registration, a GUID.");
    }
    if (!isGuid(clientId)) {
        return tr("Client ID must be the application (client) ID of the app registration, a "
                  "GUID such as 00000000-0000-0000-0000-000000000000, not %1.")
            .arg(quoted(clientId));
    }
    if (clientId == nilGuid) {
        return tr("Client ID is the nil GUID, which no app has: enter the application "
                  "(client) ID of the app registration.");
    }
    return QString();
}

QString Profile::validateRedirectUri(const QString &uri)
{
    if (uri.isEmpty()) {
        return tr("Redirect URI is empty: enter http://localhost (the default) or an https:// "
                  "URI registered for the app.");
    }
    if (uri.trimmed() != uri)
        return tr("Redirect URI must not begin or end with a space.");
    const QUrl url(uri, QUrl::StrictMode);
    // The messages below do not echo the URI: a pasted one may carry a password.
    if (!url.isValid())
        return tr("Redirect URI is not a valid URI.");
    if (url.isRelative()) {
        return tr("Redirect URI must be absolute, starting with https:// or "
                  "http://localhost.");
    }
    const QString scheme = url.scheme();
    if (scheme != "https"_L1 && scheme != "http"_L1) {
        return tr("Redirect URI must use https:// (or http:// on a loopback host), not %1://.")
            .arg(scheme);
    }
    if (url.host().isEmpty())
        return tr("Redirect URI has no host name.");
    if (!url.userInfo().isEmpty())
        return tr("Redirect URI must not contain a user name or password.");
    if (url.hasFragment())
        return tr("Redirect URI must not contain a fragment (#…): Entra refuses it.");
    if (scheme == "http"_L1 && !isLoopbackRedirectHost(url.host())) {
        return tr("Redirect URI uses http:// with host %1: the authorization code would cross "
                  "the network unencrypted. Use https://; http:// is allowed only for "
                  "localhost, 127.0.0.1 and [::1].")
            .arg(url.host());
    }
    return QString();
}

QString Profile::validateCertificateThumbprint(CredentialKind credential, const QString &thumbprint)
{
    if (credential != CredentialKind::Certificate) {
        if (thumbprint.isEmpty())
            return QString();
        return tr("Certificate thumbprint is set but the credential is %1: a thumbprint "
                  "belongs to certificate credentials only.")
            .arg(credentialKindId(credential));
    }
    if (thumbprint.isEmpty()) {
        return tr("Certificate thumbprint is empty: a certificate profile records the x5t "
                  "thumbprint of its certificate.");
    }
    // x5t: the SHA-1 hash of the DER certificate (20 bytes) in unpadded base64url.
    static const QRegularExpression x5t(u"^[A-Za-z0-9_-]{27}$"_s);
    const bool shaped = x5t.match(thumbprint).hasMatch();
    if (!shaped
        || QByteArray::fromBase64(thumbprint.toLatin1(), QByteArray::Base64UrlEncoding).size()
               != 20) {
        return tr("Certificate thumbprint must be the certificate's x5t (27 characters of "
                  "base64url encoding a SHA-1 hash), not %1.")
            .arg(quoted(thumbprint));
    }
    return QString();
}

QStringList Profile::validate() const
{
    QStringList problems;
    for (const QString &problem :
         {validateName(name), validateCloud(cloudId, customCloudFile),
          validateTenant(partnerTenant), validateClientId(clientId),
          validateRedirectUri(redirectUri),
          validateCertificateThumbprint(credential, certificateThumbprint)}) {
        if (!problem.isEmpty())
            problems.append(problem);
    }
    return problems;
}

} // namespace PCAuth
