// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "accesscontroller.h"

#include "accessmodels.h"
#include "accessmonitor.h"
#include "appservices.h"
#include "session/gdapexport.h"

#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PCAuth {

AccessController::AccessController(AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_profiles(new AccessProfilesModel(this))
    , m_appHealth(new AppHealthModel(this))
    , m_gdap(new GdapModel(this))
    , m_gdapProxy(new GdapFilterProxy(this))
    , m_customers(new AccessCustomersModel(this))
{
    m_gdapProxy->setSourceModel(m_gdap);
    AccessMonitor &monitor = services.access();
    connect(&services, &AppServices::profilesChanged, this, &AccessController::reloadProfiles);
    connect(&monitor, &AccessMonitor::checkStarted, this, [this](const QString &id) {
        if (id == m_profileId) {
            m_progressValue = 0;
            m_progressMaximum = 0;
        }
        updateProfileRow(id);
        updateState();
    });
    connect(&monitor, &AccessMonitor::progress, this, [this](const QString &id, int done, int all) {
        if (id != m_profileId)
            return;
        m_progressValue = done;
        m_progressMaximum = all;
        updateState();
    });
    connect(&monitor, &AccessMonitor::reportChanged, this, [this](const QString &id) {
        updateProfileRow(id);
        if (id == m_profileId)
            reloadReport();
    });
    connect(&monitor, &AccessMonitor::checkFinished, this, [this](const QString &id) {
        updateProfileRow(id);
        updateState();
    });
    reloadProfiles();
}

AccessController::~AccessController() = default;

void AccessController::reloadProfiles()
{
    const Expected<QList<Profile>> all = m_services.profiles().load();
    QList<AccessProfilesModel::Row> rows;
    for (const Profile &p : all ? all.value() : QList<Profile>())
        rows.append(AccessProfilesModel::Row{p.id, p.name, std::nullopt, QString(), {}, false});
    m_profiles->setRows(rows);
    for (const AccessProfilesModel::Row &r : std::as_const(rows))
        updateProfileRow(r.id);
    // Keep the choice while the profile exists; else the first one.
    if (m_profiles->rowOf(m_profileId) < 0)
        setProfileId(rows.isEmpty() ? QString() : rows.constFirst().id);
    updateState();
}

void AccessController::updateProfileRow(const QString &profileId)
{
    const int i = m_profiles->rowOf(profileId);
    if (i < 0)
        return;
    AccessProfilesModel::Row row = m_profiles->row(i);
    const AccessMonitor &monitor = m_services.access();
    row.checking = monitor.isChecking(profileId);
    row.status.reset();
    row.headline.clear();
    row.checkedAt = QDateTime();
    if (const AccessReport *report = monitor.report(profileId)) {
        row.status = report->status();
        row.headline = profileHeadline(*report);
        row.checkedAt = report->checkedAt;
    }
    m_profiles->updateRow(row);
}

void AccessController::setProfileId(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    m_profileId = profileId;
    m_progressValue = 0;
    m_progressMaximum = 0;
    reloadReport();
    updateState();
    Q_EMIT profileIdChanged();
}

const AccessReport *AccessController::report() const
{
    return m_services.access().report(m_profileId);
}

void AccessController::reloadReport()
{
    const AccessReport *r = report();
    m_appHealth->setVerdicts(r ? r->profile : QList<AccessVerdict>());
    m_gdap->setRows(r ? gdapRows(*r, m_services.clock().now()) : QList<GdapRow>());
    m_customers->setCustomers(r ? r->customers : QList<CustomerAccess>());
    setSelectedCustomers({});
    updateState();
    Q_EMIT reportChanged();
}

bool AccessController::isChecking() const
{
    return !m_profileId.isEmpty() && m_services.access().isChecking(m_profileId);
}

bool AccessController::isCheckingAny() const
{
    return m_services.access().isCheckingAny();
}

void AccessController::updateState()
{
    const AccessReport *r = report();
    if (m_profileId.isEmpty()) {
        m_statusText = tr("No profile: add one on the dashboard.");
    } else if (isChecking()) {
        m_statusText = m_progressMaximum > 0 ? tr("Checking access: %1 of %n customer(s)…", nullptr,
                                                  m_progressMaximum)
                                                   .arg(m_progressValue)
                                             : tr("Checking access…");
    } else if (!r) {
        m_statusText = tr("Not checked yet: Check access asks Partner Center and Graph whether "
                          "the calls will work.");
    } else if (!r->problem.isEmpty()) {
        m_statusText =
            tr("Checked %1. Customers could not be listed: %2")
                .arg(QLocale().toString(r->checkedAt.toLocalTime(), QLocale::ShortFormat),
                     r->problem.section(u'\n', 0, 0));
    } else {
        m_statusText =
            tr("Checked %1. %2")
                .arg(QLocale().toString(r->checkedAt.toLocalTime(), QLocale::ShortFormat),
                     r->summaryText());
    }
    Q_EMIT stateChanged();
}

int AccessController::windowDays() const
{
    return m_gdapProxy->windowDays();
}

void AccessController::setWindowDays(int days)
{
    if (days == windowDays())
        return;
    m_gdapProxy->setWindowDays(std::max(0, days));
    Q_EMIT windowDaysChanged();
}

void AccessController::check()
{
    if (!m_profileId.isEmpty())
        m_services.access().check(m_profileId);
}

void AccessController::checkAll()
{
    m_services.access().checkAll();
}

void AccessController::cancel()
{
    if (!m_profileId.isEmpty())
        m_services.access().cancel(m_profileId);
}

void AccessController::cancelAll()
{
    m_services.access().cancelAll();
}

void AccessController::setSelectedCustomers(const QList<int> &rows)
{
    const bool could = canGrantConsent();
    m_selected = rows;
    if (could != canGrantConsent() || !rows.isEmpty())
        Q_EMIT selectionChanged();
}

QList<ConsentTarget> AccessController::consentTargets() const
{
    QList<ConsentTarget> targets;
    for (int row : m_selected) {
        if (const std::optional<ConsentTarget> t = m_customers->consentTarget(row))
            targets.append(*t);
    }
    return targets;
}

void AccessController::requestGrantConsent()
{
    const QList<ConsentTarget> targets = consentTargets();
    if (!targets.isEmpty())
        Q_EMIT grantConsentRequested(m_profileId, targets);
}

QByteArray AccessController::gdapCsv() const
{
    const AccessReport *r = report();
    return r ? PCAuth::gdapCsv(*r, m_services.clock().now()) : QByteArray();
}

QString AccessController::exportGdapCsv(const QString &path) const
{
    const QByteArray csv = gdapCsv();
    if (csv.isEmpty())
        return tr("Nothing to export: check access first.");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(csv) != csv.size()
        || !file.flush())
        return tr("%1 could not be written: %2").arg(path, file.errorString());
    return QString();
}

} // namespace PCAuth
