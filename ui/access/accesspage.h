// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/consentgrantrun.h"

#include <memory>

#include <QWidget>

namespace Ui {
class AccessPage;
}

class QSortFilterProxyModel;

namespace PCAuth {

class AccessController;
class AccessStatusDecorator;
class AppServices;
class MessageWidget;

/// "Will my calls work?": the access check of each profile (AccessMonitor) as a page. Left,
/// the profiles with the status and headline of their last check and a colour legend; right,
/// the chosen profile's app health (partner-tenant findings), then its GDAP relationships on
/// a 90-day timeline above a sortable table with a window filter and CSV export, and its
/// customers' consent with "Grant consent…".
///
/// The work is AccessController's; the page binds widgets to it. Grant consent… opens the
/// GrantConsentDialog for the selected customers (and says so with grantConsentRequested()).
class AccessPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessPage)
public:
    explicit AccessPage(AppServices &services, QWidget *parent = nullptr);
    ~AccessPage() override;

    AccessController *controller() const { return m_controller; }
    /// Writes the chosen profile's GDAP CSV to `path` and says so in the banner; the error,
    /// or empty. Export CSV… asks for the path, then calls this.
    QString exportCsvTo(const QString &path);
    /// Shows the GDAP tab or the customers tab.
    void showGdap();
    void showCustomers();

Q_SIGNALS:
    /// Grant consent… with the selected customers that lack the app's consent.
    void grantConsentRequested(const QString &profileId,
                               const QList<PCAuth::ConsentTarget> &targets);

private:
    void setUpTables();
    void setUpLegend();
    void connectController();
    void showProfiles();
    void showState();
    void showReport();
    void updateGdapCount();
    void selectRelationship(int gdapRow);
    void customersSelected();
    void exportCsv();

    std::unique_ptr<Ui::AccessPage> m_ui;
    AppServices &m_services;
    AccessController *m_controller;
    MessageWidget *m_message;
    AccessStatusDecorator *m_profilesView = nullptr;
    AccessStatusDecorator *m_appHealthView = nullptr;
    AccessStatusDecorator *m_gdapView = nullptr;
    AccessStatusDecorator *m_customersDecorated = nullptr;
    QSortFilterProxyModel *m_customersView = nullptr;
};

} // namespace PCAuth
