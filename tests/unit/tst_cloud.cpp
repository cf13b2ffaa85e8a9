// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "cloud/cloud.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace PCAuth;
using namespace Qt::StringLiterals;

namespace {

const QString tenant = u"contoso.onmicrosoft.com"_s;

/// The file the sandbox serves at /_sandbox/cloud.json (PROTOCOL brief), port 8443.
QJsonObject sandboxObject()
{
    return QJsonDocument::fromJson(R"({
      "pcauthCloud": 1, "id": "sandbox", "name": "PCAuth sandbox",
      "endpoints": {
        "authority": "http://127.0.0.1:8443",
        "partnerCenter": "http://127.0.0.1:8443/pc", "graph": "http://127.0.0.1:8443/graph",
        "aadGraph": "http://127.0.0.1:8443/aadgraph", "arm": "http://127.0.0.1:8443/arm",
        "keyVault": "http://127.0.0.1:8443/vault"
      },
      "resources": {
        "partnerCenter": "https://api.partnercenter.microsoft.com",
        "graph": "https://graph.microsoft.com", "aadGraph": "https://graph.windows.net",
        "arm": "https://management.azure.com", "keyVault": "https://vault.azure.net"
      }
    })"_ba)
        .object();
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// The sandbox file with one member changed: `path` is "key" or "object.key"; an undefined
/// value removes the member.
QByteArray sandboxWith(const QString &path, const QJsonValue &value)
{
    QJsonObject root = sandboxObject();
    const QStringList parts = path.split(u'.');
    QJsonObject inner = parts.size() == 2 ? root.value(parts[0]).toObject() : root;
    if (value.isUndefined())
        inner.remove(parts.last());
    else
        inner.insert(parts.last(), value);
    if (parts.size() == 2)
        root.insert(parts[0], inner);
    else
        root = inner;
    return toBytes(root);
}

QByteArray minimalFile(const QString &authority)
{
    QJsonObject root = sandboxObject();
    root.remove(u"resources"_s);
    root.insert(u"endpoints"_s, QJsonObject{{u"authority"_s, authority},
                                            {u"partnerCenter"_s, u"https://pc.proxy.contoso.com"_s},
                                            {u"graph"_s, u"https://graph.proxy.contoso.com/"_s}});
    return toBytes(root);
}

/// Loads a fixture that must be valid; on failure says why, for QVERIFY at the call site.
bool load(const QByteArray &json, Cloud &cloud)
{
    const Expected<Cloud> loaded = Cloud::fromJson(json);
    if (!loaded.ok()) {
        qWarning("fixture refused: %s", qPrintable(loaded.error()));
        return false;
    }
    cloud = loaded.value();
    return true;
}

Protocol protocol(const QString &id)
{
    return protocolFromId(id).value();
}

/// What goes on the wire.
QString wire(const QUrl &url)
{
    return url.toString(QUrl::FullyEncoded);
}

QString urlOf(const Cloud &cloud, const QString &kind, const QString &tenantName, Protocol p)
{
    if (kind == u"authorize"_s)
        return wire(cloud.authorizeUrl(tenantName, p));
    if (kind == u"token"_s)
        return wire(cloud.tokenUrl(tenantName, p));
    return wire(cloud.discoveryUrl(tenantName, p));
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class tst_Cloud : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInsInOrder()
    {
        const QList<Cloud> clouds = Cloud::builtIns();
        QStringList ids, names;
        for (const Cloud &cloud : clouds) {
            ids << cloud.id();
            names << cloud.displayName();
            QVERIFY(cloud.isBuiltIn());
            QCOMPARE(cloud.isRetired(), cloud.id() == u"germany"_s);
        }
        QCOMPARE(ids, (QStringList{u"global"_s, u"china"_s, u"usgov"_s, u"germany"_s}));
        QCOMPARE(names, (QStringList{u"Global (Azure public)"_s, u"21Vianet (China)"_s,
                                     u"US Government"_s, u"Germany (retired)"_s}));
        QCOMPARE(Cloud().id(), u"global"_s);
        QCOMPARE(Cloud(), clouds.first());
        QVERIFY(clouds[1] != clouds[2]);
    }

    void builtInAuthority_data()
    {
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("authority");
        QTest::addRow("global") << u"global"_s << u"https://login.microsoftonline.com"_s;
        QTest::addRow("china") << u"china"_s << u"https://login.chinacloudapi.cn"_s;
        QTest::addRow("usgov") << u"usgov"_s << u"https://login.microsoftonline.us"_s;
        QTest::addRow("germany") << u"germany"_s << u"https://login.microsoftonline.de"_s;
    }
    void builtInAuthority()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, authority);
        const std::optional<Cloud> c = Cloud::builtIn(cloud);
        QVERIFY(c);
        QCOMPARE(wire(c->authority()), authority);
    }

    void builtInServices_data();
    void builtInServices()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, service);
        QFETCH(QString, endpoint);
        QFETCH(QString, resource);
        const std::optional<Cloud> c = Cloud::builtIn(cloud);
        const std::optional<Service> s = serviceFromId(service);
        QVERIFY(c && s);
        QCOMPARE(wire(c->endpoint(*s)), endpoint);
        QCOMPARE(c->resource(*s), resource);
        QCOMPARE(c->defaultScope(*s), resource + u"/.default"_s);
        QCOMPARE(c->delegatedScope(*s), resource + u"/user_impersonation"_s);
    }

    void scopesAreExact()
    {
        const Cloud global = Cloud::builtIns().at(0);
        QCOMPARE(global.defaultScope(Service::PartnerCenter),
                 u"https://api.partnercenter.microsoft.com/.default"_s);
        QCOMPARE(global.delegatedScope(Service::PartnerCenter),
                 u"https://api.partnercenter.microsoft.com/user_impersonation"_s);
        QCOMPARE(Cloud::builtIns().at(1).defaultScope(Service::Graph),
                 u"https://microsoftgraph.chinacloudapi.cn/.default"_s);
    }

    void builtInUrls_data();
    void builtInUrls()
    {
        QFETCH(QString, cloud);
        QFETCH(QString, kind);
        QFETCH(QString, protocolName);
        QFETCH(QString, url);
        const std::optional<Cloud> c = Cloud::builtIn(cloud);
        QVERIFY(c);
        QCOMPARE(urlOf(*c, kind, tenant, protocol(protocolName)), url);
    }

    void authorityJoining_data();
    void authorityJoining()
    {
        QFETCH(QString, authority);
        QFETCH(QString, kind);
        QFETCH(QString, protocolName);
        QFETCH(QString, url);
        Cloud cloud;
        QVERIFY(load(minimalFile(authority), cloud));
        QCOMPARE(urlOf(cloud, kind, tenant, protocol(protocolName)), url);
    }

    void tenantIsOneEncodedSegment_data()
    {
        QTest::addColumn<QString>("tenantName");
        QTest::addColumn<QString>("url");
        const QString base = u"https://login.microsoftonline.com/"_s;
        QTest::addRow("guid") << u"72f988bf-86f1-41af-91ab-2d7cd011db47"_s
                              << base + u"72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/v2.0/token"_s;
        QTest::addRow("space") << u"a b"_s << base + u"a%20b/oauth2/v2.0/token"_s;
        QTest::addRow("slash") << u"a/../b"_s << base + u"a%2F..%2Fb/oauth2/v2.0/token"_s;
        QTest::addRow("query and fragment")
            << u"a?x#y"_s << base + u"a%3Fx%23y/oauth2/v2.0/token"_s;
        QTest::addRow("percent") << u"a%2F"_s << base + u"a%252F/oauth2/v2.0/token"_s;
        QTest::addRow("non-ascii")
            << u"müller.de"_s << base + u"m%C3%BCller.de/oauth2/v2.0/token"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("dot") << u"."_s << QString();
        QTest::addRow("dot dot") << u".."_s << QString();
    }
    void tenantIsOneEncodedSegment()
    {
        QFETCH(QString, tenantName);
        QFETCH(QString, url);
        QCOMPARE(wire(Cloud().tokenUrl(tenantName, Protocol::V2)), url);
    }

    void aliases_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addRow("global") << u"global"_s << u"global"_s;
        QTest::addRow("GLOBAL") << u"GLOBAL"_s << u"global"_s;
        QTest::addRow("public") << u"public"_s << u"global"_s;
        QTest::addRow("Public") << u"Public"_s << u"global"_s;
        QTest::addRow("china") << u"china"_s << u"china"_s;
        QTest::addRow("21vianet") << u"21vianet"_s << u"china"_s;
        QTest::addRow("21Vianet") << u"21Vianet"_s << u"china"_s;
        QTest::addRow("usgov") << u"usgov"_s << u"usgov"_s;
        QTest::addRow("usgovernment") << u"usgovernment"_s << u"usgov"_s;
        QTest::addRow("USGovernment") << u"USGovernment"_s << u"usgov"_s;
        QTest::addRow("germany") << u"Germany"_s << u"germany"_s;
        QTest::addRow("unknown") << u"azure"_s << QString();
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("trailing space") << u"global "_s << QString();
        QTest::addRow("custom id") << u"sandbox"_s << QString();
    }
    void aliases()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        const std::optional<Cloud> cloud = Cloud::builtIn(name);
        QCOMPARE(cloud ? cloud->id() : QString(), id);
    }

    void serviceAndProtocolIds()
    {
        QStringList ids;
        for (Service s : allServices()) {
            ids << serviceId(s);
            QVERIFY(serviceFromId(serviceId(s)) == s);
        }
        QCOMPARE(ids, (QStringList{u"partner-center"_s, u"graph"_s, u"aad-graph"_s, u"arm"_s,
                                   u"keyvault"_s}));
        QVERIFY(serviceFromId(u"Graph") == Service::Graph);
        QVERIFY(!serviceFromId(u"partnercenter"));
        QCOMPARE(protocolId(Protocol::V1), u"v1"_s);
        QCOMPARE(protocolId(Protocol::V2), u"v2"_s);
        QVERIFY(protocolFromId(u"V2") == Protocol::V2);
        QVERIFY(!protocolFromId(u"v3"));
    }

    void validateEndpoint_data();
    void validateEndpoint()
    {
        QFETCH(QUrl, url);
        QFETCH(QString, message);
        const QString field = u"endpoints.graph"_s;
        QCOMPARE(PCAuth::validateEndpoint(url, field), message);
    }

    void sandboxFile()
    {
        const Expected<Cloud> loaded = Cloud::fromJson(toBytes(sandboxObject()));
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        const Cloud &cloud = loaded.value();
        QCOMPARE(cloud.id(), u"sandbox"_s);
        QCOMPARE(cloud.displayName(), u"PCAuth sandbox"_s);
        QVERIFY(!cloud.isBuiltIn());
        QVERIFY(!cloud.isRetired());
        QCOMPARE(wire(cloud.authority()), u"http://127.0.0.1:8443"_s);
        QCOMPARE(wire(cloud.endpoint(Service::PartnerCenter)), u"http://127.0.0.1:8443/pc"_s);
        QCOMPARE(wire(cloud.endpoint(Service::KeyVault)), u"http://127.0.0.1:8443/vault"_s);
        // The sandbox moves the endpoints, never the audiences.
        QCOMPARE(cloud.resource(Service::PartnerCenter),
                 u"https://api.partnercenter.microsoft.com"_s);
        QCOMPARE(cloud.defaultScope(Service::Graph), u"https://graph.microsoft.com/.default"_s);
        QCOMPARE(wire(cloud.tokenUrl(tenant, Protocol::V2)),
                 u"http://127.0.0.1:8443/contoso.onmicrosoft.com/oauth2/v2.0/token"_s);
    }

    void minimalFileDefaults()
    {
        Cloud cloud;
        QVERIFY(load(minimalFile(u"https://login.proxy.contoso.com"_s), cloud));
        const Cloud global = Cloud::builtIns().at(0);
        for (Service s : allServices())
            QCOMPARE(cloud.resource(s), global.resource(s));
        QCOMPARE(wire(cloud.endpoint(Service::Graph)), u"https://graph.proxy.contoso.com/"_s);
        QVERIFY(cloud.endpoint(Service::AadGraph).isEmpty());
        QVERIFY(cloud.endpoint(Service::Arm).isEmpty());
        QVERIFY(cloud.endpoint(Service::KeyVault).isEmpty());
    }

    void partialResourcesAndExtras()
    {
        QJsonObject root = sandboxObject();
        root.insert(u"resources"_s,
                    QJsonObject{{u"partnerCenter"_s, u"fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd"_s},
                                {u"arm"_s, u"https://management.core.windows.net/"_s},
                                {u"futureKey"_s, 42}});
        root.insert(u"comment"_s, u"unknown keys are ignored"_s);
        QJsonObject endpoints = root.value(u"endpoints"_s).toObject();
        endpoints.insert(u"arm"_s, QJsonValue::Null); // null reads as absent
        root.insert(u"endpoints"_s, endpoints);
        Cloud cloud;
        QVERIFY(load(toBytes(root), cloud));
        QCOMPARE(cloud.defaultScope(Service::PartnerCenter),
                 u"fa3d9a0c-3fb0-42cc-9193-47c7ecd2edbd/.default"_s);
        QCOMPARE(cloud.defaultScope(Service::Arm),
                 u"https://management.core.windows.net//.default"_s);
        QCOMPARE(cloud.resource(Service::Graph), u"https://graph.microsoft.com"_s);
        QVERIFY(cloud.endpoint(Service::Arm).isEmpty());
    }

    void malformedJson_data();
    void malformedJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Expected<Cloud> cloud = Cloud::fromJson(json);
        QVERIFY(!cloud.ok());
        QCOMPARE(cloud.error(), message);
    }

    void fromFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString good = dir.filePath(u"sandbox.json"_s);
        QVERIFY(writeFile(good, toBytes(sandboxObject())));
        const Expected<Cloud> loaded = Cloud::fromFile(good);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->id(), u"sandbox"_s);

        const QString shown = QDir::toNativeSeparators(dir.path());
        QCOMPARE(Cloud::fromFile(dir.filePath(u"nope.json"_s)).error(),
                 u"Cloud file %1/nope.json does not exist."_s.arg(shown));
        QCOMPARE(Cloud::fromFile(dir.path()).error(), u"Cloud file %1 is not a file."_s.arg(shown));

        const QString bad = dir.filePath(u"bad.json"_s);
        QVERIFY(writeFile(bad, "{\"pcauthCloud\": 2}"_ba));
        QCOMPARE(Cloud::fromFile(bad).error(),
                 u"Cloud file %1/bad.json: pcauthCloud is 2: the file was written by a newer "
                 "PCAuth. This version reads format 1; update PCAuth."_s.arg(shown));
    }

    void fromFileSizeLimit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray atLimit = toBytes(sandboxObject());
        atLimit.append(QByteArray(Cloud::MaxFileSize - atLimit.size(), ' '));
        QCOMPARE(atLimit.size(), 1024 * 1024);
        const QString limitPath = dir.filePath(u"limit.json"_s);
        QVERIFY(writeFile(limitPath, atLimit));
        QVERIFY2(Cloud::fromFile(limitPath).ok(), qPrintable(Cloud::fromFile(limitPath).error()));

        // A "%2" in the path must not be taken for a placeholder.
        const QString bigPath = dir.filePath(u"big %2.json"_s);
        QVERIFY(writeFile(bigPath, atLimit + ' '));
        QCOMPARE(
            Cloud::fromFile(bigPath).error(),
            u"Cloud file %1 is too large (1048577 bytes; a cloud file is at most 1 MiB)."_s.arg(
                QDir::toNativeSeparators(bigPath)));
    }

    void fromFileUnreadable()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.json"_s);
        QVERIFY(writeFile(path, toBytes(sandboxObject())));
        QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running with rights that ignore file permissions (root)");
        const QString error = Cloud::fromFile(path).error();
        QVERIFY2(error.startsWith(
                     u"Cloud file %1 cannot be read: "_s.arg(QDir::toNativeSeparators(path))),
                 qPrintable(error));
    }

    void toJsonRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addRow("sandbox") << toBytes(sandboxObject());
        QTest::addRow("minimal") << minimalFile(u"https://adfs.contoso.com/adfs/"_s);
        QTest::addRow("guid resource")
            << sandboxWith(u"resources.graph"_s, u"00000003-0000-0000-c000-000000000000"_s);
    }
    void toJsonRoundTrip()
    {
        QFETCH(QByteArray, json);
        Cloud cloud, again;
        QVERIFY(load(json, cloud));
        QVERIFY(load(toBytes(cloud.toJson()), again));
        QCOMPARE(again, cloud);
        QCOMPARE(again.toJson(), cloud.toJson());
        QCOMPARE(cloud.toJson().value(u"resources"_s).toObject().size(), 5);
    }

    void toJsonIsTheFileFormat()
    {
        Cloud cloud;
        QVERIFY(load(toBytes(sandboxObject()), cloud));
        QCOMPARE(cloud.toJson(), sandboxObject());
    }

    void builtInToJsonIsATemplate()
    {
        const Cloud china = Cloud::builtIns().at(1);
        QCOMPARE(china.id(), u"china"_s);
        QJsonObject json = china.toJson();
        QCOMPARE(Cloud::fromJson(toBytes(json)).error(),
                 u"id “china” belongs to a built-in cloud: choose another id."_s);
        QVERIFY(!json.value(u"endpoints"_s).toObject().contains(u"keyVault"_s));
        json.insert(u"id"_s, u"china-proxy"_s);
        Cloud copy;
        QVERIFY(load(toBytes(json), copy));
        QVERIFY(!copy.isBuiltIn());
        QCOMPARE(copy.authority(), china.authority());
        for (Service s : allServices()) {
            QCOMPARE(copy.endpoint(s), china.endpoint(s));
            QCOMPARE(copy.resource(s), china.resource(s));
        }
    }

    // Where a full URL typed by the user may send a token: only under the cloud's endpoints.
    void serviceOfUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("service"); // -1: none
        const auto row = [](const char *name, const QString &url, int service) {
            QTest::addRow("%s", name) << url << service;
        };
        row("pc", u"http://127.0.0.1:8443/pc/v1/customers"_s, int(Service::PartnerCenter));
        row("pc root", u"http://127.0.0.1:8443/pc"_s, int(Service::PartnerCenter));
        row("graph", u"http://127.0.0.1:8443/graph/v1.0/organization"_s, int(Service::Graph));
        row("scheme case", u"HTTP://127.0.0.1:8443/graph/v1.0/me"_s, int(Service::Graph));
        row("arm", u"http://127.0.0.1:8443/arm/subscriptions"_s, int(Service::Arm));
        row("prefix not a segment", u"http://127.0.0.1:8443/pcx/v1"_s, -1);
        row("other port", u"http://127.0.0.1:9443/pc/v1/customers"_s, -1);
        row("other host", u"http://evil.example/pc/v1/customers"_s, -1);
        row("https for http", u"https://127.0.0.1:8443/pc/v1"_s, -1);
    }
    void serviceOfUrl()
    {
        QFETCH(QString, url);
        QFETCH(int, service);
        Cloud cloud;
        QVERIFY(load(toBytes(sandboxObject()), cloud));
        const std::optional<Service> found = cloud.serviceOf(QUrl(url));
        QCOMPARE(found ? int(*found) : -1, service);
        const std::optional<Cloud> global = Cloud::builtIn(u"global"_s);
        QVERIFY(global);
        QCOMPARE(global->serviceOf(QUrl(u"https://api.partnercenter.microsoft.com/v1/customers"_s)),
                 std::optional<Service>(Service::PartnerCenter));
    }

    void validateTenant_data();
    void validateTenant()
    {
        QFETCH(QString, tenantName);
        QFETCH(QString, message);
        QCOMPARE(Cloud::validateTenant(tenantName), message);
    }
};

