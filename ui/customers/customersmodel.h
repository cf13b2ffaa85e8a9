// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "health/healthcheck.h"

#include <functional>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace PCAuth {

/// The customers of one profile as Partner Center listed them, plus the outcome of an access
/// check per row. Rows are only ever appended (page after page) or all cleared, so a row
/// number stays valid for the life of a listing; the check results refer to rows by customer
/// id anyway, because the user may reload.
///
/// Each row carries one case-folded "haystack" (name, domain, tenant id) computed once when
/// the row arrives: the filter then does one substring search per row per keystroke instead
/// of three case-insensitive comparisons or a regular expression.
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
    const QString &haystack(int row) const { return m_rows.at(size_t(row)).haystack; }
    const std::optional<CustomerHealth> &health(int row) const
    {
        return m_rows.at(size_t(row)).health;
    }
    /// The row of the customer id, or -1.
    int rowOf(const QString &customerId) const { return m_rowById.value(customerId, -1); }
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
        QString haystack;
        std::optional<CustomerHealth> health;
    };

    QVariant accessData(const Row &row, int role) const;

    std::vector<Row> m_rows;
    QHash<QString, int> m_rowById;
    StatusIcon m_statusIcon;
};

/// Live filter over CustomersModel: case-insensitive substring of name, domain or tenant id.
/// filterAcceptsRow reads the model's precomputed haystack; nothing is allocated per row.
class CustomerFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerFilterProxy)
public:
    explicit CustomerFilterProxy(CustomersModel *model, QObject *parent = nullptr);
    ~CustomerFilterProxy() override;

    /// Filters at once; leading and trailing spaces are ignored.
    void setFilterText(const QString &text);
    QString filterText() const { return m_needle; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CustomersModel *m_model;
    QString m_needle; // case-folded
};

} // namespace PCAuth
