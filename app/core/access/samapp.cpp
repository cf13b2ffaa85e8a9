// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "access/samapp.h"

#include "access/consent.h"

#include <QJsonObject>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

QStringList stringsOf(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        list.append(v.toString());
    return list;
}

Expected<AppCredential> credentialFrom(const QJsonObject &item, AppCredential::Kind kind)
{
    AppCredential c;
    c.kind = kind;
    c.keyId = item.value("keyId"_L1).toString().toLower();
    c.displayName = item.value("displayName"_L1).toString();
    c.hint = item.value("hint"_L1).toString();
    c.customKeyIdentifier = item.value("customKeyIdentifier"_L1).toString();
    c.end = parseServiceDate(item.value("endDateTime"_L1).toString());
    if (c.keyId.isEmpty())
        return fail(AccessText::tr("A credential of the app has no \"keyId\"."));
    if (!c.end.isValid())
        return fail(AccessText::tr("The credential %1 of the app has no valid \"endDateTime\".")
                        .arg(c.keyId));
    return c;
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host().toLower();
    return url.scheme() == "http"_L1
           && (host == "localhost"_L1 || host == "127.0.0.1"_L1 || host == "::1"_L1);
}

QString normalPath(const QUrl &url)
{
    const QString path = url.path();
    return path.isEmpty() ? u"/"_s : path;
}

QString kindLabel(AppCredential::Kind kind)
{
    return kind == AppCredential::Kind::Secret ? AccessText::tr("client secret")
                                               : AccessText::tr("certificate");
}

} // namespace

Expected<SamApplication> SamApplication::fromJson(const QJsonObject &object)
{
    SamApplication app;
    for (const QJsonValue &v : object.value("passwordCredentials"_L1).toArray()) {
        Expected<AppCredential> c = credentialFrom(v.toObject(), AppCredential::Kind::Secret);
        if (!c)
            return fail(c.error());
        app.credentials.append(c.value());
    }
    for (const QJsonValue &v : object.value("keyCredentials"_L1).toArray()) {
        Expected<AppCredential> c = credentialFrom(v.toObject(), AppCredential::Kind::Certificate);
        if (!c)
            return fail(c.error());
        app.credentials.append(c.value());
    }
    app.webRedirectUris = stringsOf(object.value("web"_L1).toObject().value("redirectUris"_L1));
    app.publicClientRedirectUris =
        stringsOf(object.value("publicClient"_L1).toObject().value("redirectUris"_L1));
    app.requiredResourceAccess = object.value("requiredResourceAccess"_L1).toArray();
    return app;
}

QString credentialUseId(CredentialUse use)
{
    switch (use) {
    case CredentialUse::Used:
        return u"used"_s;
    case CredentialUse::MaybeUsed:
        return u"maybe-used"_s;
    case CredentialUse::NotUsed:
        break;
    }
    return u"not-used"_s;
}

CredentialUse credentialUse(const AppCredential &credential, const Profile &profile,
                            const QString &keyId)
{
    const bool sameKind = (credential.kind == AppCredential::Kind::Secret
                           && profile.credential == CredentialKind::Secret)
                          || (credential.kind == AppCredential::Kind::Certificate
                              && profile.credential == CredentialKind::Certificate);
    if (!sameKind)
        return CredentialUse::NotUsed;
    if (!keyId.isEmpty())
        return credential.keyId == keyId.toLower() ? CredentialUse::Used : CredentialUse::NotUsed;
    if (credential.kind == AppCredential::Kind::Certificate
        && !credential.customKeyIdentifier.isEmpty() && !profile.certificateThumbprint.isEmpty()) {
        const QByteArray graph = QByteArray::fromBase64(credential.customKeyIdentifier.toLatin1());
        const QByteArray mine = QByteArray::fromBase64(profile.certificateThumbprint.toLatin1(),
                                                       QByteArray::Base64UrlEncoding);
        // Graph keeps the thumbprint as bytes or as its hex text, depending on the tool that
        // uploaded the certificate.
        const bool match = graph == mine || graph.toLower() == mine.toHex();
        return match ? CredentialUse::Used : CredentialUse::NotUsed;
    }
    return CredentialUse::MaybeUsed;
}

