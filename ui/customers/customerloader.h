// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"

#include <memory>

#include <QByteArray>
#include <QObject>
#include <QSet>

namespace PCAuth {

class AccessTokenSource;
class HttpClient;

/// Lists a partner's customers page by page and hands over each page as it arrives, so the
/// view can show rows while the rest loads. PartnerCenterClient::listCustomers delivers the
/// whole list only at the end; this follows the same continuation tokens (and stops the same
/// way on a token seen twice or after MaxPages) but one page at a time.
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
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    /// Requests the first page; the signals follow later, from the event loop.
    void start();
    int pages() const { return m_pages; }

Q_SIGNALS:
    /// One page read; `customers` in the order Partner Center sent them.
    void pageLoaded(const QList<PCAuth::Customer> &customers);
    /// The listing ended: `problem` is empty after the last page, else what went wrong
    /// (the engine's message, naming the page or field).
    void finished(const QString &problem);

private:
    void fetch(const QByteArray &continuationToken);
    void arrived(const ApiResult &page);
    static QByteArray continuationToken(const QJsonObject &body);

    std::unique_ptr<AccessTokenSource> m_tokens;
    PartnerCenterClient m_client;
    int m_pageSize = 500;
    int m_pages = 0;
    QSet<QByteArray> m_tokensSeen;
};

} // namespace PCAuth
