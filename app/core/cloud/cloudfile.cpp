// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The custom-cloud file: reading (fromJson, fromFile) and writing (toJson). The sandbox
// serves this format at /_sandbox/cloud.json, so it changes only with a new pcauthCloud.

#include "cloud/cloud.h"
#include "cloud/cloud_p.h"

#include <cmath>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

constexpr int CurrentFormat = 1;

/// A string member of a JSON object: absent (or null) gives std::nullopt, a value of any
/// other type is an error naming the field.
Expected<std::optional<QString>> optionalString(const QJsonObject &object, const QString &key,
                                                const QString &field)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::optional<QString>();
    if (!value.isString())
        return fail(Cloud::tr("%1 must be a string.").arg(field));
    return std::optional<QString>(value.toString());
}

Expected<QString> requiredString(const QJsonObject &object, const QString &key,
                                 const QString &field)
{
    const Expected<std::optional<QString>> value = optionalString(object, key, field);
    if (!value.ok())
        return fail(value.error());
    if (!value.value().has_value())
        return fail(Cloud::tr("%1 is missing.").arg(field));
    return *value.value();
}

QString checkFormat(const QJsonObject &root)
{
    const QJsonValue value = root.value(u"pcauthCloud"_s);
    if (value.isUndefined() || value.isNull()) {
        return Cloud::tr("pcauthCloud is missing: this is not a PCAuth cloud file (expected "
                         "\"pcauthCloud\": 1).");
    }
    if (!value.isDouble())
        return Cloud::tr("pcauthCloud must be a number.");
    const double format = value.toDouble();
    if (format != std::floor(format))
        return Cloud::tr("pcauthCloud must be a whole number.");
    if (format > CurrentFormat) {
        return Cloud::tr("pcauthCloud is %1: the file was written by a newer PCAuth. This "
                         "version reads format %2; update PCAuth.")
            .arg(format)
            .arg(CurrentFormat);
    }
    if (format < CurrentFormat)
        return Cloud::tr("pcauthCloud is %1, which is not a known format (expected 1).")
            .arg(format);
    return QString();
}

QString checkId(const QString &id)
{
    static const QRegularExpression pattern(u"^[a-z0-9-]{1,40}$"_s);
    if (!pattern.match(id).hasMatch()) {
        return Cloud::tr("id must be 1 to 40 characters from a-z, 0-9 and “-”, not %1.")
            .arg(quotedForMessage(id));
    }
    if (isBuiltInCloudId(id))
        return Cloud::tr("id “%1” belongs to a built-in cloud: choose another id.").arg(id);
    return QString();
}

QString checkName(const QString &name)
{
    constexpr qsizetype limit = 100;
    if (name.trimmed().isEmpty())
        return Cloud::tr("name is empty: give the cloud a name to show in the list.");
    if (name.size() > limit)
        return Cloud::tr("name is longer than %1 characters.").arg(limit);
    return QString();
}

/// Reads and validates one endpoint. An absent optional endpoint is an empty QUrl.
Expected<QUrl> readEndpoint(const QJsonObject &endpoints, const QString &key, bool required)
{
    const QString field = u"endpoints."_s + key;
    const Expected<std::optional<QString>> text = optionalString(endpoints, key, field);
    if (!text.ok())
        return fail(text.error());
    if (!text.value().has_value()) {
        if (required)
            return fail(Cloud::tr("%1 is missing.").arg(field));
        return QUrl();
    }
    const QUrl url(*text.value(), QUrl::StrictMode);
    const QString problem = validateEndpoint(url, field);
    if (!problem.isEmpty())
        return fail(problem);
    return url;
}

} // namespace

QLatin1String cloudJsonKey(Service service)
{
    switch (service) {
    case Service::PartnerCenter:
        return QLatin1String("partnerCenter");
    case Service::Graph:
        return QLatin1String("graph");
    case Service::AadGraph:
        return QLatin1String("aadGraph");
    case Service::Arm:
        return QLatin1String("arm");
    case Service::KeyVault:
        return QLatin1String("keyVault");
    }
    return QLatin1String();
}

