// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "partnercenter.h"

#include "entracommon.h"

#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

namespace {

constexpr int DefaultPageSize = 200;
constexpr int MaxPageSize = 500;

QJsonObject link(const QString &uri, const QJsonArray &headers = {})
{
    return QJsonObject{{"uri"_L1, uri}, {"method"_L1, u"GET"_s}, {"headers"_L1, headers}};
}

QJsonObject customerJson(const Tenant &t)
{
    return QJsonObject{
        {"id"_L1, t.id},
        {"companyProfile"_L1,
         QJsonObject{
             {"tenantId"_L1, t.id},
             {"domain"_L1, t.domain},
             {"companyName"_L1, t.name},
             {"links"_L1,
              QJsonObject{{"self"_L1, link(u"/customers/%1/profiles/company"_s.arg(t.id))}}},
             {"attributes"_L1, QJsonObject{{"objectType"_L1, u"CustomerCompanyProfile"_s}}}}},
        {"relationshipToPartner"_L1, u"reseller"_s},
        {"allowDelegatedAccess"_L1, true},
        {"links"_L1, QJsonObject{{"self"_L1, link(u"/customers/%1"_s.arg(t.id))}}},
        {"attributes"_L1, QJsonObject{{"objectType"_L1, u"Customer"_s}}}};
}

QJsonObject address()
{
    return QJsonObject{{"country"_L1, u"US"_s},
                       {"city"_L1, u"Redmond"_s},
                       {"state"_L1, u"WA"_s},
                       {"addressLine1"_L1, u"1 Sandbox Way"_s},
                       {"postalCode"_L1, u"98052"_s},
                       {"firstName"_L1, u"Sandbox"_s},
                       {"lastName"_L1, u"Administrator"_s},
                       {"phoneNumber"_L1, u"4255550100"_s}};
}

HttpResponse ok(int status, const QJsonValue &v)
{
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return HttpResponse::json(status, doc.toJson(QJsonDocument::Compact));
}

} // namespace

HttpResponse partnerCenterError(int status, int code, const QString &description)
{
    const QJsonObject body{{"code"_L1, code},
                           {"description"_L1, description},
                           {"data"_L1, QJsonArray{}},
                           {"source"_L1, u"PartnerFD"_s}};
    HttpResponse r = ok(status, body);
    if (status == 401)
        r.setHeader("WWW-Authenticate"_ba, "Bearer"_ba);
    return r;
}

PartnerCenterApi::PartnerCenterApi(SandboxContext &ctx)
    : m_ctx(ctx)
{ }

HttpResponse PartnerCenterApi::handle(const HttpRequest &req, const QStringList &segments)
{
    QString requestId = QString::fromLatin1(req.header("MS-RequestId"_ba));
    if (requestId.isEmpty())
        requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString correlationId = QString::fromLatin1(req.header("MS-CorrelationId"_ba));
    if (correlationId.isEmpty())
        correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto *pc = findResource(u"https://api.partnercenter.microsoft.com"_s);
    const BearerCheck check = checkBearer(m_ctx, req, {pc->uri, pc->appId});
    HttpResponse r;
    if (!check.ok()) {
        r = partnerCenterError(401, check.failure == BearerCheck::Failure::Expired ? 10002 : 10000,
                               u"Unauthorized: "_s + check.message);
    } else if (check.token.tenantId != m_ctx.scenario.partner.id) {
        r = partnerCenterError(403, 10003,
                               u"Forbidden: the token was issued for tenant %1, which is not a "
                               "partner tenant."_s.arg(check.token.tenantId));
    } else if (!check.token.appOnly && !check.token.mfa
               && m_ctx.scenario.partnerCenterMfaEnforced) {
        r = partnerCenterError(401, 900421,
                               u"MFA required: the access token has no multi-factor "
                               "authentication claim (amr lacks 'mfa'). App+user calls to "
                               "Partner Center need a token obtained with MFA."_s);
    } else if (auto limited = rateLimited(u"pc:"_s + check.token.tenantId,
                                          m_ctx.scenario.partnerCenterRateLimit)) {
        r = *limited;
    } else {
        r = route(req, segments, check.token);
    }
    if (check.ok()) {
        record(req, check.token, requestId);
        if (req.header("ValidateMfa"_ba).compare("true", Qt::CaseInsensitive) == 0)
            markMfaCompliance(r, check.token.appOnly || check.token.mfa);
    }
    r.setHeader("MS-RequestId"_ba, requestId.toLatin1());
    r.setHeader("MS-CorrelationId"_ba, correlationId.toLatin1());
    return r;
}

