// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "health/healthcheck.h"
#include "health/tokenhealth.h"
#include "profiles/profile.h"

#include <optional>

#include <QAbstractItemModel>
#include <QList>
#include <QString>

namespace PCAuth {

class AppServices;

/// The dashboard's tree: one top-level row per profile, its customer tenants as children.
///
/// Health is computed from the vault index (TokenBroker::metadata), never from the keychain,
/// so the whole table draws without unlocking anything. The model owns no network work: the
/// page runs the actions and customer checks and reports their progress here, so that the
/// tree, the details area and the tray all read one source of truth.
///
/// Contract with other views and tests: column 0 is the name, column 1 the status text
/// (healthStatusLabel) with Qt::UserRole holding healthStatusId() (customers:
/// CustomerHealthCheck::statusId(), "pending" before the check). The last column, Access,
/// shows the profile's latest access check (AppServices::access(), AccessSummary): on a
/// profile row the worst status of the whole report and what it is about, on a customer row
/// (matched by tenant id) that customer's status and worst finding; Qt::UserRole holds
/// accessStatusId(), or "not-checked" (no report, or the customer is not in it) or
/// "checking" (a check runs and there is no report yet).
class HealthModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthModel)
public:
    enum Column {
        NameColumn,
        StatusColumn,
        MfaColumn,
        AccountColumn,
        LastRefreshColumn,
        DaysLeftColumn,
        AccessTokenColumn,
        LastErrorColumn,
        AccessColumn,
        ColumnCount
    };
    enum class RowKind { Profile, Customer, Placeholder };
    /// Whether the customer tenants of a profile have been read.
    enum class CustomerState { NotLoaded, Loading, Loaded, Failed };

    /// What the page needs to know about a row to decide which actions apply.
    struct RowInfo
    {
        RowKind kind = RowKind::Placeholder;
        QString profileId;
        QString name; // profile or customer name
        QString tenantId; // customer rows: the customer tenant
        bool refreshTokenPresent = false; // of the profile
        CredentialKind credential = CredentialKind::None; // of the profile, as last loaded
        bool busy = false; // an action runs on the profile
        bool valid = false;
    };

    explicit HealthModel(AppServices &services, QObject *parent = nullptr);
    ~HealthModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    /// Expanding a profile whose customers were never read asks for them (customersWanted).
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// Reads the profiles again (profilesChanged). Rows keep their customers and messages.
    void reload();
    /// Reads one profile's token metadata again (tokenChanged).
    void reloadProfile(const QString &profileId);
    /// A second passed: the countdown and relative times move (dataChanged on those columns);
    /// a row whose verdict changed with time (warning window, expiry) is repainted whole.
    void tickCountdown();

    /// profiles.json could not be read: what went wrong (empty otherwise).
    QString loadProblem() const { return m_loadProblem; }
    int profileCount() const { return int(m_rows.size()); }
    QModelIndex profileIndex(const QString &profileId, int column = NameColumn) const;
    RowInfo rowInfo(const QModelIndex &index) const;
    /// The selected row in plain words: status, reasons, what to do, the last action's error.
    QString details(const QModelIndex &index) const;
    /// The status of every profile, in row order (the tray's input).
    QList<HealthStatus> statuses() const;

    void setBusy(const QString &profileId, bool busy);
    /// The profile's access check started, finished or its report changed: repaints the
    /// Access column of the profile and its customers.
    void accessChanged(const QString &profileId);
    /// The last action's failure on the profile ("" clears it); shown as its last error.
    void setActionMessage(const QString &profileId, const QString &message);
    /// The same for one customer of the profile (by tenant id), on that customer's row.
    void setCustomerActionMessage(const QString &profileId, const QString &tenantId,
                                  const QString &message);

    CustomerState customerState(const QString &profileId) const;
    /// Customer reading started, or progressed: `text` says how far ("120 customers read").
    void setCustomersLoading(const QString &profileId, const QString &text);
    void setCustomers(const QString &profileId, const QList<Customer> &customers);
    void setCustomerChecking(const QString &profileId, bool checking);
    void setCustomerHealth(const QString &profileId, int index, const CustomerHealth &health);
    void setCustomersFinished(const QString &profileId);
    void setCustomersFailed(const QString &profileId, const QString &problem);

Q_SIGNALS:
    /// The view expanded a profile whose customers were never read.
    void customersWanted(const QString &profileId);

private:
    struct CustomerRow
    {
        Customer customer;
        std::optional<CustomerHealth> health;
        bool checking = false;
        QString actionMessage; // the last action's failure on this customer
    };
    struct ProfileRow
    {
        Profile profile;
        TokenMetadata meta;
        HealthReport report;
        QString upn;
        bool busy = false;
        QString actionMessage;
        CustomerState customerState = CustomerState::NotLoaded;
        QString customerText; // progress while loading, the problem when failed
        QList<CustomerRow> customers;
    };

    void evaluate(ProfileRow &row) const;
    int rowOf(const QString &profileId) const;
    static int childCount(const ProfileRow &row);
    /// Replaces the children of `row` (removal, then insertion, so views stay consistent).
    void setChildren(int row, CustomerState state, const QString &text,
                     const QList<CustomerRow> &customers);
    void rowChanged(int row);

    QVariant profileData(const ProfileRow &row, int column, int role) const;
    QVariant profileDisplay(const ProfileRow &row, int column) const;
    QVariant profileToolTip(const ProfileRow &row, int column) const;
    QVariant customerData(const QString &profileId, const CustomerRow &row, int column,
                          int role) const;
    /// "Access: …" and its findings, for details().
    QString accessDetails(const QString &profileId, const QString &tenantId) const;
    QVariant placeholderData(const ProfileRow &row, int column, int role) const;
    QString lastError(const ProfileRow &row) const;
    /// The core's figures of the row now (the CLI prints the same).
    HealthFigures figures(const ProfileRow &row) const;
    /// The Access column's value of a profile row, or of its customer with `tenantId`.
    QVariant accessData(const QString &profileId, const QString &tenantId, int role) const;

    AppServices &m_services;
    QList<ProfileRow> m_rows;
    QString m_loadProblem;
};

} // namespace PCAuth
