// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "cloud/cloud.h"

#include "cloud/cloud_p.h"

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

struct ServiceName
{
    Service service;
    QLatin1String id;
};

const ServiceName serviceNames[] = {
    {Service::PartnerCenter, QLatin1String("partner-center")},
    {Service::Graph, QLatin1String("graph")},
    {Service::AadGraph, QLatin1String("aad-graph")},
    {Service::Arm, QLatin1String("arm")},
    {Service::KeyVault, QLatin1String("keyvault")},
};

/// One row of PROTOCOL.md §1. For built-ins the endpoint of PC, Graph, AAD Graph and ARM is
/// the resource text; Key Vault has a resource only.
struct BuiltInRow
{
    const char *id;
    const char *name;
    bool retired;
    const char *authority;
    const char *resources[5]; // in Service order
};

const BuiltInRow builtInRows[] = {
    {"global",
     QT_TRANSLATE_NOOP("PCAuth::Cloud", "Global (Azure public)"),
     false,
     "https://login.microsoftonline.com",
     {"https://api.partnercenter.microsoft.com", "https://graph.microsoft.com",
      "https://graph.windows.net", "https://management.azure.com", "https://vault.azure.net"}},
    {"china",
     QT_TRANSLATE_NOOP("PCAuth::Cloud", "21Vianet (China)"),
     false,
     "https://login.chinacloudapi.cn",
     {"https://partner.partnercenterapi.microsoftonline.cn",
      "https://microsoftgraph.chinacloudapi.cn", "https://graph.chinacloudapi.cn",
      "https://management.chinacloudapi.cn", "https://vault.azure.cn"}},
    {"usgov",
     QT_TRANSLATE_NOOP("PCAuth::Cloud", "US Government"),
     false,
     "https://login.microsoftonline.us",
     {"https://api.partnercenter.microsoft.com", "https://graph.microsoft.us",
      "https://graph.windows.net", "https://management.usgovcloudapi.net",
      "https://vault.usgovcloudapi.net"}},
    {"germany",
     QT_TRANSLATE_NOOP("PCAuth::Cloud", "Germany (retired)"),
     true,
     "https://login.microsoftonline.de",
     {"https://api.partnercenter.microsoft.com", "https://graph.microsoft.de",
      "https://graph.cloudapi.de", "https://management.core.cloudapi.de",
      "https://vault.microsoftazure.de"}},
};

struct Alias
{
    QLatin1String alias;
    QLatin1String id;
};

const Alias builtInAliases[] = {
    {QLatin1String("public"), QLatin1String("global")},
    {QLatin1String("21vianet"), QLatin1String("china")},
    {QLatin1String("usgovernment"), QLatin1String("usgov")},
};

} // namespace

QString serviceId(Service service)
{
    for (const ServiceName &row : serviceNames) {
        if (row.service == service)
            return QString(row.id);
    }
    return QString();
}

std::optional<Service> serviceFromId(QStringView id)
{
    for (const ServiceName &row : serviceNames) {
        if (id.compare(row.id, Qt::CaseInsensitive) == 0)
            return row.service;
    }
    return std::nullopt;
}

QString protocolId(Protocol protocol)
{
    return protocol == Protocol::V1 ? u"v1"_s : u"v2"_s;
}

std::optional<Protocol> protocolFromId(QStringView id)
{
    if (id.compare(QLatin1String("v1"), Qt::CaseInsensitive) == 0)
        return Protocol::V1;
    if (id.compare(QLatin1String("v2"), Qt::CaseInsensitive) == 0)
        return Protocol::V2;
    return std::nullopt;
}

QList<Service> allServices()
{
    return {Service::PartnerCenter, Service::Graph, Service::AadGraph, Service::Arm,
            Service::KeyVault};
}

