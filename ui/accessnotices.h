// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QHash>
#include <QObject>

namespace PCAuth {

class AccessMonitor;
class AppSettings;
class Clock;

/// The tray's notices of the access checks, without a widget: each time a profile's report
/// changes (AccessMonitor::reportChanged), the findings at Warning or Problem that were not
/// notified today (the user's local day by `clock`) make ONE notice(), naming the first few:
/// what is about to break first (soonest deadline first), then what is broken (worst first).
///
/// What was notified, and on which day, is kept in AppSettings (Key::AccessNoticeLedger) so
/// that a restart does not notify again the same day: only item keys (profile id, check,
/// relationship / credential key id / customer tenant, see AccessItem) and dates, never a
/// token or a secret. Entries older than a few days are pruned.
class AccessNotices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessNotices)
public:
    /// All three must outlive the notices.
    AccessNotices(AccessMonitor &monitor, AppSettings &settings, const Clock &clock,
                  QObject *parent = nullptr);
    ~AccessNotices() override;

    /// Looks at the profile's report now (what reportChanged() does); emits notice() when
    /// something needs attention that was not notified today.
    void evaluate(const QString &profileId);

Q_SIGNALS:
    /// "Access: 3 items need attention", "Northwind Traders: GDAP ends in 5 days; …; and 1
    /// more".
    void notice(const QString &profileId, const QString &title, const QString &message);

private:
    QHash<QString, QDate> loadLedger() const;
    void saveLedger(const QHash<QString, QDate> &ledger);

    AccessMonitor &m_monitor;
    AppSettings &m_settings;
    const Clock &m_clock;
};

} // namespace PCAuth