Expected<Cloud> Cloud::fromJson(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return fail(tr("The cloud file is empty."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(tr("The cloud file is not valid JSON: %1 at offset %2.")
                        .arg(parseError.errorString(), QString::number(parseError.offset)));
    }
    if (!document.isObject())
        return fail(tr("The cloud file must hold a JSON object ({…}) at the top level."));
    const QJsonObject root = document.object();

    // pcauthCloud first: a newer file says so instead of failing on what the newer format
    // changed. Then each part in file order; the first problem found is reported.
    QString problem = checkFormat(root);
    Cloud cloud{EmptyTag{}};
    if (problem.isEmpty())
        problem = cloud.readIdentity(root);
    if (problem.isEmpty())
        problem = cloud.readEndpoints(root);
    if (problem.isEmpty())
        problem = cloud.readResources(root);
    if (!problem.isEmpty())
        return fail(problem);
    return cloud;
}

QString Cloud::readIdentity(const QJsonObject &root)
{
    const Expected<QString> id = requiredString(root, u"id"_s, u"id"_s);
    if (!id.ok())
        return id.error();
    if (const QString problem = checkId(id.value()); !problem.isEmpty())
        return problem;
    const Expected<QString> name = requiredString(root, u"name"_s, u"name"_s);
    if (!name.ok())
        return name.error();
    if (const QString problem = checkName(name.value()); !problem.isEmpty())
        return problem;
    m_id = id.value();
    m_name = name.value();
    return QString();
}

QString Cloud::readEndpoints(const QJsonObject &root)
{
    const QJsonValue value = root.value(u"endpoints"_s);
    if (value.isUndefined() || value.isNull())
        return tr("endpoints is missing.");
    if (!value.isObject())
        return tr("endpoints must be an object.");
    const QJsonObject endpoints = value.toObject();
    const Expected<QUrl> authority = readEndpoint(endpoints, u"authority"_s, true);
    if (!authority.ok())
        return authority.error();
    m_authority = authority.value();
    for (Service service : allServices()) {
        const bool required = service == Service::PartnerCenter || service == Service::Graph;
        const Expected<QUrl> url =
            readEndpoint(endpoints, QString(cloudJsonKey(service)), required);
        if (!url.ok())
            return url.error();
        m_endpoints[indexOf(service)] = url.value();
    }
    return QString();
}

/// Resources default to Global's: a sandbox or proxy relays the real audiences, so its file
/// need not repeat them.
QString Cloud::readResources(const QJsonObject &root)
{
    const QJsonValue value = root.value(u"resources"_s);
    if (!value.isUndefined() && !value.isNull() && !value.isObject())
        return tr("resources must be an object.");
    const QJsonObject resources = value.toObject();
    const Cloud global = builtIns().constFirst();
    for (Service service : allServices()) {
        const QString key = QString(cloudJsonKey(service));
        const QString field = u"resources."_s + key;
        const Expected<std::optional<QString>> text = optionalString(resources, key, field);
        if (!text.ok())
            return text.error();
        const QString resource = text.value().value_or(global.resource(service));
        if (const QString problem = validateResource(resource, field); !problem.isEmpty())
            return problem;
        m_resources[indexOf(service)] = resource;
    }
    return QString();
}

Expected<Cloud> Cloud::fromFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("Cloud file %1 does not exist.").arg(shown));
    if (!info.isFile())
        return fail(tr("Cloud file %1 is not a file.").arg(shown));
    if (info.size() > MaxFileSize) {
        return fail(tr("Cloud file %1 is too large (%2 bytes; a cloud file is at most 1 MiB).")
                        .arg(shown, QString::number(info.size())));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cloud file %1 cannot be read: %2").arg(shown, file.errorString()));
    // Read one byte past the limit: the size reported above may be wrong (a growing file).
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize)
        return fail(tr("Cloud file %1 is too large (a cloud file is at most 1 MiB).").arg(shown));
    const Expected<Cloud> cloud = fromJson(data);
    if (!cloud.ok())
        return fail(tr("Cloud file %1: %2").arg(shown, cloud.error()));
    return cloud;
}

QJsonObject Cloud::toJson() const
{
    QJsonObject endpoints;
    endpoints.insert(u"authority"_s, m_authority.toString(QUrl::FullyEncoded));
    QJsonObject resources;
    for (Service service : allServices()) {
        const QString key = QString(cloudJsonKey(service));
        const QUrl url = endpoint(service);
        if (!url.isEmpty())
            endpoints.insert(key, url.toString(QUrl::FullyEncoded));
        resources.insert(key, resource(service));
    }
    QJsonObject root;
    root.insert(u"pcauthCloud"_s, CurrentFormat);
    root.insert(u"id"_s, m_id);
    root.insert(u"name"_s, m_name);
    root.insert(u"endpoints"_s, endpoints);
    root.insert(u"resources"_s, resources);
    return root;
}

} // namespace PCAuth
