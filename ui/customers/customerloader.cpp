// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customerloader.h"

#include "api/accesstokensource.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PCAuth {

CustomerLoader::CustomerLoader(HttpClient &http, QUrl baseEndpoint,
                               std::unique_ptr<AccessTokenSource> tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(std::move(tokens))
    , m_client(http, std::move(baseEndpoint), *m_tokens)
{
    // One user operation: every page of the listing shares one correlation id.
    m_client.setCorrelationId(newRequestId());
}

CustomerLoader::~CustomerLoader() = default;

void CustomerLoader::setPageSize(int size)
{
    m_pageSize = std::clamp(size, 1, 500);
}

void CustomerLoader::start()
{
    fetch(QByteArray());
}

void CustomerLoader::fetch(const QByteArray &continuationToken)
{
    QString path = u"/v1/customers?size=%1"_s.arg(m_pageSize);
    HttpHeaders headers;
    if (!continuationToken.isEmpty()) {
        path += u"&seekOperation=Next"_s;
        headers.append({"MS-ContinuationToken"_ba, continuationToken});
    }
    m_client.get(
        path, this, [this](const ApiResult &page) { arrived(page); }, headers);
}

QByteArray CustomerLoader::continuationToken(const QJsonObject &body)
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

void CustomerLoader::arrived(const ApiResult &page)
{
    if (!page.ok()) {
        Q_EMIT finished(page.errorMessage());
        return;
    }
    ++m_pages;
    const QJsonObject body = page.json.object();
    if (!body.value("items"_L1).isArray()) {
        Q_EMIT finished(tr("Partner Center's customer page %1 has no items array.").arg(m_pages));
        return;
    }
    const QJsonArray items = body.value("items"_L1).toArray();
    QList<Customer> customers;
    customers.reserve(items.size());
    QString problem;
    for (qsizetype i = 0; i < items.size() && problem.isEmpty(); ++i) {
        const Expected<Customer> c = PartnerCenterClient::parseCustomer(
            items.at(i).toObject(), u"page %1, items[%2]"_s.arg(m_pages).arg(i));
        if (c.ok())
            customers.append(c.value());
        else
            problem = c.error();
    }
    Q_EMIT pageLoaded(customers); // the good rows before a bad one are kept
    if (!problem.isEmpty()) {
        Q_EMIT finished(problem);
        return;
    }
    const QByteArray token = continuationToken(body);
    if (token.isEmpty()) {
        Q_EMIT finished(QString());
        return;
    }
    if (m_tokensSeen.contains(token) || m_pages >= PartnerCenterClient::MaxPages) {
        Q_EMIT finished(tr("Partner Center kept sending further customer pages (%1 pages "
                           "read); the listing was stopped.")
                            .arg(m_pages));
        return;
    }
    m_tokensSeen.insert(token);
    fetch(token);
}

} // namespace PCAuth
