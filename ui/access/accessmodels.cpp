// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "accessmodels.h"

#include <limits>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

/// The translation context of the view's free functions.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PCAuth::AccessView)
};

/// Severity for sorting: the worst first when ascending.
int severityKey(AccessStatus status)
{
    return -int(status);
}

QVariant statusData(std::optional<AccessStatus> status, int role)
{
    if (!status)
        return role == AccessRoles::StatusId ? QVariant(QString()) : QVariant();
    switch (role) {
    case AccessRoles::StatusId:
        return accessStatusId(*status);
    case AccessRoles::Status:
        return int(*status);
    default:
        break;
    }
    return {};
}

QString localDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat)
                          : QString();
}

/// The evidence, readable: one "key: value" per line, for a tooltip.
QString evidenceText(const QJsonObject &evidence)
{
    QStringList lines;
    for (auto it = evidence.constBegin(); it != evidence.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString value;
        if (v.isArray() || v.isObject()) {
            value = QString::fromUtf8(
                v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        } else {
            value = v.toVariant().toString();
        }
        lines << it.key() + u": "_s + value;
    }
    return lines.join(u'\n');
}

} // namespace

QString daysLeftText(int days)
{
    if (days < 0)
        return Text::tr("ended %n day(s) ago", nullptr, -days);
    if (days == 0)
        return Text::tr("today");
    return Text::tr("%n day(s)", nullptr, days);
}

QString accessCheckTitle(const AccessVerdict &verdict)
{
    const QString &c = verdict.check;
    const QString name = verdict.evidence.value("displayName"_L1).toString();
    if (c == "partner-center-mfa"_L1)
        return Text::tr("Partner Center MFA");
    if (c == "mfa-adoption"_L1)
        return Text::tr("MFA adoption");
    if (c.startsWith("secret"_L1))
        return name.isEmpty() ? Text::tr("Client secret")
                              : Text::tr("Client secret \"%1\"").arg(name);
    if (c.startsWith("certificate"_L1))
        return name.isEmpty() ? Text::tr("Certificate") : Text::tr("Certificate \"%1\"").arg(name);
    if (c == "credentials"_L1 || c == "sam-app"_L1)
        return Text::tr("App registration");
    if (c == "redirect-uri"_L1)
        return Text::tr("Redirect URI");
    if (c == "partner-grants"_L1)
        return Text::tr("Permissions granted");
    if (c.startsWith("gdap"_L1))
        return Text::tr("GDAP relationships");
    return c;
}

QString profileHeadline(const AccessReport &report)
{
    if (!report.problem.isEmpty())
        return Text::tr("Customers could not be listed: %1")
            .arg(report.problem.section(u'\n', 0, 0));
    const ReportHeadline headline = reportHeadline(report);
    if (!headline.customerFirst)
        return headline.partner ? headline.partner->reason : Text::tr("Every check passed.");
    const QString first =
        u"%1: %2"_s.arg(headline.customer->customer.companyName, headline.customerVerdict->reason);
    return headline.customersAtWorst > 1
               ? Text::tr("%1 (and %n more customer(s))", nullptr, headline.customersAtWorst - 1)
                     .arg(first)
               : first;
}

// --- AccessTableModel ----------------------------------------------------------------------

AccessTableModel::AccessTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{ }

int AccessTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : size();
}

int AccessTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant AccessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return columnTitles().value(section);
}

// --- AccessProfilesModel -------------------------------------------------------------------

AccessProfilesModel::AccessProfilesModel(QObject *parent)
    : AccessTableModel(ColumnCount, parent)
{ }

AccessProfilesModel::~AccessProfilesModel() = default;

QVariant AccessProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == ProfileIdRole)
        return r.id;
    if (role == AccessRoles::StatusId || role == AccessRoles::Status)
        return statusData(r.status, role);
    const QString headline = r.checking && !r.status ? tr("Checking…")
                             : r.status              ? r.headline
                                                     : tr("Not checked yet");
    if (role == Qt::ToolTipRole)
        return headline;
    if (role == Qt::AccessibleTextRole && index.column() == NameColumn)
        return u"%1: %2. %3"_s.arg(r.name, r.status ? accessStatusLabel(*r.status) : headline,
                                   r.status ? headline : QString());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return r.name;
    case StatusColumn:
        return r.status ? accessStatusLabel(*r.status) : tr("Not checked");
    case HeadlineColumn:
        return headline;
    case CheckedColumn:
        return r.checkedAt.isValid()
                   ? QLocale().toString(r.checkedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    }
    return {};
}

