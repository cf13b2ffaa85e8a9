// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "messagewidget.h"
#include "profiles/profile.h"

#include <memory>
#include <optional>

#include <QPointer>
#include <QWidget>

namespace Ui {
class CustomersPage;
}

namespace PCAuth {

class AppServices;
class CustomerFilterProxy;
class CustomerHealthCheck;
class CustomerLoader;
class CustomersModel;
struct CustomerHealth;

/// The customers of a profile: loaded from Partner Center page by page (rows appear as pages
/// arrive), filtered as the user types, and checked for access (a Graph token in the
/// customer's tenant, then GET /v1.0/organization) per row or in bulk.
///
/// Everything runs on the GUI thread's event loop through the engine's callbacks; loading and
/// checking show progress and can be cancelled, and rows read before an error or a cancel
/// are kept. One operation runs at a time, so check results always belong to the listed rows.
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
    CustomersModel &model() const { return *m_model; }
    /// Loading or checking.
    bool isBusy() const;

private:
    using Tone = MessageWidget::MessageType;

    void setUpTable();
    void setUpShortcuts();
    void reloadProfiles();
    QString currentProfileId() const;
    bool hasRefreshToken(const QString &profileId) const;
    void profileChosen();
    /// The current profile and its cloud, or a message (shown in the banner) and nothing.
    std::optional<Profile> usableProfile();

    void load();
    void cancel();
    void pageLoaded(const QList<Customer> &customers);
    void loadFinished(const QString &problem);

    void checkSelected();
    void checkAll();
    void startCheck(const QList<int> &rows);
    void customerChecked(const CustomerHealth &health);
    void checkFinished();

    void showBanner(Tone tone, const QString &text, bool offerConsent = false);
    void hideBanner();
    void showCurrentRowHealth();
    void updateCount();
    void updateButtons();
    void setProgress(int value, int maximum, const QString &text);
    void endProgress(const QString &text);

    std::unique_ptr<Ui::CustomersPage> m_ui;
    AppServices &m_services;
    CustomersModel *m_model;
    CustomerFilterProxy *m_proxy;
    QPointer<CustomerLoader> m_loader;
    QPointer<CustomerHealthCheck> m_check;
    QString m_loadedProfileId; // whose customers the rows are
    int m_pageSize = 500;
    bool m_cancelled = false;
    bool m_bannerShowsRow = false; // the banner explains the current row's check
};

} // namespace PCAuth
