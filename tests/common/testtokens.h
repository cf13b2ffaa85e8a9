// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

// Builds display-only JWTs for tests: real base64url-encoded JSON, a fake signature.
// Never used for anything that checks signatures.

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace PCAuth::Test {

inline QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

inline QString makeJwt(const QJsonObject &claims,
                       const QJsonObject &header = QJsonObject{
                           {QStringLiteral("typ"), QStringLiteral("JWT")},
                           {QStringLiteral("alg"), QStringLiteral("RS256")},
                           {QStringLiteral("kid"), QStringLiteral("test-key-1")}})
{
    const QByteArray token = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
                             + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact)) + '.'
                             + base64Url(QByteArrayLiteral("not-a-real-signature"));
    return QString::fromLatin1(token);
}

/// A v1 Partner Center access token as Entra issues it after an MFA sign-in.
inline QJsonObject partnerCenterClaims(const QDateTime &now, qint64 lifetimeSeconds, bool mfa)
{
    const qint64 iat = now.toSecsSinceEpoch();
    return QJsonObject{
        {QStringLiteral("aud"), QStringLiteral("https://api.partnercenter.microsoft.com")},
        {QStringLiteral("iss"),
         QStringLiteral("https://sts.windows.net/11111111-2222-3333-4444-555555555555/")},
        {QStringLiteral("iat"), double(iat)},
        {QStringLiteral("nbf"), double(iat)},
        {QStringLiteral("exp"), double(iat + lifetimeSeconds)},
        {QStringLiteral("amr"), mfa ? QJsonArray{QStringLiteral("pwd"), QStringLiteral("mfa")}
                                    : QJsonArray{QStringLiteral("pwd")}},
        {QStringLiteral("appid"), QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")},
        {QStringLiteral("scp"), QStringLiteral("user_impersonation")},
        {QStringLiteral("tid"), QStringLiteral("11111111-2222-3333-4444-555555555555")},
        {QStringLiteral("upn"), QStringLiteral("svc-integration@contosopartner.onmicrosoft.com")},
        {QStringLiteral("ver"), QStringLiteral("1.0")},
    };
}

} // namespace PCAuth::Test
