// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "cloud/cloud.h"
#include "crypto/clientcertificate.h"
#include "errors/errorcatalogue.h"
#include "profiles/profile.h"
#include "support/clock.h"
#include "support/expected.h"

#include <functional>
#include <optional>
#include <utility>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace PCAuth {

class HttpClient;
struct HttpResponse;

/// How the app proves who it is at the token endpoint. Loaded from the vault for each
/// redemption and dropped afterwards; the secret and the key are never logged or put in a
/// message (this struct has no debug output on purpose).
struct ClientCredential
{
    CredentialKind kind = CredentialKind::None;
    QByteArray secret; ///< CredentialKind::Secret only
    std::optional<ClientCertificate> certificate; ///< CredentialKind::Certificate only
};

/// A successful token endpoint answer, v1 or v2. v1 sends numbers as strings and an absolute
/// `expires_on`; v2 sends numbers; both are read.
struct TokenResponse
{
    QString accessToken, refreshToken, idToken, tokenType, scope, resource;
    /// now + expires_in by the injected clock (so cache renewal follows that clock), else
    /// expires_on, else the access token's exp.
    QDateTime expiresAt;

    /// A 2xx body. Fails with a message naming what is missing; never quotes the body.
    static Expected<TokenResponse> parse(const QByteArray &body, const QDateTime &now);

    Q_DECLARE_TR_FUNCTIONS(PCAuth::TokenResponse)
};

/// One redemption's outcome: a token, or an error with a message for the user.
struct TokenResult
{
    std::optional<TokenResponse> token;
    /// Set when the service answered with an error body (Entra's shape, read by the catalogue).
    std::optional<ServiceError> error;
    /// For the user: ErrorCatalogue::describe(), the transport failure, or what was wrong with
    /// a success body. Empty on success. Never contains a token, code or secret.
    QString message;
    /// No answer (timed out, connection failed): Entra decided nothing about the token sent.
    bool noAnswer = false;

    bool ok() const { return token.has_value(); }
};

/// The token endpoint grants PCAuth uses (PROTOCOL.md §2): authorization code (with PKCE),
/// refresh token (any audience, any tenant) and client credentials, v1 (`resource=`) or v2
/// (`scope=`), authenticated by a client secret, a certificate-signed client assertion
/// (aud = the token URL) or nothing (public client).
///
/// Every POST is marked retryable for HttpClient: a code is single-use, but a retried code
/// redemption only fails with a readable error; a retried refresh redemption is harmless because
/// the old refresh token stays valid after rotation (§2C).
class TokenEndpointClient final
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::TokenEndpointClient)

public:
    using Callback = std::function<void(const TokenResult &)>;

    /// `http` and `clock` must outlive the client. The clock dates expiresAt and the client
    /// assertion.
    TokenEndpointClient(HttpClient &http, const Clock &clock);

    /// `resourceOrScopes`: v1 the resource, v2 the space-separated scopes of the request.
    void redeemCode(const Cloud &cloud, const QString &tenant, Protocol protocol,
                    const QString &clientId, const ClientCredential &credential,
                    const QString &code, const QUrl &redirectUri, const QByteArray &codeVerifier,
                    const QString &resourceOrScopes, QObject *context, Callback done);
    /// `audienceResource`: a resource identifier (cloud.resource(...) or a custom URI); v2
    /// asks for "{resource}/.default offline_access", so a rotated refresh token comes back.
    void redeemRefreshToken(const Cloud &cloud, const QString &tenant, Protocol protocol,
                            const QString &clientId, const ClientCredential &credential,
                            const QString &refreshToken, const QString &audienceResource,
                            QObject *context, Callback done);
    /// App-only: v2 scope "{resource}/.default". Needs a secret or a certificate.
    void clientCredentials(const Cloud &cloud, const QString &tenant, Protocol protocol,
                           const QString &clientId, const ClientCredential &credential,
                           const QString &audienceResource, QObject *context, Callback done);

    /// "{resource}/.default". A resource ending in '/' gets "//.default", as Entra expects.
    static QString defaultScopeFor(const QString &resource);

private:
    /// Form fields in order; percent-encoded one by one (also '+', which a form reads as a
    /// space and which base64 tokens contain).
    using Form = QList<std::pair<QString, QString>>;

    void post(const Cloud &cloud, const QString &tenant, Protocol protocol, const QString &clientId,
              const ClientCredential &credential, Form form, QObject *context, Callback done);
    TokenResult interpret(const HttpResponse &response) const;

    HttpClient &m_http;
    const Clock &m_clock;
};

} // namespace PCAuth