void tst_Cloud::builtInServices_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("resource");
    const auto add = [](const char *cloud, const char *service, const char *endpoint,
                        const char *resource) {
        QTest::addRow("%s/%s", cloud, service)
            << QString::fromLatin1(cloud) << QString::fromLatin1(service)
            << QString::fromLatin1(endpoint) << QString::fromLatin1(resource);
    };
    const char *const pc = "https://api.partnercenter.microsoft.com";
    add("global", "partner-center", pc, pc);
    add("global", "graph", "https://graph.microsoft.com", "https://graph.microsoft.com");
    add("global", "aad-graph", "https://graph.windows.net", "https://graph.windows.net");
    add("global", "arm", "https://management.azure.com", "https://management.azure.com");
    add("global", "keyvault", "", "https://vault.azure.net");
    add("china", "partner-center", "https://partner.partnercenterapi.microsoftonline.cn",
        "https://partner.partnercenterapi.microsoftonline.cn");
    add("china", "graph", "https://microsoftgraph.chinacloudapi.cn",
        "https://microsoftgraph.chinacloudapi.cn");
    add("china", "aad-graph", "https://graph.chinacloudapi.cn", "https://graph.chinacloudapi.cn");
    add("china", "arm", "https://management.chinacloudapi.cn",
        "https://management.chinacloudapi.cn");
    add("china", "keyvault", "", "https://vault.azure.cn");
    add("usgov", "partner-center", pc, pc);
    add("usgov", "graph", "https://graph.microsoft.us", "https://graph.microsoft.us");
    add("usgov", "aad-graph", "https://graph.windows.net", "https://graph.windows.net");
    add("usgov", "arm", "https://management.usgovcloudapi.net",
        "https://management.usgovcloudapi.net");
    add("usgov", "keyvault", "", "https://vault.usgovcloudapi.net");
    add("germany", "partner-center", pc, pc);
    add("germany", "graph", "https://graph.microsoft.de", "https://graph.microsoft.de");
    add("germany", "aad-graph", "https://graph.cloudapi.de", "https://graph.cloudapi.de");
    add("germany", "arm", "https://management.core.cloudapi.de",
        "https://management.core.cloudapi.de");
    add("germany", "keyvault", "", "https://vault.microsoftazure.de");
}

