// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "oauth/discovery.h"

#include "cloud/cloud.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// The string at `key`, or a message naming the field in `problem`.
QString requiredString(const QJsonObject &root, const QString &key, QString *problem)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull()) {
        *problem = OpenIdConfiguration::tr("The OpenID configuration has no \"%1\".").arg(key);
        return {};
    }
    if (!value.isString()) {
        *problem = OpenIdConfiguration::tr("In the OpenID configuration, \"%1\" is not a string.")
                       .arg(key);
        return {};
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        *problem =
            OpenIdConfiguration::tr("In the OpenID configuration, \"%1\" is empty.").arg(key);
    return text;
}

QUrl requiredEndpoint(const QJsonObject &root, const QString &key, QString *problem)
{
    const QString text = requiredString(root, key, problem);
    if (!problem->isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    *problem = validateEndpoint(
        url, OpenIdConfiguration::tr("\"%1\" in the OpenID configuration").arg(key));
    return problem->isEmpty() ? url : QUrl();
}

} // namespace

Expected<OpenIdConfiguration> OpenIdConfiguration::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("The OpenID configuration is not valid JSON: %1 at offset %2.")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    if (!doc.isObject())
        return fail(tr("The OpenID configuration is not a JSON object."));
    const QJsonObject root = doc.object();

    OpenIdConfiguration config;
    QString problem;
    config.issuer = requiredString(root, u"issuer"_s, &problem);
    if (problem.isEmpty())
        config.authorizationEndpoint =
            requiredEndpoint(root, u"authorization_endpoint"_s, &problem);
    if (problem.isEmpty())
        config.tokenEndpoint = requiredEndpoint(root, u"token_endpoint"_s, &problem);
    if (problem.isEmpty())
        config.jwksUri = requiredEndpoint(root, u"jwks_uri"_s, &problem);
    if (!problem.isEmpty())
        return fail(problem);
    return config;
}

} // namespace PCAuth
