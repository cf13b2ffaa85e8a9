// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "api/keyvaultclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PCAuth {

QString keyVaultSecretName(const QString &partnerTenant)
{
    QString name = partnerTenant.trimmed();
    name.remove(u'@');
    name.remove(u'.');
    return name;
}

KeyVaultClient::KeyVaultClient(HttpClient &http, AccessTokenSource &tokens, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_tokens(tokens)
{ }

QString KeyVaultClient::validateSecretName(const QString &name)
{
    static const QRegularExpression valid(u"^[0-9A-Za-z-]{1,127}$"_s);
    if (valid.match(name).hasMatch())
        return QString();
    return tr("The Key Vault secret name \"%1\" is not valid: use 1 to 127 letters, digits and "
              "dashes.")
        .arg(name.left(140));
}

void KeyVaultClient::refuse(const QString &message, QObject *context, ApiCallback done)
{
    ApiResult result;
    result.failure = HttpResponse::Failure::Refused;
    result.message = message;
    result.requestId = newRequestId();
    result.correlationId = m_correlationId.isEmpty() ? newRequestId() : m_correlationId;
    // Asynchronous like every other answer, so callers see one behaviour.
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    QTimer::singleShot(0, this, [guard, hasContext, result, done = std::move(done)] {
        if (!hasContext || guard)
            done(result);
    });
}

void KeyVaultClient::putSecret(const QUrl &vaultUrl, const QString &name, const QString &value,
                               QObject *context, ApiCallback done)
{
    const QString problem = validateSecretName(name);
    if (!problem.isEmpty()) {
        refuse(problem, context, std::move(done));
        return;
    }
    HttpRequest request;
    request.method = "PUT"_ba;
    request.url = apiUrl(vaultUrl, u"/secrets/%1?api-version=%2"_s.arg(name, ApiVersion));
    request.body = QJsonDocument(QJsonObject{{"value"_L1, value}}).toJson(QJsonDocument::Compact);
    request.idempotent = true; // PUT: a second write of the same value is harmless
    sendApiRequest(m_http, m_tokens, ApiKind::KeyVault, std::move(request), m_correlationId,
                   context, std::move(done));
}

void KeyVaultClient::getSecret(const QUrl &vaultUrl, const QString &name, QObject *context,
                               ApiCallback done)
{
    const QString problem = validateSecretName(name);
    if (!problem.isEmpty()) {
        refuse(problem, context, std::move(done));
        return;
    }
    HttpRequest request;
    request.method = "GET"_ba;
    request.url = apiUrl(vaultUrl, u"/secrets/%1?api-version=%2"_s.arg(name, ApiVersion));
    sendApiRequest(m_http, m_tokens, ApiKind::KeyVault, std::move(request), m_correlationId,
                   context, std::move(done));
}

void KeyVaultClient::exportRefreshToken(const QUrl &vaultUrl, const QString &partnerTenant,
                                        const QString &refreshToken, QObject *context,
                                        ApiCallback done)
{
    putSecret(vaultUrl, keyVaultSecretName(partnerTenant), refreshToken, context, std::move(done));
}

} // namespace PCAuth
