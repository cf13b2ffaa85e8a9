// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"

#include <QObject>
#include <QString>
#include <QUrl>

namespace PCAuth {

class AccessTokenSource;
class HttpClient;

/// The secret name the Microsoft secure-app-model samples use for a partner's refresh token:
/// the partner tenant (id or domain) with every '@' and '.' removed, so that
/// "contoso.onmicrosoft.com" becomes "contosoonmicrosoftcom" and a GUID stays as it is.
/// Exporting under the same name lets those samples (and scripts written for them) read it.
QString keyVaultSecretName(const QString &partnerTenant);

/// Key Vault secrets, api-version 7.4: the optional export target for refresh tokens (the
/// seed's "secure repository"). The token it needs has the audience https://vault.azure.net
/// (per cloud); the vault URL is the user's, e.g. https://contoso-kv.vault.azure.net.
///
/// The secret value travels only in the PUT body and the GET answer; it is never part of a
/// message, a log line or a ServiceError.
class KeyVaultClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyVaultClient)
public:
    KeyVaultClient(HttpClient &http, AccessTokenSource &tokens, QObject *parent = nullptr);

    void setCorrelationId(const QString &correlationId) { m_correlationId = correlationId; }

    /// PUT {vault}/secrets/{name}?api-version=7.4 with {"value": value}. A name Key Vault
    /// would refuse (1-127 letters, digits, dashes) fails before any traffic.
    void putSecret(const QUrl &vaultUrl, const QString &name, const QString &value,
                   QObject *context, ApiCallback done);
    /// GET {vault}/secrets/{name}?api-version=7.4; the value is json["value"].
    void getSecret(const QUrl &vaultUrl, const QString &name, QObject *context, ApiCallback done);
    /// putSecret() under keyVaultSecretName(partnerTenant), as the samples store it.
    void exportRefreshToken(const QUrl &vaultUrl, const QString &partnerTenant,
                            const QString &refreshToken, QObject *context, ApiCallback done);

    /// Empty if Key Vault accepts `name`; else a message naming it.
    static QString validateSecretName(const QString &name);

    static constexpr QLatin1String ApiVersion{"7.4"};

private:
    void refuse(const QString &message, QObject *context, ApiCallback done);

    HttpClient &m_http;
    AccessTokenSource &m_tokens;
    QString m_correlationId;
};

} // namespace PCAuth
