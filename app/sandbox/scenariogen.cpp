// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "scenario.h"

#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace PCAuth::Sandbox {

namespace {

QString guidFrom(QRandomGenerator &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (auto &b : bytes)
        b = char(rng.bounded(256));
    bytes[6] = char((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

// Deterministic GDAP relationships for generated customer number `i`: most are active for
// months, every twentieth ends within a month, some expired or awaiting approval, a few have
// none (so a 2,000-customer check meets every case).
void addGeneratedRelationship(Scenario &s, const Tenant &t, int i, const QDateTime &now)
{
    if (i % 50 == 17)
        return;
    const QUuid ns = QUuid::fromString(t.id);
    GdapRelationship r;
    r.id = QUuid::createUuidV5(ns, u"gdap-a:0"_s).toString(QUuid::WithoutBraces) + u'-'
           + QUuid::createUuidV5(ns, u"gdap-b:0"_s).toString(QUuid::WithoutBraces);
    r.customerTenantId = t.id;
    r.displayName = u"GDAP %1"_s.arg(t.name);
    r.roles = {u"88d8e3e3-8f55-4a1e-953a-9b9898b8876b"_s, u"fe930be7-5e62-47db-91af-98c3a49a38b1"_s,
               u"4d6ac14f-3453-41d0-bef9-a3e0c569773a"_s};
    if (i % 7 == 0)
        r.roles.append(QLatin1String(GlobalAdministratorRole));
    else if (i % 2 == 0)
        r.autoExtendDuration = u"P180D"_s;
    r.created = now.addDays(-(30 + i % 300));
    r.status = u"active"_s;
    if (i % 20 == 15) {
        r.status = u"approvalPending"_s;
        r.created = now.addDays(-(i % 60));
    } else {
        r.activated = r.created.addDays(1);
        r.end = now.addDays(i % 20 == 5 ? 2 + i % 27 : 60 + i % 600);
        if (i % 20 == 11) {
            r.status = u"expired"_s;
            r.end = now.addDays(-(1 + i % 40));
        }
    }
    r.modified = r.activated.isValid() ? r.activated : r.created;
    for (const SecurityGroup &g : s.groups) {
        if (g.displayName == QLatin1String(AdminAgentsGroupName) || !r.activated.isValid())
            continue;
        r.assignments.append(
            {QUuid::createUuidV5(ns, u"assignment:0"_s).toString(QUuid::WithoutBraces), g.id,
             u"active"_s, r.roles, r.modified, r.modified});
        break;
    }
    s.relationships.append(r);
}

} // namespace

void Scenario::addGeneratedCustomers(int count)
{
    static const char *const adjectives[] = {
        "Amber", "Bright",  "Cedar",   "Delta", "Ember", "Fjord",  "Granite", "Harbor",
        "Iris",  "Juniper", "Kestrel", "Lumen", "Maple", "Nimbus", "Onyx",    "Pine"};
    static const char *const nouns[] = {"Analytics",   "Bakery",    "Clinic", "Dynamics",
                                        "Engineering", "Foods",     "Garage", "Holdings",
                                        "Industries",  "Logistics", "Media",  "Outfitters"};
    // One generator per call from the scenario seed: the same N always yields the same
    // customers, whatever else the scenario holds.
    QRandomGenerator rng(seed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList allApps;
    for (const auto &a : apps)
        allApps.append(a.appId);
    for (int i = 1; i <= count; ++i) {
        Tenant t;
        t.id = guidFrom(rng);
        const QString adjective = QString::fromLatin1(adjectives[rng.bounded(16)]);
        const QString noun = QString::fromLatin1(nouns[rng.bounded(12)]);
        t.name = u"%1 %2 %3"_s.arg(adjective, noun).arg(i, 4, 10, QLatin1Char('0'));
        t.domain = u"%1%2%3.onmicrosoft.com"_s.arg(adjective.toLower(), noun.toLower())
                       .arg(i, 4, 10, QLatin1Char('0'));
        t.requireMfa = true;
        if (i % 8 != 0) // every eighth generated customer has not consented to any app
            t.consentedApps = allApps;
        addGeneratedRelationship(*this, t, i, now);
        customers.append(t);
    }
}

} // namespace PCAuth::Sandbox
