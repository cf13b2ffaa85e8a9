// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "profiles/profile.h"
#include "session/consentgrantrun.h"

#include <optional>

#include <QList>
#include <QObject>
#include <QPointer>

namespace PCAuth {

class AppServices;
class CustomerFilterProxy;
class CustomerHealthCheck;
class CustomerLoader;
class CustomersModel;
struct CustomerHealth;

/// The customers view's work, without a window: the profile chosen, its customers loaded from
/// Partner Center page by page into the model (rows appear as pages arrive), the live filter,
/// the access checks (a Graph token in the customer's tenant, then GET /v1.0/organization) of
/// some rows or all, and what the page shows of them (status line, progress, banner message,
/// count).
///
/// One piece of work runs at a time, so check results always belong to the listed rows. Each
/// is owned by an object of the controller: cancel() deletes the loader (the request in flight
/// is dropped, rows read so far are kept) or cancels the check. Every load and every check
/// ends with exactly one workFinished(), also when cancelled.
class CustomersController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersController)
    /// The chosen profile; changing it drops the rows of another one.
    Q_PROPERTY(QString profileId READ profileId WRITE setProfileId NOTIFY profileIdChanged)
    /// Whose customers the rows are (empty until a load starts).
    Q_PROPERTY(QString loadedProfileId READ loadedProfileId NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY stateChanged)
    Q_PROPERTY(bool checking READ isChecking NOTIFY stateChanged)
    /// A load of the chosen profile ended (or was cancelled): the next one is a reload.
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY progressChanged)
    Q_PROPERTY(bool progressVisible READ isProgressVisible NOTIFY progressChanged)
    Q_PROPERTY(int progressValue READ progressValue NOTIFY progressChanged)
    /// 0 while loading (the total is unknown).
    Q_PROPERTY(int progressMaximum READ progressMaximum NOTIFY progressChanged)
    /// The banner: empty when hidden.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(
        PCAuth::CustomersController::MessageKind messageKind READ messageKind NOTIFY messageChanged)
    /// The message is solved by a partner consent (the page offers the button).
    Q_PROPERTY(bool offersConsent READ offersConsent NOTIFY messageChanged)
    /// "1,234 of 5,000 customers" (shown of loaded), or "No customers loaded".
    Q_PROPERTY(QString countText READ countText NOTIFY countChanged)
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY countChanged)
    /// What checkAll() checks: "Check all", or "Check 3 shown" while a filter hides rows.
    Q_PROPERTY(QString checkAllText READ checkAllText NOTIFY countChanged)
    Q_PROPERTY(QString checkAllToolTip READ checkAllToolTip NOTIFY countChanged)
    /// Checks at a time; kept in the app's settings.
    Q_PROPERTY(int concurrency READ concurrency WRITE setConcurrency NOTIFY concurrencyChanged)
