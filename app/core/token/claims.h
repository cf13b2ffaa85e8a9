// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "support/clock.h"
#include "token/jwt.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace PCAuth {

/// One line of the token inspector (GUI table, `pcauthctl inspect`). Built here, not in the
/// views, so the CLI and the GUI say exactly the same thing about a claim.
struct ClaimRow
{
    QString name; ///< "upn"
    QString label; ///< "User principal name"; the claim name itself for unknown claims
    /// Display text: strings as is, arrays joined with ", ", times as
    /// "2026-11-27 05:17:00 UTC (in 42 min)" relative to the clock, objects as compact JSON.
    QString value;
    /// One or two plain sentences for a partner admin; empty for unknown claims.
    QString explanation;
};

/// Known claims first in a fixed useful order (who the token is for, who it acts as, what it
/// may do, how the user signed in, when it is valid, then Entra's internal claims), then the
/// rest alphabetically with an empty explanation.
QList<ClaimRow> explainClaims(const Jwt &jwt, const Clock &clock);

/// Plain-language explanation of a claim name, empty when unknown.
QString explainClaim(QStringView name);

/// Short label of a known claim ("Audience" for aud), empty when unknown.
QString claimLabel(QStringView name);

/// "in 42 min", "3 h 5 min ago", "in 2 d 4 h", "in 30 s", "now": seconds relative to now.
/// Truncates to the two largest units; a zero smaller unit is left out ("in 1 h").
QString formatRelative(qint64 seconds);

/// Claim text made safe to print: control characters (a terminal escape sequence in a hostile
/// token, a NUL) and bidirectional overrides (which can make text read backwards) become
/// visible escapes such as \u001b. Line breaks are escaped too: a claim is one line.
QString displaySafe(QStringView text);

/// "2026-11-27 05:17:00 UTC (in 42 min)": the time in UTC and relative to the clock.
QString formatTime(const QDateTime &time, const Clock &clock);

} // namespace PCAuth
