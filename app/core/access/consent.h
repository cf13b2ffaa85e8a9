// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "access/accessverdict.h"
#include "api/apicall.h"
#include "errors/serviceerror.h"

#include <optional>

#include <QJsonArray>
#include <QStringList>

namespace PCAuth {

/// The app's consent in one customer tenant.
enum class ConsentState {
    Consented, // a service principal and an AllPrincipals grant with every required scope
    NoServicePrincipal, // the app is unknown there (AADSTS700016, or Graph's 404)
    NoGrant, // a service principal without admin grant (AADSTS65001)
    ScopesMissing, // a grant that lacks required scopes
    NotChecked // the answers could not be had: not a consent finding
};

/// Stable ids for JSON: "consented", "no-service-principal", "no-grant", "scopes-missing",
/// "not-checked".
QString consentStateId(ConsentState state);
QString consentStateLabel(ConsentState state);

/// What was learnt about the app in one customer tenant, in the order it is learnt: the
/// delegated token (its error, when it could not be had), then
/// GraphClient::servicePrincipal(), then GraphClient::allPrincipalsGrants():
/// GET /v1.0/servicePrincipals(appId='…'), then
/// GET /v1.0/oauth2PermissionGrants?$filter=clientId eq '{spId}' and consentType eq
/// 'AllPrincipals'.
struct ConsentObservation
{
    QString appId;
    QString tenantId;
    /// Required delegated scopes (Graph names); empty: any admin grant will do.
    QStringList requiredScopes;
    /// Set when no token for the tenant could be had; `tokenError` when Entra said why.
    QString tokenFailure;
    std::optional<ServiceError> tokenError;
    std::optional<ApiResult> servicePrincipal;
    QString servicePrincipalRequest;
    std::optional<ApiResult> grants;
    QString grantsRequest;
};

struct ConsentFinding
{
    ConsentState state = ConsentState::NotChecked;
    QString servicePrincipalId;
    QStringList grantedScopes;
    QStringList missingScopes;
    AccessVerdict verdict;
};

/// The scopes of the AllPrincipals grants in a Graph list's `value` (space-separated in
/// each grant), without duplicates, in the order found.
QStringList grantedScopes(const QJsonArray &grants);

/// Judges the observation. A token refused for another reason than consent, or Graph
/// refusing to answer (401/403: the GDAP roles do not allow reading applications), is
/// NotChecked with status Unknown: a GDAP problem, not a missing consent.
ConsentFinding evaluateConsent(const ConsentObservation &observation);

} // namespace PCAuth
