// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "api/partnercenterclient.h"

#include "api/customerlisting.h"
#include "net/httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace PCAuth {

PartnerCenterClient::PartnerCenterClient(HttpClient &http, QUrl baseEndpoint,
                                         AccessTokenSource &tokens, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_base(std::move(baseEndpoint))
    , m_tokens(tokens)
{ }

void PartnerCenterClient::get(const QString &pathAndQuery, QObject *context, ApiCallback done,
                              const HttpHeaders &headers, const QString &correlationId)
{
    HttpRequest request;
    request.method = "GET"_ba;
    request.url = apiUrl(m_base, pathAndQuery);
    request.headers = headers;
    sendApiRequest(m_http, m_tokens, ApiKind::PartnerCenter, std::move(request),
                   correlationId.isEmpty() ? m_correlationId : correlationId, context,
                   std::move(done));
}

void PartnerCenterClient::organizationProfile(QObject *context, ApiCallback done)
{
    get(u"/v1/profiles/organization"_s, context, std::move(done));
}

void PartnerCenterClient::legalBusinessProfile(QObject *context, ApiCallback done)
{
    get(u"/v1/profiles/legalbusiness?vettingVersion=Current"_s, context, std::move(done));
}

void PartnerCenterClient::customer(const QString &customerId, QObject *context, ApiCallback done)
{
    const QString segment = QString::fromLatin1(QUrl::toPercentEncoding(customerId));
    get(u"/v1/customers/"_s + segment, context, std::move(done));
}

void PartnerCenterClient::mfaAdoptionStatus(QObject *context, ApiCallback done)
{
    get(u"/v1/applicationmfaadoptionstatus"_s, context, std::move(done));
}

void PartnerCenterClient::validateMfa(QObject *context, ApiCallback done)
{
    get(validateMfaPath(), context, std::move(done), HttpHeaders{{"ValidateMfa"_ba, "true"_ba}});
}

void PartnerCenterClient::send(const QByteArray &method, const QString &pathAndQuery,
                               const QByteArray &body, bool idempotent, QObject *context,
                               ApiCallback done)
{
    HttpRequest request;
    request.method = method;
    request.url = apiUrl(m_base, pathAndQuery);
    request.body = body;
    request.idempotent = idempotent;
    sendApiRequest(m_http, m_tokens, ApiKind::PartnerCenter, std::move(request), m_correlationId,
                   context, std::move(done));
}

QString PartnerCenterClient::applicationConsentsPath(const QString &customerTenantId,
                                                     const QString &appId)
{
    QString path = u"/v1/customers/"_s
                   + QString::fromLatin1(QUrl::toPercentEncoding(customerTenantId))
                   + u"/applicationconsents"_s;
    if (!appId.isEmpty())
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(appId));
    return path;
}

QByteArray PartnerCenterClient::applicationConsentBody(const QString &appId,
                                                       const QList<ApplicationGrant> &grants)
{
    QJsonArray entries;
    for (const ApplicationGrant &g : grants)
        entries.append(QJsonObject{{u"enterpriseApplicationId"_s, g.enterpriseApplicationId},
                                   {u"scope"_s, g.scopes.join(u',')}});
    return QJsonDocument(
               QJsonObject{{u"applicationId"_s, appId}, {u"applicationGrants"_s, entries}})
        .toJson(QJsonDocument::Compact);
}

void PartnerCenterClient::grantApplicationConsent(const QString &customerTenantId,
                                                  const QString &appId,
                                                  const QList<ApplicationGrant> &grants,
                                                  QObject *context, ApiCallback done)
{
    send("POST"_ba, applicationConsentsPath(customerTenantId),
         applicationConsentBody(appId, grants), false, context, std::move(done));
}

void PartnerCenterClient::removeApplicationConsent(const QString &customerTenantId,
                                                   const QString &appId, QObject *context,
                                                   ApiCallback done)
{
    send("DELETE"_ba, applicationConsentsPath(customerTenantId, appId), QByteArray(), true, context,
         std::move(done));
}

Expected<Customer> PartnerCenterClient::parseCustomer(const QJsonObject &item, const QString &where)
{
    Customer c;
    c.id = item.value("id"_L1).toString();
    const QJsonObject profile = item.value("companyProfile"_L1).toObject();
    c.tenantId = profile.value("tenantId"_L1).toString();
    c.domain = profile.value("domain"_L1).toString();
    c.companyName = profile.value("companyName"_L1).toString();
    c.relationship = item.value("relationshipToPartner"_L1).toString();
    if (c.id.isEmpty())
        return fail(tr("Partner Center sent a customer without an id (%1.id).").arg(where));
    if (c.tenantId.isEmpty())
        c.tenantId = c.id; // the customer id is the customer's tenant id
    return c;
}

void PartnerCenterClient::listCustomers(int pageSize, QObject *context,
                                        std::function<void(int)> progress,
                                        std::function<void(const CustomerList &)> done)
{
    auto *listing = new CustomerListing(*this, pageSize, this);
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    const auto wanted = [guard, hasContext] { return !hasContext || guard; };
    if (hasContext)
        connect(context, &QObject::destroyed, listing, &QObject::deleteLater);
    connect(listing, &CustomerListing::pageLoaded, listing,
            [listing, wanted, progress = std::move(progress)] {
                if (progress && wanted())
                    progress(int(listing->list().customers.size()));
            });
    connect(listing, &CustomerListing::finished, listing,
            [listing, wanted, done = std::move(done)](const CustomerList &list) {
                listing->deleteLater();
                if (done && wanted())
                    done(list);
            });
    listing->start();
}

} // namespace PCAuth
