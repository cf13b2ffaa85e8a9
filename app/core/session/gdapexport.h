// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/accesscheckrun.h"

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace PCAuth {

/// One line of a report's GDAP overview: a relationship with its customer, or a customer
/// that has none ("no relationship"). The Access view's table and `pcauthctl access
/// --gdap-csv` both read these, so that the file says what the table shows.
struct GdapRow
{
    QString customerName;
    QString customerTenantId;
    /// Empty for a customer without any relationship.
    std::optional<GdapRelationship> relationship;
    /// The relationship's verdicts at `now` (evaluateRelationship()), or the customer's
    /// "no relationship" verdict.
    QList<AccessVerdict> verdicts;
    AccessStatus status = AccessStatus::Unknown;
    /// Days until the relationship ends (negative once ended); empty without an end date.
    std::optional<int> daysLeft;

    /// The reasons of the verdicts that are not Ok, else the first verdict's reason.
    QString findings() const;
};

/// Every relationship of `report`'s customers, and a row for each customer that has none.
/// Customers about which nothing could be said (the relationship list was not readable, or
/// came back empty as for a user outside Admin Agents) get no row: the profile's finding
/// explains that once, instead of one "no relationship" per customer.
QList<GdapRow> gdapRows(const AccessReport &report, const QDateTime &now);

/// gdapRows() as CSV (RFC 4180: CRLF, fields with a comma, quote or line break quoted, quotes
/// doubled), UTF-8, with a header row. Column names and status values are stable English ids
/// so that scripts can read the file whatever the app's language; dates are ISO 8601 (UTC).
QByteArray gdapCsv(const AccessReport &report, const QDateTime &now);

/// One CSV field, quoted when it needs to be.
QString csvField(const QString &text);

} // namespace PCAuth
