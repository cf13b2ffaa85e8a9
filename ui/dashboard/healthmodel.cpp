// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "healthmodel.h"

#include "appservices.h"
#include "healthpresentation.h"
#include "vault/vaultindex.h"

using namespace Qt::StringLiterals;

namespace PCAuth {

// Top-level rows have internal id 0; a child's internal id is its profile's row + 1.

HealthModel::HealthModel(AppServices &services, QObject *parent)
    : QAbstractItemModel(parent)
    , m_services(services)
{
    reload();
}

HealthModel::~HealthModel() = default;

QModelIndex HealthModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size())
        return {};
    if (row >= childCount(m_rows.at(parent.row())))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex HealthModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int HealthModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size())
        return 0;
    return childCount(m_rows.at(parent.row()));
}

int HealthModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool HealthModel::hasChildren(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return !m_rows.isEmpty();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size())
        return false;
    const ProfileRow &row = m_rows.at(parent.row());
    return childCount(row) > 0
           || (row.customerState == CustomerState::NotLoaded && row.meta.refreshTokenPresent);
}

bool HealthModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.internalId() != 0 || parent.row() >= m_rows.size())
        return false;
    const ProfileRow &row = m_rows.at(parent.row());
    return row.customerState == CustomerState::NotLoaded && row.meta.refreshTokenPresent;
}

void HealthModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        Q_EMIT customersWanted(m_rows.at(parent.row()).profile.id);
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case MfaColumn:
        return tr("MFA");
    case AccountColumn:
        return tr("Account");
    case LastRefreshColumn:
        return tr("Last refresh");
    case DaysLeftColumn:
        return tr("Days left");
    case AccessTokenColumn:
        return tr("Access token");
    case LastErrorColumn:
        return tr("Last error");
    case AccessColumn:
        return tr("Access");
    default:
        return {};
    }
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return index.row() < m_rows.size()
                   ? profileData(m_rows.at(index.row()), index.column(), role)
                   : QVariant();
    const int parentRow = int(index.internalId() - 1);
    if (parentRow >= m_rows.size())
        return {};
    const ProfileRow &profile = m_rows.at(parentRow);
    if (profile.customers.isEmpty())
        return placeholderData(profile, index.column(), role);
    if (index.row() >= profile.customers.size())
        return {};
    return customerData(profile.profile.id, profile.customers.at(index.row()), index.column(),
                        role);
}

void HealthModel::evaluate(ProfileRow &row) const
{
    row.meta = m_services.broker().metadata(row.profile.id);
    row.report = evaluateHealth(row.meta, m_services.clock(), appHealthPolicy(m_services));
    const Expected<VaultIndex::Entry> entry =
        m_services.vault().index().entry(row.profile.id, SecretKind::RefreshToken);
    row.upn = entry && entry->stored && entry->metadata ? entry->metadata->upn : QString();
}

void HealthModel::reload()
{
    const Expected<QList<Profile>> loaded = m_services.profiles().load();
    m_loadProblem = loaded ? QString() : loaded.error();
    const QList<Profile> profiles = loaded ? loaded.value() : QList<Profile>();
    bool sameRows = profiles.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < profiles.size(); ++i)
        sameRows = profiles.at(i).id == m_rows.at(i).profile.id;
    if (sameRows) {
        for (qsizetype i = 0; i < profiles.size(); ++i) {
            m_rows[i].profile = profiles.at(i);
            evaluate(m_rows[i]);
            rowChanged(int(i));
        }
        return;
    }
    beginResetModel();
    QList<ProfileRow> rows;
    for (const Profile &profile : profiles) {
        ProfileRow row;
        const int old = rowOf(profile.id);
        if (old >= 0)
            row = m_rows.at(old);
        row.profile = profile;
        evaluate(row);
        rows.append(row);
    }
    m_rows = rows;
    endResetModel();
}

