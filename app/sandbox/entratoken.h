// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "clientauth.h"
#include "entracommon.h"
#include "httpadapter.h"
#include "sandboxstate.h"

namespace PCAuth::Sandbox {

// POST /{tenant}/oauth2[/v2.0]/token: authorization_code (PKCE), refresh_token (rotation,
// 90-day inactivity, revocation, per-tenant consent and MFA policy) and client_credentials.
// v1 answers carry numbers as strings, v2 as numbers, exactly as Entra does.
class EntraToken final
{
public:
    explicit EntraToken(SandboxContext &ctx);

    HttpResponse handle(const HttpRequest &req, const QString &segment, int version);

    static constexpr qint64 RefreshInactivitySeconds = 90LL * 24 * 3600;

private:
    // The audience a request names (v1 resource=, v2 scope=), falling back to `fallback*`.
    struct Target
    {
        const KnownResource *resource = nullptr;
        QString scp; // short scopes for the scp claim / v1 scope
        QString v2Scope; // resource-qualified, as v2 echoes it
        bool offlineAccess = false;
        bool openid = false;
        bool isDefault = false;
    };
    struct Call
    {
        const HttpRequest *req = nullptr;
        QUrlQuery form;
        QString segment;
        int version = 2;
        const Tenant *tenant = nullptr; // null for organizations/common
        const App *app = nullptr;
    };

    std::optional<HttpResponse> resolveTarget(const Call &call, const QString &fallbackResource,
                                              const QString &fallbackScope, Target *out);
    std::optional<HttpResponse> checkCode(const Call &call, const AuthCode &code,
                                          const QString &redirectUri);
    std::optional<HttpResponse> checkRefreshToken(const Call &call, const RefreshTokenRecord &rt,
                                                  const User *user);
    HttpResponse authorizationCode(const Call &call);
    HttpResponse refreshToken(const Call &call);
    HttpResponse clientCredentials(const Call &call);
    std::optional<HttpResponse> checkTenantAccess(const Call &call, const Tenant &target,
                                                  const RefreshTokenRecord &rt, const Target &t);
    QByteArray newRefreshToken(const RefreshTokenRecord &record);
    HttpResponse success(const Call &call, const Target &t, const QByteArray &accessToken,
                         const QByteArray &refreshToken, const QByteArray &idToken);
    HttpResponse missing(const Call &call, const QString &parameter);

    SandboxContext &m_ctx;
    ClientAuthenticator m_clientAuth;
};

} // namespace PCAuth::Sandbox
