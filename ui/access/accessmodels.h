// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "accesssummary.h"
#include "session/accesscheckrun.h"
#include "session/consentgrantrun.h"
#include "session/gdapexport.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace PCAuth {

/// Roles every model of the Access view answers on every cell of a row, so that the page can
/// colour a row by its status without knowing the model.
namespace AccessRoles {
/// accessStatusId() of the row's status ("ok", "warning", ...); empty when not checked.
inline constexpr int StatusId = Qt::UserRole;
/// The row's AccessStatus as an int; invalid when not checked.
inline constexpr int Status = Qt::UserRole + 1;
/// What sorts the column: numbers for dates and days, severity for statuses.
inline constexpr int Sort = Qt::UserRole + 2;
} // namespace AccessRoles

/// Whole days, as the views say them: "5 days", "today", "ended 12 days ago".
QString daysLeftText(int days);
/// Descriptive name of a profile-level check id ("partner-center-mfa": "Partner Center MFA").
QString accessCheckTitle(const AccessVerdict &verdict);
/// The one sentence that sums up a report, for the profile list: the finding
/// reportHeadline() chooses, in full; a customer's is prefixed with its name.
QString profileHeadline(const AccessReport &report);

/// What the Access view's tables share: a flat table of `columns` columns over a list.
class AccessTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = QModelIndex()) const final;
    int columnCount(const QModelIndex &parent = QModelIndex()) const final;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const final;

protected:
    AccessTableModel(int columns, QObject *parent);
    /// The rows of the list.
    virtual int size() const = 0;
    /// The column headers, in column order.
    virtual QStringList columnTitles() const = 0;

private:
    int m_columns;
};

/// One row per profile: its name, the worst status of its last access check, the headline
/// and when it was checked ("Not checked yet" before).
class AccessProfilesModel final : public AccessTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessProfilesModel)
public:
    enum Column { NameColumn, StatusColumn, HeadlineColumn, CheckedColumn };
    static constexpr int ColumnCount = CheckedColumn + 1;
    /// The profile id, on every column.
    static constexpr int ProfileIdRole = Qt::UserRole + 10;

    struct Row
    {
        QString id;
        QString name;
        std::optional<AccessStatus> status; // empty: not checked
        QString headline;
        QDateTime checkedAt;
        bool checking = false;
    };

    explicit AccessProfilesModel(QObject *parent = nullptr);
    ~AccessProfilesModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;

    /// Replaces the rows (a profile added, renamed or removed).
    void setRows(const QList<Row> &rows);
    /// Updates the row of the profile, if listed.
    void updateRow(const Row &row);
    int rowOf(const QString &profileId) const;
    const Row &row(int row) const { return m_rows.at(row); }

private:
    int size() const override { return int(m_rows.size()); }

    QList<Row> m_rows;
};

/// The app-health panel: the profile-level findings of a report (MFA probe beside the
/// token's amr, MFA adoption, each secret and certificate, the redirect URI, the app's grants
/// in the partner tenant, the GDAP list). The evidence is the tooltip.
class AppHealthModel final : public AccessTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppHealthModel)
public:
    enum Column { StatusColumn, CheckColumn, FindingColumn, EndsColumn, ActionColumn };
    static constexpr int ColumnCount = ActionColumn + 1;

    explicit AppHealthModel(QObject *parent = nullptr);
    ~AppHealthModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;

    void setVerdicts(const QList<AccessVerdict> &verdicts);
    const AccessVerdict &verdict(int row) const { return m_verdicts.at(row); }

private:
    int size() const override { return int(m_verdicts.size()); }

    QList<AccessVerdict> m_verdicts;
};

/// Every GDAP relationship of a report across its customers, and a row for each customer
/// without one (gdapRows()).
class GdapModel final : public AccessTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GdapModel)
public:
    enum Column {
        StatusColumn,
        CustomerColumn,
        RelationshipColumn,
        StateColumn, // the relationship's own status (active, expiring, ...)
        EndsColumn,
        DaysLeftColumn,
        AutoExtendColumn,
        RolesColumn,
        FindingColumn
    };
    static constexpr int ColumnCount = FindingColumn + 1;

    explicit GdapModel(QObject *parent = nullptr);
    ~GdapModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;

    void setRows(const QList<GdapRow> &rows);
    const QList<GdapRow> &rows() const { return m_rows; }
    const GdapRow &row(int row) const { return m_rows.at(row); }

private:
    int size() const override { return int(m_rows.size()); }

    QList<GdapRow> m_rows;
};

/// The GDAP table's sorting (AccessRoles::Sort) and its window: relationships ending within
/// `windowDays` (ended ones included); 0 shows every row, customers without one too.
class GdapFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GdapFilterProxy)
public:
    explicit GdapFilterProxy(QObject *parent = nullptr);
    ~GdapFilterProxy() override;

    int windowDays() const { return m_windowDays; }
    void setWindowDays(int days);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_windowDays = 0;
};

/// The customers of a report: the app's consent in each, its GDAP verdict and the tasks the
/// roles allow. Which of them lack consent decides "Grant consent…".
class AccessCustomersModel final : public AccessTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessCustomersModel)
public:
    enum Column { StatusColumn, CustomerColumn, ConsentColumn, GdapColumn, TasksColumn };
    static constexpr int ColumnCount = TasksColumn + 1;

    explicit AccessCustomersModel(QObject *parent = nullptr);
    ~AccessCustomersModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QStringList columnTitles() const override;

    void setCustomers(const QList<CustomerAccess> &customers);
    const CustomerAccess &customer(int row) const { return m_customers.at(row); }
    int rowOf(const QString &customerName) const;
    /// What Grant consent needs for the row; empty when its consent is fine or unknown.
    std::optional<ConsentTarget> consentTarget(int row) const;

private:
    int size() const override { return int(m_customers.size()); }

    QList<CustomerAccess> m_customers;
};

} // namespace PCAuth
