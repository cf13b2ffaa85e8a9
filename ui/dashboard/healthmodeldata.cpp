// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// What HealthModel shows in each cell: the texts, colours, icons and tooltips.
#include "accessmonitor.h"
#include "accesssummary.h"
#include "appservices.h"
#include "healthmodel.h"
#include "healthpresentation.h"
#include "session/customercheckrun.h"
#include "styleicon.h"
#include "token/claims.h"

#include <QApplication>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// A cell shows one line: a message of several would make its row taller than the others
/// (the whole text is in the tooltip and the details).
QString oneLine(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

QString bulleted(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out.append(u"\u2022 "_s + line);
    return out.join(u'\n');
}

} // namespace

QVariant HealthModel::accessData(const QString &profileId, const QString &tenantId, int role) const
{
    const AccessMonitor &access = m_services.access();
    const AccessReport *report = access.report(profileId);
    const bool checking = access.isChecking(profileId);
    const AccessCell cell =
        tenantId.isEmpty() ? profileAccessCell(report) : customerAccessCell(report, tenantId);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (checking && !cell.checked)
            return tr("Checking\u2026");
        return checking ? tr("%1 (checking again\u2026)").arg(cell.text) : cell.text;
    case Qt::ToolTipRole:
        return cell.toolTip;
    case Qt::UserRole:
        if (cell.checked)
            return accessStatusId(cell.status);
        return checking ? u"checking"_s : u"not-checked"_s;
    case Qt::DecorationRole:
        return cell.checked ? accessStatusIcon(cell.status, QApplication::style()) : QVariant();
    case Qt::ForegroundRole:
        return cell.checked ? accessStatusColor(cell.status, QApplication::palette()) : QVariant();
    default:
        return {};
    }
}

QVariant HealthModel::profileData(const ProfileRow &row, int column, int role) const
{
    if (column == AccessColumn)
        return accessData(row.profile.id, QString(), role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return profileDisplay(row, column);
    case Qt::ToolTipRole:
        return profileToolTip(row, column);
    case Qt::UserRole:
        return column == StatusColumn ? QVariant(healthStatusId(row.report.status)) : QVariant();
    case Qt::DecorationRole:
        if (column == NameColumn && row.busy)
            return styleIcon(QStyle::SP_BrowserReload);
        if (column == StatusColumn)
            return healthStatusIcon(row.report.status, QApplication::style());
        return {};
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return healthStatusColor(row.report.status, QApplication::palette());
        if (column == MfaColumn && row.meta.refreshTokenPresent) {
            if (row.meta.mfa == MfaEvidence::Present)
                return healthStatusColor(HealthStatus::Healthy, QApplication::palette());
            if (row.meta.mfa == MfaEvidence::Absent)
                return healthStatusColor(HealthStatus::MfaMissing, QApplication::palette());
        }
        return {};
    default:
        return {};
    }
}

QVariant HealthModel::profileDisplay(const ProfileRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.profile.name;
    case StatusColumn:
        return healthStatusLabel(row.report.status);
    case MfaColumn:
        return row.meta.refreshTokenPresent ? mfaBadgeText(row.meta.mfa) : QString();
    case AccountColumn:
        return row.upn;
    case LastRefreshColumn:
        return figures(row).lastRefresh;
    case DaysLeftColumn:
        return figures(row).daysLeft;
    case AccessTokenColumn:
        return figures(row).accessToken;
    case LastErrorColumn:
        return oneLine(lastError(row));
    default:
        return {};
    }
}

QVariant HealthModel::profileToolTip(const ProfileRow &row, int column) const
{
    const Clock &clock = m_services.clock();
    switch (column) {
    case NameColumn:
        return row.busy ? tr("Working\u2026")
                        : tr("Partner tenant: %1").arg(row.profile.partnerTenant);
    case StatusColumn:
        return bulleted(row.report.reasons);
    case LastRefreshColumn:
        if (row.meta.lastRedeemedAt.isValid())
            return formatTime(row.meta.lastRedeemedAt, clock);
        return row.meta.obtainedAt.isValid() ? formatTime(row.meta.obtainedAt, clock) : QVariant();
    case DaysLeftColumn:
        if (!row.report.estimatedExpiry.isValid())
            return {};
        return tr("Estimated end of the 90-day inactivity window: %1. The refresh token does not "
                  "carry its expiry, so this is counted from its last use.")
            .arg(formatTime(row.report.estimatedExpiry, clock));
    case AccessTokenColumn:
        return row.meta.accessTokenExpiresAt.isValid()
                   ? formatTime(row.meta.accessTokenExpiresAt, clock)
                   : tr("No access token in memory; one is fetched when needed.");
    case LastErrorColumn: {
        const QString error = lastError(row);
        return error.isEmpty() ? QVariant() : details(index(rowOf(row.profile.id), 0));
    }
    default:
        return {};
    }
}

HealthFigures HealthModel::figures(const ProfileRow &row) const
{
    return healthFigures(row.meta, row.report, m_services.clock());
}

