// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "httpadapter.h"
#include "sandboxstate.h"

namespace PCAuth::Sandbox {

// /authorize and its HTML forms: sign-in (login, passwd), MFA (otc), consent (consent=accept or
// cancel), then a 302 to the redirect URI. Plain POST forms that work without JavaScript; every
// form and input has a stable id for the GUI's end-to-end test. The state between forms lives
// here, keyed by a random form token (hidden field `flowToken`).
class EntraAuthorize final
{
public:
    explicit EntraAuthorize(SandboxContext &ctx);

    // GET /{tenant}/oauth2[/v2.0]/authorize
    HttpResponse start(const HttpRequest &req, const QString &segment, int version);
    // POST /{tenant}/login: any of the three forms
    HttpResponse submit(const HttpRequest &req);

    // True when `requested` matches a registered URI: exactly, or for an http loopback URI
    // (localhost/127.0.0.1) with any port, as Entra allows.
    static bool redirectUriAllowed(const QStringList &registered, const QString &requested);

private:
    HttpResponse validateAndStart(const HttpRequest &req, const QString &segment,
                                  const AuthRequest &ar);
    HttpResponse onLogin(const QString &token, SignInFlow &flow, const QUrlQuery &form);
    HttpResponse onMfa(const QString &token, SignInFlow &flow, const QUrlQuery &form);
    HttpResponse onConsent(const QString &token, SignInFlow &flow, const QUrlQuery &form);
    HttpResponse afterAuthentication(const QString &token, SignInFlow &flow);
    HttpResponse issueCode(const QString &token, const SignInFlow &flow);

    HttpResponse errorPage(int code, const QString &message);
    HttpResponse redirectError(const AuthRequest &ar, const QString &error, int code,
                               const QString &message);
    HttpResponse loginPage(const QString &token, const SignInFlow &flow, const QString &login,
                           int errorCode, const QString &error);
    HttpResponse mfaPage(const QString &token, const SignInFlow &flow, int errorCode,
                         const QString &error);
    HttpResponse consentPage(const QString &token, const SignInFlow &flow);

    SandboxContext &m_ctx;
};

} // namespace PCAuth::Sandbox
