// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// Error bodies as the services send them, for the tests of reading them (tst_errorbodies),
// storing them (tst_serviceerror) and advising on them (tst_errorcatalogue).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace PCAuth::Test {

inline const QString kTrace = QStringLiteral("0b5e2d4c-5a6f-4e0b-9b0a-1c2d3e4f5a00");
inline const QString kCorrelation = QStringLiteral("7c1f9a2e-3b4d-4c5e-8f60-718293a4b5c6");
inline const QString kTime = QStringLiteral("2026-11-27 05:12:44Z");

/// An Entra token-endpoint error as login.microsoftonline.com sends it (v2 shape: error_uri,
/// numbers in error_codes, ids repeated at the end of the description).
inline QByteArray entraBody(const QString &error, int aadsts, const QString &message)
{
    using namespace Qt::StringLiterals;
    const QString description = u"AADSTS%1: %2\r\nTrace ID: %3\r\nCorrelation ID: %4\r\n"
                                "Timestamp: %5"_s.arg(aadsts)
                                    .arg(message, kTrace, kCorrelation, kTime);
    QJsonObject o{
        {u"error"_s, error},
        {u"error_description"_s, description},
        {u"error_codes"_s, QJsonArray{aadsts}},
        {u"timestamp"_s, kTime},
        {u"trace_id"_s, kTrace},
        {u"correlation_id"_s, kCorrelation},
        {u"error_uri"_s, u"https://login.microsoftonline.com/error?code=%1"_s.arg(aadsts)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace PCAuth::Test
