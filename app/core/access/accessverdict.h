// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace PCAuth {

/// How much a finding matters, in the order of severity.
enum class AccessStatus {
    Ok, // the call will work
    Unknown, // could not be told (no answer, no evidence)
    Warning, // works today, needs attention (expiring, not proven)
    Problem // the call fails, or will at once
};

/// Stable ids for JSON: "ok", "unknown", "warning", "problem".
QString accessStatusId(AccessStatus status);
/// Translatable display text.
QString accessStatusLabel(AccessStatus status);
/// The worse of the two.
AccessStatus worse(AccessStatus a, AccessStatus b);

/// One finding of the access checks: what was found, in plain words, what to do about it,
/// and the evidence behind it (ids, dates, the request made), so that a partner admin can
/// verify it or quote it to support.
struct AccessVerdict
{
    /// Stable id of the rule, e.g. "gdap-expiring", "consent", "secret-expiring".
    QString check;
    AccessStatus status = AccessStatus::Unknown;
    QString reason; // one sentence
    QString action; // empty when nothing needs doing
    QJsonObject evidence; // "request", ids, dates (ISO 8601)

    QJsonObject toJson() const;
};

/// The worst status of `verdicts`; Ok for none.
AccessStatus worstStatus(const QList<AccessVerdict> &verdicts);

/// Whole days from `now` until `end`, rounded up: "ends in 5 days" stays 5 until fewer than
/// 4 days are left; negative once `end` has passed.
int daysUntil(const QDateTime &now, const QDateTime &end);

/// ISO 8601 in UTC ("2026-12-07T10:00:00Z"), empty for an invalid date.
QString isoDate(const QDateTime &when);
/// Reads Graph's and Partner Center's date-times ("…Z", with or without fractions).
QDateTime parseServiceDate(const QString &text);

/// The translation context of the access checks.
class AccessText
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::Access)
};

} // namespace PCAuth
