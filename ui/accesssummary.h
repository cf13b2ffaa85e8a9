// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/accesscheckrun.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace PCAuth {

/// What the views make of an AccessReport in a few words: the dashboard's Access column and
/// the tray's notices read the same items and the same short texts. Widget-free.

/// One finding of a report, with what it is about.
struct AccessItem
{
    /// Stable and free of secrets: "<profile id>/<check>/<subject>", the subject being the
    /// relationship id, the credential's key id or the customer tenant (empty when the check
    /// has none).
    QString key;
    /// Whom it concerns, for a person: the customer's name, else the profile's.
    QString subject;
    /// The customer tenant for a customer's finding; empty for the partner's.
    QString tenantId;
    AccessVerdict verdict;
};

/// Every verdict of the report (the partner's, then each customer's GDAP and consent), the
/// worst first (a stable order among equals).
QList<AccessItem> accessItems(const AccessReport &report);

/// A verdict in a few words for a narrow column or a notification ("GDAP ends in 5 days",
/// "The app is not consented"); its reason for checks without a short form.
QString accessHeadline(const AccessVerdict &verdict);

/// Which finding sums up a report: the one rule of the dashboard's Access column and the
/// Access view's profile list. A finding about the sign-in itself (Partner Center refusing its
/// MFA, a user outside Admin Agents, the redirect URI, the app, its grants) of at least a
/// warning comes first: it decides every call, and the customers' findings follow from it.
/// Else the worst finding, the profile's before a customer's of the same status. The pointers
/// point into the report.
struct ReportHeadline
{
    /// The profile's most telling finding that is not Ok (a root cause first, then the
    /// worst); null when all of them passed.
    const AccessVerdict *partner = nullptr;
    /// The first customer of the worst status that is not Ok, and its worst finding.
    const CustomerAccess *customer = nullptr;
    const AccessVerdict *customerVerdict = nullptr;
    /// Customers of that status, `customer` included; customers with a warning or a problem.
    int customersAtWorst = 0;
    int customersNeedingAttention = 0;
    /// The customer's finding is the headline, the profile's comes second.
    bool customerFirst = false;

    /// The headline finding; null when every check passed.
    const AccessVerdict *verdict() const { return customerFirst ? customerVerdict : partner; }
};
ReportHeadline reportHeadline(const AccessReport &report);

/// One cell of the Access column.
struct AccessCell
{
    bool checked = false; // false: no report, or the customer was not in it
    AccessStatus status = AccessStatus::Unknown;
    QString text; // "Warning: GDAP ends in 5 days"; "Not checked"
    QString headline; // the text without the status
    QString toolTip; // the findings that need attention: reason and what to do
};

/// The profile's row: the worst status of the whole report and what it is about ("2
/// customers need attention"). `report` may be null (never checked).
AccessCell profileAccessCell(const AccessReport *report);
/// A customer's row: its status and its worst finding, matched by tenant id.
AccessCell customerAccessCell(const AccessReport *report, const QString &tenantId);

/// The translation context of these texts.
class AccessSummary
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::AccessSummary)
};

} // namespace PCAuth