HttpResponse PartnerCenterApi::route(const HttpRequest &req, const QStringList &s,
                                     const BearerToken &token)
{
    const bool get = req.method == "GET"_ba;
    if (s.size() < 2 || s.at(0) != "v1"_L1)
        return partnerCenterError(404, 404, u"Resource not found: /%1"_s.arg(s.join(u'/')));
    const QString what = s.at(1).toLower();
    const bool appUserOnly = what == "applicationmfaadoptionstatus"_L1
                             || what == "partnerrequests"_L1
                             || (what == "profiles"_L1 && s.value(2) == "organization"_L1);
    if (appUserOnly && token.appOnly)
        return partnerCenterError(403, 10004,
                                  u"Forbidden: this operation requires an app+user token; "
                                  "app-only tokens are not accepted."_s);
    if (what == "profiles"_L1 && s.size() == 3 && get) {
        if (s.at(2) == "organization"_L1)
            return organizationProfile(token);
        if (s.at(2) == "legalbusiness"_L1)
            return legalBusinessProfile();
    }
    if (what == "customers"_L1) {
        if (s.size() == 2 && get)
            return customers(req);
        if (s.size() == 3 && get)
            return customer(s.at(2));
        const bool consents = s.size() >= 4 && s.at(3).toLower() == "applicationconsents"_L1;
        if (consents && token.appOnly)
            return partnerCenterError(403, 10004,
                                      u"Forbidden: application consents need an app+user "
                                      "token."_s);
        if (consents && (req.method == "POST"_ba || req.method == "DELETE"_ba)) {
            // About 50 requests per second per calling app, on top of the general limit.
            if (auto limited = rateLimited(u"appconsents:"_s + token.clientId,
                                           m_ctx.scenario.applicationConsentRateLimit))
                return *limited;
            if (s.size() == 4 && req.method == "POST"_ba)
                return applicationConsent(req, s.at(2));
            if (s.size() == 5 && req.method == "DELETE"_ba)
                return removeApplicationConsent(s.at(2), s.at(4));
        }
    }
    if (what == "applicationmfaadoptionstatus"_L1 && s.size() == 2 && get)
        return mfaAdoption();
    if (what == "partnerrequests"_L1 && s.size() == 2 && get)
        return partnerRequests();
    return partnerCenterError(
        get ? 404 : 405, get ? 404 : 405,
        u"No operation %1 /%2"_s.arg(QString::fromLatin1(req.method), s.join(u'/')));
}

std::optional<HttpResponse> PartnerCenterApi::rateLimited(const QString &key,
                                                          const RateLimit &limit)
{
    if (limit.requests <= 0)
        return std::nullopt;
    const QDateTime now = m_ctx.state.clock.now();
    QList<QDateTime> &window = m_ctx.state.rateWindows[key];
    while (!window.isEmpty() && window.first().secsTo(now) >= limit.perSeconds)
        window.removeFirst();
    if (window.size() < limit.requests) {
        window.append(now);
        return std::nullopt;
    }
    const qint64 wait = std::max<qint64>(1, limit.perSeconds - window.first().secsTo(now));
    m_ctx.state.count(u"pc.throttled"_s);
    HttpResponse r = HttpResponse::json(
        429, u"{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try again in %1 "
             "seconds.\"}"_s.arg(wait)
                 .toUtf8());
    r.setHeader("Retry-After"_ba, QByteArray::number(wait));
    return r;
}

