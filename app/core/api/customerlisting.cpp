// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "api/customerlisting.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace PCAuth {

CustomerListing::CustomerListing(PartnerCenterClient &client, int pageSize, QObject *parent)
    : Job(parent)
    , m_client(client)
    , m_correlationId(client.correlationId().isEmpty() ? newRequestId() : client.correlationId())
{
    setPageSize(pageSize);
}

CustomerListing::~CustomerListing() = default;

void CustomerListing::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 500);
}

void CustomerListing::start()
{
    if (!begin())
        return;
    fetch(QByteArray());
}

bool CustomerListing::abort()
{
    delete m_request;
    m_list.problem = tr("Reading the customers was cancelled.");
    QTimer::singleShot(0, this, &CustomerListing::finish);
    return true;
}

void CustomerListing::fetch(const QByteArray &continuationToken)
{
    QString path = u"/v1/customers?size=%1"_s.arg(m_pageSize);
    HttpHeaders headers;
    if (!continuationToken.isEmpty()) {
        path += u"&seekOperation=Next"_s;
        headers.append({"MS-ContinuationToken"_ba, continuationToken});
    }
    m_request = new QObject(this);
    m_client.get(
        path, m_request,
        [this](const ApiResult &page) {
            delete m_request;
            arrived(page);
        },
        headers, m_correlationId);
}

QByteArray CustomerListing::continuationToken(const QJsonObject &body)
{
    QByteArray token = body.value("continuationToken"_L1).toString().toUtf8();
    if (!token.isEmpty())
        return token;
    // Older answers carry it only in links.next.headers.
    const QJsonArray headers =
        body.value("links"_L1).toObject().value("next"_L1).toObject().value("headers"_L1).toArray();
    for (const auto &h : headers) {
        const QJsonObject header = h.toObject();
        if (header.value("key"_L1).toString().compare("MS-ContinuationToken"_L1,
                                                      Qt::CaseInsensitive)
            == 0)
            token = header.value("value"_L1).toString().toUtf8();
    }
    return token;
}

void CustomerListing::arrived(const ApiResult &page)
{
    m_list.result = page;
    if (!page.ok())
        return finish();
    ++m_list.pages;
    const QJsonObject body = page.json.object();
    if (!body.value("items"_L1).isArray()) {
        m_list.problem =
            PartnerCenterClient::tr("Partner Center's customer page %1 has no items array.")
                .arg(m_list.pages);
        return finish();
    }
    const QJsonArray items = body.value("items"_L1).toArray();
    QList<Customer> customers;
    customers.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && m_list.problem.isEmpty(); ++i) {
        const Expected<Customer> c = PartnerCenterClient::parseCustomer(
            items.at(i).toObject(), u"page %1, items[%2]"_s.arg(m_list.pages).arg(i));
        if (c.ok())
            customers.append(c.value());
        else
            m_list.problem = c.error();
    }
    m_list.customers += customers;
    Q_EMIT pageLoaded(customers); // the good rows before a bad one are kept
    if (wasCancelled())
        return; // cancelled from a pageLoaded() slot: finish() is on its way
    if (!m_list.problem.isEmpty())
        return finish();
    const QByteArray token = continuationToken(body);
    if (token.isEmpty())
        return finish();
    if (m_tokensSeen.contains(token) || m_list.pages >= PartnerCenterClient::MaxPages) {
        m_list.problem = PartnerCenterClient::tr("Partner Center kept sending further customer "
                                                 "pages (%1 pages read); the listing was stopped.")
                             .arg(m_list.pages);
        return finish();
    }
    m_tokensSeen.insert(token);
    fetch(token);
}

void CustomerListing::finish()
{
    if (!end())
        return;
    Q_EMIT finished(m_list);
}

} // namespace PCAuth
