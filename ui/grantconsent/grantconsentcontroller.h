// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/consentgrantrun.h"

#include <QAbstractTableModel>
#include <QObject>
#include <QPointer>

namespace PCAuth {

class AppServices;

/// A table of text for the dialog's views: a header and rows of cells, a tooltip per cell
/// (the whole text, which a narrow column cuts).
class GrantConsentTable final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantConsentTable)
public:
    explicit GrantConsentTable(QStringList header, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setRows(const QList<QStringList> &rows);
    void setRow(int row, const QStringList &cells);
    /// The cell's text; empty outside the table.
    QString text(int row, int column) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

/// The work of "Grant consent…" without a window: Partner Center's applicationconsents for the
/// selected customers of one profile (ConsentGrantRun), in three states:
///
///     Preview --start()--> Running --> Done
///                             \--cancel()--> Cancelled
///
///  - Preview: previewModel() has exactly the requests start() sends (ConsentGrantRun::preview):
///    one row per request, customer, method and path; previewBody() the body of one.
///    setScopes() changes the Microsoft Graph permissions granted (default Directory.Read.All).
///  - Running: progress ("3 of 7 customers"), the results model filled as each customer is
///    answered; throttled() while Partner Center answers 429 and the run waits out its
///    Retry-After.
///  - Done / Cancelled: every customer's outcome (granted, failed, not sent), HTTP status,
///    message, request id and its consent as the re-check found it; summary(). The re-check
///    is folded into the Access view's report (AccessMonitor::applyConsentResults).
///
/// Each start() ends with exactly one finished(); cancel() sends nothing more.
class GrantConsentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantConsentController)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY stateChanged)
public:
    enum class State { Preview, Running, Done, Cancelled };
    Q_ENUM(State)

    enum ResultColumn {
        CustomerColumn,
        OutcomeColumn,
        StatusColumn,
        MessageColumn,
        RequestIdColumn,
        ConsentAfterColumn,
        ResultColumnCount
    };
    enum PreviewColumn { PreviewCustomerColumn, MethodColumn, PathColumn, PreviewColumnCount };

    GrantConsentController(AppServices &services, const QString &profileId,
                           const QList<ConsentTarget> &targets, QObject *parent = nullptr);
    ~GrantConsentController() override;

    QString profileId() const { return m_profileId; }
    /// The profile's name; empty when there is no such profile (see problem()).
    QString profileName() const { return m_profile.name; }
    /// The app's client id the consent is for.
    QString appId() const { return m_profile.clientId; }
    /// Why nothing can be granted (no such profile, no customer); empty when it can.
    QString problem() const { return m_problem; }
    const QList<ConsentTarget> &targets() const { return m_targets; }
    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Running; }

    /// Microsoft Graph delegated scopes to grant. Only in Preview; an empty list is refused.
    bool setScopes(const QStringList &requested);
    QStringList scopes() const;
    /// The requests start() sends, as ConsentGrantRun::preview() gives them.
    const QList<PlannedRequest> &preview() const { return m_preview; }
    QAbstractItemModel *previewModel() { return &m_previewModel; }
    /// The body of preview() row `row`, indented JSON; empty for a DELETE.
    QString previewBody(int row) const;

    /// Grants; only in Preview, and nothing when problem() is set.
    void start();
    /// Sends nothing more; the customers not yet sent end "not sent". Only while running.
    void cancel();

    int done() const { return m_done; }
    int total() const { return int(m_targets.size()); }
    /// "3 of 7 customers", or while throttled "… waiting for Partner Center (throttled)".
    QString progressText() const;
    /// Partner Center answered 429 since the last customer was done: the run waits.
    bool throttled() const { return m_throttled; }

    QAbstractItemModel *resultsModel() { return &m_resultsModel; }
    const QList<ConsentGrantResult> &results() const { return m_results; }
    /// "5 granted, 1 failed, 1 not sent", and what the re-check found; empty before the end.
    QString summary() const;

    static QString outcomeLabel(ConsentGrantResult::Outcome outcome);

Q_SIGNALS:
    void stateChanged();
    void previewChanged();
    void progressChanged();
    /// One start() ended (results() are final).
    void finished();

private:
    void updatePreview();
    void showResult(int index, const ConsentGrantResult &result);
    void onFinished(const QList<ConsentGrantResult> &results);
    void setState(State state);

    AppServices &m_services;
    QString m_profileId;
    Profile m_profile;
    QString m_problem;
    QList<ConsentTarget> m_targets;
    QList<ApplicationGrant> m_grants;
    QList<PlannedRequest> m_preview;
    QList<ConsentGrantResult> m_results;
    GrantConsentTable m_previewModel;
    GrantConsentTable m_resultsModel;
    QPointer<ConsentGrantRun> m_run;
    State m_state = State::Preview;
    int m_done = 0;
    bool m_throttled = false;
};

} // namespace PCAuth