HttpResponse PartnerCenterApi::customers(const HttpRequest &req)
{
    bool okSize = true;
    const QString sizeText = req.query.queryItemValue(u"size"_s);
    const int size = sizeText.isEmpty() ? DefaultPageSize : sizeText.toInt(&okSize);
    if (!okSize || size < 1 || size > MaxPageSize)
        return partnerCenterError(
            400, 600, u"Invalid input: size must be between 1 and %1."_s.arg(MaxPageSize));
    qsizetype offset = 0;
    if (req.query.queryItemValue(u"seekOperation"_s).compare("Next"_L1, Qt::CaseInsensitive) == 0) {
        const auto decoded = fromBase64Url(req.header("MS-ContinuationToken"_ba));
        const QList<QByteArray> parts = decoded ? decoded->split(':') : QList<QByteArray>{};
        bool okOffset = false;
        if (parts.size() == 2 && parts.at(0) == "sbxcust"_ba)
            offset = parts.at(1).toLongLong(&okOffset);
        if (!okOffset || offset < 0 || offset > m_ctx.scenario.customers.size())
            return partnerCenterError(400, 600,
                                      u"Invalid input: the MS-ContinuationToken header "
                                      "is missing or not valid for seekOperation=Next."_s);
    }
    const auto &all = m_ctx.scenario.customers;
    QJsonArray items;
    for (qsizetype i = offset; i < all.size() && items.size() < size; ++i)
        items.append(customerJson(all.at(i)));
    const qsizetype nextOffset = offset + items.size();
    QJsonObject links{{"self"_L1, link(u"/customers?size=%1"_s.arg(size))}};
    QJsonObject body{{"totalCount"_L1, items.size()},
                     {"items"_L1, items},
                     {"attributes"_L1, QJsonObject{{"objectType"_L1, u"Collection"_s}}}};
    if (nextOffset < all.size()) {
        const QString token =
            QString::fromLatin1(base64Url("sbxcust:"_ba + QByteArray::number(nextOffset)));
        links.insert("next"_L1, link(u"/customers?size=%1&seekOperation=Next"_s.arg(size),
                                     QJsonArray{QJsonObject{{"key"_L1, u"MS-ContinuationToken"_s},
                                                            {"value"_L1, token}}}));
        body.insert("continuationToken"_L1, token);
    }
    body.insert("links"_L1, links);
    return ok(200, body);
}

HttpResponse PartnerCenterApi::customer(const QString &id)
{
    for (const Tenant &t : m_ctx.scenario.customers) {
        if (t.id.compare(id, Qt::CaseInsensitive) == 0)
            return ok(200, customerJson(t));
    }
    if (QUuid::fromString(id).isNull())
        return partnerCenterError(400, 600,
                                  u"Invalid input: customer id '%1' is not a GUID."_s.arg(id));
    return partnerCenterError(403, 20002,
                              u"The partner does not have a relationship with the "
                              "customer %1."_s.arg(id));
}

HttpResponse PartnerCenterApi::applicationConsent(const HttpRequest &req, const QString &customerId)
{
    Tenant *t = m_ctx.scenario.findTenant(customerId);
    if (!t || t->partner)
        return customer(customerId);
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    const QString appId = doc.object().value("applicationId"_L1).toString();
    if (!doc.isObject() || !m_ctx.scenario.findApp(appId))
        return partnerCenterError(400, 600,
                                  u"Invalid input: applicationId must name a registered "
                                  "application."_s);
    // One grant per resource: {"enterpriseApplicationId": resource app id, "scope":
    // "A,B"}; Graph lists the scopes space-separated.
    QList<ConsentGrant> grants;
    for (const auto &v : doc.object().value("applicationGrants"_L1).toArray()) {
        const QString resource = v.toObject().value("enterpriseApplicationId"_L1).toString();
        QStringList scopes =
            v.toObject().value("scope"_L1).toString().split(u',', Qt::SkipEmptyParts);
        for (QString &scope : scopes)
            scope = scope.trimmed();
        if (QUuid::fromString(resource).isNull() || scopes.isEmpty())
            return partnerCenterError(400, 600,
                                      u"Invalid input: each applicationGrants entry needs an "
                                      "enterpriseApplicationId and a scope."_s);
        grants.append({resource, scopes.join(u' ')});
    }
    if (grants.isEmpty())
        return partnerCenterError(400, 600,
                                  u"Invalid input: applicationGrants must not be empty."_s);
    // The sandbox's choice where the documentation is silent: a second consent for the same
    // app is a conflict; DELETE it first to change the scopes.
    if (t->consented(appId))
        return partnerCenterError(409, 2101,
                                  u"The application consent already exists in this "
                                  "customer tenant."_s);
    t->servicePrincipalOnlyApps.removeAll(appId);
    t->consentedApps.append(appId);
    t->grants.insert(appId, grants);
    m_ctx.state.count(u"pc.applicationConsents"_s);
    return ok(201, doc.object());
}

HttpResponse PartnerCenterApi::removeApplicationConsent(const QString &customerId,
                                                        const QString &appId)
{
    Tenant *t = m_ctx.scenario.findTenant(customerId);
    if (!t || t->partner)
        return customer(customerId);
    if (!t->hasServicePrincipal(appId))
        return partnerCenterError(
            404, 404, u"No application consent for %1 in this customer tenant."_s.arg(appId));
    // Removes the service principal with its grants, as deleting the enterprise app does.
    t->consentedApps.removeAll(appId);
    t->servicePrincipalOnlyApps.removeAll(appId);
    t->grants.remove(appId);
    m_ctx.state.count(u"pc.applicationConsentsRemoved"_s);
    return HttpResponse::json(204, {});
}