QList<AccessVerdict> evaluateCredentials(const SamApplication &app, const Profile &profile,
                                         const QDateTime &now, int warningDays,
                                         const QString &request)
{
    QList<AccessVerdict> verdicts;
    bool anyValidOfKind = false;
    bool anyOfKind = false;
    for (const AppCredential &c : app.credentials) {
        const CredentialUse use = credentialUse(c, profile);
        const int left = daysUntil(now, c.end);
        const bool secret = c.kind == AppCredential::Kind::Secret;
        const QString name = c.displayName.isEmpty() ? c.keyId : c.displayName;
        AccessVerdict v;
        v.check = secret ? u"secret"_s : u"certificate"_s;
        v.evidence = QJsonObject{{u"keyId"_s, c.keyId},
                                 {u"displayName"_s, c.displayName},
                                 {u"endDateTime"_s, isoDate(c.end)},
                                 {u"daysLeft"_s, left},
                                 {u"use"_s, credentialUseId(use)},
                                 {u"request"_s, request}};
        if (!c.hint.isEmpty())
            v.evidence.insert(u"hint"_s, c.hint);
        if (use != CredentialUse::NotUsed) {
            anyOfKind = true;
            anyValidOfKind = anyValidOfKind || left > 0;
        }
        const QString day = c.end.toUTC().date().toString(Qt::ISODate);
        if (left <= 0) {
            v.check += u"-expired"_s;
            v.status = use == CredentialUse::Used        ? AccessStatus::Problem
                       : use == CredentialUse::MaybeUsed ? AccessStatus::Warning
                                                         : AccessStatus::Ok;
            v.reason = AccessText::tr("The %1 \"%2\" of the app expired on %3.")
                           .arg(kindLabel(c.kind), name, day);
            v.action = use == CredentialUse::NotUsed
                           ? AccessText::tr("Remove it from the app registration.")
                           : AccessText::tr("Replace the profile's credential with a valid one "
                                            "and remove the expired one from the app "
                                            "registration.");
        } else if (left <= warningDays) {
            v.check += u"-expiring"_s;
            v.status = use == CredentialUse::NotUsed ? AccessStatus::Ok : AccessStatus::Warning;
            v.reason = AccessText::tr("The %1 \"%2\" of the app expires in %n day(s), on %3; "
                                      "Microsoft sends no reminder.",
                                      nullptr, left)
                           .arg(kindLabel(c.kind), name, day);
            v.action = use == CredentialUse::NotUsed
                           ? QString()
                           : AccessText::tr("Create a new one in the app registration and "
                                            "replace the profile's credential before %1 "
                                            "(a certificate is preferable).")
                                 .arg(day);
        } else {
            v.status = AccessStatus::Ok;
            v.reason = AccessText::tr("The %1 \"%2\" of the app is valid until %3.")
                           .arg(kindLabel(c.kind), name, day);
        }
        verdicts.append(v);
    }
    if (profile.credential != CredentialKind::None && !anyValidOfKind) {
        const AppCredential::Kind kind = profile.credential == CredentialKind::Secret
                                             ? AppCredential::Kind::Secret
                                             : AppCredential::Kind::Certificate;
        verdicts.append(AccessVerdict{
            u"credential-none-valid"_s, AccessStatus::Problem,
            anyOfKind ? AccessText::tr("Every %1 of the app has expired: the profile cannot "
                                       "sign in.")
                            .arg(kindLabel(kind))
                      : AccessText::tr("The app registration has no %1, which the profile "
                                       "uses.")
                            .arg(kindLabel(kind)),
            AccessText::tr("Add a new credential to the app registration and replace the "
                           "profile's credential."),
            QJsonObject{{u"request"_s, request}}});
    }
    return verdicts;
}

bool redirectUriMatches(const QString &registered, const QString &used)
{
    const QUrl a(registered);
    const QUrl b(used);
    if (!a.isValid() || !b.isValid())
        return false;
    if (isLoopback(a) && isLoopback(b))
        return a.host().compare(b.host(), Qt::CaseInsensitive) == 0
               && normalPath(a) == normalPath(b) && a.query() == b.query();
    return registered == used;
}

AccessVerdict evaluateRedirectUri(const SamApplication &app, const Profile &profile,
                                  const QString &request)
{
    const QStringList all = app.webRedirectUris + app.publicClientRedirectUris;
    QString match;
    for (const QString &uri : all) {
        if (redirectUriMatches(uri, profile.redirectUri)) {
            match = uri;
            break;
        }
    }
    AccessVerdict v;
    v.check = u"redirect-uri"_s;
    v.evidence = QJsonObject{{u"profileRedirectUri"_s, profile.redirectUri},
                             {u"registered"_s, QJsonArray::fromStringList(all)},
                             {u"request"_s, request}};
    if (!match.isEmpty()) {
        v.status = AccessStatus::Ok;
        v.reason = AccessText::tr("The redirect URI %1 is registered (as %2).")
                       .arg(profile.redirectUri, match);
        return v;
    }
    v.status = AccessStatus::Problem;
    v.reason = AccessText::tr("The redirect URI %1 is not registered for the app: the partner "
                              "consent fails with AADSTS50011.")
                   .arg(profile.redirectUri);
    v.action =
        AccessText::tr("Add %1 to the app registration's redirect URIs (%2 platform).")
            .arg(profile.redirectUri,
                 profile.credential == CredentialKind::None ? u"Mobile and desktop"_s : u"Web"_s);
    return v;
}

AccessVerdict evaluatePartnerGrants(const QJsonArray &grants, const QStringList &requiredScopes,
                                    const QString &request)
{
    const QStringList granted = grantedScopes(grants);
    QStringList missing;
    for (const QString &scope : requiredScopes) {
        if (!granted.contains(scope, Qt::CaseInsensitive))
            missing.append(scope);
    }
    AccessVerdict v;
    v.check = u"partner-grants"_s;
    v.evidence = QJsonObject{{u"grantedScopes"_s, QJsonArray::fromStringList(granted)},
                             {u"requiredScopes"_s, QJsonArray::fromStringList(requiredScopes)},
                             {u"request"_s, request}};
    if (missing.isEmpty()) {
        v.status = AccessStatus::Ok;
        v.reason = AccessText::tr("The app's delegated permissions are granted in the partner "
                                  "tenant (%1).")
                       .arg(granted.join(u' '));
        return v;
    }
    v.status = AccessStatus::Problem;
    v.evidence.insert(u"missingScopes"_s, QJsonArray::fromStringList(missing));
    v.reason = AccessText::tr("Delegated permissions not granted in the partner tenant: %1.")
                   .arg(missing.join(u", "_s));
    v.action = AccessText::tr("Grant admin consent for the app in the partner tenant (Entra "
                              "admin center, App registrations, API permissions).");
    return v;
}

} // namespace PCAuth
