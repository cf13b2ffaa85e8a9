// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customerloader.h"

#include "api/accesstokensource.h"

namespace PCAuth {

CustomerLoader::CustomerLoader(HttpClient &http, QUrl baseEndpoint,
                               std::unique_ptr<AccessTokenSource> tokens, QObject *parent)
    : QObject(parent)
    , m_tokens(std::move(tokens))
    , m_client(http, std::move(baseEndpoint), *m_tokens)
    , m_listing(new CustomerListing(m_client, 500, this))
{
    connect(m_listing, &CustomerListing::pageLoaded, this, &CustomerLoader::pageLoaded);
    connect(m_listing, &CustomerListing::finished, this, [this](const CustomerList &list) {
        Q_EMIT finished(list.ok() ? QString() : list.errorMessage());
    });
}

CustomerLoader::~CustomerLoader()
{
    delete m_listing; // before the client it uses
}

} // namespace PCAuth
