// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "cloud/cloud.h"
#include "cloud/cloud_p.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    // QHostAddress parses literal addresses only, so "127.0.0.1.example.com" is not one.
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

/// A DNS name of at least two labels (a tenant domain always has a dot); letters, digits
/// and inner hyphens; the last label not all digits, so an IPv4 address is not a domain.
bool isDomainName(const QString &text)
{
    static const QRegularExpression domain(
        u"^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
        "(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"_s);
    return domain.match(text).hasMatch();
}

} // namespace

bool isPlainGuid(QStringView text)
{
    static const QRegularExpression guid(
        u"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"_s);
    return guid.match(text.toString()).hasMatch();
}

QString quotedForMessage(QStringView text)
{
    constexpr qsizetype limit = 60;
    if (text.size() <= limit)
        return u"“"_s + text + u"”"_s;
    return u"“"_s + text.left(limit) + u"…”"_s;
}

QString validateEndpoint(const QUrl &url, const QString &field)
{
    if (url.isEmpty())
        return Cloud::tr("%1 is empty: enter an https:// URL.").arg(field);
    // Messages below never echo the URL: a pasted URL may carry a password or a token.
    if (!url.isValid())
        return Cloud::tr("%1 is not a valid URL.").arg(field);
    if (url.isRelative())
        return Cloud::tr("%1 must be an absolute URL starting with https://.").arg(field);
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return Cloud::tr("%1 must use https://, not %2://.").arg(field, scheme);
    if (url.host().isEmpty())
        return Cloud::tr("%1 has no host name.").arg(field);
    if (!url.userInfo().isEmpty())
        return Cloud::tr("%1 must not contain a user name or password.").arg(field);
    if (url.hasQuery() || url.hasFragment())
        return Cloud::tr("%1 must not contain a query (?…) or a fragment (#…).").arg(field);
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return Cloud::tr("%1 uses http:// with host %2: tokens would cross the network "
                         "unencrypted. Use https://; http:// is allowed only for loopback "
                         "hosts (localhost, 127.0.0.1, ::1).")
            .arg(field, url.host());
    }
    return QString();
}

QString validateResource(const QString &resource, const QString &field)
{
    if (resource.isEmpty()) {
        return Cloud::tr("%1 is empty: enter the token audience, an https:// URI or an "
                         "application ID (GUID).")
            .arg(field);
    }
    if (isPlainGuid(resource))
        return QString();
    const QUrl url(resource, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
        || !url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return Cloud::tr("%1 must be an absolute https:// URI or an application ID (GUID), "
                         "not %2.")
            .arg(field, quotedForMessage(resource));
    }
    return QString();
}

QString Cloud::validateTenant(const QString &tenant)
{
    if (tenant.isEmpty())
        return tr("Enter a tenant: its ID (a GUID) or a domain such as contoso.onmicrosoft.com.");
    for (const QChar c : tenant) {
        if (c.isSpace())
            return tr("The tenant must not contain spaces.");
    }
    for (const char16_t c : {u'/', u'?', u'#', u'%'}) {
        if (tenant.contains(QChar(c)))
            return tr("The tenant must not contain “%1”.").arg(QChar(c));
    }
    if (tenant.contains(QLatin1String("..")))
        return tr("The tenant must not contain “..”.");
    if (isPlainGuid(tenant) || isDomainName(tenant))
        return QString();
    for (const char *keyword : {"organizations", "common", "consumers"}) {
        if (tenant.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0)
            return QString();
    }
    return tr("%1 is not a tenant: enter a tenant ID (a GUID such as "
              "00000000-0000-0000-0000-000000000000), a domain such as "
              "contoso.onmicrosoft.com, or organizations, common or consumers.")
        .arg(quotedForMessage(tenant));
}

} // namespace PCAuth
