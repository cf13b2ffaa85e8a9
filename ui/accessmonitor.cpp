// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "accessmonitor.h"

#include "appservices.h"

namespace PCAuth {

AccessMonitor::AccessMonitor(AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    connect(&services, &AppServices::profilesChanged, this, &AccessMonitor::profilesChanged);
}

AccessMonitor::~AccessMonitor()
{
    // The runs are children: they die with us, silently (Job: deleting the owner stops it).
    for (const QPointer<AccessCheckRun> &run : std::as_const(m_runs))
        if (run)
            run->disconnect(this);
}

const AccessReport *AccessMonitor::report(const QString &profileId) const
{
    const auto it = m_reports.constFind(profileId);
    return it == m_reports.constEnd() ? nullptr : &it.value();
}

bool AccessMonitor::isChecking(const QString &profileId) const
{
    return !m_runs.value(profileId).isNull();
}

bool AccessMonitor::isCheckingAny() const
{
    for (const QPointer<AccessCheckRun> &run : m_runs)
        if (run)
            return true;
    return false;
}

void AccessMonitor::check(const QString &profileId, bool customers)
{
    if (isChecking(profileId))
        return;
    const Expected<Profile> profile = m_services.profiles().find(profileId);
    if (!profile)
        return;
    AccessCheckOptions options;
    options.warningDays = m_services.settings().warningDays();
    options.concurrency = m_services.settings().concurrency();
    options.customers = customers;
    auto *run = new AccessCheckRun(m_services.broker(), m_services.http(), m_services.clock(),
                                   *profile, options, this);
    m_runs.insert(profileId, run);
    connect(run, &AccessCheckRun::progress, this,
            [this, profileId](int done, int total) { Q_EMIT progress(profileId, done, total); });
    connect(run, &AccessCheckRun::finished, this,
            [this, run, profileId](const AccessReport &report) {
                m_runs.remove(profileId);
                run->deleteLater();
                // A cancelled check knows only part of the answers: it does not replace a
                // complete report.
                const bool keep = run->wasCancelled() && m_reports.contains(profileId);
                if (!keep) {
                    m_reports.insert(profileId, report);
                    Q_EMIT reportChanged(profileId);
                }
                Q_EMIT checkFinished(profileId);
            });
    run->start();
    Q_EMIT checkStarted(profileId);
}

void AccessMonitor::checkAll(bool customers)
{
    const Expected<QList<Profile>> all = m_services.profiles().load();
    if (!all)
        return;
    for (const Profile &p : *all)
        check(p.id, customers);
}

void AccessMonitor::cancel(const QString &profileId)
{
    if (AccessCheckRun *run = m_runs.value(profileId))
        run->cancel();
}

void AccessMonitor::cancelAll()
{
    for (const QPointer<AccessCheckRun> &run : std::as_const(m_runs))
        if (run)
            run->cancel();
}

void AccessMonitor::applyConsentResults(const QString &profileId,
                                        const QList<ConsentGrantResult> &results)
{
    const auto it = m_reports.find(profileId);
    if (it == m_reports.end())
        return;
    bool changed = false;
    for (const ConsentGrantResult &result : results) {
        if (result.after.state == ConsentState::NotChecked && result.after.verdict.check.isEmpty())
            continue; // no re-check: what the grant said is not what Graph says
        for (CustomerAccess &row : it->customers) {
            if (row.customer.tenantId.compare(result.target.tenantId, Qt::CaseInsensitive) != 0)
                continue;
            row.consent = result.after;
            changed = true;
        }
    }
    if (changed)
        Q_EMIT reportChanged(profileId);
}

void AccessMonitor::profilesChanged()
{
    const Expected<QList<Profile>> all = m_services.profiles().load();
    if (!all)
        return;
    QStringList gone = m_reports.keys() + m_runs.keys();
    gone.removeDuplicates();
    for (const Profile &p : *all)
        gone.removeAll(p.id);
    for (const QString &id : std::as_const(gone)) {
        // A cancelled run still finishes, later: silenced, it cannot bring the report back.
        if (const QPointer<AccessCheckRun> run = m_runs.take(id)) {
            run->disconnect(this);
            run->cancel();
            run->deleteLater();
            Q_EMIT checkFinished(id);
        }
        if (m_reports.remove(id))
            Q_EMIT reportChanged(id);
    }
}

} // namespace PCAuth