QStringList AccessProfilesModel::columnTitles() const
{
    return {tr("Profile"), tr("Status"), tr("Most important finding"), tr("Checked")};
}

void AccessProfilesModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void AccessProfilesModel::updateRow(const Row &row)
{
    const int i = rowOf(row.id);
    if (i < 0)
        return;
    m_rows[i] = row;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

int AccessProfilesModel::rowOf(const QString &profileId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == profileId)
            return int(i);
    }
    return -1;
}

// --- AppHealthModel ------------------------------------------------------------------------

AppHealthModel::AppHealthModel(QObject *parent)
    : AccessTableModel(ColumnCount, parent)
{ }

AppHealthModel::~AppHealthModel() = default;

QVariant AppHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_verdicts.size())
        return {};
    const AccessVerdict &v = m_verdicts.at(index.row());
    if (role == AccessRoles::StatusId || role == AccessRoles::Status)
        return statusData(v.status, role);
    if (role == Qt::ToolTipRole)
        return u"%1\n\n%2"_s.arg(v.reason, evidenceText(v.evidence));
    const QString end = v.evidence.value("endDateTime"_L1).toString();
    if (role == AccessRoles::Sort) {
        if (index.column() == StatusColumn)
            return severityKey(v.status);
        if (index.column() == EndsColumn)
            return end.isEmpty() ? std::numeric_limits<qint64>::max()
                                 : parseServiceDate(end).toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case StatusColumn:
        return accessStatusLabel(v.status);
    case CheckColumn:
        return accessCheckTitle(v);
    case FindingColumn:
        return v.reason;
    case EndsColumn:
        if (end.isEmpty())
            return QString();
        return tr("%1 (%2)").arg(localDate(parseServiceDate(end)),
                                 daysLeftText(v.evidence.value("daysLeft"_L1).toInt()));
    case ActionColumn:
        return v.action;
    }
    return {};
}

QStringList AppHealthModel::columnTitles() const
{
    return {tr("Status"), tr("Check"), tr("Finding"), tr("Ends"), tr("What to do")};
}

void AppHealthModel::setVerdicts(const QList<AccessVerdict> &verdicts)
{
    beginResetModel();
    m_verdicts = verdicts;
    endResetModel();
}

// --- GdapModel -----------------------------------------------------------------------------

GdapModel::GdapModel(QObject *parent)
    : AccessTableModel(ColumnCount, parent)
{ }

GdapModel::~GdapModel() = default;

QVariant GdapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const GdapRow &row = m_rows.at(index.row());
    const std::optional<GdapRelationship> &r = row.relationship;
    if (role == AccessRoles::StatusId || role == AccessRoles::Status)
        return statusData(row.status, role);
    if (role == Qt::ToolTipRole)
        return r ? u"%1\n%2\n%3"_s.arg(row.customerName, r->displayName, row.findings())
                 : u"%1\n%2"_s.arg(row.customerName, row.findings());
    if (role == AccessRoles::Sort) {
        switch (Column(index.column())) {
        case StatusColumn:
            return severityKey(row.status);
        case EndsColumn:
            return r && r->end.isValid() ? r->end.toMSecsSinceEpoch()
                                         : std::numeric_limits<qint64>::max();
        case DaysLeftColumn:
            return row.daysLeft ? *row.daysLeft : std::numeric_limits<int>::max();
        default:
            return data(index, Qt::DisplayRole).toString().toCaseFolded();
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case StatusColumn:
        return accessStatusLabel(row.status);
    case CustomerColumn:
        return row.customerName;
    case RelationshipColumn:
        return r ? r->displayName : tr("No relationship");
    case StateColumn:
        return r ? r->status : QString();
    case EndsColumn:
        return r ? localDate(r->end) : QString();
    case DaysLeftColumn:
        return row.daysLeft ? daysLeftText(*row.daysLeft) : QString();
    case AutoExtendColumn:
        return r ? (r->autoExtends() ? tr("Yes") : tr("No")) : QString();
    case RolesColumn:
        return r ? r->roleNames().join(u", "_s) : QString();
    case FindingColumn:
        return row.findings();
    }
    return {};
}

