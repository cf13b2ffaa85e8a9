// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customersmodel.h"

#include <algorithm>
#include <iterator>
#include <numeric>

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
    return text(index.row(), index.column());
}

QString CustomersModel::text(int row, int column) const
{
    const Row &r = m_rows.at(size_t(row));
    switch (column) {
    case NameColumn:
        return r.customer.companyName;
    case DomainColumn:
        return r.customer.domain;
    case TenantColumn:
        return r.customer.tenantId;
    case RelationshipColumn:
        return r.customer.relationship;
    case AccessColumn:
        return r.health ? CustomerHealthCheck::statusLabel(r.health->status) : QString();
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
        Row row{c, std::nullopt};
        // Equal strings share one copy: Partner Center's customer id is usually the tenant id,
        // and the relationship one of two words.
        if (row.customer.tenantId == row.customer.id)
            row.customer.tenantId = row.customer.id;
        const Row *previous =
            fresh.empty() ? (m_rows.empty() ? nullptr : &m_rows.back()) : &fresh.back();
        if (previous && previous->customer.relationship == row.customer.relationship)
            row.customer.relationship = previous->customer.relationship;
        fresh.push_back(std::move(row));
    }
    if (fresh.empty())
        return 0;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(fresh.size()) - 1);
    m_rows.reserve(m_rows.size() + fresh.size());
    m_haystackStart.reserve(m_haystackStart.size() + fresh.size());
    for (Row &row : fresh) {
        m_haystacks += foldedHaystack(row.customer);
        m_haystackStart.push_back(m_haystacks.size());
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
    m_haystacks.clear();
    m_haystackStart.assign(1, 0);
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
    : QAbstractProxyModel(parent)
    , m_model(model)
{
    setSourceModel(model);
    const auto startOver = [this] {
        rebuild();
        endResetModel();
    };
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
            &CustomerFilterProxy::beginResetModel);
    connect(model, &QAbstractItemModel::modelReset, this, startOver);
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (!under.isValid())
                    sourceRowsInserted(first, last);
            });
    connect(model, &QAbstractItemModel::dataChanged, this, &CustomerFilterProxy::sourceDataChanged);
    // Not done by CustomersModel; should it ever, start over.
    connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &CustomerFilterProxy::beginResetModel);
    connect(model, &QAbstractItemModel::rowsRemoved, this, startOver);
    connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
            &CustomerFilterProxy::beginResetModel);
    connect(model, &QAbstractItemModel::rowsMoved, this, startOver);
    connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &CustomerFilterProxy::beginResetModel);
    connect(model, &QAbstractItemModel::layoutChanged, this, startOver);
    rebuild();
}

CustomerFilterProxy::~CustomerFilterProxy() = default;

QModelIndex CustomerFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_shown.size())
        || column >= CustomersModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex CustomerFilterProxy::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex CustomerFilterProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int CustomerFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CustomerFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CustomersModel::ColumnCount;
}

bool CustomerFilterProxy::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_shown.empty();
}

