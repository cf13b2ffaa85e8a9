// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "access/consent.h"

#include "errors/errorcatalogue.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

QString grantAction()
{
    return AccessText::tr("Grant consent from Partner Center (pcauthctl access grant-consent, "
                          "or the Customers view), or ask an administrator of the customer to "
                          "grant admin consent.");
}

void addIds(QJsonObject &evidence, const QString &key, const ApiResult &result,
            const QString &request)
{
    evidence.insert(key, QJsonObject{{u"request"_s, request},
                                     {u"status"_s, result.status},
                                     {u"requestId"_s, result.requestId}});
}

} // namespace

QString consentStateId(ConsentState state)
{
    switch (state) {
    case ConsentState::Consented:
        return u"consented"_s;
    case ConsentState::NoServicePrincipal:
        return u"no-service-principal"_s;
    case ConsentState::NoGrant:
        return u"no-grant"_s;
    case ConsentState::ScopesMissing:
        return u"scopes-missing"_s;
    case ConsentState::NotChecked:
        break;
    }
    return u"not-checked"_s;
}

QString consentStateLabel(ConsentState state)
{
    switch (state) {
    case ConsentState::Consented:
        return AccessText::tr("Consented");
    case ConsentState::NoServicePrincipal:
        return AccessText::tr("App not in tenant");
    case ConsentState::NoGrant:
        return AccessText::tr("No admin consent");
    case ConsentState::ScopesMissing:
        return AccessText::tr("Permissions missing");
    case ConsentState::NotChecked:
        break;
    }
    return AccessText::tr("Not checked");
}

QStringList grantedScopes(const QJsonArray &grants)
{
    QStringList scopes;
    for (const QJsonValue &g : grants) {
        const QJsonObject grant = g.toObject();
        if (grant.value("consentType"_L1).toString(u"AllPrincipals"_s) != "AllPrincipals"_L1)
            continue;
        const QStringList parts =
            grant.value("scope"_L1).toString().split(u' ', Qt::SkipEmptyParts);
        for (const QString &scope : parts) {
            if (!scopes.contains(scope, Qt::CaseInsensitive))
                scopes.append(scope);
        }
    }
    return scopes;
}

ConsentFinding evaluateConsent(const ConsentObservation &o)
{
    ConsentFinding f;
    AccessVerdict &v = f.verdict;
    v.check = u"consent"_s;
    v.evidence = QJsonObject{{u"appId"_s, o.appId}, {u"tenantId"_s, o.tenantId}};
    if (!o.tokenFailure.isEmpty()) {
        const int code = o.tokenError ? o.tokenError->aadsts : 0;
        v.evidence.insert(u"token"_s, o.tokenFailure);
        if (code == 65001 || code == 90099) {
            f.state = ConsentState::NoGrant;
            v.status = AccessStatus::Problem;
            v.reason = AccessText::tr("The app has no admin consent in this customer tenant "
                                      "(AADSTS%1).")
                           .arg(code);
            v.action = grantAction();
        } else if (code == 700016) {
            f.state = ConsentState::NoServicePrincipal;
            v.status = AccessStatus::Problem;
            v.reason = AccessText::tr("The app does not exist in this customer tenant "
                                      "(AADSTS700016).");
            v.action = grantAction();
        } else {
            f.state = ConsentState::NotChecked;
            v.status = AccessStatus::Unknown;
            v.reason = AccessText::tr("Consent not checked: no token for this tenant (%1).")
                           .arg(o.tokenFailure.section(u'\n', 0, 0));
            if (o.tokenError)
                v.action = ErrorCatalogue::advise(*o.tokenError).action;
        }
        return f;
    }
    if (!o.servicePrincipal) {
        v.status = AccessStatus::Unknown;
        v.reason = AccessText::tr("Consent not checked.");
        return f;
    }
    const ApiResult &sp = *o.servicePrincipal;
    addIds(v.evidence, u"servicePrincipal"_s, sp, o.servicePrincipalRequest);
    if (!sp.ok()) {
        if (sp.status == 404) {
            f.state = ConsentState::NoServicePrincipal;
            v.status = AccessStatus::Problem;
            v.reason = AccessText::tr("The app has no service principal in this customer "
                                      "tenant: it was never consented there.");
            v.action = grantAction();
        } else {
            v.status = AccessStatus::Unknown;
            v.reason =
                (sp.status == 401 || sp.status == 403)
                    ? AccessText::tr("Consent not checked: Graph refused to show the app's "
                                     "service principal (HTTP %1); the GDAP roles do not allow "
                                     "reading applications in this tenant.")
                          .arg(sp.status)
                    : AccessText::tr("Consent not checked: %1")
                          .arg(sp.errorMessage().section(u'\n', 0, 0));
        }
        return f;
    }
    f.servicePrincipalId = sp.json.object().value("id"_L1).toString();
    v.evidence.insert(u"servicePrincipalId"_s, f.servicePrincipalId);
    if (!o.grants) {
        v.status = AccessStatus::Unknown;
        v.reason = AccessText::tr("Consent not checked: the grants were not read.");
        return f;
    }
    const ApiResult &grants = *o.grants;
    addIds(v.evidence, u"grants"_s, grants, o.grantsRequest);
    if (!grants.ok()) {
        v.status = AccessStatus::Unknown;
        v.reason = AccessText::tr("Consent not checked: the grants could not be read (%1).")
                       .arg(grants.errorMessage().section(u'\n', 0, 0));
        return f;
    }
    const QJsonArray value = grants.json.object().value("value"_L1).toArray();
    f.grantedScopes = grantedScopes(value);
    v.evidence.insert(u"grantedScopes"_s, QJsonArray::fromStringList(f.grantedScopes));
    if (value.isEmpty()) {
        f.state = ConsentState::NoGrant;
        v.status = AccessStatus::Problem;
        v.reason = AccessText::tr("The app is in this customer tenant but has no admin "
                                  "consent (no AllPrincipals grant).");
        v.action = grantAction();
        return f;
    }
    for (const QString &scope : o.requiredScopes) {
        if (!f.grantedScopes.contains(scope, Qt::CaseInsensitive))
            f.missingScopes.append(scope);
    }
    if (!f.missingScopes.isEmpty()) {
        f.state = ConsentState::ScopesMissing;
        v.status = AccessStatus::Warning;
        v.evidence.insert(u"missingScopes"_s, QJsonArray::fromStringList(f.missingScopes));
        v.reason = AccessText::tr("The app's consent lacks %1.").arg(f.missingScopes.join(u", "_s));
        v.action = AccessText::tr("Grant consent again with the missing permissions (the "
                                  "existing consent is removed first).");
        return f;
    }
    f.state = ConsentState::Consented;
    v.status = AccessStatus::Ok;
    v.reason = AccessText::tr("The app is consented in this customer tenant (%1).")
                   .arg(f.grantedScopes.join(u' '));
    return f;
}

} // namespace PCAuth
