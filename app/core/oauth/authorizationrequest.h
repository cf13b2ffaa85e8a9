// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "cloud/cloud.h"
#include "oauth/pkce.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace PCAuth {

/// One interactive sign-in: everything the authorization URL carries, plus the secrets that
/// must be kept to check the answer (state), the id_token (nonce) and to redeem the code
/// (pkce.verifier).
///
/// A request is used once. forPartnerConsent() draws a fresh state, nonce and verifier every
/// time; reusing them across sign-ins would let an old answer pass for a new one.
///
/// Fixed on purpose, whatever the caller sets:
///  - response_type=code: never tokens in the URL (implicit flow).
///  - response_mode=query: the loopback receiver only sees the query; a fragment never reaches
///    an HTTP server, and form_post would need a POST handler.
///  - prompt=login: Partner Center needs a fresh sign-in with MFA, not a cached session of
///    another account.
///  - code_challenge_method=S256.
struct AuthorizationRequest
{
    Cloud cloud;
    /// A tenant id or domain, or "organizations"; checked with Cloud::validateTenant().
    QString tenant;
    QString clientId;
    QUrl redirectUri;
    Protocol protocol = Protocol::V2;
    /// v1 only: the audience, e.g. cloud.resource(Service::PartnerCenter). A v1 request also
    /// sends scope=openid: it sends a nonce, which OpenID Connect ties to the id_token that
    /// openid asks for (a strict provider refuses a nonce without it; Entra accepts both).
    QString resource;
    /// v2 only, joined with spaces, e.g. {resource}/user_impersonation offline_access openid
    /// profile.
    QStringList scopes;
    /// Adds amr_values=mfa, which asks Entra to require MFA during this sign-in.
    bool requireMfa = true;
    /// Optional: prefills the account name on the sign-in page.
    QString loginHint;
    QByteArray state;
    QByteArray nonce;
    Pkce pkce;

    /// Empty if url() can be built; else a message naming the field that is wrong.
    QString validate() const;
    /// The authorization URL to open in a browser. Empty when validate() is not empty.
    /// Every query value is fully percent-encoded (also '+', '&', '=' and non-ASCII), so what
    /// the server decodes is exactly what was set.
    QUrl url() const;

    /// The Partner Center consent of the Secure Application Model (PROTOCOL.md §2B): audience
    /// Partner Center (delegated), offline_access for a refresh token, openid profile for the
    /// id_token, MFA asked, fresh state, nonce and PKCE pair.
    static AuthorizationRequest forPartnerConsent(const Cloud &cloud, const QString &tenant,
                                                  const QString &clientId, const QUrl &redirectUri,
                                                  Protocol protocol, const QString &loginHint = {});

    Q_DECLARE_TR_FUNCTIONS(PCAuth::AuthorizationRequest)
};

} // namespace PCAuth
