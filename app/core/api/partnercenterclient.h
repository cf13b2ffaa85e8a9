// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/apicall.h"
#include "support/expected.h"

#include <functional>
#include <memory>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace PCAuth {

class AccessTokenSource;
class HttpClient;

/// One entry of GET /v1/customers (PROTOCOL.md §4).
struct Customer
{
    QString id;
    QString tenantId;
    QString domain;
    QString companyName;
    QString relationship; // relationshipToPartner, e.g. "reseller"
};

/// Every customer, or the reason the listing stopped. `result` is the last page's call: on
/// failure it carries the error and the ids of the failing request.
struct CustomerList
{
    QList<Customer> customers;
    int pages = 0;
    ApiResult result;
    QString problem; // a page we could not read (names the field); empty otherwise

    bool ok() const { return result.ok() && problem.isEmpty(); }
    QString errorMessage() const { return problem.isEmpty() ? result.errorMessage() : problem; }
};

/// One entry of an application consent: the resource (its app id) and the delegated scopes.
struct ApplicationGrant
{
    QString enterpriseApplicationId; // e.g. Microsoft Graph, 00000003-0000-0000-c000-000000000000
    QStringList scopes;
};

/// Partner Center REST with the headers support needs on every call: MS-RequestId (new per
/// logical request, the same on its retries), MS-CorrelationId (one per user operation; a
/// listing of many pages shares one), MS-Contract-Version and X-Locale. Error bodies are
/// mapped by ErrorBodies::parsePartnerCenter.
///
/// Callbacks run on the owner's thread, once, unless `context` dies first.
class PartnerCenterClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartnerCenterClient)
public:
    /// `baseEndpoint`: cloud.endpoint(Service::PartnerCenter). `http` and `tokens` must
    /// outlive the client.
    PartnerCenterClient(HttpClient &http, QUrl baseEndpoint, AccessTokenSource &tokens,
                        QObject *parent = nullptr);

    /// The correlation id of the current operation; empty (the default) makes one per call.
    void setCorrelationId(const QString &correlationId) { m_correlationId = correlationId; }
    QString correlationId() const { return m_correlationId; }

    /// GET {base}{pathAndQuery}, e.g. "/v1/customers?size=10". `headers` are added as given;
    /// `correlationId`, when given, instead of the client's.
    void get(const QString &pathAndQuery, QObject *context, ApiCallback done,
             const HttpHeaders &headers = {}, const QString &correlationId = QString());

    /// Every customer, through a CustomerListing. `progress` (may be empty) gets the number of
    /// customers read so far after each page.
    void listCustomers(int pageSize, QObject *context, std::function<void(int)> progress,
                       std::function<void(const CustomerList &)> done);

    void organizationProfile(QObject *context, ApiCallback done);
    void legalBusinessProfile(QObject *context, ApiCallback done);
    void customer(const QString &customerId, QObject *context, ApiCallback done);
    void mfaAdoptionStatus(QObject *context, ApiCallback done);

    /// Any call with the header `ValidateMfa: true` (here GET /v1/profiles/organization): the
    /// answer says whether the token counts as MFA-compliant (isMfaCompliant).
    void validateMfa(QObject *context, ApiCallback done);
    static QString validateMfaPath() { return QStringLiteral("/v1/profiles/organization"); }

    /// POST /v1/customers/{customerTenantId}/applicationconsents with applicationConsentBody().
    /// Not idempotent, but a 429 is retried after its Retry-After (nothing was done).
    void grantApplicationConsent(const QString &customerTenantId, const QString &appId,
                                 const QList<ApplicationGrant> &grants, QObject *context,
                                 ApiCallback done);
    /// DELETE /v1/customers/{customerTenantId}/applicationconsents/{appId}.
    void removeApplicationConsent(const QString &customerTenantId, const QString &appId,
                                  QObject *context, ApiCallback done);
    static QString applicationConsentsPath(const QString &customerTenantId,
                                           const QString &appId = QString());
    /// {"applicationId":…,"applicationGrants":[{"enterpriseApplicationId":…,"scope":"a,b"}]}
    static QByteArray applicationConsentBody(const QString &appId,
                                             const QList<ApplicationGrant> &grants);

    /// Reads one customer item; the message names the field when something required is missing.
    static Expected<Customer> parseCustomer(const QJsonObject &item, const QString &where);

    /// The most pages one listing follows: a server that keeps answering "next" must not keep
    /// the tool busy forever (at the 500 maximum page size, 5 million customers).
    static constexpr int MaxPages = 10000;

private:
    void send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
              bool idempotent, QObject *context, ApiCallback done);

    HttpClient &m_http;
    QUrl m_base;
    AccessTokenSource &m_tokens;
    QString m_correlationId;
};

} // namespace PCAuth
