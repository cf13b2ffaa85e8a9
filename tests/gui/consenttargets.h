// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Customers of the sandbox's demo scenario as Grant consent targets, for the tests of the
// Grant consent dialog and its controller.
#pragma once

#include "guifixture.h"
#include "session/consentgrantrun.h"

namespace PCAuth::Test {

/// The customer named `name`; empty when there is none.
inline ConsentTarget consentTarget(GuiFixture &fixture, const QString &name)
{
    for (const Sandbox::Tenant &t : fixture.sandbox().scenario.customers)
        if (t.name == name)
            return ConsentTarget{t.id, t.name, false};
    return {};
}

/// The first `n` customers; `unconsentedOnly`: only those where the demo app has no admin
/// consent now.
inline QList<ConsentTarget> consentTargets(GuiFixture &fixture, int n, bool unconsentedOnly)
{
    QList<ConsentTarget> targets;
    const QString app = fixture.demoProfile().clientId;
    for (const Sandbox::Tenant &t : fixture.sandbox().scenario.customers)
        if (targets.size() < n && !(unconsentedOnly && t.consented(app)))
            targets.append(ConsentTarget{t.id, t.name, false});
    return targets;
}

} // namespace PCAuth::Test