void PartnerCenterApi::markMfaCompliance(HttpResponse &r, bool compliant)
{
    r.setHeader("isMfaCompliant"_ba, compliant ? "true"_ba : "false"_ba);
    QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!doc.isObject())
        return;
    QJsonObject o = doc.object();
    o.insert("isMfaCompliant"_L1, compliant);
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse PartnerCenterApi::organizationProfile(const BearerToken &token)
{
    const Tenant &p = m_ctx.scenario.partner;
    const User *user = m_ctx.scenario.findUser(token.userOid);
    return ok(
        200,
        QJsonObject{{"id"_L1, p.id},
                    {"companyName"_L1, p.name},
                    {"tenantId"_L1, p.id},
                    {"domain"_L1, p.domain},
                    {"email"_L1, user ? user->upn : QString()},
                    {"language"_L1, u"en"_s},
                    {"culture"_L1, u"en-US"_s},
                    {"defaultAddress"_L1, address()},
                    {"profileType"_L1, u"OrganizationProfile"_s},
                    {"links"_L1, QJsonObject{{"self"_L1, link(u"/profiles/organization"_s)}}},
                    {"attributes"_L1, QJsonObject{{"objectType"_L1, u"OrganizationProfile"_s}}}});
}

HttpResponse PartnerCenterApi::legalBusinessProfile()
{
    const Tenant &p = m_ctx.scenario.partner;
    return ok(
        200,
        QJsonObject{{"companyName"_L1, p.name},
                    {"address"_L1, address()},
                    {"primaryContact"_L1, QJsonObject{{"firstName"_L1, u"Sandbox"_s},
                                                      {"lastName"_L1, u"Administrator"_s},
                                                      {"email"_L1, QString(u"admin@"_s + p.domain)},
                                                      {"phoneNumber"_L1, u"4255550100"_s}}},
                    {"vettingStatus"_L1, u"Authorized"_s},
                    {"profileType"_L1, u"LegalBusinessProfile"_s},
                    {"attributes"_L1, QJsonObject{{"objectType"_L1, u"LegalBusinessProfile"_s}}}});
}

void PartnerCenterApi::record(const HttpRequest &req, const BearerToken &token,
                              const QString &requestId)
{
    const QString app = token.clientId;
    m_ctx.state.count(u"pc.app.%1.total"_s.arg(app));
    if (token.appOnly || token.mfa)
        m_ctx.state.count(u"pc.app.%1.mfaCompliant"_s.arg(app));
    if (token.appOnly)
        return;
    // The adoption report counts app+user requests per application and day.
    DayCount &day = m_adoption[app][m_ctx.state.clock.now().date()];
    ++day.total;
    if (token.mfa)
        ++day.mfaCompliant;
    const User *user = m_ctx.scenario.findUser(token.userOid);
    m_requests.append(QJsonObject{
        {"requestId"_L1, requestId},
        {"operationName"_L1, QString(QString::fromLatin1(req.method) + u' ' + req.path)},
        {"requestDateTime"_L1, m_ctx.state.clock.now().toString(Qt::ISODate)},
        {"upn"_L1, user ? user->upn : QString()},
        {"applicationId"_L1, app},
        {"mfaCompliant"_L1, token.mfa}});
    while (m_requests.size() > 200)
        m_requests.removeFirst();
}

HttpResponse PartnerCenterApi::mfaAdoption()
{
    // One entry per application and day with app+user requests, over the last 30 days.
    const QDate today = m_ctx.state.clock.now().date();
    QJsonArray out;
    for (auto app = m_adoption.cbegin(); app != m_adoption.cend(); ++app) {
        const App *a = m_ctx.scenario.findApp(app.key());
        for (auto day = app->cbegin(); day != app->cend(); ++day) {
            if (day.key().daysTo(today) >= 30)
                continue;
            out.append(QJsonObject{{"loginDate"_L1, day.key().toString(Qt::ISODate)},
                                   {"mfaCompliantRequestCount"_L1, day->mfaCompliant},
                                   {"totalRequestCount"_L1, day->total},
                                   {"applicationId"_L1, app.key()},
                                   {"applicationName"_L1, a ? a->name : QString()}});
        }
    }
    return ok(200, out);
}

HttpResponse PartnerCenterApi::partnerRequests()
{
    return ok(200, QJsonObject{{"totalCount"_L1, m_requests.size()}, {"items"_L1, m_requests}});
}

} // namespace PCAuth::Sandbox
