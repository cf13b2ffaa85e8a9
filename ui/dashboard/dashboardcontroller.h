// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "api/partnercenterclient.h"
#include "health/healthcheck.h"

#include <functional>

#include <QHash>
#include <QObject>
#include <QPointer>

namespace PCAuth {

class AppServices;
class CustomerCheckRun;
struct AccessTokenResult;
struct TokenKey;

/// The dashboard's work, without a window: the row actions that go to the network or the
/// keychain (refresh now, fetch an access token to inspect, remove a profile), the customer
/// checks of a profile, and what the page shows of them (which profiles are busy, each
/// profile's last error, the banner message and the progress line).
///
/// Every piece of work is owned by a context object: cancelWork() deletes the contexts of the
/// token requests (their answers are dropped) and cancels the customer runs. Each started
/// piece of work ends with exactly one workFinished(), also when cancelled. The stored
/// refresh token is never changed here except through the broker (which rotates it) and
/// removal: a failed refresh leaves it untouched.
///
/// Access checks run in the shared AccessMonitor (AppServices::access()), wherever they were
/// started (here, or the tray's daily check): the controller shows them in the progress line
/// as its own work, and cancelWork() stops them too.
///
/// Which row an action applies to is the page's business (and the confirmation of a removal);
/// the controller refuses an action on a profile that is already busy with one.
class DashboardController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardController)
    /// The banner: empty when hidden. Every problem is an error.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// A token or keychain action or a customer check runs somewhere.
    Q_PROPERTY(bool busy READ isBusy NOTIFY progressChanged)
    /// cancelWork() would stop something.
    Q_PROPERTY(bool cancellable READ isCancellable NOTIFY progressChanged)
    /// What runs ("Refreshing Contoso…; 120 customers read"); once idle, the summary of the
    /// customer or access check that ended last, or empty when a row action ended last (its
    /// outcome shows on its row).
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /// Customer checks: how many are done of progressMaximum; 0 of 0 while nothing is counted.
    Q_PROPERTY(int progressValue READ progressValue NOTIFY progressChanged)
    Q_PROPERTY(int progressMaximum READ progressMaximum NOTIFY progressChanged)
public:
    /// A profile's token or keychain action (customer and access checks run beside it).
    enum class Work { None, Refresh, AccessToken, TestCall, Removal, CustomerCheck, AccessCheck };
    Q_ENUM(Work)

    explicit DashboardController(AppServices &services, QObject *parent = nullptr);
    ~DashboardController() override;

    QString message() const { return m_message; }
    bool isBusy() const;
    bool isCancellable() const;
    QString progressText() const { return m_progressText; }
    int progressValue() const { return m_progressValue; }
    int progressMaximum() const { return m_progressMaximum; }

    /// The token or keychain action running on the profile (never CustomerCheck or
    /// AccessCheck), or None.
    Work work(const QString &profileId) const;
    bool isProfileBusy(const QString &profileId) const { return work(profileId) != Work::None; }
    bool isCheckingCustomers(const QString &profileId) const;
    bool isCheckingAccess(const QString &profileId) const;
    /// The last action's failure on the profile, empty when it succeeded or none ran.
    QString lastError(const QString &profileId) const { return m_lastErrors.value(profileId); }
    /// The last action's failure on a customer of the profile (its tenant id), empty when it
    /// succeeded or none ran. A customer's failure is never the profile's lastError().
    QString customerError(const QString &profileId, const QString &tenantId) const
    {
        return m_customerErrors.value(profileId).value(tenantId);
    }

    /// The keep-alive's rule: reach Entra (cached partner tokens are dropped), keep the
    /// customers' tokens. The page offers it for profiles with a refresh token.
    void refreshNow(const QString &profileId);
    /// Fetches the access token of the profile (Partner Center in the partner tenant) or, with
    /// a tenant, of the customer (Graph there), then asks for the token inspector.
    void inspectToken(const QString &profileId, const QString &tenantId = QString());
    /// Asks the main window for the consent wizard; an empty id starts with a new profile.
    void requestConsent(const QString &profileId);
    /// The profile "Start partner consent" is for: `selectedProfileId` when it has no
    /// consent yet, else the first profile without one; empty (a new profile) when every
    /// profile has its consent.
    QString profileNeedingConsent(const QString &selectedProfileId) const;
    /// Asks the main window for the request console (a customer's, with a tenant), with the
    /// test call's request filled in.
    void requestTestCall(const QString &profileId, const QString &tenantId = QString());
    /// Sends the row's test call: for a profile Partner Center's customer list, for a
    /// customer Graph's organization in its tenant, through the request console's
    /// controller (the same call and answer as there). Ends with testCallAnswered().
    void testCall(const QString &profileId, const QString &tenantId = QString());
    /// Removes the profile with its keychain items (confirmed by the page). Not cancellable:
    /// stopping half-way would leave keychain items without a profile.
    void removeProfile(const QString &profileId);
    /// Lists the profile's customers, then checks each; nothing when a check already runs.
    void checkCustomers(const QString &profileId);
    /// Starts the profile's access check (MFA, the app, GDAP, consent in each customer) in
    /// AppServices::access(); nothing when one runs for it. Its report is the monitor's.
    void checkAccess(const QString &profileId);
    /// Stops customer checks, access checks and token requests that can stop (not a removal
    /// under way).
    void cancelWork();

