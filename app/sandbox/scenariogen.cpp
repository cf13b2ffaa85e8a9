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
        customers.append(t);
    }
}

} // namespace PCAuth::Sandbox
