// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// An AccessTokenSource for integration tests: a real app-only token from the sandbox's token
// endpoint (client credentials with the demo web app's public test secret), cached once
// fetched. The token broker replaces it in the product.
#pragma once

#include "api/accesstokensource.h"
#include "net/httpclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUrlQuery>

namespace PCAuth::Test {

// Public test data from the sandbox's demo scenario (app/sandbox/README.md).
inline const QString DemoPartnerTenant = QStringLiteral("85e218cc-78c2-590a-af13-dac153a09623");
inline const QString DemoWebAppId = QStringLiteral("29f0cfea-cee2-512b-9f76-ab897fdcf52f");
inline const QString DemoWebAppSecret =
    QStringLiteral("Sandbox~Secret.NotASecret-0123456789abcdef");

class SandboxTokenSource final : public AccessTokenSource
{
public:
    SandboxTokenSource(HttpClient &http, const QUrl &sandbox, const QString &resource,
                       const QString &tenant = DemoPartnerTenant)
        : m_http(http)
        , m_sandbox(sandbox)
        , m_resource(resource)
        , m_tenant(tenant)
    { }

    // Hands out this text instead of fetching (an invalid token, to provoke a 401).
    void setFixedToken(const QString &token) { m_token = token; }
    // Fails every request with this message instead of fetching.
    void setFailure(const QString &message) { m_failure = message; }
    int fetches() const { return m_fetches; }

    void accessToken(QObject *context, std::function<void(const Expected<QString> &)> done) override
    {
        if (!m_failure.isEmpty()) {
            done(fail(m_failure));
            return;
        }
        if (!m_token.isEmpty()) {
            done(m_token);
            return;
        }
        ++m_fetches;
        HttpRequest request;
        request.method = "POST";
        request.url = m_sandbox;
        request.url.setPath(QLatin1Char('/') + m_tenant + QStringLiteral("/oauth2/token"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("client_credentials"));
        form.addQueryItem(QStringLiteral("client_id"), DemoWebAppId);
        form.addQueryItem(QStringLiteral("client_secret"), DemoWebAppSecret);
        form.addQueryItem(QStringLiteral("resource"), m_resource);
        request.body = form.toString(QUrl::FullyEncoded).toUtf8();
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.idempotent = true; // client credentials: a repeat just mints another token
        m_http.send(request, context, [this, done](const HttpResponse &r) {
            const QString token = QJsonDocument::fromJson(r.body)
                                      .object()
                                      .value(QLatin1String("access_token"))
                                      .toString();
            if (!r.ok() || token.isEmpty()) {
                done(fail(QStringLiteral("sandbox token endpoint: HTTP %1 %2")
                              .arg(r.status)
                              .arg(r.message)));
                return;
            }
            m_token = token;
            done(token);
        });
    }

private:
    HttpClient &m_http;
    QUrl m_sandbox;
    QString m_resource;
    QString m_tenant;
    QString m_token;
    QString m_failure;
    int m_fetches = 0;
};

} // namespace PCAuth::Test