QString HealthModel::lastError(const ProfileRow &row) const
{
    if (!row.actionMessage.isEmpty())
        return row.actionMessage;
    if (row.report.status == HealthStatus::Healthy && !row.meta.lastError)
        return QString();
    QStringList parts;
    if (!row.report.reasons.isEmpty())
        parts.append(row.report.reasons.constFirst());
    if (!row.report.action.isEmpty())
        parts.append(row.report.action);
    return parts.join(u' ');
}

QVariant HealthModel::customerData(const QString &profileId, const CustomerRow &row, int column,
                                   int role) const
{
    if (column == AccessColumn)
        return accessData(profileId, row.customer.tenantId, role);
    const std::optional<CustomerHealth> &health = row.health;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case NameColumn:
            return row.customer.companyName;
        case StatusColumn:
            if (health)
                return CustomerHealthCheck::statusLabel(health->status);
            return row.checking ? tr("Checking\u2026") : tr("Not checked");
        case AccountColumn:
            return row.customer.domain;
        case LastErrorColumn:
            if (!row.actionMessage.isEmpty())
                return oneLine(row.actionMessage);
            if (!health || health->status == CustomerHealth::Status::Ok)
                return QString();
            return oneLine(QStringList{health->reason, health->action}.join(u' ').trimmed());
        default:
            return QString();
        }
    }
    if (role == Qt::UserRole && column == StatusColumn)
        return health ? CustomerHealthCheck::statusId(health->status) : u"pending"_s;
    if (role == Qt::ToolTipRole && column == NameColumn)
        return tr("Tenant id: %1").arg(row.customer.tenantId);
    if (role == Qt::ToolTipRole && column == LastErrorColumn && !row.actionMessage.isEmpty())
        return row.actionMessage;
    if (role == Qt::ToolTipRole && column == LastErrorColumn && health)
        return QStringList{health->reason, health->action}.join(u'\n').trimmed();
    if (!health || column != StatusColumn)
        return {};
    if (role == Qt::DecorationRole)
        return customerStatusIcon(health->status, QApplication::style());
    if (role == Qt::ForegroundRole)
        return customerStatusColor(health->status, QApplication::palette());
    return {};
}

QVariant HealthModel::placeholderData(const ProfileRow &row, int column, int role) const
{
    const bool failed = row.customerState == CustomerState::Failed;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        if (column == NameColumn) {
            if (failed)
                return tr("Customers could not be read");
            return row.customerText.isEmpty() ? tr("Reading customers\u2026") : row.customerText;
        }
        if (column == LastErrorColumn && failed)
            return row.customerText;
        return QString();
    }
    if (role == Qt::ToolTipRole && failed)
        return row.customerText;
    if (role == Qt::DecorationRole && column == NameColumn)
        return styleIcon(failed ? QStyle::SP_MessageBoxCritical : QStyle::SP_BrowserReload);
    return {};
}

QString HealthModel::accessDetails(const QString &profileId, const QString &tenantId) const
{
    const AccessReport *report = m_services.access().report(profileId);
    const AccessCell cell =
        tenantId.isEmpty() ? profileAccessCell(report) : customerAccessCell(report, tenantId);
    if (!cell.checked)
        return tr("Access: not checked. Use “Check access” to see whether the calls "
                  "will work.");
    return tr("Access: %1\n%2").arg(cell.text, cell.toolTip);
}

QString HealthModel::details(const QModelIndex &index) const
{
    const RowInfo info = rowInfo(index);
    if (!info.valid)
        return QString();
    const ProfileRow &profile = m_rows.at(rowOf(info.profileId));
    QStringList lines;
    if (info.kind == RowKind::Placeholder) {
        lines.append(profile.customerState == CustomerState::Failed
                         ? tr("The customers of %1 could not be read: %2")
                               .arg(profile.profile.name, profile.customerText)
                         : CustomerCheckRun::listStartText(profile.profile.name));
    } else if (info.kind == RowKind::Customer) {
        const CustomerRow &customer = profile.customers.at(index.row());
        lines.append(tr("%1 (tenant %2)").arg(customer.customer.companyName, info.tenantId));
        if (customer.health) {
            lines.append(CustomerHealthCheck::statusLabel(customer.health->status) + u": "_s
                         + customer.health->reason);
            if (!customer.health->action.isEmpty())
                lines.append(tr("What to do: %1").arg(customer.health->action));
        } else {
            lines.append(tr("Not checked yet. Use “Check customers” to check access."));
        }
        if (!customer.actionMessage.isEmpty())
            lines.append(tr("Last action failed: %1").arg(customer.actionMessage));
        lines.append(accessDetails(info.profileId, info.tenantId));
    } else {
        lines.append(
            u"%1: %2"_s.arg(profile.profile.name, healthStatusLabel(profile.report.status)));
        if (!profile.actionMessage.isEmpty())
            lines.append(tr("Last action failed: %1").arg(profile.actionMessage));
        if (!profile.report.reasons.isEmpty())
            lines.append(bulleted(profile.report.reasons));
        if (!profile.report.action.isEmpty())
            lines.append(tr("What to do: %1").arg(profile.report.action));
        lines.append(accessDetails(info.profileId, QString()));
    }
    return lines.join(u'\n');
}

} // namespace PCAuth
