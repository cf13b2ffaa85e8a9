// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace PCAuth::Sandbox {

// The world the sandbox pretends to be: tenants, users, app registrations. Loaded from a JSON
// scenario file (the demo one is compiled in); the server mutates its own copy when test
// controls change passwords or consents.
struct Tenant
{
    QString id;
    QString name;
    QString domain; // the initial *.onmicrosoft.com domain
    QStringList extraDomains; // further verified domains
    bool partner = false;
    bool requireMfa = false; // Conditional Access: every token for this tenant needs MFA
    QStringList consentedApps; // app ids with a service principal (admin consent) here

    bool hasDomain(const QString &domain) const;
    bool consented(const QString &appId) const { return consentedApps.contains(appId); }
};

struct User
{
    QString oid;
    QString upn;
    QString displayName;
    QString tenantId;
    QString password;
    QString mfaCode; // the fixed 6-digit code the sandbox's "authenticator" shows
    bool mfaRegistered = false;
    bool enabled = true;
    QDateTime tokensValidFrom; // refresh tokens issued before this are revoked (AADSTS50173)
};

struct AppSecret
{
    QString id;
    QString hint;
    QString value;
    QDateTime expires;
};

struct AppCertificate
{
    QString description;
    QByteArray certificatePem;
    QByteArray privateKeyPem; // sandbox only: lets --describe hand clients a working key
};

struct App
{
    QString appId;
    QString name;
    bool confidential = false;
    QStringList redirectUris;
    QList<AppSecret> secrets;
    QList<AppCertificate> certificates;
    QStringList applicationPermissions; // app roles granted for app-only tokens
};

struct RateLimit
{
    int requests = 0; // 0 = unlimited
    int perSeconds = 60;
};

class Scenario final
{
public:
    // Parses a scenario document; on failure returns nullopt and a message naming the field.
    static std::optional<Scenario> fromJson(const QByteArray &json, QString *error);
    // The compiled-in demo scenario (":/sandbox/scenarios/demo.json").
    static Scenario demo();

    // Adds `count` customers generated deterministically from `seed` (same count, same ids).
    void addGeneratedCustomers(int count);

    // The effective scenario, secrets included (what --describe prints).
    QJsonObject toJson() const;

    Tenant *findTenant(const QString &idOrDomain);
    const Tenant *findTenant(const QString &idOrDomain) const;
    User *findUser(const QString &upnOrOid);
    const User *findUser(const QString &upnOrOid) const;
    const App *findApp(const QString &appId) const;
    QList<Tenant *> allTenants();

    QString name;
    quint32 seed = 1;
    Tenant partner;
    QList<Tenant> customers;
    QList<User> users;
    QList<App> apps;
    RateLimit partnerCenterRateLimit;
    QByteArray signingKeyPem; // optional; a fresh key is made at start when empty
};

} // namespace PCAuth::Sandbox
