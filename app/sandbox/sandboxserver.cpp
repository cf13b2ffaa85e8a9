// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "sandboxserver.h"

#include "controls.h"
#include "crypto.h"
#include "entraauthorize.h"
#include "entracommon.h"
#include "entratoken.h"
#include "graph.h"
#include "httpadapter.h"
#include "keyvault.h"
#include "partnercenter.h"
#include "sandboxstate.h"

#include <algorithm>
#include <chrono>

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

SandboxServer::SandboxServer(Scenario scenario, QObject *parent)
    : QObject(parent)
    , m_ctx(std::make_unique<SandboxContext>())
{
    m_ctx->scenario = std::move(scenario);
    if (!m_ctx->scenario.signingKeyPem.isEmpty())
        m_ctx->signingKey = RsaKey::fromPrivatePem(m_ctx->scenario.signingKeyPem);
    if (m_ctx->signingKey.isNull())
        m_ctx->signingKey = RsaKey::generate(2048);
    m_ctx->kid = base64Url(
        QCryptographicHash::hash(m_ctx->signingKey.publicDer(), QCryptographicHash::Sha1));
    m_authorize = std::make_unique<EntraAuthorize>(*m_ctx);
    m_token = std::make_unique<EntraToken>(*m_ctx);
    m_partnerCenter = std::make_unique<PartnerCenterApi>(*m_ctx);
    m_graph = std::make_unique<GraphApi>(*m_ctx);
    m_vault = std::make_unique<KeyVaultApi>(*m_ctx);
    m_http = new HttpServerAdapter([this](const HttpRequest &r) { return handle(r); }, this);
    m_controls = std::make_unique<Controls>(*m_ctx, [this] {
        return QJsonObject{{"parkedNow"_L1, m_http->parkedNow()},
                           {"parkedMax"_L1, m_http->parkedMax()}};
    });
}

SandboxServer::~SandboxServer()
{
    delete m_http; // before the handlers it calls into
    m_http = nullptr;
}

bool SandboxServer::isLoopback(const QHostAddress &address)
{
    return address.isLoopback();
}

bool SandboxServer::start(const QHostAddress &host, quint16 port, QString *error)
{
    if (!isLoopback(host)) {
        if (error)
            *error = u"refusing to listen on %1: the sandbox binds loopback addresses only"_s.arg(
                host.toString());
        return false;
    }
    if (!m_http->listenOn(host, port, error))
        return false;
    const QString hostText = host.protocol() == QAbstractSocket::IPv6Protocol
                                 ? u"[%1]"_s.arg(host.toString())
                                 : host.toString();
    m_ctx->baseUrl = u"http://%1:%2"_s.arg(hostText).arg(m_http->port());
    return true;
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(m_ctx->baseUrl);
}

quint16 SandboxServer::port() const
{
    return m_http->port();
}

void SandboxServer::setDefaultLatencyMs(int ms)
{
    m_ctx->defaultLatencyMs = std::max(0, ms);
}

SandboxContext &SandboxServer::context()
{
    return *m_ctx;
}

