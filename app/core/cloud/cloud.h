// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "support/expected.h"

#include <array>
#include <cstddef>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <QUrl>

namespace PCAuth {

/// Which flavour of the Entra token endpoint to talk to.
/// v1 names the audience with `resource=` and posts to /oauth2/token;
/// v2 names it with `scope=` and posts to /oauth2/v2.0/token.
enum class Protocol { V1, V2 };

/// The APIs PCAuth gets tokens for. Each has an endpoint and a resource per cloud.
enum class Service { PartnerCenter, Graph, AadGraph, Arm, KeyVault };

/// Stable ids for settings, scripts and JSON output:
/// "partner-center", "graph", "aad-graph", "arm", "keyvault".
QString serviceId(Service service);
/// Accepts the ids above, case-insensitively.
std::optional<Service> serviceFromId(QStringView id);
/// "v1", "v2".
QString protocolId(Protocol protocol);
/// Accepts "v1" and "v2", case-insensitively.
std::optional<Protocol> protocolFromId(QStringView id);
/// Every service, in declaration order. For tables and loops.
QList<Service> allServices();

/// A national cloud, or a custom one (sandbox, proxy, test tenant) read from a JSON file.
///
/// Two kinds of value live here and must not be confused:
///  - ENDPOINTS (authority(), endpoint()): where a request is sent. A sandbox or a proxy
///    changes these.
///  - RESOURCES (resource(), defaultScope(), delegatedScope()): the audience a token is
///    issued for. A sandbox never changes these: a token for Partner Center is a token for
///    "https://api.partnercenter.microsoft.com" whichever host relays it.
/// For the built-in clouds both are the same text (Key Vault excepted: its endpoint is the
/// user's vault), which is exactly why they are easy to mix up.
///
/// A Cloud is a small value type; copy it freely.
class Cloud final
{
public:
    /// The Global cloud, so that holders can default-construct. Never an empty cloud, so a
    /// forgotten assignment cannot produce URLs without a host.
    Cloud();

    /// "global", "china", "usgov", "germany", or the custom file's id.
    QString id() const;
    /// Translated for built-ins ("Global (Azure public)", "21Vianet (China)",
    /// "US Government", "Germany (retired)"); a custom cloud's name as written in its file.
    QString displayName() const;
    bool isBuiltIn() const;
    /// Germany: true. Still usable; the UI marks it.
    bool isRetired() const;

    /// ENDPOINT: where sign-in requests go. May carry a path (AD FS-like hosts, sandboxes).
    QUrl authority() const;
    /// ENDPOINT: base URL for API calls, as configured (no trailing slash added or removed).
    /// Empty when the cloud has none: Key Vault on built-ins (the vault URL belongs to the
    /// user), and optional services a custom file leaves out. An empty URL means "not
    /// available in this cloud"; callers must say so rather than fall back to Global.
    QUrl endpoint(Service service) const;
    /// IDENTIFIER: the token audience, e.g. "https://api.partnercenter.microsoft.com".
    /// Kept verbatim (a trailing slash is significant to Entra), never changed by a sandbox.
    QString resource(Service service) const;
    /// The service whose endpoint `url` lies under (same scheme, host and port, and the
    /// endpoint's path as a prefix of whole segments), or none: an access token is only ever
    /// sent to the cloud's own endpoints.
    std::optional<Service> serviceOf(const QUrl &url) const;

    /// {authority}/{tenant}/oauth2/authorize (v1) or /oauth2/v2.0/authorize (v2); no query.
    /// The tenant is percent-encoded as one path segment. Callers check it first with
    /// validateTenant(); an empty tenant, "." or ".." (which would change the path rather
    /// than name a tenant) gives an empty QUrl.
    QUrl authorizeUrl(const QString &tenant, Protocol protocol) const;
    /// {authority}/{tenant}/oauth2/token (v1) or /oauth2/v2.0/token (v2). Tenant as above.
    QUrl tokenUrl(const QString &tenant, Protocol protocol) const;
    /// v1 {authority}/{tenant}/.well-known/openid-configuration,
    /// v2 {authority}/{tenant}/v2.0/.well-known/openid-configuration. Tenant as above.
    QUrl discoveryUrl(const QString &tenant, Protocol protocol) const;

