// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/accesscheckrun.h"
#include "session/consentgrantrun.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace PCAuth {

class AppServices;

/// The latest access check ("will my calls work?", AccessCheckRun) of each profile, shared
/// by every view that shows it: the Access view, the dashboard's Access column and the tray's
/// notifications. A check runs with the settings' warning window and concurrency; at most one
/// per profile at a time.
///
/// Reports live for the app's run only: they hold customer names and relationship ids, which
/// are cheap to read again and not worth a file. A removed profile's report is dropped.
class AccessMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessMonitor)
public:
    explicit AccessMonitor(AppServices &services, QObject *parent = nullptr);
    ~AccessMonitor() override;

    /// The profile's last finished report, or nullptr. A cancelled check keeps the report
    /// before it; only without one does it leave what it learnt. The pointer is valid until
    /// the next reportChanged().
    const AccessReport *report(const QString &profileId) const;
    /// Profiles with a report, in no order.
    QStringList reportedProfiles() const { return m_reports.keys(); }
    bool isChecking(const QString &profileId) const;
    bool isCheckingAny() const;

    /// Starts the profile's access check; nothing when one runs for it (or no such profile).
    /// `customers`: also check the app's consent in each customer tenant (a token there).
    void check(const QString &profileId, bool customers = true);
    /// Checks every profile, side by side.
    void checkAll(bool customers = true);
    /// Stops the profile's check (checkFinished() follows); the previous report stays, or,
    /// without one, what the check learnt becomes the report (reportChanged()).
    void cancel(const QString &profileId);
    void cancelAll();

    /// Folds a Grant consent's outcome into the profile's report: each customer's consent as
    /// the re-check found it (when it ran), so that the views show the fixed customers without
    /// checking everything again.
    void applyConsentResults(const QString &profileId, const QList<ConsentGrantResult> &results);

Q_SIGNALS:
    void checkStarted(const QString &profileId);
    /// Customer tenants checked so far, of `total`.
    void progress(const QString &profileId, int done, int total);
    /// The profile's report is new, changed (consent results) or gone (profile removed).
    void reportChanged(const QString &profileId);
    /// isChecking() turned false for the profile (after its reportChanged()).
    void checkFinished(const QString &profileId);

private:
    void profilesChanged();

    AppServices &m_services;
    QHash<QString, AccessReport> m_reports;
    QHash<QString, QPointer<AccessCheckRun>> m_runs;
};

} // namespace PCAuth
