// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "accessnotices.h"

#include "accessmonitor.h"
#include "accesssummary.h"
#include "appsettings.h"
#include "support/clock.h"

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// Items named in a notice's message; the rest are counted.
constexpr int NamedItems = 3;
/// Ledger entries older than this many days are dropped.
constexpr int KeepDays = 7;

} // namespace

AccessNotices::AccessNotices(AccessMonitor &monitor, AppSettings &settings, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_settings(settings)
    , m_clock(clock)
{
    connect(&monitor, &AccessMonitor::reportChanged, this, &AccessNotices::evaluate);
}

AccessNotices::~AccessNotices() = default;

void AccessNotices::evaluate(const QString &profileId)
{
    const AccessReport *report = m_monitor.report(profileId);
    if (!report)
        return;
    const QDate today = m_clock.now().toLocalTime().date();
    QHash<QString, QDate> ledger = loadLedger();
    bool pruned = false;
    for (auto it = ledger.begin(); it != ledger.end();) {
        const bool old = it.value().daysTo(today) > KeepDays;
        pruned = pruned || old;
        it = old ? ledger.erase(it) : std::next(it);
    }
    QList<AccessItem> fresh;
    for (const AccessItem &item : accessItems(*report)) {
        if (item.verdict.status < AccessStatus::Warning || ledger.value(item.key) == today)
            continue;
        ledger.insert(item.key, today);
        fresh.append(item);
    }
    // What is about to break comes first, soonest first: there is still time to act on it
    // (the warning window is why the notice exists). Then what is broken, worst first.
    const auto deadline = [](const AccessItem &item) {
        const int days = item.verdict.evidence.value("daysLeft"_L1).toInt();
        return days > 0 ? days : std::numeric_limits<int>::max();
    };
    std::stable_sort(fresh.begin(), fresh.end(), [&](const AccessItem &a, const AccessItem &b) {
        return deadline(a) < deadline(b);
    });
    QStringList named;
    for (const AccessItem &item : fresh.mid(0, NamedItems))
        named.append(u"%1: %2"_s.arg(item.subject, accessHeadline(item.verdict)));
    if (!fresh.isEmpty() || pruned)
        saveLedger(ledger);
    if (fresh.isEmpty())
        return;
    const int count = int(fresh.size());
    QString message = named.join(u"; "_s);
    if (count > NamedItems)
        message = tr("%1; and %n more", nullptr, count - NamedItems).arg(message);
    Q_EMIT notice(profileId, tr("Access: %n items need attention", nullptr, count), message);
}

QHash<QString, QDate> AccessNotices::loadLedger() const
{
    QHash<QString, QDate> ledger;
    for (const QString &entry : m_settings.accessNoticeLedger()) {
        // "<yyyy-MM-dd> <item key>"
        const QDate day = QDate::fromString(entry.section(u' ', 0, 0), Qt::ISODate);
        const QString key = entry.section(u' ', 1);
        if (day.isValid() && !key.isEmpty())
            ledger.insert(key, day);
    }
    return ledger;
}

void AccessNotices::saveLedger(const QHash<QString, QDate> &ledger)
{
    QStringList entries;
    for (auto it = ledger.cbegin(); it != ledger.cend(); ++it)
        entries.append(it.value().toString(Qt::ISODate) + u' ' + it.key());
    entries.sort();
    m_settings.setAccessNoticeLedger(entries);
}

} // namespace PCAuth
