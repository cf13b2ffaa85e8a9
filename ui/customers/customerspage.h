// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWidget>

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

private:
    void setUpTable();
    void setUpShortcuts();
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
};

} // namespace PCAuth
