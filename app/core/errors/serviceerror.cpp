// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "errors/serviceerror.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace PCAuth {

QString ServiceError::key() const
{
    if (aadsts > 0)
        return u"AADSTS"_s + QString::number(aadsts);
    if (source == Source::PartnerCenter && !error.isEmpty())
        return u"PC"_s + error;
    if (!error.isEmpty())
        return error;
    if (httpStatus > 0)
        return u"HTTP"_s + QString::number(httpStatus);
    return {};
}

namespace {

constexpr qsizetype kStoredDescriptionLimit = 500;

QString sourceId(ServiceError::Source source)
{
    switch (source) {
    case ServiceError::Source::Entra:
        return u"entra"_s;
    case ServiceError::Source::PartnerCenter:
        return u"partner-center"_s;
    case ServiceError::Source::Graph:
        return u"graph"_s;
    case ServiceError::Source::Http:
        break;
    }
    return u"http"_s;
}

std::optional<ServiceError::Source> sourceFromId(const QString &id)
{
    for (auto source : {ServiceError::Source::Entra, ServiceError::Source::PartnerCenter,
                        ServiceError::Source::Graph, ServiceError::Source::Http}) {
        if (id == sourceId(source))
            return source;
    }
    return std::nullopt;
}

} // namespace

QJsonObject toJson(const ServiceError &error)
{
    QJsonArray codes;
    for (int code : error.errorCodes)
        codes.append(code);
    QString description = error.description.section(QLatin1Char('\n'), 0, 0);
    if (description.endsWith(QLatin1Char('\r')))
        description.chop(1);
    return QJsonObject{{u"source"_s, sourceId(error.source)},
                       {u"httpStatus"_s, error.httpStatus},
                       {u"error"_s, error.error},
                       {u"aadsts"_s, error.aadsts},
                       {u"errorCodes"_s, codes},
                       {u"description"_s, description.left(kStoredDescriptionLimit)},
                       {u"traceId"_s, error.traceId},
                       {u"correlationId"_s, error.correlationId},
                       {u"timestamp"_s, error.timestamp}};
}

std::optional<ServiceError> serviceErrorFromJson(const QJsonObject &json)
{
    const std::optional<ServiceError::Source> source =
        sourceFromId(json.value(u"source"_s).toString());
    if (!source)
        return std::nullopt;
    ServiceError error;
    error.source = *source;
    error.httpStatus = json.value(u"httpStatus"_s).toInt(0);
    error.error = json.value(u"error"_s).toString();
    error.aadsts = json.value(u"aadsts"_s).toInt(0);
    const QJsonArray codes = json.value(u"errorCodes"_s).toArray();
    for (const QJsonValue &code : codes)
        error.errorCodes.append(code.toInt());
    error.description = json.value(u"description"_s).toString();
    error.traceId = json.value(u"traceId"_s).toString();
    error.correlationId = json.value(u"correlationId"_s).toString();
    error.timestamp = json.value(u"timestamp"_s).toString();
    return error;
}

} // namespace PCAuth
