// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "keyvault.h"

#include "apiauth.h"
#include "entracommon.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

namespace {

HttpResponse kvError(int status, const QString &code, const QString &message)
{
    const QJsonObject body{{"error"_L1, QJsonObject{{"code"_L1, code}, {"message"_L1, message}}}};
    return HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResponse okJson(const QJsonObject &o)
{
    return HttpResponse::json(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

KeyVaultApi::KeyVaultApi(SandboxContext &ctx)
    : m_ctx(ctx)
{ }

HttpResponse KeyVaultApi::handle(const HttpRequest &req, const QStringList &s)
{
    const auto *res = findResource(u"https://vault.azure.net"_s);
    const BearerCheck check = checkBearer(m_ctx, req, {res->uri, res->appId});
    if (!check.ok() || check.token.tenantId != m_ctx.scenario.partner.id) {
        QString message =
            check.failure == BearerCheck::Failure::Missing
                ? u"AKV10000: Request is missing a Bearer or PoP token."_s
                : u"AKV10022: "_s
                      + (check.ok() ? u"Invalid issuer: the vault belongs to tenant %1."_s.arg(
                             m_ctx.scenario.partner.id)
                                    : check.message);
        HttpResponse r = kvError(401, u"Unauthorized"_s, message);
        r.setHeader("WWW-Authenticate"_ba,
                    u"Bearer authorization=\"%1/%2\", resource=\"https://vault.azure.net\""_s
                        .arg(m_ctx.baseUrl, m_ctx.scenario.partner.id)
                        .toLatin1());
        return r;
    }
    if (req.query.queryItemValue(u"api-version"_s).isEmpty())
        return kvError(400, u"BadParameter"_s,
                       u"The request URI contains an invalid or missing api-version."_s);
    if (s.size() < 2 || s.size() > 3 || s.at(0) != "secrets"_L1)
        return kvError(404, u"NotFound"_s,
                       u"The sandbox's Key Vault serves /secrets/{name} only."_s);
    static const QRegularExpression validName(u"^[0-9a-zA-Z-]{1,127}$"_s);
    const QString name = s.at(1);
    if (!validName.match(name).hasMatch())
        return kvError(
            400, u"BadParameter"_s,
            u"The secret name '%1' is invalid: use 1-127 letters, digits and dashes."_s.arg(name));
    if (req.method == "PUT"_ba && s.size() == 2)
        return put(req, name);
    if (req.method == "GET"_ba)
        return get(name, s.value(2));
    if (req.method == "DELETE"_ba && s.size() == 2)
        return remove(name);
    return kvError(405, u"MethodNotAllowed"_s, u"Method not allowed for this resource."_s);
}

QJsonObject KeyVaultApi::bundle(const QString &name, const Version &v, bool withValue) const
{
    QJsonObject o{{"id"_L1, u"%1/vault/secrets/%2/%3"_s.arg(m_ctx.baseUrl, name, v.version)},
                  {"attributes"_L1, QJsonObject{{"enabled"_L1, true},
                                                {"created"_L1, v.created},
                                                {"updated"_L1, v.created},
                                                {"recoveryLevel"_L1, u"Recoverable+Purgeable"_s},
                                                {"recoverableDays"_L1, 90}}}};
    if (withValue)
        o.insert("value"_L1, v.value);
    if (!v.contentType.isEmpty())
        o.insert("contentType"_L1, v.contentType);
    return o;
}

HttpResponse KeyVaultApi::put(const HttpRequest &req, const QString &name)
{
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    const QJsonValue value = doc.object().value("value"_L1);
    if (!doc.isObject() || !value.isString())
        return kvError(400, u"BadParameter"_s,
                       u"The request body must be a JSON object with a string 'value'."_s);
    Version v;
    v.version = QUuid::createUuid().toString(QUuid::Id128);
    v.value = value.toString();
    v.contentType = doc.object().value("contentType"_L1).toString();
    v.created = m_ctx.state.clock.now().toSecsSinceEpoch();
    m_secrets[name.toLower()].append(v);
    m_ctx.state.count(u"vault.put"_s);
    return okJson(bundle(name, v, true));
}

HttpResponse KeyVaultApi::get(const QString &name, const QString &version)
{
    const auto it = m_secrets.constFind(name.toLower());
    if (it != m_secrets.constEnd() && !it->isEmpty()) {
        if (version.isEmpty())
            return okJson(bundle(name, it->last(), true));
        for (const Version &v : *it) {
            if (v.version == version)
                return okJson(bundle(name, v, true));
        }
    }
    return kvError(404, u"SecretNotFound"_s,
                   u"A secret with (name/id) %1%2 was not found in this key vault. If you recently "
                   "deleted this secret you may be able to recover it using the correct recovery "
                   "command."_s.arg(name, version.isEmpty() ? QString() : u'/' + version));
}

HttpResponse KeyVaultApi::remove(const QString &name)
{
    const auto it = m_secrets.find(name.toLower());
    if (it == m_secrets.end() || it->isEmpty())
        return get(name, QString());
    QJsonObject o = bundle(name, it->last(), false);
    const qint64 now = m_ctx.state.clock.now().toSecsSinceEpoch();
    o.insert("recoveryId"_L1, u"%1/vault/deletedsecrets/%2"_s.arg(m_ctx.baseUrl, name));
    o.insert("deletedDate"_L1, now);
    o.insert("scheduledPurgeDate"_L1, now + 90LL * 24 * 3600);
    m_secrets.erase(it);
    return okJson(o);
}

} // namespace PCAuth::Sandbox
