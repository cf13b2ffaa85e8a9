// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "health/healthcheck.h"

#include <functional>
#include <optional>
#include <vector>

#include <QAbstractProxyModel>
#include <QAbstractTableModel>
#include <QHash>

namespace PCAuth {

/// The customers of one profile as Partner Center listed them, plus the outcome of an access
/// check per row. Rows are only ever appended (page after page) or all cleared, so a row
/// number stays valid for the life of a listing; the check results refer to rows by customer
/// id anyway, because the user may reload.
///
/// Each row has one case-folded "haystack" (name, domain, tenant id) computed once when the
/// row arrives: the filter then does one substring search per row per keystroke instead of
/// three case-insensitive comparisons or a regular expression. The haystacks of all rows lie
/// end to end in one buffer, so a keystroke reads memory in order rather than chasing 50,000
/// separate strings.
class CustomersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersModel)
public:
    enum Column { NameColumn, DomainColumn, TenantColumn, RelationshipColumn, AccessColumn };
    static constexpr int ColumnCount = AccessColumn + 1;
    /// On the Access column: CustomerHealthCheck::statusId() ("ok", ...), empty if unchecked.
    static constexpr int StatusIdRole = Qt::UserRole;

    explicit CustomersModel(QObject *parent = nullptr);
    ~CustomersModel() override;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Appends the customers not already listed (same id); returns how many were added.
    /// A server that repeats a customer on two pages must not make it appear twice.
    int append(const QList<Customer> &customers);
    void clear();
    /// Forgets every check result (a new listing or another profile).
    void clearHealth();

    const Customer &customer(int row) const { return m_rows.at(size_t(row)).customer; }
    /// Case-folded "name\ndomain\ntenant id" of the row.
    QStringView haystack(int row) const
    {
        const qsizetype start = m_haystackStart[size_t(row)];
        return QStringView(m_haystacks).mid(start, m_haystackStart[size_t(row) + 1] - start);
    }
    const std::optional<CustomerHealth> &health(int row) const
    {
        return m_rows.at(size_t(row)).health;
    }
    /// The row of the customer id, or -1.
    int rowOf(const QString &customerId) const { return m_rowById.value(customerId, -1); }
    /// What the cell shows (its Qt::DisplayRole), for sorting and copying.
    QString text(int row, int column) const;
    /// Stores the result of a check in the customer's row (found by customerId).
    void setHealth(const CustomerHealth &health);

    /// Status, then the reason and what to do, for tooltips and the page's banner.
    static QString healthText(const CustomerHealth &health);

    /// The Access column's icon per status (Qt::DecorationRole); none until set. The view
    /// sets it: the model itself needs no GUI.
    using StatusIcon = std::function<QVariant(CustomerHealth::Status)>;
    void setStatusIcon(StatusIcon icon) { m_statusIcon = std::move(icon); }

private:
    struct Row
    {
        Customer customer;
        std::optional<CustomerHealth> health;
    };

    QVariant accessData(const Row &row, int role) const;

    std::vector<Row> m_rows;
    QString m_haystacks; // every row's, end to end
    std::vector<qsizetype> m_haystackStart{0}; // row r's is [start[r], start[r + 1])
    QHash<QString, int> m_rowById;
    StatusIcon m_statusIcon;
};

/// Live filter and sort over CustomersModel: case-insensitive substring of name, domain or
/// tenant id (the model's precomputed haystack), rows in Partner Center's order or sorted by
/// a column.
///
/// Why not QSortFilterProxyModel: at 50,000 rows its refilter (a virtual filterAcceptsRow per
/// row, rebuilding its mappings) plus the view's relayout took 9 to 17 ms per keystroke. Here
/// a keystroke is a substring search over a vector of row numbers and, only when the shown
/// rows changed, one layout change:
///  - the sort order of every row is kept (m_order) and redone only when the sort changes or
///    rows arrive, never per keystroke;
///  - narrowing: when the new text contains the previous one, only the rows shown before can
///    match, so only they are searched ("ma" -> "map" searches the "ma" rows);
///  - nothing changes on screen (no signal) when the same rows match.
/// Selections and the current row survive a refilter as persistent indexes do.
///
/// The source model only appends rows, changes data or resets (CustomersModel's contract);
/// anything else resets the proxy. A row's check result does not move it while sorted by the
/// Access column: the order is taken when the user sorts (as a re-sort under the mouse would
/// move the row being clicked).
class CustomerFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerFilterProxy)
public:
    explicit CustomerFilterProxy(CustomersModel *model, QObject *parent = nullptr);
    ~CustomerFilterProxy() override;

    /// Filters at once; leading and trailing spaces are ignored.
    void setFilterText(const QString &text);
    /// Case-folded and trimmed, as applied.
    QString filterText() const { return m_needle; }
    bool isFiltered() const { return !m_needle.isEmpty(); }
    /// The source rows shown, top to bottom.
    const std::vector<int> &shownSourceRows() const { return m_shown; }

    QModelIndex index(int row, int column,
                      const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    /// Column -1: Partner Center's order. Case-insensitive, not locale-aware, stable.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    bool lessThan(int left, int right) const;
    void sortRows(std::vector<int> &rows) const;
    /// The rows of `candidates` (in their order) that match the filter.
    std::vector<int> matching(const std::vector<int> &candidates) const;
    /// Shows `rows` in one layout change, moving the persistent indexes along.
    void relayout(std::vector<int> rows);
    void rebuild();
    void sourceRowsInserted(int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    CustomersModel *m_model;
    QString m_needle; // case-folded
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order; // every source row, in the sort order
    std::vector<int> m_shown; // the source rows that match, in the sort order
    std::vector<int> m_proxyRow; // per source row: its row here, or -1
};

} // namespace PCAuth
