// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/customerlisting.h"
#include "api/partnercenterclient.h"

#include <memory>

#include <QObject>

namespace PCAuth {

class AccessTokenSource;
class HttpClient;

/// The Customers page's listing: a CustomerListing with the Partner Center client and token
/// source it needs, handing over each page as it arrives so the view shows rows while the rest
/// loads.
///
/// Cancel by deleting the loader (deleteLater() from its own signals): that aborts the
/// request in flight and no further signal comes.
class CustomerLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerLoader)
public:
    /// `baseEndpoint`: cloud.endpoint(Service::PartnerCenter). `http` must outlive the loader.
    CustomerLoader(HttpClient &http, QUrl baseEndpoint, std::unique_ptr<AccessTokenSource> tokens,
                   QObject *parent = nullptr);
    ~CustomerLoader() override;

    /// 1..500 (Partner Center's maximum); takes effect for the next page.
    void setPageSize(int size) { m_listing->setPageSize(size); }
    int pageSize() const { return m_listing->pageSize(); }

    /// Requests the first page; the signals follow later, from the event loop.
    void start() { m_listing->start(); }
    int pages() const { return m_listing->list().pages; }

Q_SIGNALS:
    /// One page read; `customers` in the order Partner Center sent them.
    void pageLoaded(const QList<PCAuth::Customer> &customers);
    /// The listing ended: `problem` is empty after the last page, else what went wrong
    /// (the engine's message, naming the page or field).
    void finished(const QString &problem);

private:
    std::unique_ptr<AccessTokenSource> m_tokens;
    PartnerCenterClient m_client;
    CustomerListing *m_listing;
};

} // namespace PCAuth