void HealthModel::reloadProfile(const QString &profileId)
{
    const int row = rowOf(profileId);
    if (row < 0) {
        reload(); // a profile this model has not seen yet
        return;
    }
    const bool hadToken = m_rows.at(row).meta.refreshTokenPresent;
    evaluate(m_rows[row]);
    // A removed token takes its customers with it: they were read with that token.
    if (hadToken && !m_rows.at(row).meta.refreshTokenPresent)
        setChildren(row, CustomerState::NotLoaded, QString(), {});
    rowChanged(row);
}

void HealthModel::tickCountdown()
{
    if (m_rows.isEmpty())
        return;
    // Time alone moves a token into its warning window or past it: judge the stored metadata
    // again (no file or keychain read) and repaint the whole row only when the verdict moved.
    const HealthPolicy policy = appHealthPolicy(m_services);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        ProfileRow &row = m_rows[i];
        const HealthReport report = evaluateHealth(row.meta, m_services.clock(), policy);
        if (report.status != row.report.status || report.daysLeft != row.report.daysLeft
            || report.reasons != row.report.reasons) {
            row.report = report;
            rowChanged(int(i));
        }
    }
    Q_EMIT dataChanged(index(0, LastRefreshColumn),
                       index(int(m_rows.size()) - 1, AccessTokenColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole});
}

QModelIndex HealthModel::profileIndex(const QString &profileId, int column) const
{
    const int row = rowOf(profileId);
    return row < 0 ? QModelIndex() : index(row, column);
}

HealthModel::RowInfo HealthModel::rowInfo(const QModelIndex &index) const
{
    RowInfo info;
    if (!index.isValid())
        return info;
    const int profileRow = index.internalId() == 0 ? index.row() : int(index.internalId() - 1);
    if (profileRow >= m_rows.size())
        return info;
    const ProfileRow &row = m_rows.at(profileRow);
    info.valid = true;
    info.profileId = row.profile.id;
    info.refreshTokenPresent = row.meta.refreshTokenPresent;
    info.credential = row.profile.credential;
    info.busy = row.busy;
    if (index.internalId() == 0) {
        info.kind = RowKind::Profile;
        info.name = row.profile.name;
    } else if (index.row() < row.customers.size()) {
        info.kind = RowKind::Customer;
        info.name = row.customers.at(index.row()).customer.companyName;
        info.tenantId = row.customers.at(index.row()).customer.tenantId;
    }
    return info;
}

QList<HealthStatus> HealthModel::statuses() const
{
    QList<HealthStatus> list;
    for (const ProfileRow &row : m_rows)
        list.append(row.report.status);
    return list;
}

void HealthModel::setBusy(const QString &profileId, bool busy)
{
    const int row = rowOf(profileId);
    if (row < 0 || m_rows.at(row).busy == busy)
        return;
    m_rows[row].busy = busy;
    rowChanged(row);
}

void HealthModel::setActionMessage(const QString &profileId, const QString &message)
{
    const int row = rowOf(profileId);
    if (row < 0)
        return;
    m_rows[row].actionMessage = message;
    rowChanged(row);
}

void HealthModel::setCustomerActionMessage(const QString &profileId, const QString &tenantId,
                                           const QString &message)
{
    const int row = rowOf(profileId);
    if (row < 0)
        return;
    QList<CustomerRow> &customers = m_rows[row].customers;
    for (qsizetype i = 0; i < customers.size(); ++i) {
        if (customers.at(i).customer.tenantId.compare(tenantId, Qt::CaseInsensitive) != 0)
            continue;
        customers[i].actionMessage = message;
        const QModelIndex parent = index(row, NameColumn);
        Q_EMIT dataChanged(index(int(i), NameColumn, parent),
                           index(int(i), LastErrorColumn, parent));
    }
}

void HealthModel::accessChanged(const QString &profileId)
{
    const int row = rowOf(profileId);
    if (row < 0)
        return;
    const QModelIndex profile = index(row, AccessColumn);
    Q_EMIT dataChanged(profile, profile);
    const int children = childCount(m_rows.at(row));
    if (children > 0) {
        const QModelIndex parent = index(row, NameColumn);
        Q_EMIT dataChanged(index(0, AccessColumn, parent),
                           index(children - 1, AccessColumn, parent));
    }
}