QModelIndex CustomerFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || proxyIndex.model() != this
        || proxyIndex.row() >= int(m_shown.size()))
        return {};
    return m_model->index(m_shown[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CustomerFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_model
        || sourceIndex.row() >= int(m_proxyRow.size()))
        return {};
    const int row = m_proxyRow[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void CustomerFilterProxy::setFilterText(const QString &text)
{
    const QString needle = text.trimmed().toCaseFolded();
    if (needle == m_needle)
        return;
    // Every row that contains the new text contains the old one: search only those.
    const bool narrowing = needle.contains(m_needle);
    m_needle = needle;
    std::vector<int> rows = matching(narrowing ? m_shown : m_order);
    if (rows != m_shown)
        relayout(std::move(rows));
}

std::vector<int> CustomerFilterProxy::matching(const std::vector<int> &candidates) const
{
    if (m_needle.isEmpty())
        return candidates;
    std::vector<int> rows;
    const QStringView needle(m_needle);
    for (const int row : candidates) {
        if (m_model->haystack(row).contains(needle))
            rows.push_back(row);
    }
    return rows;
}

void CustomerFilterProxy::relayout(std::vector<int> rows)
{
    // One layout change rather than rows removed and inserted range by range: with the
    // matches scattered over 50,000 rows that is thousands of ranges, each costing the view
    // O(rows). The vertical-sort hint lets the selection model keep one index per row.
    const QList<QPersistentModelIndex> parents;
    Q_EMIT layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        sourceRows.push_back(index.row() < int(m_shown.size()) ? m_shown[size_t(index.row())] : -1);
    for (const int row : m_shown)
        m_proxyRow[size_t(row)] = -1;
    m_shown = std::move(rows);
    for (size_t i = 0; i < m_shown.size(); ++i)
        m_proxyRow[size_t(m_shown[i])] = int(i);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int source = sourceRows[size_t(i)];
        const int row = source < 0 ? -1 : m_proxyRow[size_t(source)];
        after.append(row < 0 ? QModelIndex() : createIndex(row, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
}

bool CustomerFilterProxy::lessThan(int left, int right) const
{
    const int order = m_model->text(left, m_sortColumn)
                          .compare(m_model->text(right, m_sortColumn), Qt::CaseInsensitive);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

void CustomerFilterProxy::sortRows(std::vector<int> &rows) const
{
    if (m_sortColumn < 0) {
        std::sort(rows.begin(), rows.end());
        return;
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [this](int left, int right) { return lessThan(left, right); });
}

void CustomerFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (column >= CustomersModel::ColumnCount)
        return;
    m_sortColumn = column < 0 ? -1 : column;
    m_sortOrder = order;
    sortRows(m_order);
    relayout(matching(m_order));
}

void CustomerFilterProxy::rebuild()
{
    const int n = m_model->rowCount();
    m_order.resize(size_t(n));
    std::iota(m_order.begin(), m_order.end(), 0);
    sortRows(m_order);
    m_proxyRow.assign(size_t(n), -1);
    m_shown = matching(m_order);
    for (size_t i = 0; i < m_shown.size(); ++i)
        m_proxyRow[size_t(m_shown[i])] = int(i);
}

void CustomerFilterProxy::sourceRowsInserted(int first, int last)
{
    m_proxyRow.resize(size_t(m_model->rowCount()), -1);
    std::vector<int> fresh(size_t(last - first + 1));
    std::iota(fresh.begin(), fresh.end(), first);
    if (m_sortColumn >= 0) {
        // Sorted: merge the new rows into the order, then show the result in one change.
        sortRows(fresh);
        std::vector<int> merged;
        merged.reserve(m_order.size() + fresh.size());
        std::merge(m_order.begin(), m_order.end(), fresh.begin(), fresh.end(),
                   std::back_inserter(merged),
                   [this](int left, int right) { return lessThan(left, right); });
        m_order = std::move(merged);
        relayout(matching(m_order));
        return;
    }
    // Partner Center's order: the new rows go at the end.
    m_order.insert(m_order.end(), fresh.begin(), fresh.end());
    const std::vector<int> shown = matching(fresh);
    if (shown.empty())
        return;
    const int at = int(m_shown.size());
    beginInsertRows(QModelIndex(), at, at + int(shown.size()) - 1);
    for (const int row : shown) {
        m_proxyRow[size_t(row)] = int(m_shown.size());
        m_shown.push_back(row);
    }
    endInsertRows();
}

void CustomerFilterProxy::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight, const QList<int> &roles)
{
    int top = -1;
    int bottom = -1;
    for (int source = topLeft.row(); source <= bottomRight.row(); ++source) {
        const int row = m_proxyRow[size_t(source)];
        if (row < 0)
            continue;
        top = top < 0 ? row : std::min(top, row);
        bottom = std::max(bottom, row);
    }
    if (top >= 0)
        Q_EMIT dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()),
                           roles);
}

} // namespace PCAuth
