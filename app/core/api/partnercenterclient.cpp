// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "api/partnercenterclient.h"

#include "net/httpclient.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>

using namespace Qt::StringLiterals;

namespace PCAuth {

struct PartnerCenterClient::Listing
{
    int pageSize = 0;
    QString correlationId;
    QPointer<QObject> context;
    bool hasContext = false;
    std::function<void(int)> progress;
    std::function<void(const CustomerList &)> done;
    CustomerList list;
    QSet<QByteArray> tokensSeen; // a token seen twice would loop forever
};

PartnerCenterClient::PartnerCenterClient(HttpClient &http, QUrl baseEndpoint,
                                         AccessTokenSource &tokens, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_base(std::move(baseEndpoint))
    , m_tokens(tokens)
{ }

void PartnerCenterClient::get(const QString &pathAndQuery, QObject *context, ApiCallback done,
                              const HttpHeaders &headers)
{
    HttpRequest request;
    request.method = "GET"_ba;
    request.url = apiUrl(m_base, pathAndQuery);
    request.headers = headers;
    sendApiRequest(m_http, m_tokens, ApiKind::PartnerCenter, std::move(request), m_correlationId,
                   context, std::move(done));
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
    auto listing = std::make_shared<Listing>();
    listing->pageSize = std::clamp(pageSize, 1, 500);
    listing->correlationId = m_correlationId.isEmpty() ? newRequestId() : m_correlationId;
    listing->context = context;
    listing->hasContext = context != nullptr;
    listing->progress = std::move(progress);
    listing->done = std::move(done);
    fetchPage(listing, QByteArray());
}

void PartnerCenterClient::fetchPage(std::shared_ptr<Listing> listing,
                                    const QByteArray &continuationToken)
{
    HttpRequest request;
    request.method = "GET"_ba;
    QString path = u"/v1/customers?size=%1"_s.arg(listing->pageSize);
    if (!continuationToken.isEmpty()) {
        path += u"&seekOperation=Next"_s;
        request.setHeader("MS-ContinuationToken"_ba, continuationToken);
    }
    request.url = apiUrl(m_base, path);
    QPointer<PartnerCenterClient> self(this);
    sendApiRequest(m_http, m_tokens, ApiKind::PartnerCenter, std::move(request),
                   listing->correlationId, listing->context,
                   [self, listing](const ApiResult &page) {
                       if (self)
                           self->pageArrived(listing, page);
                   });
}

void PartnerCenterClient::pageArrived(std::shared_ptr<Listing> listing, const ApiResult &page)
{
    CustomerList &list = listing->list;
    list.result = page;
    const auto finish = [&listing] {
        if (listing->done && (!listing->hasContext || listing->context))
            listing->done(listing->list);
    };
    if (!page.ok()) {
        finish();
        return;
    }
    ++list.pages;
    const QJsonObject body = page.json.object();
    if (!body.value("items"_L1).isArray()) {
        list.problem = tr("Partner Center's customer page %1 has no items array.").arg(list.pages);
        finish();
        return;
    }
    const QJsonArray items = body.value("items"_L1).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto c =
            parseCustomer(items.at(i).toObject(), u"page %1, items[%2]"_s.arg(list.pages).arg(i));
        if (!c.ok()) {
            list.problem = c.error();
            finish();
            return;
        }
        list.customers.append(c.value());
    }
    if (listing->progress && (!listing->hasContext || listing->context))
        listing->progress(int(list.customers.size()));
    QByteArray token = body.value("continuationToken"_L1).toString().toUtf8();
    if (token.isEmpty()) { // older answers carry it only in links.next.headers
        const QJsonArray headers = body.value("links"_L1)
                                       .toObject()
                                       .value("next"_L1)
                                       .toObject()
                                       .value("headers"_L1)
                                       .toArray();
        for (const auto &h : headers) {
            if (h.toObject().value("key"_L1).toString().compare("MS-ContinuationToken"_L1,
                                                                Qt::CaseInsensitive)
                == 0)
                token = h.toObject().value("value"_L1).toString().toUtf8();
        }
    }
    if (token.isEmpty()) {
        finish();
        return;
    }
    if (listing->tokensSeen.contains(token) || list.pages >= MaxPages) {
        list.problem = tr("Partner Center kept sending further customer pages (%1 pages read); "
                          "the listing was stopped.")
                           .arg(list.pages);
        finish();
        return;
    }
    listing->tokensSeen.insert(token);
    fetchPage(listing, token);
}

} // namespace PCAuth