HealthModel::CustomerState HealthModel::customerState(const QString &profileId) const
{
    const int row = rowOf(profileId);
    return row < 0 ? CustomerState::NotLoaded : m_rows.at(row).customerState;
}

void HealthModel::setCustomersLoading(const QString &profileId, const QString &text)
{
    const int row = rowOf(profileId);
    if (row < 0)
        return;
    ProfileRow &profile = m_rows[row];
    if (profile.customerState == CustomerState::Loading && profile.customers.isEmpty()) {
        profile.customerText = text; // progress only: same structure
        const QModelIndex child = index(0, NameColumn, index(row, NameColumn));
        Q_EMIT dataChanged(child, child.siblingAtColumn(LastErrorColumn));
        return;
    }
    setChildren(row, CustomerState::Loading, text, {});
}

void HealthModel::setCustomers(const QString &profileId, const QList<Customer> &customers)
{
    const int row = rowOf(profileId);
    if (row < 0)
        return;
    QList<CustomerRow> children;
    for (const Customer &customer : customers)
        children.append(CustomerRow{customer, std::nullopt, false, QString()});
    setChildren(row, customers.isEmpty() ? CustomerState::Loaded : CustomerState::Loading,
                customers.isEmpty() ? tr("No customers") : QString(), children);
}

void HealthModel::setCustomerChecking(const QString &profileId, bool checking)
{
    const int row = rowOf(profileId);
    if (row < 0 || m_rows.at(row).customers.isEmpty())
        return;
    for (CustomerRow &customer : m_rows[row].customers)
        customer.checking = checking && !customer.health;
    const QModelIndex parent = index(row, NameColumn);
    Q_EMIT dataChanged(index(0, StatusColumn, parent),
                       index(int(m_rows.at(row).customers.size()) - 1, StatusColumn, parent));
}

void HealthModel::setCustomerHealth(const QString &profileId, int at, const CustomerHealth &health)
{
    const int row = rowOf(profileId);
    if (row < 0 || at < 0 || at >= m_rows.at(row).customers.size())
        return;
    CustomerRow &customer = m_rows[row].customers[at];
    customer.health = health;
    customer.checking = false;
    const QModelIndex parent = index(row, NameColumn);
    Q_EMIT dataChanged(index(at, NameColumn, parent), index(at, LastErrorColumn, parent));
}

void HealthModel::setCustomersFinished(const QString &profileId)
{
    const int row = rowOf(profileId);
    if (row < 0)
        return;
    setCustomerChecking(profileId, false);
    m_rows[row].customerState = CustomerState::Loaded;
    rowChanged(row);
}

void HealthModel::setCustomersFailed(const QString &profileId, const QString &problem)
{
    const int row = rowOf(profileId);
    if (row >= 0)
        setChildren(row, CustomerState::Failed, problem, {});
}

int HealthModel::rowOf(const QString &profileId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).profile.id == profileId)
            return int(i);
    }
    return -1;
}

int HealthModel::childCount(const ProfileRow &row)
{
    if (!row.customers.isEmpty())
        return int(row.customers.size());
    return row.customerState == CustomerState::NotLoaded ? 0 : 1;
}

void HealthModel::setChildren(int row, CustomerState state, const QString &text,
                              const QList<CustomerRow> &customers)
{
    const QModelIndex parent = index(row, NameColumn);
    ProfileRow &profile = m_rows[row];
    const int before = childCount(profile);
    if (before > 0) {
        beginRemoveRows(parent, 0, before - 1);
        profile.customers.clear();
        profile.customerState = CustomerState::NotLoaded;
        endRemoveRows();
    }
    ProfileRow next;
    next.customerState = state;
    next.customers = customers;
    const int after = childCount(next);
    if (after > 0)
        beginInsertRows(parent, 0, after - 1);
    profile.customerState = state;
    profile.customerText = text;
    profile.customers = customers;
    if (after > 0)
        endInsertRows();
    rowChanged(row);
}

void HealthModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace PCAuth