QStringList GdapModel::columnTitles() const
{
    return {tr("Status"),    tr("Customer"),    tr("Relationship"), tr("State"),  tr("Ends"),
            tr("Days left"), tr("Auto-extend"), tr("Roles"),        tr("Finding")};
}

void GdapModel::setRows(const QList<GdapRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

// --- GdapFilterProxy -----------------------------------------------------------------------

GdapFilterProxy::GdapFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AccessRoles::Sort);
}

GdapFilterProxy::~GdapFilterProxy() = default;

void GdapFilterProxy::setWindowDays(int days)
{
    if (days == m_windowDays)
        return;
    m_windowDays = days;
    invalidateFilter();
}

bool GdapFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_windowDays <= 0)
        return true;
    const auto *model = qobject_cast<const GdapModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const std::optional<int> &days = model->row(sourceRow).daysLeft;
    return days && *days <= m_windowDays;
}

// --- AccessCustomersModel ------------------------------------------------------------------

AccessCustomersModel::AccessCustomersModel(QObject *parent)
    : AccessTableModel(ColumnCount, parent)
{ }

AccessCustomersModel::~AccessCustomersModel() = default;

QVariant AccessCustomersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_customers.size())
        return {};
    const CustomerAccess &c = m_customers.at(index.row());
    if (role == AccessRoles::StatusId || role == AccessRoles::Status)
        return statusData(c.status(), role);
    const bool consentChecked = !c.consent.verdict.check.isEmpty();
    const AccessStatus gdap = worstStatus(c.gdap);
    QString gdapReason;
    for (const AccessVerdict &v : c.gdap) {
        if (v.status == gdap) {
            gdapReason = v.reason;
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case ConsentColumn:
            return consentChecked ? QVariant(
                       QString(c.consent.verdict.reason + u"\n"_s + c.consent.verdict.action))
                                  : QVariant();
        case GdapColumn:
            return gdapReason;
        default:
            return c.customer.tenantId;
        }
    }
    if (role == AccessRoles::Sort && index.column() == StatusColumn)
        return severityKey(c.status());
    if (role != Qt::DisplayRole && role != AccessRoles::Sort)
        return {};
    switch (Column(index.column())) {
    case StatusColumn:
        return accessStatusLabel(c.status());
    case CustomerColumn:
        return c.customer.companyName;
    case ConsentColumn:
        return consentChecked ? consentStateLabel(c.consent.state) : tr("Not checked");
    case GdapColumn:
        if (c.gdap.isEmpty())
            return QString();
        return gdap == AccessStatus::Ok ? accessStatusLabel(gdap)
                                        : u"%1: %2"_s.arg(accessStatusLabel(gdap), gdapReason);
    case TasksColumn: {
        QStringList allowed;
        for (const TaskCoverage &t : c.coverage) {
            if (t.allowed)
                allowed << gdapTaskLabel(t.task);
        }
        return c.coverage.isEmpty() ? QString()
               : allowed.isEmpty()  ? tr("None")
                                    : allowed.join(u", "_s);
    }
    }
    return {};
}

QStringList AccessCustomersModel::columnTitles() const
{
    return {tr("Status"), tr("Customer"), tr("App consent"), tr("GDAP"),
            tr("Tasks the roles allow")};
}

void AccessCustomersModel::setCustomers(const QList<CustomerAccess> &customers)
{
    beginResetModel();
    m_customers = customers;
    endResetModel();
}

int AccessCustomersModel::rowOf(const QString &customerName) const
{
    for (qsizetype i = 0; i < m_customers.size(); ++i) {
        if (m_customers.at(i).customer.companyName == customerName)
            return int(i);
    }
    return -1;
}

std::optional<ConsentTarget> AccessCustomersModel::consentTarget(int row) const
{
    if (row < 0 || row >= m_customers.size())
        return std::nullopt;
    const CustomerAccess &c = m_customers.at(row);
    switch (c.consent.state) {
    case ConsentState::NoServicePrincipal:
    case ConsentState::NoGrant:
        return ConsentTarget{c.customer.tenantId, c.customer.companyName, false};
    case ConsentState::ScopesMissing:
        return ConsentTarget{c.customer.tenantId, c.customer.companyName, true};
    case ConsentState::Consented:
    case ConsentState::NotChecked:
        break;
    }
    return std::nullopt;
}

} // namespace PCAuth