    /// "{resource}/.default": the v2 scope for app-only and refresh-token grants.
    QString defaultScope(Service service) const;
    /// "{resource}/user_impersonation": the v2 scope for delegated consent.
    QString delegatedScope(Service service) const;

    /// The custom-cloud file format (see fromJson), with every resource written out.
    /// fromJson(toJson()) gives an equal cloud for a custom cloud. For a built-in the result
    /// is a template: fromJson refuses it until its id is changed, and Key Vault has no
    /// endpoint so the key is left out.
    QJsonObject toJson() const;

    /// In the order Global, China, US Government, Germany.
    static QList<Cloud> builtIns();
    /// The ids above; also the aliases "public", "21vianet", "usgovernment".
    /// Case-insensitive. std::nullopt for anything else.
    static std::optional<Cloud> builtIn(QStringView id);
    /// Reads the custom-cloud format:
    ///   {"pcauthCloud": 1, "id": "sandbox", "name": "...",
    ///    "endpoints": {"authority", "partnerCenter", "graph" (required), "aadGraph", "arm",
    ///                  "keyVault" (optional)},
    ///    "resources": {same keys but authority, each optional, default: Global's}}
    /// Unknown keys are ignored, so newer files with extra keys still load. Every error
    /// message names the field and says what is wrong with it.
    static Expected<Cloud> fromJson(const QByteArray &json);
    /// fromJson() on a file of at most MaxFileSize bytes; every error names the file.
    static Expected<Cloud> fromFile(const QString &path);
    /// Empty if `tenant` may be put in an authority path; else a message for the user.
    /// Accepted: a GUID, a DNS domain (contoso.onmicrosoft.com), "organizations", "common",
    /// "consumers". Refused: empty, spaces, '/', '?', '#', '%', "..", anything else.
    static QString validateTenant(const QString &tenant);

    /// A cloud file is a few hundred bytes; the limit stops a wrong path (a log, an image,
    /// /dev/zero) from being read into memory.
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    bool operator==(const Cloud &other) const;
    bool operator!=(const Cloud &other) const { return !(*this == other); }

    Q_DECLARE_TR_FUNCTIONS(PCAuth::Cloud)

private:
    /// Every field empty; only for builtIns() and fromJson(), which fill it in.
    struct EmptyTag
    { };
    explicit Cloud(EmptyTag) { }

    static constexpr std::size_t ServiceCount = 5;
    static std::size_t indexOf(Service service);
    QUrl authorityUrl(const QString &tenant, QLatin1String tail) const;
    // Parts of fromJson(): each fills its members and returns a message, empty when fine.
    QString readIdentity(const QJsonObject &root);
    QString readEndpoints(const QJsonObject &root);
    QString readResources(const QJsonObject &root);

    QString m_id;
    /// Untranslated source text for built-ins; displayName() translates it.
    QString m_name;
    bool m_builtIn = false;
    bool m_retired = false;
    QUrl m_authority;
    std::array<QUrl, ServiceCount> m_endpoints;
    std::array<QString, ServiceCount> m_resources;
};

/// Empty if the URL may be used as an endpoint; else a message naming `field`.
/// https is always accepted; http only when the host is loopback (localhost, 127.0.0.0/8,
/// ::1), because a token sent over plain http to any other host can be read on the way.
/// Refused as well: relative URLs, no host, a user name or password in the URL (it would
/// end up in logs), a query or fragment (paths are appended to an endpoint).
QString validateEndpoint(const QUrl &url, const QString &field);

} // namespace PCAuth
