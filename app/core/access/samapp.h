// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "access/accessverdict.h"
#include "profiles/profile.h"
#include "support/expected.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace PCAuth {

/// One secret or certificate of the app registration, as Graph lists it (no secret value).
struct AppCredential
{
    enum class Kind { Secret, Certificate };
    Kind kind = Kind::Secret;
    QString keyId;
    QString displayName;
    QString hint; // a secret's first characters
    QString customKeyIdentifier; // a certificate's SHA-1 thumbprint (base64), when Graph has it
    QDateTime end;
};

/// GraphClient::application(): GET
/// /v1.0/applications(appId='…')?$select=passwordCredentials,keyCredentials,web,
/// publicClient,requiredResourceAccess
struct SamApplication
{
    QList<AppCredential> credentials;
    QStringList webRedirectUris;
    QStringList publicClientRedirectUris;
    QJsonArray requiredResourceAccess;

    static Expected<SamApplication> fromJson(const QJsonObject &object);
};

/// Whether the profile uses a credential: certainly (its key id or thumbprint matches), maybe
/// (the same kind, and Graph cannot tell which), or not (the other kind).
enum class CredentialUse { Used, MaybeUsed, NotUsed };
QString credentialUseId(CredentialUse use);

/// Which credential the profile uses. `keyId` is compared when known; a certificate also by
/// its thumbprint (the profile's x5t against Graph's customKeyIdentifier).
CredentialUse credentialUse(const AppCredential &credential, const Profile &profile,
                            const QString &keyId = QString());

/// One verdict per credential (expired, expiring within `warningDays`, fine), judged by
/// whether the profile uses it, and one for the profile: a confidential client with no valid
/// credential of its kind fails.
QList<AccessVerdict> evaluateCredentials(const SamApplication &app, const Profile &profile,
                                         const QDateTime &now, int warningDays,
                                         const QString &request);

/// As Entra compares them: exact, except that for an http loopback URI (localhost,
/// 127.0.0.1, [::1]) the port is ignored.
bool redirectUriMatches(const QString &registered, const QString &used);

/// Whether the profile's redirect URI is registered (web for a confidential client,
/// publicClient for a public one; either counts).
AccessVerdict evaluateRedirectUri(const SamApplication &app, const Profile &profile,
                                  const QString &request);

/// The delegated permissions granted to the app in the partner tenant
/// (GET /v1.0/servicePrincipals/{id}/oauth2PermissionGrants) against `requiredScopes`.
AccessVerdict evaluatePartnerGrants(const QJsonArray &grants, const QStringList &requiredScopes,
                                    const QString &request);

} // namespace PCAuth
