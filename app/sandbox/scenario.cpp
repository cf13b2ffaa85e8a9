// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

bool Tenant::hasDomain(const QString &d) const
{
    return domain.compare(d, Qt::CaseInsensitive) == 0
           || extraDomains.contains(d, Qt::CaseInsensitive);
}

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const auto &x : a)
        out.append(x.toString());
    return out;
}

QJsonArray toArray(const QStringList &l)
{
    QJsonArray a;
    for (const auto &s : l)
        a.append(s);
    return a;
}

bool isGuid(const QString &s)
{
    return !QUuid::fromString(s).isNull() && s.size() == 36;
}

std::optional<Tenant> parseTenant(const QJsonObject &o, const QString &where, QString *error)
{
    Tenant t;
    t.id = o.value("tenantId"_L1).toString();
    t.name = o.value("name"_L1).toString();
    t.domain = o.value("domain"_L1).toString();
    t.extraDomains = stringList(o.value("extraDomains"_L1));
    t.requireMfa = o.value("requireMfa"_L1).toBool(false);
    t.consentedApps = stringList(o.value("consentedApps"_L1));
    if (!isGuid(t.id)) {
        *error = u"%1.tenantId must be a GUID"_s.arg(where);
        return std::nullopt;
    }
    if (t.name.isEmpty() || t.domain.isEmpty()) {
        *error = u"%1 needs a name and a domain"_s.arg(where);
        return std::nullopt;
    }
    return t;
}

std::optional<User> parseUser(const QJsonObject &o, const QString &where, QString *error)
{
    User u;
    u.oid = o.value("oid"_L1).toString();
    u.upn = o.value("upn"_L1).toString();
    u.displayName = o.value("displayName"_L1).toString();
    u.password = o.value("password"_L1).toString();
    u.mfaRegistered = o.value("mfaRegistered"_L1).toBool(false);
    u.mfaCode = o.value("mfaCode"_L1).toString();
    u.enabled = o.value("enabled"_L1).toBool(true);
    if (!isGuid(u.oid) || !u.upn.contains(u'@')) {
        *error = u"%1 needs a GUID oid and a upn with '@'"_s.arg(where);
        return std::nullopt;
    }
    if (u.mfaRegistered && u.mfaCode.size() != 6) {
        *error = u"%1.mfaCode must have 6 digits when mfaRegistered is true"_s.arg(where);
        return std::nullopt;
    }
    return u;
}

std::optional<App> parseApp(const QJsonObject &o, const QString &where, QString *error)
{
    App a;
    a.appId = o.value("appId"_L1).toString();
    a.name = o.value("name"_L1).toString();
    a.confidential = o.value("type"_L1).toString() == "confidential"_L1;
    a.redirectUris = stringList(o.value("redirectUris"_L1));
    a.applicationPermissions = stringList(o.value("applicationPermissions"_L1));
    if (!isGuid(a.appId)) {
        *error = u"%1.appId must be a GUID"_s.arg(where);
        return std::nullopt;
    }
    const QJsonArray secrets = o.value("secrets"_L1).toArray();
    for (const auto &s : secrets) {
        const QJsonObject so = s.toObject();
        a.secrets.append({so.value("id"_L1).toString(), so.value("hint"_L1).toString(),
                          so.value("value"_L1).toString(),
                          QDateTime::fromString(so.value("expires"_L1).toString(), Qt::ISODate)});
    }
    const QJsonArray certs = o.value("certificates"_L1).toArray();
    for (const auto &c : certs) {
        const QJsonObject co = c.toObject();
        a.certificates.append({co.value("description"_L1).toString(),
                               co.value("certificatePem"_L1).toString().toUtf8(),
                               co.value("privateKeyPem"_L1).toString().toUtf8()});
    }
    return a;
}

QJsonObject tenantJson(const Tenant &t)
{
    return QJsonObject{
        {"tenantId"_L1, t.id},           {"name"_L1, t.name},
        {"domain"_L1, t.domain},         {"extraDomains"_L1, toArray(t.extraDomains)},
        {"requireMfa"_L1, t.requireMfa}, {"consentedApps"_L1, toArray(t.consentedApps)}};
}

} // namespace

