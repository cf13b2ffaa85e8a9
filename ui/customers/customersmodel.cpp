// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customersmodel.h"

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

QString foldedHaystack(const Customer &c)
{
    // The separator cannot occur in a typed (single-line) needle, so a match never spans two
    // fields.
    const QString joined = c.companyName + u'\n' + c.domain + u'\n' + c.tenantId;
    return joined.toCaseFolded();
}

} // namespace

CustomersModel::CustomersModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

CustomersModel::~CustomersModel() = default;

int CustomersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(size_t(index.row()));
    if (index.column() == AccessColumn)
        return accessData(row, role);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.customer.companyName;
    case DomainColumn:
        return row.customer.domain;
    case TenantColumn:
        return row.customer.tenantId;
    case RelationshipColumn:
        return row.customer.relationship;
    default:
        break;
    }
    return {};
}

QVariant CustomersModel::accessData(const Row &row, int role) const
{
    if (!row.health)
        return {};
    const CustomerHealth &h = *row.health;
    switch (role) {
    case Qt::DisplayRole:
        return CustomerHealthCheck::statusLabel(h.status);
    case Qt::ToolTipRole:
        return healthText(h);
    case StatusIdRole:
        return CustomerHealthCheck::statusId(h.status);
    case Qt::DecorationRole:
        return m_statusIcon ? m_statusIcon(h.status) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant CustomersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DomainColumn:
        return tr("Domain");
    case TenantColumn:
        return tr("Tenant ID");
    case RelationshipColumn:
        return tr("Relationship");
    case AccessColumn:
        return tr("Access");
    default:
        break;
    }
    return {};
}

int CustomersModel::append(const QList<Customer> &customers)
{
    std::vector<Row> fresh;
    fresh.reserve(size_t(customers.size()));
    QHash<QString, int> ids; // duplicates inside this page
    for (const Customer &c : customers) {
        if (m_rowById.contains(c.id) || ids.contains(c.id))
            continue;
        ids.insert(c.id, 0);
        fresh.push_back(Row{c, foldedHaystack(c), std::nullopt});
    }
    if (fresh.empty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    m_rows.reserve(m_rows.size() + fresh.size());
    for (Row &row : fresh) {
        m_rowById.insert(row.customer.id, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endInsertRows();
    return int(fresh.size());
}

void CustomersModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    endResetModel();
}

void CustomersModel::clearHealth()
{
    for (Row &row : m_rows)
        row.health.reset();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, AccessColumn), index(rowCount() - 1, AccessColumn));
}

void CustomersModel::setHealth(const CustomerHealth &health)
{
    const int row = rowOf(health.customerId);
    if (row < 0)
        return;
    m_rows.at(size_t(row)).health = health;
    const QModelIndex cell = index(row, AccessColumn);
    Q_EMIT dataChanged(cell, cell);
}

QString CustomersModel::healthText(const CustomerHealth &health)
{
    QString text = CustomerHealthCheck::statusLabel(health.status);
    if (!health.reason.isEmpty())
        text += u": "_s + health.reason;
    if (!health.action.isEmpty())
        text += u'\n' + health.action;
    return text;
}

CustomerFilterProxy::CustomerFilterProxy(CustomersModel *model, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

CustomerFilterProxy::~CustomerFilterProxy() = default;

void CustomerFilterProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle)
        return;
    m_needle = needle;
    // One layout change rather than invalidateFilter(): that one removes and inserts the rows
    // that changed range by range, and every range costs the view O(rows) (over a second per
    // keystroke at 50,000 rows). Selections survive, as persistent indexes do on a layout
    // change.
    invalidate();
}

bool CustomerFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_needle.isEmpty() || sourceParent.isValid())
        return !sourceParent.isValid();
    return m_model->haystack(sourceRow).contains(m_needle);
}

} // namespace PCAuth