Q_SIGNALS:
    void messageChanged();
    void progressChanged();
    /// work() or lastError() of the profile changed.
    void profileStateChanged(const QString &profileId);
    /// customerError() of the profile's customer changed.
    void customerStateChanged(const QString &profileId, const QString &tenantId);
    /// Exactly once per started piece of work, also when it was cancelled or failed (access
    /// checks: once per check the monitor ran while the controller lived).
    void workFinished(const QString &profileId, PCAuth::DashboardController::Work work);
    /// An access token came from the cache: its countdown may have changed, nothing else.
    void cachedTokenUsed(const QString &profileId);
    /// isCheckingAccess() of the profile changed.
    void accessCheckChanged(const QString &profileId);
    /// A test call ended (before its workFinished()): `status` is the HTTP status, 0 without
    /// an answer; `text` says what was sent and what came back, in a few lines.
    void testCallAnswered(const QString &profileId, const QString &tenantId, int status,
                          const QString &text);

    // A customer check's steps, for the model that shows the customer rows.
    /// Reading started, or progressed: `text` says how far ("120 customers read").
    void customersLoading(const QString &profileId, const QString &text);
    void customersListed(const QString &profileId, const QList<PCAuth::Customer> &customers);
    void customerChecked(const QString &profileId, int index, const PCAuth::CustomerHealth &health);
    /// The run ended: `problem` is empty when the customers were read (the checks may have
    /// found problems of their own), else why not (also "cancelled").
    void customersDone(const QString &profileId, const QString &problem);

private:
    struct AccessProgress
    {
        QString name; // the profile's
        int done = 0;
        int total = 0; // customers; 0 until they are listed
    };
    struct Running
    {
        QPointer<QObject> context; // deleting it drops the answer
        QString text; // shown as progress
        Work work = Work::None;
        QString tenantId; // a customer's row, else the profile's
    };

    QObject *beginAction(const QString &profileId, Work work, const QString &text,
                         const QString &tenantId = QString());
    void endAction(const QString &profileId);
    void requestToken(const TokenKey &key, const QString &text,
                      std::function<void(const AccessTokenResult &)> done);
    /// Ends the profile's action and shows what the token request said, on the row it is
    /// about: the profile's (empty tenant) or its customer's.
    void tokenAnswered(const QString &profileId, const QString &tenantId,
                       const AccessTokenResult &result);
    void setLastError(const QString &profileId, const QString &message);
    void setCustomerError(const QString &profileId, const QString &tenantId,
                          const QString &message);
    void connectRun(CustomerCheckRun *run, const QString &profileId);
    void runFinished(const QString &profileId, const QString &problem, const QString &summary);
    void connectAccess();
    void showMessage(const QString &message);
    void hideMessage();
    void updateProgress();

    AppServices &m_services;
    QHash<QString, Running> m_running; // token and keychain actions, by profile id
    QHash<QString, QPointer<CustomerCheckRun>> m_runs; // by profile id
    QHash<QString, AccessProgress> m_access; // access checks under way, by profile id
    QHash<QString, QString> m_lastErrors;
    QHash<QString, QHash<QString, QString>> m_customerErrors; // profile -> tenant -> error
    QHash<QString, QHash<QString, QString>> m_customerNames; // profile -> tenant -> name
    QString m_message;
    QString m_lastProgress; // the latest customer progress text
    QString m_progressText;
    QString m_summary; // the last customer or access check's, shown once idle
    int m_progressValue = 0;
    int m_progressMaximum = 0;
};

} // namespace PCAuth