public:
    enum class MessageKind { Information, Warning, Error };
    Q_ENUM(MessageKind)
    enum class Work { Load, Check };
    Q_ENUM(Work)

    /// A profile to choose, in the order offered: those that can load customers first.
    struct ProfileChoice
    {
        QString id;
        QString text; // the name, or "Name (no refresh token)"
        bool hasRefreshToken = false;
    };

    explicit CustomersController(AppServices &services, QObject *parent = nullptr);
    ~CustomersController() override;

    /// Every row loaded (unfiltered), and the filtered, sortable view over it.
    CustomersModel *model() const { return m_model; }
    CustomerFilterProxy *proxy() const { return m_proxy; }

    QList<ProfileChoice> profiles() const { return m_profiles; }
    QString profileId() const { return m_profileId; }
    void setProfileId(const QString &profileId);
    QString loadedProfileId() const { return m_loadedProfileId; }
    bool isBusy() const { return isLoading() || isChecking(); }
    bool isLoading() const;
    bool isChecking() const;
    bool isLoaded() const { return m_loaded; }
    QString statusText() const { return m_statusText; }
    bool isProgressVisible() const { return m_progressVisible; }
    int progressValue() const { return m_progressValue; }
    int progressMaximum() const { return m_progressMaximum; }
    QString message() const { return m_message; }
    MessageKind messageKind() const { return m_messageKind; }
    bool offersConsent() const { return m_offersConsent; }
    QString countText() const;
    QString filterText() const;
    /// Filters at once; leading and trailing spaces are ignored.
    void setFilterText(const QString &text);
    int concurrency() const;
    void setConcurrency(int concurrency);
    /// Customers per Partner Center page, 1..500 (default 500, Partner Center's maximum).
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }

    /// Reads the profiles again (profilesChanged, tokenChanged), keeping the choice.
    void reloadProfiles();
    /// Chooses the profile and loads its customers.
    void showProfile(const QString &profileId);
    /// Loads the chosen profile's customers, replacing the rows; nothing while busy.
    void load();
    /// Stops loading (the rows read stay) or checking; nothing else runs then.
    void cancel();
    /// The button text of checkAll(), with a mnemonic.
    QString checkAllText() const;
    QString checkAllToolTip() const;
    /// Checks the rows (of model()); none: a warning says to select some.
    void checkRows(QList<int> rows);
    /// Checks the rows the filter shows (every row without a filter).
    void checkAll();
    /// Asks the main window for the request console on the customer's tenant (row of model()).
    void requestTestCall(int row);
    /// The customers of `rows` (of model()) whose last check found the app's consent missing
    /// (AADSTS65001): where "Grant consent…" grants it, through Partner Center.
    QList<ConsentTarget> consentTargets(const QList<int> &rows) const;
    /// Asks for the Grant consent dialog on consentTargets(rows) of the loaded profile
    /// (grantConsentRequested()); nothing when there is none or while busy.
    void requestGrantConsent(const QList<int> &rows);
    /// Checks again the rows of these customers (tenant ids), e.g. once a grant has ended;
    /// those no longer listed are left out.
    void recheckTenants(const QStringList &tenantIds);
    /// The row (of model()) the user is on, -1 for none: once it is checked, the banner
    /// explains its result.
    void setCurrentRow(int row);
    /// Asks the main window for the consent wizard of the chosen profile.
    void requestConsent();

Q_SIGNALS:
    void profilesChanged();
    void profileIdChanged();
    void stateChanged();
    void progressChanged();
    void messageChanged();
    void countChanged();
    void concurrencyChanged();
    /// Grant consent for `targets` of `profileId` (the page opens the dialog).
    void grantConsentRequested(const QString &profileId,
                               const QList<PCAuth::ConsentTarget> &targets);
    /// Exactly once per load and per check, also when it failed or was cancelled.
    void workFinished(PCAuth::CustomersController::Work work);

private:
    using Tone = MessageKind;

    bool hasRefreshToken(const QString &profileId) const;
    void profileChosen();
    /// The chosen profile and its cloud, or a message (in the banner) and nothing.
    std::optional<Profile> usableProfile();
    void pageLoaded(const QList<Customer> &customers);
    void loadFinished(const QString &problem);
    /// A result of this controller's check: shown, and told to KnownCustomers.
    void customerChecked(const CustomerHealth &health);
    void showResult(const CustomerHealth &health);
    /// Tells KnownCustomers the list just loaded, and shows the results it knows of it.
    void publishList();
    void checkFinished();
    void explainCurrentRow();
    /// Shows what the app already knows of the chosen profile's customers (listed and checked
    /// by the dashboard or an earlier load), when nothing else is shown; true if it did.
    bool seedFromKnown();
    void knownListChanged(const QString &profileId);
    void knownResultChanged(const QString &profileId, const CustomerHealth &health);
    void showMessage(Tone tone, const QString &text, bool offerConsent = false);
    void hideMessage();
    void setProgress(int value, int maximum, const QString &text);
    void endProgress(const QString &text);

    AppServices &m_services;
    CustomersModel *m_model;
    CustomerFilterProxy *m_proxy;
    QPointer<CustomerLoader> m_loader;
    QPointer<CustomerHealthCheck> m_check;
    QList<ProfileChoice> m_profiles;
    QString m_profileId;
    QString m_loadedProfileId; // whose customers the rows are
    int m_pageSize = 500;
    int m_currentRow = -1;
    bool m_loaded = false;
    bool m_cancelled = false;
    QString m_statusText;
    bool m_progressVisible = false;
    int m_progressValue = 0;
    int m_progressMaximum = 0;
    QString m_message;
    MessageKind m_messageKind = MessageKind::Error;
    bool m_offersConsent = false;
    bool m_messageShowsRow = false; // the message explains the current row's check
    bool m_publishing = false; // telling KnownCustomers what this controller learnt
};

} // namespace PCAuth
