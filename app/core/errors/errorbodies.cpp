// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "errors/errorbodies.h"

#include "support/redaction.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace PCAuth::ErrorBodies {

namespace {

constexpr qsizetype kRawLimit = 2048; // bytes of a body kept in ServiceError::raw
constexpr qsizetype kJsonLimit = 1024 * 1024; // larger bodies are not parsed at all

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    if (body.isEmpty() || body.size() > kJsonLimit)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

/// Strings as they are; integral numbers without a decimal point (PC codes come both ways).
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    return {};
}

int intOf(const QJsonValue &value)
{
    bool ok = false;
    const int n = textOf(value).toInt(&ok);
    return ok ? n : 0;
}

int aadstsFromDescription(const QString &description)
{
    static const QRegularExpression re(u"^\\s*AADSTS(\\d{1,9})\\b"_s);
    const QRegularExpressionMatch m = re.match(description);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

/// Entra repeats its ids inside the description ("\r\nTrace ID: …"); used when the body
/// fields are missing, as on the redirect.
/// The same as matching `label:\s*(\S+)`, without compiling a pattern on every error.
QString descriptionField(const QString &description, const QString &label)
{
    for (qsizetype at = description.indexOf(label); at >= 0;
         at = description.indexOf(label, at + 1)) {
        qsizetype i = at + label.size();
        if (i >= description.size() || description.at(i) != u':')
            continue;
        ++i;
        while (i < description.size() && description.at(i).isSpace())
            ++i;
        qsizetype end = i;
        while (end < description.size() && !description.at(end).isSpace())
            ++end;
        if (end > i)
            return description.mid(i, end - i);
    }
    return QString();
}

ServiceError unrecognised(const QByteArray &body, int httpStatus)
{
    ServiceError e;
    e.source = ServiceError::Source::Http;
    e.httpStatus = httpStatus;
    e.raw = Redaction::redactBody(body, kRawLimit);
    return e;
}

void fillEntraIdsFromDescription(ServiceError &e)
{
    if (e.aadsts == 0)
        e.aadsts = aadstsFromDescription(e.description);
    if (e.traceId.isEmpty())
        e.traceId = descriptionField(e.description, u"Trace ID"_s);
    if (e.correlationId.isEmpty())
        e.correlationId = descriptionField(e.description, u"Correlation ID"_s);
    if (e.timestamp.isEmpty()) {
        static const QRegularExpression re(u"Timestamp:\\s*([^\\r\\n]+)"_s);
        const QRegularExpressionMatch m = re.match(e.description);
        if (m.hasMatch())
            e.timestamp = m.captured(1).trimmed();
    }
}

ServiceError entraFrom(const QJsonObject &o, const QByteArray &body, int httpStatus)
{
    ServiceError e;
    e.source = ServiceError::Source::Entra;
    e.httpStatus = httpStatus;
    e.error = textOf(o.value("error"_L1));
    e.description = o.value("error_description"_L1).toString();
    const QJsonArray codes = o.value("error_codes"_L1).toArray();
    for (const QJsonValue &code : codes) {
        if (const int n = intOf(code))
            e.errorCodes.append(n);
    }
    e.traceId = textOf(o.value("trace_id"_L1));
    e.correlationId = textOf(o.value("correlation_id"_L1));
    e.timestamp = textOf(o.value("timestamp"_L1));
    e.raw = Redaction::redactBody(body, kRawLimit);
    e.aadsts = aadstsFromDescription(e.description);
    if (e.aadsts == 0 && !e.errorCodes.isEmpty())
        e.aadsts = e.errorCodes.first();
    fillEntraIdsFromDescription(e);
    return e;
}

std::optional<int> retryAfterFromText(const QString &text)
{
    static const QRegularExpression re(u"try again in (\\d{1,6}) seconds?"_s,
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt();
}

ServiceError partnerCenterFrom(const QJsonObject &o, const QByteArray &body, int httpStatus)
{
    ServiceError e;
    e.source = ServiceError::Source::PartnerCenter;
    e.httpStatus = httpStatus > 0 ? httpStatus : intOf(o.value("statusCode"_L1));
    e.error = textOf(o.value("code"_L1));
    e.description = o.value("description"_L1).toString();
    if (e.description.isEmpty())
        e.description = o.value("message"_L1).toString();
    e.correlationId = textOf(o.value("correlationId"_L1));
    e.raw = Redaction::redactBody(body, kRawLimit);
    e.retryAfterSeconds = retryAfterFromText(e.description);
    return e;
}

QJsonObject innerErrorOf(const QJsonObject &error)
{
    for (auto it = error.constBegin(); it != error.constEnd(); ++it) {
        if (it.key().compare("innerError"_L1, Qt::CaseInsensitive) == 0)
            return it.value().toObject();
    }
    return {};
}

ServiceError graphFrom(const QJsonObject &o, const QByteArray &body, int httpStatus)
{
    const QJsonObject error = o.value("error"_L1).toObject();
    const QJsonObject inner = innerErrorOf(error);
    ServiceError e;
    e.source = ServiceError::Source::Graph;
    e.httpStatus = httpStatus;
    e.error = textOf(error.value("code"_L1));
    e.description = error.value("message"_L1).toString();
    e.traceId = textOf(inner.value("request-id"_L1));
    e.correlationId = textOf(inner.value("client-request-id"_L1));
    e.timestamp = textOf(inner.value("date"_L1));
    e.raw = Redaction::redactBody(body, kRawLimit);
    e.retryAfterSeconds = retryAfterFromText(e.description);
    return e;
}

bool looksLikeEntra(const QJsonObject &o)
{
    return o.value("error"_L1).isString();
}

bool looksLikeGraph(const QJsonObject &o)
{
    return o.value("error"_L1).isObject();
}

bool looksLikePartnerCenter(const QJsonObject &o)
{
    return !o.contains("error"_L1)
           && (o.contains("code"_L1) || o.contains("statusCode"_L1) || o.contains("errorName"_L1));
}
} // namespace

ServiceError parseEntra(const QByteArray &body, int httpStatus)
{
    const std::optional<QJsonObject> o = jsonObject(body);
    if (!o || !looksLikeEntra(*o))
        return unrecognised(body, httpStatus);
    return entraFrom(*o, body, httpStatus);
}

ServiceError parsePartnerCenter(const QByteArray &body, int httpStatus)
{
    const std::optional<QJsonObject> o = jsonObject(body);
    if (!o || !looksLikePartnerCenter(*o))
        return unrecognised(body, httpStatus);
    return partnerCenterFrom(*o, body, httpStatus);
}

ServiceError parseGraph(const QByteArray &body, int httpStatus)
{
    const std::optional<QJsonObject> o = jsonObject(body);
    if (!o || !looksLikeGraph(*o))
        return unrecognised(body, httpStatus);
    return graphFrom(*o, body, httpStatus);
}

ServiceError parse(const QByteArray &body, int httpStatus)
{
    const std::optional<QJsonObject> o = jsonObject(body);
    if (!o)
        return unrecognised(body, httpStatus);
    if (looksLikeGraph(*o))
        return graphFrom(*o, body, httpStatus);
    if (looksLikeEntra(*o))
        return entraFrom(*o, body, httpStatus);
    if (looksLikePartnerCenter(*o))
        return partnerCenterFrom(*o, body, httpStatus);
    return unrecognised(body, httpStatus);
}

ServiceError fromEntraRedirect(const QString &error, const QString &errorDescription)
{
    ServiceError e;
    e.source = ServiceError::Source::Entra;
    e.error = error.trimmed();
    e.description = errorDescription;
    fillEntraIdsFromDescription(e);
    return e;
}

} // namespace PCAuth::ErrorBodies
