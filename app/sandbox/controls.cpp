// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "controls.h"

#include <algorithm>
#include <cmath>
#include <variant>

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

namespace {

HttpResponse reply(int status, const QJsonObject &o)
{
    return HttpResponse::json(status, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpResponse fail(int status, const QString &message)
{
    return reply(status, QJsonObject{{"error"_L1, message}});
}

// Parses a JSON object body; an empty body is an empty object.
std::optional<QJsonObject> jsonBody(const HttpRequest &req)
{
    if (req.body.trimmed().isEmpty())
        return QJsonObject{};
    const QJsonDocument doc = QJsonDocument::fromJson(req.body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

const HttpResponse badJson =
    HttpResponse::json(400, R"({"error":"the request body must be a JSON object"})"_ba);

// The JSON body of a POST, or the answer refusing the request (405, or 400 for bad JSON).
std::variant<QJsonObject, HttpResponse> postedJson(const HttpRequest &req)
{
    if (req.method != "POST"_ba)
        return fail(405, u"use POST"_s);
    const auto body = jsonBody(req);
    if (!body)
        return badJson;
    return *body;
}

} // namespace

Controls::Controls(SandboxContext &ctx, Stats stats)
    : m_ctx(ctx)
    , m_stats(std::move(stats))
{ }

QJsonObject Controls::cloudJson(const QString &baseUrl)
{
    return QJsonObject{
        {"pcauthCloud"_L1, 1},
        {"id"_L1, u"sandbox"_s},
        {"name"_L1, u"PCAuth sandbox"_s},
        {"endpoints"_L1, QJsonObject{{"authority"_L1, baseUrl},
                                     {"partnerCenter"_L1, QString(baseUrl + u"/pc"_s)},
                                     {"graph"_L1, QString(baseUrl + u"/graph"_s)},
                                     {"aadGraph"_L1, QString(baseUrl + u"/aadgraph"_s)},
                                     {"arm"_L1, QString(baseUrl + u"/arm"_s)},
                                     {"keyVault"_L1, QString(baseUrl + u"/vault"_s)}}},
        {"resources"_L1,
         QJsonObject{{"partnerCenter"_L1, u"https://api.partnercenter.microsoft.com"_s},
                     {"graph"_L1, u"https://graph.microsoft.com"_s},
                     {"aadGraph"_L1, u"https://graph.windows.net"_s},
                     {"arm"_L1, u"https://management.azure.com"_s},
                     {"keyVault"_L1, u"https://vault.azure.net"_s}}}};
}

HttpResponse Controls::handle(const HttpRequest &req, const QStringList &s)
{
    if (!req.remote.isLoopback())
        return fail(403, u"sandbox controls answer loopback clients only"_s);
    const QString what = s.value(0);
    const bool get = req.method == "GET"_ba;
    if (what == "cloud.json"_L1 && get)
        return reply(200, cloudJson(m_ctx.baseUrl));
    if (what == "scenario"_L1 && get)
        return reply(200, m_ctx.scenario.toJson());
    if (what == "clock"_L1)
        return clock(req);
    if (what == "users"_L1 && s.size() == 3)
        return user(req, s);
    if (what == "tenants"_L1 && s.size() >= 3)
        return tenant(req, s);
    if (what == "apps"_L1 && s.size() >= 3 && s.at(2) == "secrets"_L1)
        return appSecrets(req, s);
    if (what == "gdap"_L1 && s.size() >= 3 && s.at(1) == "relationships"_L1)
        return relationship(req, s);
    if (what == "groups"_L1 && s.size() == 4 && s.at(2) == "members"_L1)
        return groupMember(req, s);
    if (what == "mfaenforcement"_L1 && s.size() == 1)
        return mfaEnforcement(req);
    if (what == "faults"_L1 && s.size() == 1)
        return faults(req);
    if (what == "counters"_L1 && s.size() == 1)
        return counters(req);
    if (what == "ratelimits"_L1 && s.size() == 1)
        return rateLimits(req);
    return fail(404, u"no sandbox control %1 /_sandbox/%2"_s.arg(QString::fromLatin1(req.method),
                                                                 s.join(u'/')));
}

HttpResponse Controls::clock(const HttpRequest &req)
{
    if (req.method == "POST"_ba) {
        const auto body = jsonBody(req);
        if (!body)
            return badJson;
        const qint64 seconds = qint64(body->value("advanceSeconds"_L1).toDouble(0))
                               + qint64(body->value("advanceDays"_L1).toDouble(0) * 86400);
        if (seconds < 0)
            return fail(400, u"the sandbox clock only moves forward"_s);
        m_ctx.state.clock.advance(seconds);
    } else if (req.method != "GET"_ba) {
        return fail(405, u"use GET or POST on /_sandbox/clock"_s);
    }
    return reply(200, QJsonObject{{"now"_L1, m_ctx.state.clock.now().toString(Qt::ISODate)},
                                  {"offsetSeconds"_L1, m_ctx.state.clock.offsetSeconds()}});
}

HttpResponse Controls::user(const HttpRequest &req, const QStringList &s)
{
    User *u = m_ctx.scenario.findUser(s.at(1));
    if (!u)
        return fail(404, u"no user %1 in the scenario"_s.arg(s.at(1)));
    const auto posted = postedJson(req);
    if (const auto *refused = std::get_if<HttpResponse>(&posted))
        return *refused;
    const QJsonObject *body = &std::get<QJsonObject>(posted);
    const QString action = s.at(2);
    // Revocation works like Entra's: tokens issued before tokensValidFrom stop working. Add a
    // second so a token issued in the same second as the revocation is also covered.
    const auto revoke = [&] { u->tokensValidFrom = m_ctx.state.clock.now().addSecs(1); };
    if (action == "revoke"_L1) {
        revoke();
    } else if (action == "password"_L1) {
        const QString pw = body->value("password"_L1).toString();
        if (pw.isEmpty())
            return fail(400, u"password is required"_s);
        u->password = pw;
        revoke();
    } else if (action == "enabled"_L1) {
        if (!body->value("enabled"_L1).isBool())
            return fail(400, u"enabled (true or false) is required"_s);
        u->enabled = body->value("enabled"_L1).toBool();
    } else {
        return fail(404, u"unknown user action %1 (revoke, password, enabled)"_s.arg(action));
    }
    m_ctx.state.count(u"controls.users.%1"_s.arg(action));
    return reply(200,
                 QJsonObject{{"upn"_L1, u->upn},
                             {"enabled"_L1, u->enabled},
                             {"tokensValidFrom"_L1, u->tokensValidFrom.toString(Qt::ISODate)}});
}

HttpResponse Controls::tenant(const HttpRequest &req, const QStringList &s)
{
    Tenant *t = m_ctx.scenario.findTenant(s.at(1));
    if (!t)
        return fail(404, u"no tenant %1 in the scenario"_s.arg(s.at(1)));
    if (s.size() == 4 && (s.at(2) == "consents"_L1 || s.at(2) == "grants"_L1)) {
        const QString appId = s.at(3);
        if (!m_ctx.scenario.findApp(appId))
            return fail(404, u"no app %1 in the scenario"_s.arg(appId));
        // consents: the service principal with its grant; grants: the admin grant alone, the
        // service principal stays (AADSTS65001 for delegated tokens, app-only still works).
        const bool grantOnly = s.at(2) == "grants"_L1;
        if (req.method == "DELETE"_ba) {
            if (grantOnly && t->consented(appId))
                t->servicePrincipalOnlyApps.append(appId);
            if (!grantOnly)
                t->servicePrincipalOnlyApps.removeAll(appId);
            t->consentedApps.removeAll(appId);
            t->grants.remove(appId);
        } else if (req.method == "POST"_ba) {
            if (!t->consented(appId))
                t->consentedApps.append(appId);
            t->servicePrincipalOnlyApps.removeAll(appId);
        } else {
            return fail(405, u"use POST (grant) or DELETE (withdraw)"_s);
        }
        return reply(200, QJsonObject{{"tenantId"_L1, t->id},
                                      {"consented"_L1, t->consented(appId)},
                                      {"servicePrincipal"_L1, t->hasServicePrincipal(appId)}});
    }
    if (s.size() == 3 && s.at(2) == "policy"_L1 && req.method == "POST"_ba) {
        const auto body = jsonBody(req);
        if (!body || !body->value("requireMfa"_L1).isBool())
            return fail(400, u"body must be {\"requireMfa\": true|false}"_s);
        t->requireMfa = body->value("requireMfa"_L1).toBool();
        return reply(200, QJsonObject{{"tenantId"_L1, t->id}, {"requireMfa"_L1, t->requireMfa}});
    }
    return fail(404, u"unknown tenant control"_s);
}

// A second secret next to the first, as the Entra portal's "New client secret" adds one, so
// that a client can move to it; DELETE with the id withdraws one (the old secret, after the
// move).
HttpResponse Controls::appSecrets(const HttpRequest &req, const QStringList &s)
{
    App *app = nullptr;
    for (App &a : m_ctx.scenario.apps) {
        if (a.appId.compare(s.at(1), Qt::CaseInsensitive) == 0)
            app = &a;
    }
    if (!app)
        return fail(404, u"no app %1 in the scenario"_s.arg(s.at(1)));
    if (!app->confidential)
        return fail(400, u"app %1 is a public client: it has no secrets"_s.arg(app->appId));
    if (req.method == "POST"_ba && s.size() == 4) {
        // Ages or expires one secret: {"endsInDays": N} (0 or less: expired) or
        // {"endDateTime": "..."}.
        const auto body = jsonBody(req);
        if (!body)
            return badJson;
        const auto it =
            std::find_if(app->secrets.begin(), app->secrets.end(),
                         [&s](const AppSecret &secret) { return secret.id == s.at(3); });
        if (it == app->secrets.end())
            return fail(404, u"app %1 has no secret %2"_s.arg(app->appId, s.at(3)));
        const auto end = endDateFrom(*body);
        if (!end)
            return fail(400,
                        u"body must be {\"endsInDays\": N} or {\"endDateTime\": \"ISO 8601\"}"_s);
        it->expires = *end;
    } else if (req.method == "DELETE"_ba && s.size() == 4) {
        const qsizetype removed =
            app->secrets.removeIf([&s](const AppSecret &secret) { return secret.id == s.at(3); });
        if (removed == 0)
            return fail(404, u"app %1 has no secret %2"_s.arg(app->appId, s.at(3)));
    } else if (req.method == "POST"_ba && s.size() == 3) {
        const auto body = jsonBody(req);
        if (!body)
            return badJson;
        AppSecret secret;
        secret.value = body->value("value"_L1).toString();
        if (secret.value.size() < 16)
            return fail(400, u"value (at least 16 characters) is required"_s);
        secret.id =
            body->value("id"_L1).toString(QUuid::createUuid().toString(QUuid::WithoutBraces));
        secret.hint = secret.value.left(3);
        const double days = body->value("expiresInDays"_L1).toDouble(730);
        if (days <= 0 || days > 36500)
            return fail(400, u"expiresInDays must be between 1 and 36500"_s);
        secret.expires = m_ctx.state.clock.now().addSecs(qint64(days * 86400));
        for (const AppSecret &other : std::as_const(app->secrets)) {
            if (other.id == secret.id)
                return fail(409, u"app %1 already has a secret %2"_s.arg(app->appId, secret.id));
        }
        app->secrets.append(secret);
    } else {
        return fail(405, u"use POST apps/{appId}/secrets, POST or DELETE "
                         "apps/{appId}/secrets/{id}"_s);
    }
    m_ctx.state.count(u"controls.apps.secrets"_s);
    QJsonArray secrets;
    for (const AppSecret &secret : std::as_const(app->secrets))
        secrets.append(QJsonObject{{"id"_L1, secret.id},
                                   {"hint"_L1, secret.hint},
                                   {"expires"_L1, secret.expires.toString(Qt::ISODate)}});
    return reply(200, QJsonObject{{"appId"_L1, app->appId}, {"secrets"_L1, secrets}});
}

HttpResponse Controls::faults(const HttpRequest &req)
{
    if (req.method == "DELETE"_ba) {
        m_ctx.state.faults.clear();
    } else if (req.method == "PUT"_ba || req.method == "POST"_ba) {
        const auto body = jsonBody(req);
        if (!body)
            return badJson;
        QList<FaultRule> rules;
        const QJsonArray list =
            body->contains("faults"_L1) ? body->value("faults"_L1).toArray() : QJsonArray{*body};
        for (const auto &v : list) {
            QString error;
            const auto rule = FaultRule::fromJson(v.toObject(), &error);
            if (!rule)
                return fail(400, error);
            rules.append(*rule);
        }
        if (body->contains("seed"_L1)) {
            const double seed = body->value("seed"_L1).toDouble(-1);
            if (seed < 0 || seed > 4294967295.0 || seed != std::floor(seed))
                return fail(400, u"seed must be a whole number from 0 to 4294967295"_s);
            m_ctx.state.faultRandom.seed(quint32(seed));
        }
        if (req.method == "PUT"_ba)
            m_ctx.state.faults = rules;
        else
            m_ctx.state.faults.append(rules);
    } else if (req.method != "GET"_ba) {
        return fail(405, u"use GET, PUT, POST or DELETE"_s);
    }
    QJsonArray out;
    for (const FaultRule &r : std::as_const(m_ctx.state.faults))
        out.append(r.toJson());
    return reply(200, QJsonObject{{"faults"_L1, out}});
}

HttpResponse Controls::counters(const HttpRequest &req)
{
    if (req.method == "DELETE"_ba)
        m_ctx.state.counters.clear();
    else if (req.method != "GET"_ba)
        return fail(405, u"use GET or DELETE"_s);
    QJsonObject c;
    for (auto it = m_ctx.state.counters.cbegin(); it != m_ctx.state.counters.cend(); ++it)
        c.insert(it.key(), it.value());
    QJsonObject out{{"counters"_L1, c}};
    if (m_stats)
        out.insert("connections"_L1, m_stats());
    return reply(200, out);
}

HttpResponse Controls::rateLimits(const HttpRequest &req)
{
    const std::pair<QLatin1String, RateLimit *> limits[] = {
        {"partnerCenter"_L1, &m_ctx.scenario.partnerCenterRateLimit},
        {"applicationConsents"_L1, &m_ctx.scenario.applicationConsentRateLimit}};
    if (req.method == "PUT"_ba) {
        const auto body = jsonBody(req);
        if (!body)
            return badJson;
        for (const auto &[name, limit] : limits) {
            if (!body->contains(name))
                continue; // the limits the body names are replaced, the others kept
            const QJsonObject o = body->value(name).toObject();
            limit->requests = o.value("requests"_L1).toInt(0);
            limit->perSeconds = std::max(1, o.value("perSeconds"_L1).toInt(60));
        }
        m_ctx.state.rateWindows.clear();
    }
    QJsonObject out;
    for (const auto &[name, limit] : limits)
        out.insert(name, QJsonObject{{"requests"_L1, limit->requests},
                                     {"perSeconds"_L1, limit->perSeconds}});
    return reply(200, out);
}

HttpResponse Controls::relationship(const HttpRequest &req, const QStringList &s)
{
    GdapRelationship *r = m_ctx.scenario.findRelationship(s.at(2));
    if (!r)
        return fail(404, u"no GDAP relationship %1 in the scenario"_s.arg(s.at(2)));
    const auto posted = postedJson(req);
    if (const auto *refused = std::get_if<HttpResponse>(&posted))
        return *refused;
    const QJsonObject *body = &std::get<QJsonObject>(posted);
    const QDateTime now = m_ctx.state.clock.now();
    if (s.size() == 4 && s.at(3) == "expire"_L1) {
        r->status = u"expired"_s;
        r->end = now;
    } else if (s.size() == 3) {
        // Sets what the body names: status, endDateTime / endsInDays, autoExtendDuration.
        const QStringList &statuses = relationshipStatuses();
        const QString status = body->value("status"_L1).toString(r->status);
        const QString autoExtend =
            body->value("autoExtendDuration"_L1).toString(r->autoExtendDuration);
        if (!statuses.contains(status))
            return fail(400, u"status must be one of %1"_s.arg(statuses.join(u", "_s)));
        if (autoExtend != "PT0S"_L1 && autoExtend != "P180D"_L1)
            return fail(400, u"autoExtendDuration must be PT0S or P180D"_s);
        if (autoExtend != "PT0S"_L1 && r->holdsGlobalAdministrator())
            return fail(400, u"a relationship with Global Administrator cannot auto-extend"_s);
        if (body->contains("endsInDays"_L1) || body->contains("endDateTime"_L1)) {
            const auto end = endDateFrom(*body);
            if (!end)
                return fail(400, u"endDateTime must be ISO 8601"_s);
            r->end = *end;
        }
        r->status = status;
        r->autoExtendDuration = autoExtend;
    } else {
        return fail(404, u"use POST gdap/relationships/{id} or gdap/relationships/{id}/expire"_s);
    }
    r->modified = now;
    m_ctx.state.count(u"controls.gdap.relationships"_s);
    return reply(200, QJsonObject{{"id"_L1, r->id},
                                  {"status"_L1, r->status},
                                  {"autoExtendDuration"_L1, r->autoExtendDuration},
                                  {"endDateTime"_L1, r->end.toString(Qt::ISODate)}});
}

HttpResponse Controls::groupMember(const HttpRequest &req, const QStringList &s)
{
    const SecurityGroup *g = m_ctx.scenario.findGroup(s.at(1));
    if (!g)
        return fail(404, u"no security group %1 in the scenario"_s.arg(s.at(1)));
    User *u = m_ctx.scenario.findUser(s.at(3));
    if (!u)
        return fail(404, u"no user %1 in the scenario"_s.arg(s.at(3)));
    if (req.method == "POST"_ba && !u->groups.contains(g->id))
        u->groups.append(g->id);
    else if (req.method == "DELETE"_ba)
        u->groups.removeAll(g->id);
    else if (req.method != "POST"_ba)
        return fail(405, u"use POST (add) or DELETE (remove)"_s);
    return reply(200, QJsonObject{{"group"_L1, g->displayName},
                                  {"upn"_L1, u->upn},
                                  {"member"_L1, u->groups.contains(g->id)}});
}

HttpResponse Controls::mfaEnforcement(const HttpRequest &req)
{
    if (req.method == "POST"_ba) {
        const auto body = jsonBody(req);
        if (!body || !body->value("enforced"_L1).isBool())
            return fail(400, u"body must be {\"enforced\": true|false}"_s);
        m_ctx.scenario.partnerCenterMfaEnforced = body->value("enforced"_L1).toBool();
    } else if (req.method != "GET"_ba) {
        return fail(405, u"use GET or POST"_s);
    }
    return reply(200, QJsonObject{{"enforced"_L1, m_ctx.scenario.partnerCenterMfaEnforced}});
}

std::optional<QDateTime> Controls::endDateFrom(const QJsonObject &body) const
{
    if (body.value("endsInDays"_L1).isDouble())
        return m_ctx.state.clock.now().addSecs(
            qint64(body.value("endsInDays"_L1).toDouble() * 86400));
    const QDateTime end =
        QDateTime::fromString(body.value("endDateTime"_L1).toString(), Qt::ISODate);
    if (!end.isValid())
        return std::nullopt;
    return end;
}

} // namespace PCAuth::Sandbox
