// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// The sandbox scenario's customers as the customers view and its controller should show
// them: shared by tst_customers (widgets) and tst_customerscontroller (no widget).
#pragma once

#include "guifixture.h"

#include <QLocale>

namespace PCAuth::Test {

struct SandboxCustomer
{
    QString name;
    QString domain;
    QString tenantId;
};

/// Starts the fixture with `extraCustomers` more in the scenario and, when `consent`, the demo
/// profile consented. False (with a warning) when either failed.
inline bool startCustomers(GuiFixture &fixture, int extraCustomers, bool consent)
{
    const QString problem = fixture.start(extraCustomers);
    if (!problem.isEmpty()) {
        qWarning("fixture: %s", qPrintable(problem));
        return false;
    }
    if (consent && !fixture.consent(fixture.demoProfile()).ok) {
        qWarning("consent failed");
        return false;
    }
    return true;
}

inline QList<SandboxCustomer> scenarioCustomers(GuiFixture &fixture)
{
    QList<SandboxCustomer> out;
    for (const Sandbox::Tenant &t : std::as_const(fixture.sandbox().scenario.customers))
        out.append({t.name, t.domain, t.id});
    return out;
}

/// The names the live filter keeps for `typed`: name, domain or tenant id, any case.
inline QStringList filtered(const QList<SandboxCustomer> &all, const QString &typed)
{
    QStringList names;
    for (const SandboxCustomer &e : all) {
        if (e.name.contains(typed, Qt::CaseInsensitive)
            || e.domain.contains(typed, Qt::CaseInsensitive)
            || e.tenantId.contains(typed, Qt::CaseInsensitive))
            names << e.name;
    }
    return names;
}

/// The live filter's cases: QTest data rows with a "query" column.
inline void addFilterQueries()
{
    QTest::addColumn<QString>("query");
    QTest::addRow("name, other case") << u"NORTHWIND"_s;
    QTest::addRow("part of a name") << u"coffee"_s;
    QTest::addRow("domain") << u".onmicrosoft.com"_s;
    QTest::addRow("tenant id") << u"-4"_s;
    QTest::addRow("nothing matches") << u"zzqq"_s;
}

/// The access checks' cases: QTest data rows with "customer", the "label" and "statusId" its
/// Access column shows, and a "fault" on the Graph call (none for the scenario's own answer).
inline void addAccessChecks(bool withGraphFaults)
{
    QTest::addColumn<QString>("customer");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("statusId");
    QTest::addColumn<QJsonObject>("fault");
    QTest::addRow("consented") << u"Fabrikam"_s << u"OK"_s << u"ok"_s << QJsonObject();
    QTest::addRow("no consent") << u"Wide World Importers"_s << u"Consent missing"_s
                                << u"consent-missing"_s << QJsonObject();
    if (!withGraphFaults)
        return;
    QTest::addRow("Graph 403") << u"Fabrikam"_s << u"No access"_s << u"no-access"_s
                               << QJsonObject{{u"path"_s, u"/graph/"_s},
                                              {u"status"_s, 403},
                                              {u"times"_s, -1}};
    QTest::addRow("Graph 429 after retries") << u"Fabrikam"_s << u"Throttled"_s << u"throttled"_s
                                             << QJsonObject{{u"path"_s, u"/graph/"_s},
                                                            {u"status"_s, 429},
                                                            {u"retryAfter"_s, 1},
                                                            {u"times"_s, -1}};
}

/// Adds "Second partner", a public-client copy of the demo profile without a refresh token.
inline Expected<Profile> addSecondProfile(GuiFixture &fixture)
{
    Profile second = fixture.demoProfile();
    second.name = u"Second partner"_s;
    second.clientId = PublicAppId;
    second.credential = CredentialKind::None;
    return fixture.services->profiles().add(second);
}

/// "1,234 of 5,000 customers": shown of loaded.
inline QString countText(int shown, int total)
{
    return u"%1 of %2 customers"_s.arg(QLocale().toString(shown), QLocale().toString(total));
}

/// Adds `fault` to the sandbox's faults; false when the sandbox refused it.
inline bool addFault(GuiFixture &fixture, const QJsonObject &fault)
{
    const auto reply = fixture.client->postJson(u"/_sandbox/faults"_s,
                                                QJsonObject{{u"faults"_s, QJsonArray{fault}}});
    if (reply.status != 200 && reply.status != 204)
        qWarning("the sandbox answered %d to a fault", reply.status);
    return reply.status == 200 || reply.status == 204;
}

} // namespace PCAuth::Test
