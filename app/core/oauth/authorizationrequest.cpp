// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "oauth/authorizationrequest.h"

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

using Item = std::pair<QByteArray, QByteArray>;

/// key=value&key=value with everything but RFC 3986 unreserved characters percent-encoded.
/// QUrlQuery would leave '+' alone, which servers read as a space (a login hint such as
/// admin+csp@contoso.com would arrive changed).
QString encodeQuery(const std::vector<Item> &items)
{
    QByteArray query;
    for (const Item &item : items) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(QString::fromUtf8(item.first)) + '='
                 + item.second.toPercentEncoding();
    }
    return QString::fromLatin1(query);
}

} // namespace

QString AuthorizationRequest::validate() const
{
    const QString tenantProblem = Cloud::validateTenant(tenant);
    if (!tenantProblem.isEmpty())
        return tenantProblem;
    if (clientId.trimmed().isEmpty())
        return tr("The application (client) id is empty.");
    if (!redirectUri.isValid() || redirectUri.isRelative() || redirectUri.host().isEmpty())
        return tr("The redirect URI \"%1\" is not an absolute URL with a host.")
            .arg(redirectUri.toDisplayString());
    if (redirectUri.hasFragment())
        return tr("The redirect URI must not contain a fragment (#...).");
    if (protocol == Protocol::V1 && resource.trimmed().isEmpty())
        return tr("The resource is empty: a v1 sign-in needs the audience (resource).");
    if (protocol == Protocol::V2 && scopes.isEmpty())
        return tr("The scope list is empty: a v2 sign-in needs at least one scope.");
    if (state.isEmpty())
        return tr("The state is empty: it is needed to recognise the answer of this sign-in.");
    if (nonce.isEmpty())
        return tr("The nonce is empty: it is needed to check the id_token.");
    if (pkce.challenge.isEmpty() || pkce.verifier.isEmpty())
        return tr("The PKCE pair is empty: the code could be redeemed by anyone who sees it.");
    return {};
}

QUrl AuthorizationRequest::url() const
{
    if (!validate().isEmpty())
        return {};
    QUrl result = cloud.authorizeUrl(tenant, protocol);
    if (result.isEmpty())
        return {};
    std::vector<Item> items{
        {"client_id"_ba, clientId.trimmed().toUtf8()},
        {"response_type"_ba, "code"_ba},
        {"redirect_uri"_ba, redirectUri.toString(QUrl::FullyEncoded).toUtf8()},
        {"response_mode"_ba, "query"_ba},
    };
    if (protocol == Protocol::V1) {
        items.emplace_back("resource"_ba, resource.toUtf8());
        // The nonce below is about an id_token, which OpenID Connect asks for with openid.
        items.emplace_back("scope"_ba, "openid"_ba);
    } else {
        items.emplace_back("scope"_ba, scopes.join(QLatin1Char(' ')).toUtf8());
    }
    items.emplace_back("state"_ba, state);
    items.emplace_back("nonce"_ba, nonce);
    items.emplace_back("code_challenge"_ba, pkce.challenge);
    items.emplace_back("code_challenge_method"_ba, "S256"_ba);
    items.emplace_back("prompt"_ba, "login"_ba);
    if (requireMfa)
        items.emplace_back("amr_values"_ba, "mfa"_ba);
    if (!loginHint.trimmed().isEmpty())
        items.emplace_back("login_hint"_ba, loginHint.trimmed().toUtf8());
    result.setQuery(encodeQuery(items), QUrl::StrictMode);
    return result;
}

AuthorizationRequest
AuthorizationRequest::forPartnerConsent(const Cloud &cloud, const QString &tenant,
                                        const QString &clientId, const QUrl &redirectUri,
                                        Protocol protocol, const QString &loginHint)
{
    AuthorizationRequest request;
    request.cloud = cloud;
    request.tenant = tenant;
    request.clientId = clientId;
    request.redirectUri = redirectUri;
    request.protocol = protocol;
    request.resource = cloud.resource(Service::PartnerCenter);
    request.scopes = QStringList{cloud.delegatedScope(Service::PartnerCenter), u"offline_access"_s,
                                 u"openid"_s, u"profile"_s};
    request.requireMfa = true;
    request.loginHint = loginHint;
    request.state = randomToken();
    request.nonce = randomToken();
    request.pkce = Pkce::generate();
    return request;
}

} // namespace PCAuth
