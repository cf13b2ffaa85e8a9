// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "support/job.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace PCAuth {

/// The one way PCAuth reads a partner's customers: GET /v1/customers page by page, following
/// the continuation token (`continuationToken`, or the MS-ContinuationToken header that older
/// answers put in `links.next`) with seekOperation=Next. Every page shares one correlation id.
///
///     start() --> pageLoaded(customers of page 1) --> ... --> finished(list), once
///
/// The listing stops on a token seen twice or after PartnerCenterClient::MaxPages (a server
/// that keeps answering "next"), on an error, and on an item it cannot read: the page's good
/// items before that one are delivered, and the list names the page and field at fault.
/// A Job: deleting the listing drops the request in flight; cancel() drops it too and ends
/// with finished(), later, the list holding what was read and the cancellation as its problem.
class CustomerListing final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListing)

public:
    /// `client` must outlive the listing. `pageSize`: 1..500 (Partner Center's maximum).
    CustomerListing(PartnerCenterClient &client, int pageSize, QObject *parent);
    ~CustomerListing() override;

    /// 1..500; takes effect for the next page.
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    /// Requests the first page; the signals follow later, from the event loop.
    void start();
    /// What has been read so far; after finished(), the whole outcome.
    const CustomerList &list() const { return m_list; }

Q_SIGNALS:
    /// One page read; `customers` in the order Partner Center sent them.
    void pageLoaded(const QList<PCAuth::Customer> &customers);
    void finished(const PCAuth::CustomerList &list);

private:
    bool abort() override;
    void fetch(const QByteArray &continuationToken);
    void arrived(const ApiResult &page);
    void finish();
    static QByteArray continuationToken(const QJsonObject &body);

    PartnerCenterClient &m_client;
    QString m_correlationId;
    int m_pageSize = 500;
    CustomerList m_list;
    QSet<QByteArray> m_tokensSeen; // a token seen twice would loop forever
    QPointer<QObject> m_request; // context of the page in flight: deleting it drops the answer
};

} // namespace PCAuth