void tst_Cloud::builtInUrls_data()
{
    QTest::addColumn<QString>("cloud");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("protocolName");
    QTest::addColumn<QString>("url");
    const auto add = [](const char *cloud, const char *kind, const char *protocolName,
                        const char *url) {
        QTest::addRow("%s/%s/%s", cloud, kind, protocolName)
            << QString::fromLatin1(cloud) << QString::fromLatin1(kind)
            << QString::fromLatin1(protocolName) << QString::fromLatin1(url);
    };
    add("global", "authorize", "v1",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/authorize");
    add("global", "authorize", "v2",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize");
    add("global", "token", "v1",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token");
    add("global", "token", "v2",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
    add("global", "discovery", "v1",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/.well-known/"
        "openid-configuration");
    add("global", "discovery", "v2",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/.well-known/"
        "openid-configuration");
    add("china", "authorize", "v1",
        "https://login.chinacloudapi.cn/contoso.onmicrosoft.com/oauth2/authorize");
    add("china", "authorize", "v2",
        "https://login.chinacloudapi.cn/contoso.onmicrosoft.com/oauth2/v2.0/authorize");
    add("china", "token", "v1",
        "https://login.chinacloudapi.cn/contoso.onmicrosoft.com/oauth2/token");
    add("china", "token", "v2",
        "https://login.chinacloudapi.cn/contoso.onmicrosoft.com/oauth2/v2.0/token");
    add("china", "discovery", "v1",
        "https://login.chinacloudapi.cn/contoso.onmicrosoft.com/.well-known/openid-configuration");
    add("china", "discovery", "v2",
        "https://login.chinacloudapi.cn/contoso.onmicrosoft.com/v2.0/.well-known/"
        "openid-configuration");
    add("usgov", "authorize", "v1",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/authorize");
    add("usgov", "authorize", "v2",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/authorize");
    add("usgov", "token", "v1",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/token");
    add("usgov", "token", "v2",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/oauth2/v2.0/token");
    add("usgov", "discovery", "v1",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/.well-known/"
        "openid-configuration");
    add("usgov", "discovery", "v2",
        "https://login.microsoftonline.us/contoso.onmicrosoft.com/v2.0/.well-known/"
        "openid-configuration");
    add("germany", "authorize", "v1",
        "https://login.microsoftonline.de/contoso.onmicrosoft.com/oauth2/authorize");
    add("germany", "authorize", "v2",
        "https://login.microsoftonline.de/contoso.onmicrosoft.com/oauth2/v2.0/authorize");
    add("germany", "token", "v1",
        "https://login.microsoftonline.de/contoso.onmicrosoft.com/oauth2/token");
    add("germany", "token", "v2",
        "https://login.microsoftonline.de/contoso.onmicrosoft.com/oauth2/v2.0/token");
    add("germany", "discovery", "v1",
        "https://login.microsoftonline.de/contoso.onmicrosoft.com/.well-known/"
        "openid-configuration");
    add("germany", "discovery", "v2",
        "https://login.microsoftonline.de/contoso.onmicrosoft.com/v2.0/.well-known/"
        "openid-configuration");
}

void tst_Cloud::authorityJoining_data()
{
    QTest::addColumn<QString>("authority");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("protocolName");
    QTest::addColumn<QString>("url");
    const auto add = [](const char *tag, const char *authority, const char *kind,
                        const char *protocolName, const char *url) {
        QTest::addRow("%s %s %s", tag, kind, protocolName)
            << QString::fromLatin1(authority) << QString::fromLatin1(kind)
            << QString::fromLatin1(protocolName) << QString::fromLatin1(url);
    };
    add("host only", "https://login.microsoftonline.com", "token", "v2",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token");
    add("host slash", "https://login.microsoftonline.com/", "token", "v1",
        "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token");
    add("loopback port slash", "http://127.0.0.1:8443/", "authorize", "v2",
        "http://127.0.0.1:8443/contoso.onmicrosoft.com/oauth2/v2.0/authorize");
    add("loopback port slash", "http://127.0.0.1:8443/", "discovery", "v1",
        "http://127.0.0.1:8443/contoso.onmicrosoft.com/.well-known/openid-configuration");
    add("adfs path", "https://adfs.contoso.com/adfs", "token", "v1",
        "https://adfs.contoso.com/adfs/contoso.onmicrosoft.com/oauth2/token");
    add("adfs path", "https://adfs.contoso.com/adfs", "discovery", "v2",
        "https://adfs.contoso.com/adfs/contoso.onmicrosoft.com/v2.0/.well-known/"
        "openid-configuration");
    add("adfs path slash", "https://adfs.contoso.com/adfs/", "authorize", "v1",
        "https://adfs.contoso.com/adfs/contoso.onmicrosoft.com/oauth2/authorize");
    add("ipv6 double slash", "http://[::1]:9000/sandbox//", "token", "v2",
        "http://[::1]:9000/sandbox/contoso.onmicrosoft.com/oauth2/v2.0/token");
    add("encoded path", "https://proxy.contoso.com/a%20b", "token", "v2",
        "https://proxy.contoso.com/a%20b/contoso.onmicrosoft.com/oauth2/v2.0/token");
}

void tst_Cloud::validateEndpoint_data()
{
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<QString>("message");
    const auto ok = [](const char *url) {
        QTest::addRow("ok %s", url) << QUrl(QString::fromLatin1(url)) << QString();
    };
    ok("https://graph.microsoft.com");
    ok("https://example.com:8443/graph/");
    ok("http://localhost:8080/graph");
    ok("http://LOCALHOST/graph");
    ok("http://127.0.0.1/graph");
    ok("http://127.5.6.7:1234");
    ok("http://[::1]:8443/graph");
    const QString plainHttp =
        u"endpoints.graph uses http:// with host %1: tokens would cross the network "
        "unencrypted. Use https://; http:// is allowed only for loopback hosts (localhost, "
        "127.0.0.1, ::1)."_s;
    const auto refused = [](const char *tag, const QUrl &url, const QString &message) {
        QTest::addRow("%s", tag) << url << message;
    };
    refused("http example.com", QUrl(u"http://example.com/graph"_s),
            plainHttp.arg(u"example.com"_s));
    refused("http private ip", QUrl(u"http://10.0.0.1"_s), plainHttp.arg(u"10.0.0.1"_s));
    refused("http localhost suffix", QUrl(u"http://localhost.example.com"_s),
            plainHttp.arg(u"localhost.example.com"_s));
    refused("http loopback-looking name", QUrl(u"http://127.0.0.1.nip.io"_s),
            plainHttp.arg(u"127.0.0.1.nip.io"_s));
    refused("ftp", QUrl(u"ftp://files.example.com"_s),
            u"endpoints.graph must use https://, not ftp://."_s);
    refused("relative", QUrl(u"graph.microsoft.com/v1.0"_s),
            u"endpoints.graph must be an absolute URL starting with https://."_s);
    refused("empty", QUrl(), u"endpoints.graph is empty: enter an https:// URL."_s);
    refused("no host", QUrl(u"https:///graph"_s), u"endpoints.graph has no host name."_s);
    refused("invalid", QUrl(u"https://exa mple.com"_s, QUrl::StrictMode),
            u"endpoints.graph is not a valid URL."_s);
    refused("user info", QUrl(u"https://user:secret@graph.microsoft.com"_s),
            u"endpoints.graph must not contain a user name or password."_s);
    refused("query", QUrl(u"https://graph.microsoft.com/?x=1"_s),
            u"endpoints.graph must not contain a query (?…) or a fragment (#…)."_s);
    refused("fragment", QUrl(u"https://graph.microsoft.com/#x"_s),
            u"endpoints.graph must not contain a query (?…) or a fragment (#…)."_s);
}

void tst_Cloud::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const auto add = [](const char *tag, const QByteArray &json, const QString &message) {
        QTest::addRow("%s", tag) << json << message;
    };
    const QJsonValue removed(QJsonValue::Undefined);
    add("truncated", R"({"pcauthCloud": 1, "id": )"_ba,
        u"The cloud file is not valid JSON: unterminated object at offset 25."_s);
    add("empty input", QByteArray(), u"The cloud file is empty."_s);
    add("blank input", " \n"_ba, u"The cloud file is empty."_s);
    add("trailing comma", R"({"pcauthCloud": 1,})"_ba,
        u"The cloud file is not valid JSON: object is missing after a comma at offset 19."_s);
    add("array", "[1, 2]"_ba, u"The cloud file must hold a JSON object ({…}) at the top level."_s);
    add("format missing", sandboxWith(u"pcauthCloud"_s, removed),
        u"pcauthCloud is missing: this is not a PCAuth cloud file (expected \"pcauthCloud\": 1)."_s);
    add("format string", sandboxWith(u"pcauthCloud"_s, u"1"_s), u"pcauthCloud must be a number."_s);
    add("format fraction", sandboxWith(u"pcauthCloud"_s, 1.5),
        u"pcauthCloud must be a whole number."_s);
    add("format newer", sandboxWith(u"pcauthCloud"_s, 2),
        u"pcauthCloud is 2: the file was written by a newer PCAuth. This version reads format 1; "
        "update PCAuth."_s);
    add("format zero", sandboxWith(u"pcauthCloud"_s, 0),
        u"pcauthCloud is 0, which is not a known format (expected 1)."_s);
    const QString badId = u"id must be 1 to 40 characters from a-z, 0-9 and “-”, not %1."_s;
    add("id missing", sandboxWith(u"id"_s, removed), u"id is missing."_s);
    add("id number", sandboxWith(u"id"_s, 7), u"id must be a string."_s);
    add("id empty", sandboxWith(u"id"_s, u""_s), badId.arg(u"“”"_s));
    add("id uppercase", sandboxWith(u"id"_s, u"Sandbox"_s), badId.arg(u"“Sandbox”"_s));
    add("id too long", sandboxWith(u"id"_s, QString(41, u'a')),
        badId.arg(QString(u"“"_s + QString(41, u'a') + u"”"_s)));
    add("id very long", sandboxWith(u"id"_s, QString(70, u'b')),
        badId.arg(QString(u"“"_s + QString(60, u'b') + u"…”"_s)));
    add("id built-in", sandboxWith(u"id"_s, u"global"_s),
        u"id “global” belongs to a built-in cloud: choose another id."_s);
    add("id alias", sandboxWith(u"id"_s, u"21vianet"_s),
        u"id “21vianet” belongs to a built-in cloud: choose another id."_s);
    add("name missing", sandboxWith(u"name"_s, removed), u"name is missing."_s);
    add("name object", sandboxWith(u"name"_s, QJsonObject()), u"name must be a string."_s);
    add("name blank", sandboxWith(u"name"_s, u"  "_s),
        u"name is empty: give the cloud a name to show in the list."_s);
    add("name too long", sandboxWith(u"name"_s, QString(101, u'n')),
        u"name is longer than 100 characters."_s);
    add("endpoints missing", sandboxWith(u"endpoints"_s, removed), u"endpoints is missing."_s);
    add("endpoints array", sandboxWith(u"endpoints"_s, QJsonArray()),
        u"endpoints must be an object."_s);
    for (const char *key : {"authority", "partnerCenter", "graph"}) {
        const QString field = u"endpoints."_s + QString::fromLatin1(key);
        QTest::addRow("%s missing", key)
            << sandboxWith(field, removed) << field + u" is missing."_s;
    }
    add("graph number", sandboxWith(u"endpoints.graph"_s, 443),
        u"endpoints.graph must be a string."_s);
    add("arm plain http", sandboxWith(u"endpoints.arm"_s, u"http://management.example.com"_s),
        u"endpoints.arm uses http:// with host management.example.com: tokens would cross the "
        "network unencrypted. Use https://; http:// is allowed only for loopback hosts "
        "(localhost, 127.0.0.1, ::1)."_s);
    add("keyVault ftp", sandboxWith(u"endpoints.keyVault"_s, u"ftp://vault.example.com"_s),
        u"endpoints.keyVault must use https://, not ftp://."_s);
    add("authority relative", sandboxWith(u"endpoints.authority"_s, u"login.example.com"_s),
        u"endpoints.authority must be an absolute URL starting with https://."_s);
    add("aadGraph empty", sandboxWith(u"endpoints.aadGraph"_s, u""_s),
        u"endpoints.aadGraph is empty: enter an https:// URL."_s);
    add("resources array", sandboxWith(u"resources"_s, QJsonArray()),
        u"resources must be an object."_s);
    add("resource number", sandboxWith(u"resources.graph"_s, 1),
        u"resources.graph must be a string."_s);
    add("resource http", sandboxWith(u"resources.arm"_s, u"http://management.azure.com"_s),
        u"resources.arm must be an absolute https:// URI or an application ID (GUID), not "
        "“http://management.azure.com”."_s);
    add("resource not guid", sandboxWith(u"resources.partnerCenter"_s, u"fa3d9a0c-3fb0"_s),
        u"resources.partnerCenter must be an absolute https:// URI or an application ID (GUID), "
        "not “fa3d9a0c-3fb0”."_s);
    add("resource empty", sandboxWith(u"resources.keyVault"_s, u""_s),
        u"resources.keyVault is empty: enter the token audience, an https:// URI or an "
        "application ID (GUID)."_s);
}

void tst_Cloud::validateTenant_data()
{
    QTest::addColumn<QString>("tenantName");
    QTest::addColumn<QString>("message");
    for (const char *good :
         {"72f988bf-86f1-41af-91ab-2d7cd011db47", "72F988BF-86F1-41AF-91AB-2D7CD011DB47",
          "contoso.onmicrosoft.com", "contoso.com", "my-partner.co.uk", "organizations", "common",
          "consumers", "Common"}) {
        QTest::addRow("ok %s", good) << QString::fromLatin1(good) << QString();
    }
    const QString notATenant =
        u"%1 is not a tenant: enter a tenant ID (a GUID such as "
        "00000000-0000-0000-0000-000000000000), a domain such as contoso.onmicrosoft.com, or "
        "organizations, common or consumers."_s;
    const auto bad = [](const char *tag, const QString &tenantName, const QString &message) {
        QTest::addRow("%s", tag) << tenantName << message;
    };
    bad("empty", QString(),
        u"Enter a tenant: its ID (a GUID) or a domain such as contoso.onmicrosoft.com."_s);
    bad("space", u"contoso .com"_s, u"The tenant must not contain spaces."_s);
    bad("tab", u"contoso.com\t"_s, u"The tenant must not contain spaces."_s);
    bad("slash", u"contoso.com/x"_s, u"The tenant must not contain “/”."_s);
    bad("question mark", u"contoso.com?x"_s, u"The tenant must not contain “?”."_s);
    bad("hash", u"contoso.com#x"_s, u"The tenant must not contain “#”."_s);
    bad("percent", u"contoso%2Ecom"_s, u"The tenant must not contain “%”."_s);
    bad("dot dot", u"contoso..com"_s, u"The tenant must not contain “..”."_s);
    bad("single label", u"contoso"_s, notATenant.arg(u"“contoso”"_s));
    bad("braced guid", u"{72f988bf-86f1-41af-91ab-2d7cd011db47}"_s,
        notATenant.arg(u"“{72f988bf-86f1-41af-91ab-2d7cd011db47}”"_s));
    bad("ip address", u"10.0.0.1"_s, notATenant.arg(u"“10.0.0.1”"_s));
    bad("leading hyphen", u"-contoso.com"_s, notATenant.arg(u"“-contoso.com”"_s));
    bad("short guid", u"72f988bf-86f1-41af-91ab"_s, notATenant.arg(u"“72f988bf-86f1-41af-91ab”"_s));
}

QTEST_GUILESS_MAIN(tst_Cloud)
#include "tst_cloud.moc"
