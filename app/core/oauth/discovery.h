// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "support/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace PCAuth {

/// The parts of an OpenID Connect discovery document (.well-known/openid-configuration) that
/// PCAuth uses. Custom clouds and sandboxes are configured from such a document, so its
/// endpoints get the same checks as a cloud file: a token sent to a plain-http host other
/// than loopback could be read on the way, so such a document is refused rather than used.
/// Fetching the document is the network layer's job; this only reads it.
struct OpenIdConfiguration
{
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    /// Kept as text: Entra's multi-tenant documents contain the placeholder "{tenantid}",
    /// which is not a valid URL path; the id_token check substitutes it.
    QString issuer;

    /// Requires a JSON object with the strings "issuer", "authorization_endpoint",
    /// "token_endpoint" and "jwks_uri"; each endpoint must pass validateEndpoint(). Other keys
    /// are ignored. Every message names the field.
    static Expected<OpenIdConfiguration> parse(const QByteArray &json);

    Q_DECLARE_TR_FUNCTIONS(PCAuth::OpenIdConfiguration)
};

} // namespace PCAuth
