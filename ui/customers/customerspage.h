// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

class QAction;
class QMenu;

namespace Ui {
class CustomersPage;
}

namespace PCAuth {

class AppServices;
class CustomersController;
class CustomersModel;

/// The customers of a profile: loaded from Partner Center page by page (rows appear as pages
/// arrive), filtered as the user types, and checked for access (a Graph token in the
/// customer's tenant, then GET /v1.0/organization) per row or in bulk.
///
/// The work is CustomersController's (loading, filtering, checking, cancelling, the messages);
/// the page binds the widgets to it: the profile combo, the table over its filtered model,
/// the buttons enabled by its state, its message in the banner and its progress.
class CustomersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)
public:
    explicit CustomersPage(AppServices &services, QWidget *parent = nullptr);
    ~CustomersPage() override;

    /// Selects the profile and loads its customers.
    void showProfile(const QString &profileId);
    /// Customers per Partner Center page, 1..500 (default 500, Partner Center's maximum).
    void setPageSize(int size);
    /// The page's rows (all of them, unfiltered): benchmarks and tests read and fill it.
    CustomersModel &model() const;
    /// Loading or checking.
    bool isBusy() const;
    CustomersController *controller() const { return m_controller; }
    /// The rows' context menu ("customersMenu"), as a right click pops it up.
    QMenu *contextMenu() const { return m_menu; }
    /// The selected rows as text: one line per row, the visible columns in their order,
    /// separated by tabs, no header (what Ctrl+C copies).
    QString selectedRowsText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpTable();
    void setUpShortcuts();
    void setUpContextMenu();
    void sizeColumns();
    /// The selected rows of the model (current row when none), top to bottom as shown.
    QList<int> selectedSourceRows() const;
    void copyToClipboard(const QString &text);
    void copyColumn(int column);
    void connectController();
    void showProfiles();
    int currentSourceRow() const;
    void checkSelected();
    void showBanner();
    void showProgress();
    void updateCount();
    void updateButtons();

    std::unique_ptr<Ui::CustomersPage> m_ui;
    AppServices &m_services;
    CustomersController *m_controller;
    QMenu *m_menu = nullptr;
    int m_sizedForRows = 0; // the rows the columns were last fitted to
    QAction *m_copyAction = nullptr;
    QAction *m_copyTenantAction = nullptr;
    QAction *m_copyDomainAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_testCallAction = nullptr;
    QAction *m_grantConsentAction = nullptr;
};

} // namespace PCAuth
