// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "scenario.h"

#include <memory>
#include <optional>

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace PCAuth::Sandbox {

struct SandboxContext;
struct FaultRule;
struct HttpRequest;
struct HttpResponse;
class HttpServerAdapter;
class EntraAuthorize;
class EntraToken;
class PartnerCenterApi;
class GraphApi;
class KeyVaultApi;
class Controls;

// pcauth-sandbox in one object: Entra ID at the root, Partner Center under /pc, Graph under
// /graph, ARM /arm, Azure AD Graph /aadgraph, Key Vault /vault and test controls under
// /_sandbox/, all on one loopback port. Tests create one in-process:
//
//     PCAuth::Sandbox::SandboxServer server(PCAuth::Sandbox::Scenario::demo());
//     QString error;
//     if (!server.start(QHostAddress::LocalHost, 0, &error)) ...
//     QUrl base = server.baseUrl(); // http://127.0.0.1:PORT
class SandboxServer final : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(Scenario scenario, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Refuses any address that is not loopback: the sandbox hands out tokens to anyone.
    bool start(const QHostAddress &host, quint16 port, QString *error);
    QUrl baseUrl() const;
    quint16 port() const;

    // Latency added to every non-control response (the CLI's --latency-ms).
    void setDefaultLatencyMs(int ms);

    // Direct access for in-process tests and the CLI (clock, scenario, counters).
    SandboxContext &context();

    static bool isLoopback(const QHostAddress &address);

    // One request as the HTTP adapter hands it over (fault injection, routing, counters),
    // without a socket: the adapter's handler, public for the in-process fuzz target.
    HttpResponse handle(const HttpRequest &req);

private:
    HttpResponse route(const HttpRequest &req, QString *routeName);
    HttpResponse routeEntra(const HttpRequest &req, const QStringList &s, QString *routeName);
    HttpResponse injectedFault(const HttpRequest &req, const FaultRule &fault) const;
    // The fault rule this request gets, if any (counted under faults.*).
    std::optional<FaultRule> pickFault(const HttpRequest &req);
    // Counts the request as early or on time if an earlier answer to it said Retry-After.
    void checkRetryAfter(const QByteArray &identity, qint64 now);

    std::unique_ptr<SandboxContext> m_ctx;
    std::unique_ptr<EntraAuthorize> m_authorize;
    std::unique_ptr<EntraToken> m_token;
    std::unique_ptr<PartnerCenterApi> m_partnerCenter;
    std::unique_ptr<GraphApi> m_graph;
    std::unique_ptr<KeyVaultApi> m_vault;
    std::unique_ptr<Controls> m_controls;
    HttpServerAdapter *m_http = nullptr;
};

} // namespace PCAuth::Sandbox
