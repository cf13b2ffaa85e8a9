// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "httpadapter.h"
#include "sandboxstate.h"

namespace PCAuth::Sandbox {

// Client authentication at the token endpoint, as Entra does it: a confidential app proves
// itself with a client_secret (form or HTTP Basic) or a client_assertion JWT signed by a
// registered certificate (signature, x5t, iss=sub=client_id, aud=token endpoint, exp <= 10 min
// ahead); a public client must send neither.
struct ClientAuthResult
{
    const App *app = nullptr;
    std::optional<HttpResponse> error; // set when authentication failed
    bool usedCertificate = false;
};

class ClientAuthenticator final
{
public:
    explicit ClientAuthenticator(SandboxContext &ctx);

    // `clientId` has already been checked to name a registered app.
    ClientAuthResult authenticate(const HttpRequest &req, const QUrlQuery &form,
                                  const QString &clientId, const QString &segment,
                                  const QString &resolvedTenantId);

    static constexpr int MaxAssertionLifetimeSeconds = 600;

private:
    std::optional<HttpResponse> checkSecret(const HttpRequest &req, const App &app,
                                            const QString &secret);
    std::optional<HttpResponse> checkAssertion(const HttpRequest &req, const QUrlQuery &form,
                                               const App &app, const QString &segment,
                                               const QString &resolvedTenantId);
    bool timeAcceptable(const QJsonObject &claims, QString *why) const;

    SandboxContext &m_ctx;
};

} // namespace PCAuth::Sandbox
