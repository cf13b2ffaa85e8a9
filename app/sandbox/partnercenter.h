// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "apiauth.h"
#include "httpadapter.h"
#include "sandboxstate.h"

#include <QDate>
#include <QJsonArray>
#include <QMap>

namespace PCAuth::Sandbox {

// Partner Center REST under /pc: profiles, customers with continuation paging, application
// consents, MFA adoption status. Checks the bearer (signature, audience, expiry, partner tenant,
// MFA for app+user calls: 401 code 900421 while the scenario enforces it; `ValidateMfa: true`
// asks for the verdict in the answer), echoes MS-RequestId/MS-CorrelationId, applies the scenario's
// rate limit with 429 + Retry-After and the documented body.
class PartnerCenterApi final
{
public:
    explicit PartnerCenterApi(SandboxContext &ctx);

    // `segments` is the path after /pc, e.g. {"v1","customers"}.
    HttpResponse handle(const HttpRequest &req, const QStringList &segments);

private:
    HttpResponse route(const HttpRequest &req, const QStringList &s, const BearerToken &token);
    HttpResponse customers(const HttpRequest &req);
    HttpResponse customer(const QString &id);
    HttpResponse applicationConsent(const HttpRequest &req, const QString &customerId);
    HttpResponse removeApplicationConsent(const QString &customerId, const QString &appId);
    // `ValidateMfa: true`: the answer says whether the token counts as MFA-compliant, in an
    // `isMfaCompliant` header and, for a JSON object body, a top-level property.
    static void markMfaCompliance(HttpResponse &r, bool compliant);
    HttpResponse organizationProfile(const BearerToken &token);
    HttpResponse legalBusinessProfile();
    HttpResponse mfaAdoption();
    HttpResponse partnerRequests();
    std::optional<HttpResponse> rateLimited(const QString &key, const RateLimit &limit);
    void record(const HttpRequest &req, const BearerToken &token, const QString &requestId);

    SandboxContext &m_ctx;
    struct DayCount
    {
        qint64 total = 0;
        qint64 mfaCompliant = 0;
    };

    QJsonArray m_requests; // recent app+user requests for /v1/partnerRequests
    QHash<QString, QMap<QDate, DayCount>> m_adoption; // app id -> day -> app+user requests
};

// {code, description, data, source}: Partner Center's error body.
HttpResponse partnerCenterError(int status, int code, const QString &description);

} // namespace PCAuth::Sandbox