HttpResponse SandboxServer::injectedFault(const HttpRequest &req, const FaultRule &fault) const
{
    const int status = fault.status;
    const int retryAfter = fault.retryAfter;
    if (fault.aadsts != 0)
        return entraError(*m_ctx, req, status, fault.error, fault.aadsts,
                          u"Injected fault: AADSTS%1 from the sandbox."_s.arg(fault.aadsts));
    HttpResponse r;
    if (status == 429) {
        const int wait = std::max(1, retryAfter);
        r = HttpResponse::json(429,
                               u"{\"statusCode\":429,\"message\":\"Rate limit is exceeded. Try "
                               "again in %1 seconds.\"}"_s.arg(wait)
                                   .toUtf8());
        r.setHeader("Retry-After"_ba, QByteArray::number(wait));
        return r;
    }
    if (req.path.startsWith("/pc/"_L1)) {
        r = partnerCenterError(status, status, u"Injected fault: HTTP %1."_s.arg(status));
    } else {
        const QJsonObject body{
            {"error"_L1, u"temporarily_unavailable"_s},
            {"error_description"_L1, u"Injected fault: HTTP %1 from the sandbox."_s.arg(status)}};
        r = HttpResponse::json(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    if (retryAfter > 0)
        r.setHeader("Retry-After"_ba, QByteArray::number(retryAfter));
    return r;
}

namespace {

qint64 monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// What makes a request "the same request again" for Retry-After: a client retries the same
/// method, URL, credentials and body. A hash, so no token is kept.
QByteArray requestIdentity(const HttpRequest &req)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(req.method);
    hash.addData(req.path.toUtf8());
    hash.addData(req.query.toString(QUrl::FullyEncoded).toUtf8());
    hash.addData(req.header("Authorization"_ba));
    hash.addData(req.body);
    return hash.result();
}

} // namespace

std::optional<FaultRule> SandboxServer::pickFault(const HttpRequest &req)
{
    SandboxState &st = m_ctx->state;
    const bool anyRandom = std::any_of(st.faults.cbegin(), st.faults.cend(),
                                       [](const FaultRule &r) { return r.probability < 1.0; });
    const double roll = anyRandom ? st.faultRandom.generateDouble() : 0.0;
    double share = 0.0;
    for (qsizetype i = 0; i < st.faults.size(); ++i) {
        FaultRule &r = st.faults[i];
        if (!req.path.contains(r.pathContains) || (!r.method.isEmpty() && r.method != req.method))
            continue;
        if (r.probability < 1.0) {
            share += r.probability;
            if (roll >= share)
                continue;
        }
        const FaultRule applied = r;
        if (r.remaining > 0 && --r.remaining == 0)
            st.faults.removeAt(i);
        st.count(u"faults.applied"_s);
        if (applied.drop)
            st.count(u"faults.drop"_s);
        else if (applied.status != 0)
            st.count(u"faults.status.%1"_s.arg(applied.status));
        if (applied.malformed)
            st.count(u"faults.malformed"_s);
        return applied;
    }
    return std::nullopt;
}

void SandboxServer::checkRetryAfter(const QByteArray &identity, qint64 now)
{
    SandboxState &st = m_ctx->state;
    const auto it = st.retryNotBefore.find(identity);
    if (it == st.retryNotBefore.end())
        return;
    if (now < it.value()) {
        st.count(u"retryAfter.early"_s);
        qint64 &worst = st.counters[u"retryAfter.earlyMaxMs"_s];
        worst = std::max(worst, it.value() - now);
    } else {
        st.count(u"retryAfter.honoured"_s);
    }
    st.retryNotBefore.erase(it);
}

HttpResponse SandboxServer::handle(const HttpRequest &req)
{
    SandboxState &st = m_ctx->state;
    if (req.path.startsWith("/_sandbox/"_L1)) {
        const QStringList s = req.path.mid(10).split(u'/', Qt::SkipEmptyParts);
        return m_controls->handle(req, s);
    }
    const qint64 now = monotonicMs();
    QByteArray identity;
    if (!st.retryNotBefore.isEmpty()) {
        identity = requestIdentity(req);
        checkRetryAfter(identity, now);
    }
    const std::optional<FaultRule> fault = pickFault(req);
    QString routeName = u"unknown"_s;
    HttpResponse response;
    if (fault && fault->drop)
        response.dropConnection = true;
    else if (fault && fault->status != 0)
        response = injectedFault(req, *fault);
    else
        response = route(req, &routeName);
    if (fault && fault->malformed)
        response.body = response.body.isEmpty() ? "{\"malformed\":"_ba
                                                : response.body.left(response.body.size() / 2);
    response.delayMs = std::max(fault ? fault->latencyMs : 0, m_ctx->defaultLatencyMs);
    // Remember a Retry-After (counted from when the answer leaves, after any delay) to tell
    // whether the client waits for it before it sends the same request again.
    if (const int wait = response.header("Retry-After"_ba).toInt(); wait > 0) {
        if (identity.isEmpty())
            identity = requestIdentity(req);
        if (st.retryNotBefore.size() > 10000) // clients that gave up: forget the expired ones
            st.retryNotBefore.removeIf([now](const auto &entry) { return entry.value() < now; });
        st.retryNotBefore.insert(identity, now + response.delayMs + qint64(wait) * 1000);
    }
    st.count(u"requests.total"_s);
    st.count(u"requests."_s + routeName);
    st.count(u"status.%1"_s.arg(response.status));
    return response;
}

HttpResponse SandboxServer::route(const HttpRequest &req, QString *routeName)
{
    const QStringList s = req.path.split(u'/', Qt::SkipEmptyParts);
    const QString first = s.value(0);
    const QStringList rest = s.mid(1);
    if (first == "pc"_L1) {
        *routeName = u"pc"_s;
        return m_partnerCenter->handle(req, rest);
    }
    if (first == "graph"_L1) {
        *routeName = u"graph"_s;
        return m_graph->graph(req, rest);
    }
    if (first == "arm"_L1) {
        *routeName = u"arm"_s;
        return m_graph->arm(req, rest);
    }
    if (first == "aadgraph"_L1) {
        *routeName = u"aadgraph"_s;
        return m_graph->aadGraph(req, rest);
    }
    if (first == "vault"_L1) {
        *routeName = u"vault"_s;
        return m_vault->handle(req, rest);
    }
    return routeEntra(req, s, routeName);
}

HttpResponse SandboxServer::routeEntra(const HttpRequest &req, const QStringList &s,
                                       QString *routeName)
{
    const QString tail = s.mid(1).join(u'/');
    const bool get = req.method == "GET"_ba;
    const auto notFound = [&req] {
        return HttpResponse::json(
            404, QJsonDocument(QJsonObject{{"error"_L1, u"not_found"_s},
                                           {"error_description"_L1,
                                            u"No sandbox endpoint at %1"_s.arg(req.path)}})
                     .toJson(QJsonDocument::Compact));
    };
    if (s.size() < 2)
        return notFound();
    const QString segment = s.at(0);
    if (tail == "oauth2/token"_L1 || tail == "oauth2/v2.0/token"_L1) {
        *routeName = u"entra.token"_s;
        return m_token->handle(req, segment, tail.contains("v2.0"_L1) ? 2 : 1);
    }
    const auto notAllowed = [] {
        return HttpResponse::json(405, R"({"error":"method_not_allowed"})"_ba);
    };
    if (tail == "login"_L1) {
        *routeName = u"entra.login"_s;
        return req.method == "POST"_ba ? m_authorize->submit(req) : notAllowed();
    }
    if (!get)
        return notAllowed();
    if (tail == "oauth2/authorize"_L1 || tail == "oauth2/v2.0/authorize"_L1) {
        *routeName = u"entra.authorize"_s;
        return m_authorize->start(req, segment, tail.contains("v2.0"_L1) ? 2 : 1);
    }
    if (tail == ".well-known/openid-configuration"_L1
        || tail == "v2.0/.well-known/openid-configuration"_L1) {
        *routeName = u"entra.discovery"_s;
        return discoveryDocument(*m_ctx, req, segment, tail.startsWith("v2.0"_L1) ? 2 : 1);
    }
    if (tail == "discovery/keys"_L1 || tail == "discovery/v2.0/keys"_L1) {
        *routeName = u"entra.jwks"_s;
        return jwksDocument(*m_ctx);
    }
    return notFound();
}

} // namespace PCAuth::Sandbox
