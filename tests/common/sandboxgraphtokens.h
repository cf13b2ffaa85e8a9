// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Customer-tenant Graph tokens for the health-check test and the benchmarks, fetched straight
// from the in-process sandbox's token endpoint with the demo web app's public test secret and
// a delegated refresh token of the demo service account (public test data, see
// app/sandbox/README.md). The token broker does this in the product; these helpers keep the
// tests independent of its internals. Needs tests/sandbox on the include path.
#pragma once

#include "api/accesstokensource.h"
#include "cloud/cloud.h"
#include "net/httpclient.h"
#include "sandboxtest.h"
#include "session/tokenendpoint.h"
#include "support/clock.h"

#include <memory>
#include <optional>

namespace PCAuth::Test {

using namespace Qt::StringLiterals;

inline const QString HealthWebAppId = u"29f0cfea-cee2-512b-9f76-ab897fdcf52f"_s;
inline const QString HealthWebAppSecret = u"Sandbox~Secret.NotASecret-0123456789abcdef"_s;
inline const QString HealthServiceUser = u"svc-pcauth@contosopartner.onmicrosoft.com"_s;
inline const QString HealthServicePassword = u"Sandbox-Passw0rd!"_s;
inline const QString HealthServiceOtc = u"246810"_s;
inline const QString HealthPartnerTenant = u"85e218cc-78c2-590a-af13-dac153a09623"_s;

/// The sandbox as a custom cloud (GET /_sandbox/cloud.json); nullopt if it cannot be read.
inline std::optional<Cloud> sandboxCloud(SandboxTest::Client &client)
{
    const SandboxTest::Reply r = client.get(u"/_sandbox/cloud.json"_s);
    if (r.status != 200)
        return std::nullopt;
    Expected<Cloud> cloud = Cloud::fromJson(r.body);
    return cloud.ok() ? std::optional<Cloud>(cloud.value()) : std::nullopt;
}

/// Signs the service account in through the sandbox's forms (password + MFA) with the web app
/// and redeems the code: a delegated refresh token with MFA evidence, or empty.
inline QString sandboxRefreshToken(SandboxTest::Client &client)
{
    SandboxTest::SignIn s;
    s.clientId = HealthWebAppId;
    s.login = HealthServiceUser;
    s.password = HealthServicePassword;
    s.otc = HealthServiceOtc;
    const SandboxTest::SignInResult signedIn = SandboxTest::signIn(client, s);
    const QString code = SandboxTest::queryValue(signedIn.redirect, u"code"_s);
    if (code.isEmpty())
        return {};
    const SandboxTest::Reply r = client.post(
        u"/%1/oauth2/v2.0/token"_s.arg(s.tenant),
        SandboxTest::form({{u"grant_type"_s, u"authorization_code"_s},
                           {u"client_id"_s, s.clientId},
                           {u"client_secret"_s, HealthWebAppSecret},
                           {u"code"_s, code},
                           {u"redirect_uri"_s, s.redirectUri},
                           {u"code_verifier"_s, QString::fromLatin1(signedIn.pkce.verifier)}}));
    return r.json().value("refresh_token"_L1).toString();
}

inline ClientCredential sandboxWebAppCredential()
{
    ClientCredential c;
    c.kind = CredentialKind::Secret;
    c.secret = HealthWebAppSecret.toUtf8();
    return c;
}

/// A Graph token for one tenant by refresh-token redemption, fetched on first use and then
/// cached like the broker does. Failures carry TokenEndpointClient's message (the catalogue's
/// description, with the AADSTS code), as the broker passes them on.
class RefreshTokenGraphSource final : public AccessTokenSource
{
public:
    RefreshTokenGraphSource(TokenEndpointClient &endpoint, const Cloud &cloud, QString tenant,
                            QString refreshToken)
        : m_endpoint(endpoint)
        , m_cloud(cloud)
        , m_tenant(std::move(tenant))
        , m_refreshToken(std::move(refreshToken))
    { }

    int redemptions() const { return m_redemptions; }

    void accessToken(QObject *context, std::function<void(const Expected<QString> &)> done) override
    {
        if (!m_token.isEmpty()) {
            done(m_token);
            return;
        }
        ++m_redemptions;
        m_endpoint.redeemRefreshToken(m_cloud, m_tenant, Protocol::V2, HealthWebAppId,
                                      sandboxWebAppCredential(), m_refreshToken,
                                      m_cloud.resource(Service::Graph), context,
                                      [this, done](const TokenResult &result) {
                                          if (!result.ok()) {
                                              done(fail(result.message));
                                              return;
                                          }
                                          m_token = result.token->accessToken;
                                          done(m_token);
                                      });
    }

private:
    TokenEndpointClient &m_endpoint;
    const Cloud &m_cloud;
    QString m_tenant;
    QString m_refreshToken;
    QString m_token;
    int m_redemptions = 0;
};

/// Hands out what it was given: a token fetched earlier (a warm broker cache) or a failure.
class FixedTokenSource final : public AccessTokenSource
{
public:
    explicit FixedTokenSource(Expected<QString> token)
        : m_token(std::move(token))
    { }

    void accessToken(QObject *, std::function<void(const Expected<QString> &)> done) override
    {
        done(m_token);
    }

private:
    Expected<QString> m_token;
};

} // namespace PCAuth::Test