bool isBuiltInCloudId(QStringView id)
{
    for (const BuiltInRow &row : builtInRows) {
        if (id.compare(QLatin1String(row.id), Qt::CaseInsensitive) == 0)
            return true;
    }
    for (const Alias &alias : builtInAliases) {
        if (id.compare(alias.alias, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

Cloud::Cloud()
    : Cloud(builtIns().constFirst())
{ }

QString Cloud::id() const
{
    return m_id;
}

QString Cloud::displayName() const
{
    if (m_builtIn)
        return tr(m_name.toLatin1().constData());
    return m_name;
}

bool Cloud::isBuiltIn() const
{
    return m_builtIn;
}

bool Cloud::isRetired() const
{
    return m_retired;
}

QUrl Cloud::authority() const
{
    return m_authority;
}

QUrl Cloud::endpoint(Service service) const
{
    return m_endpoints[indexOf(service)];
}

QString Cloud::resource(Service service) const
{
    return m_resources[indexOf(service)];
}

std::optional<Service> Cloud::serviceOf(const QUrl &url) const
{
    const auto defaultPort = [](const QUrl &u) {
        return u.port(u.scheme().compare("https"_L1, Qt::CaseInsensitive) == 0 ? 443 : 80);
    };
    for (const Service service : allServices()) {
        const QUrl base = endpoint(service);
        if (base.isEmpty() || base.scheme().compare(url.scheme(), Qt::CaseInsensitive) != 0
            || base.host().compare(url.host(), Qt::CaseInsensitive) != 0
            || defaultPort(base) != defaultPort(url))
            continue;
        QString prefix = base.path();
        while (prefix.endsWith(u'/'))
            prefix.chop(1);
        const QString path = url.path();
        if (prefix.isEmpty() || path == prefix || path.startsWith(prefix + u'/'))
            return service;
    }
    return std::nullopt;
}

QUrl Cloud::authorizeUrl(const QString &tenant, Protocol protocol) const
{
    return authorityUrl(tenant, protocol == Protocol::V1 ? QLatin1String("/oauth2/authorize")
                                                         : QLatin1String("/oauth2/v2.0/authorize"));
}

QUrl Cloud::tokenUrl(const QString &tenant, Protocol protocol) const
{
    return authorityUrl(tenant, protocol == Protocol::V1 ? QLatin1String("/oauth2/token")
                                                         : QLatin1String("/oauth2/v2.0/token"));
}

QUrl Cloud::discoveryUrl(const QString &tenant, Protocol protocol) const
{
    return authorityUrl(tenant, protocol == Protocol::V1
                                    ? QLatin1String("/.well-known/openid-configuration")
                                    : QLatin1String("/v2.0/.well-known/openid-configuration"));
}

QString Cloud::defaultScope(Service service) const
{
    return resource(service) + u"/.default"_s;
}

QString Cloud::delegatedScope(Service service) const
{
    return resource(service) + u"/user_impersonation"_s;
}

QList<Cloud> Cloud::builtIns()
{
    // Built once: Cloud() delegates here, and holders default-construct often.
    static const QList<Cloud> clouds = [] {
        QList<Cloud> list;
        for (const BuiltInRow &row : builtInRows) {
            Cloud cloud{EmptyTag{}};
            cloud.m_id = QString::fromLatin1(row.id);
            cloud.m_name = QString::fromLatin1(row.name);
            cloud.m_builtIn = true;
            cloud.m_retired = row.retired;
            cloud.m_authority = QUrl(QString::fromLatin1(row.authority), QUrl::StrictMode);
            for (Service service : allServices()) {
                const QString resource = QString::fromLatin1(row.resources[indexOf(service)]);
                cloud.m_resources[indexOf(service)] = resource;
                if (service != Service::KeyVault)
                    cloud.m_endpoints[indexOf(service)] = QUrl(resource, QUrl::StrictMode);
            }
            list.append(cloud);
        }
        return list;
    }();
    return clouds;
}

std::optional<Cloud> Cloud::builtIn(QStringView id)
{
    QString canonical = id.toString();
    for (const Alias &alias : builtInAliases) {
        if (id.compare(alias.alias, Qt::CaseInsensitive) == 0)
            canonical = QString(alias.id);
    }
    for (const Cloud &cloud : builtIns()) {
        if (canonical.compare(cloud.m_id, Qt::CaseInsensitive) == 0)
            return cloud;
    }
    return std::nullopt;
}

bool Cloud::operator==(const Cloud &other) const
{
    return m_id == other.m_id && m_name == other.m_name && m_builtIn == other.m_builtIn
           && m_retired == other.m_retired && m_authority == other.m_authority
           && m_endpoints == other.m_endpoints && m_resources == other.m_resources;
}

std::size_t Cloud::indexOf(Service service)
{
    return static_cast<std::size_t>(service);
}

/// The tenant becomes exactly one path segment, joined with exactly one slash whatever the
/// authority ends with ("", "/", "/adfs", "/adfs/"). The authority's own path is taken in
/// encoded form so that an already-encoded character in it is not encoded twice.
QUrl Cloud::authorityUrl(const QString &tenant, QLatin1String tail) const
{
    if (tenant.isEmpty() || tenant == QLatin1String(".") || tenant == QLatin1String(".."))
        return QUrl();
    QString path = m_authority.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(tenant)) + tail;
    QUrl url = m_authority.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                                    | QUrl::RemoveUserInfo);
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

} // namespace PCAuth