std::optional<Scenario> Scenario::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (!doc.isObject()) {
        *error = u"scenario is not a JSON object: %1 at offset %2"_s.arg(pe.errorString())
                     .arg(pe.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    Scenario s;
    s.name = o.value("name"_L1).toString(u"custom"_s);
    s.seed = quint32(o.value("seed"_L1).toDouble(1));
    auto partner = parseTenant(o.value("partner"_L1).toObject(), u"partner"_s, error);
    if (!partner)
        return std::nullopt;
    s.partner = *partner;
    s.partner.partner = true;
    const QJsonArray customers = o.value("customers"_L1).toArray();
    for (qsizetype i = 0; i < customers.size(); ++i) {
        auto t = parseTenant(customers.at(i).toObject(), u"customers[%1]"_s.arg(i), error);
        if (!t)
            return std::nullopt;
        s.customers.append(*t);
    }
    const QJsonArray users = o.value("users"_L1).toArray();
    for (qsizetype i = 0; i < users.size(); ++i) {
        auto u = parseUser(users.at(i).toObject(), u"users[%1]"_s.arg(i), error);
        if (!u)
            return std::nullopt;
        u->tenantId = s.partner.id;
        s.users.append(*u);
    }
    const QJsonArray apps = o.value("apps"_L1).toArray();
    for (qsizetype i = 0; i < apps.size(); ++i) {
        auto a = parseApp(apps.at(i).toObject(), u"apps[%1]"_s.arg(i), error);
        if (!a)
            return std::nullopt;
        s.apps.append(*a);
    }
    const QJsonObject pc = o.value("rateLimits"_L1).toObject().value("partnerCenter"_L1).toObject();
    s.partnerCenterRateLimit.requests = pc.value("requests"_L1).toInt(0);
    s.partnerCenterRateLimit.perSeconds = std::max(1, pc.value("perSeconds"_L1).toInt(60));
    s.signingKeyPem = o.value("signingKeyPem"_L1).toString().toUtf8();
    return s;
}

Scenario Scenario::demo()
{
    QFile f(u":/sandbox/scenarios/demo.json"_s);
    QString error;
    std::optional<Scenario> s;
    if (f.open(QIODevice::ReadOnly))
        s = fromJson(f.readAll(), &error);
    Q_ASSERT_X(s, "Scenario::demo", "the compiled-in demo scenario must parse");
    return s ? *s : Scenario{};
}

QJsonObject Scenario::toJson() const
{
    QJsonArray customersJson;
    for (const auto &t : customers)
        customersJson.append(tenantJson(t));
    QJsonArray usersJson;
    for (const auto &u : users) {
        QJsonObject uo{{"oid"_L1, u.oid},
                       {"upn"_L1, u.upn},
                       {"displayName"_L1, u.displayName},
                       {"tenantId"_L1, u.tenantId},
                       {"password"_L1, u.password},
                       {"mfaRegistered"_L1, u.mfaRegistered},
                       {"enabled"_L1, u.enabled}};
        if (u.mfaRegistered)
            uo.insert("mfaCode"_L1, u.mfaCode);
        usersJson.append(uo);
    }
    QJsonArray appsJson;
    for (const auto &a : apps) {
        QJsonArray secrets;
        for (const auto &sec : a.secrets)
            secrets.append(QJsonObject{{"id"_L1, sec.id},
                                       {"hint"_L1, sec.hint},
                                       {"value"_L1, sec.value},
                                       {"expires"_L1, sec.expires.toString(Qt::ISODate)}});
        QJsonArray certs;
        for (const auto &c : a.certificates)
            certs.append(QJsonObject{{"description"_L1, c.description},
                                     {"certificatePem"_L1, QString::fromUtf8(c.certificatePem)},
                                     {"privateKeyPem"_L1, QString::fromUtf8(c.privateKeyPem)}});
        appsJson.append(
            QJsonObject{{"appId"_L1, a.appId},
                        {"name"_L1, a.name},
                        {"type"_L1, a.confidential ? u"confidential"_s : u"public"_s},
                        {"redirectUris"_L1, toArray(a.redirectUris)},
                        {"secrets"_L1, secrets},
                        {"certificates"_L1, certs},
                        {"applicationPermissions"_L1, toArray(a.applicationPermissions)}});
    }
    return QJsonObject{
        {"pcauthSandboxScenario"_L1, 1},
        {"notice"_L1, u"SANDBOX ONLY, NOT A SECRET: these credentials are public test data."_s},
        {"name"_L1, name},
        {"seed"_L1, double(seed)},
        {"partner"_L1, tenantJson(partner)},
        {"customers"_L1, customersJson},
        {"users"_L1, usersJson},
        {"apps"_L1, appsJson},
        {"rateLimits"_L1,
         QJsonObject{{"partnerCenter"_L1,
                      QJsonObject{{"requests"_L1, partnerCenterRateLimit.requests},
                                  {"perSeconds"_L1, partnerCenterRateLimit.perSeconds}}}}}};
}

Tenant *Scenario::findTenant(const QString &idOrDomain)
{
    return const_cast<Tenant *>(std::as_const(*this).findTenant(idOrDomain));
}

const Tenant *Scenario::findTenant(const QString &idOrDomain) const
{
    if (partner.id.compare(idOrDomain, Qt::CaseInsensitive) == 0 || partner.hasDomain(idOrDomain))
        return &partner;
    for (const auto &t : customers) {
        if (t.id.compare(idOrDomain, Qt::CaseInsensitive) == 0 || t.hasDomain(idOrDomain))
            return &t;
    }
    return nullptr;
}

User *Scenario::findUser(const QString &upnOrOid)
{
    return const_cast<User *>(std::as_const(*this).findUser(upnOrOid));
}

const User *Scenario::findUser(const QString &upnOrOid) const
{
    for (const auto &u : users) {
        if (u.upn.compare(upnOrOid, Qt::CaseInsensitive) == 0
            || u.oid.compare(upnOrOid, Qt::CaseInsensitive) == 0)
            return &u;
    }
    return nullptr;
}

const App *Scenario::findApp(const QString &appId) const
{
    for (const auto &a : apps) {
        if (a.appId.compare(appId, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

QList<Tenant *> Scenario::allTenants()
{
    QList<Tenant *> out{&partner};
    for (auto &t : customers)
        out.append(&t);
    return out;
}

} // namespace PCAuth::Sandbox
