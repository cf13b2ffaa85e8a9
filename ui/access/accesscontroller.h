// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/consentgrantrun.h"

#include <QList>
#include <QObject>

namespace PCAuth {

class AccessCustomersModel;
class AccessProfilesModel;
class AppHealthModel;
class AppServices;
class GdapFilterProxy;
class GdapModel;
struct AccessReport;

/// The Access view's work ("will my calls work?"), without a window, over the app's
/// AccessMonitor: the profiles with the headline of their last check, the chosen profile's
/// report in three models (app health, GDAP relationships, customers), the check and its
/// progress, the CSV export, and which selected customers a Grant consent would fix.
///
/// The monitor owns the checks and the reports; the controller only shows them, so another
/// view's check (the dashboard's) shows here too, and leaving the view stops nothing.
class AccessController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccessController)
    /// The chosen profile; its report fills the models.
    Q_PROPERTY(QString profileId READ profileId WRITE setProfileId NOTIFY profileIdChanged)
    /// A check of the chosen profile runs.
    Q_PROPERTY(bool checking READ isChecking NOTIFY stateChanged)
    /// A check of any profile runs.
    Q_PROPERTY(bool checkingAny READ isCheckingAny NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(int progressValue READ progressValue NOTIFY stateChanged)
    /// 0 while the customers are not listed yet.
    Q_PROPERTY(int progressMaximum READ progressMaximum NOTIFY stateChanged)
    /// Show relationships ending within this many days; 0: all.
    Q_PROPERTY(int windowDays READ windowDays WRITE setWindowDays NOTIFY windowDaysChanged)
    /// The selected customers include one whose consent a grant would fix.
    Q_PROPERTY(bool canGrantConsent READ canGrantConsent NOTIFY selectionChanged)
public:
    explicit AccessController(AppServices &services, QObject *parent = nullptr);
    ~AccessController() override;

    AccessProfilesModel *profiles() const { return m_profiles; }
    AppHealthModel *appHealth() const { return m_appHealth; }
    GdapModel *gdap() const { return m_gdap; }
    /// The GDAP table: sortable (AccessRoles::Sort), filtered by windowDays.
    GdapFilterProxy *gdapProxy() const { return m_gdapProxy; }
    AccessCustomersModel *customers() const { return m_customers; }

    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &profileId);
    /// The chosen profile's report, or nullptr before its first check.
    const AccessReport *report() const;
    bool isChecking() const;
    bool isCheckingAny() const;
    QString statusText() const { return m_statusText; }
    int progressValue() const { return m_progressValue; }
    int progressMaximum() const { return m_progressMaximum; }
    int windowDays() const;
    void setWindowDays(int days);

    /// Checks the chosen profile (with the app's consent in every customer).
    void check();
    /// Checks every profile, side by side.
    void checkAll();
    /// Stops the chosen profile's check; its previous report stays.
    void cancel();
    void cancelAll();

    /// The rows of customers() the user selected.
    void setSelectedCustomers(const QList<int> &rows);
    bool canGrantConsent() const { return !consentTargets().isEmpty(); }
    /// What a grant would fix among the selected customers: missing consent, or a consent
    /// lacking scopes (`replace`).
    QList<ConsentTarget> consentTargets() const;
    /// Asks for the Grant consent dialog (grantConsentRequested()); nothing without targets.
    void requestGrantConsent();

    /// The chosen profile's GDAP overview as CSV (gdapCsv()); empty before a check.
    QByteArray gdapCsv() const;
    /// Writes gdapCsv() to `path`; the error message, or empty on success.
    QString exportGdapCsv(const QString &path) const;

Q_SIGNALS:
    void profileIdChanged();
    void stateChanged();
    void windowDaysChanged();
    void selectionChanged();
    /// The chosen profile's report is new or changed (also gone).
    void reportChanged();
    void grantConsentRequested(const QString &profileId,
                               const QList<PCAuth::ConsentTarget> &targets);

private:
    void reloadProfiles();
    void updateProfileRow(const QString &profileId);
    void reloadReport();
    void updateState();

    AppServices &m_services;
    AccessProfilesModel *m_profiles;
    AppHealthModel *m_appHealth;
    GdapModel *m_gdap;
    GdapFilterProxy *m_gdapProxy;
    AccessCustomersModel *m_customers;
    QString m_profileId;
    QList<int> m_selected;
    QString m_statusText;
    int m_progressValue = 0;
    int m_progressMaximum = 0;
};

} // namespace PCAuth
