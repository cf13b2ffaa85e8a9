// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "dashboardcontroller.h"

#include "accessmonitor.h"
#include "accesssummary.h"
#include "appservices.h"
#include "cloud/cloud.h"
#include "consolecontroller.h"
#include "knowncustomers.h"
#include "session/customercheckrun.h"
#include "session/keepalive.h"
#include "session/profileoperations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

// The user-facing strings keep the page's translation context: they are what the page shows,
// and the translations are shared with it.

namespace PCAuth {

DashboardController::DashboardController(AppServices &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    connectAccess();
}

// Action contexts and runs are children: their answers die with the controller.
DashboardController::~DashboardController() = default;

bool DashboardController::isBusy() const
{
    if (!m_running.isEmpty() || !m_access.isEmpty())
        return true;
    for (const QPointer<CustomerCheckRun> &run : std::as_const(m_runs)) {
        if (run)
            return true;
    }
    return false;
}

bool DashboardController::isCancellable() const
{
    if (!m_access.isEmpty())
        return true;
    for (const Running &running : std::as_const(m_running)) {
        if (running.work != Work::Removal)
            return true;
    }
    for (const QPointer<CustomerCheckRun> &run : std::as_const(m_runs)) {
        if (run)
            return true;
    }
    return false;
}

DashboardController::Work DashboardController::work(const QString &profileId) const
{
    const auto found = m_running.constFind(profileId);
    return found == m_running.cend() ? Work::None : found->work;
}

bool DashboardController::isCheckingCustomers(const QString &profileId) const
{
    return bool(m_runs.value(profileId));
}

bool DashboardController::isCheckingAccess(const QString &profileId) const
{
    return m_services.access().isChecking(profileId);
}

void DashboardController::checkAccess(const QString &profileId)
{
    if (isCheckingAccess(profileId))
        return;
    const Expected<Profile> profile = m_services.profiles().find(profileId);
    if (!profile) {
        showMessage(profile.error());
        return;
    }
    hideMessage();
    m_services.access().check(profileId, true);
}

void DashboardController::connectAccess()
{
    AccessMonitor *monitor = &m_services.access();
    connect(monitor, &AccessMonitor::checkStarted, this, [this](const QString &profileId) {
        const Expected<Profile> profile = m_services.profiles().find(profileId);
        m_access.insert(profileId, AccessProgress{profile ? profile->name : profileId, 0, 0});
        updateProgress();
        Q_EMIT accessCheckChanged(profileId);
    });
    connect(monitor, &AccessMonitor::progress, this,
            [this](const QString &profileId, int done, int total) {
                const auto found = m_access.find(profileId);
                if (found == m_access.end())
                    return;
                found->done = done;
                found->total = total;
                updateProgress();
            });
    connect(monitor, &AccessMonitor::checkFinished, this, [this](const QString &profileId) {
        const AccessProgress progress = m_access.take(profileId);
        const AccessReport *report = m_services.access().report(profileId);
        if (report)
            m_summary = QCoreApplication::translate("PCAuth::DashboardPage", "Access of %1: %2")
                            .arg(progress.name, profileAccessCell(report).text);
        updateProgress();
        Q_EMIT accessCheckChanged(profileId);
        Q_EMIT workFinished(profileId, Work::AccessCheck);
    });
}

QObject *DashboardController::beginAction(const QString &profileId, Work work, const QString &text,
                                          const QString &tenantId)
{
    auto *context = new QObject(this);
    m_running.insert(profileId, Running{context, text, work, tenantId});
    m_summary.clear(); // an earlier check's summary would read as this action's outcome
    Q_EMIT profileStateChanged(profileId);
    updateProgress();
    return context;
}

void DashboardController::endAction(const QString &profileId)
{
    const Running running = m_running.take(profileId);
    if (running.context)
        running.context->deleteLater();
    Q_EMIT profileStateChanged(profileId);
    updateProgress();
    Q_EMIT workFinished(profileId, running.work);
}

void DashboardController::setLastError(const QString &profileId, const QString &message)
{
    if (m_lastErrors.value(profileId) == message)
        return;
    if (message.isEmpty())
        m_lastErrors.remove(profileId);
    else
        m_lastErrors.insert(profileId, message);
    Q_EMIT profileStateChanged(profileId);
}

void DashboardController::setCustomerError(const QString &profileId, const QString &tenantId,
                                           const QString &message)
{
    if (customerError(profileId, tenantId) == message)
        return;
    if (message.isEmpty())
        m_customerErrors[profileId].remove(tenantId);
    else
        m_customerErrors[profileId].insert(tenantId, message);
    Q_EMIT customerStateChanged(profileId, tenantId);
}

void DashboardController::requestToken(const TokenKey &key, const QString &text,
                                       std::function<void(const AccessTokenResult &)> done)
{
    const QString profileId = key.profileId;
    if (m_running.contains(profileId))
        return;
    const QString tenantId = key.tenant;
    if (tenantId.isEmpty())
        setLastError(profileId, QString());
    else
        setCustomerError(profileId, tenantId, QString());
    hideMessage();
    QObject *context = beginAction(profileId, Work::AccessToken, text, tenantId);
    m_services.broker().accessToken(
        key, context,
        [this, profileId, tenantId, done = std::move(done)](const AccessTokenResult &result) {
            tokenAnswered(profileId, tenantId, result);
            done(result);
        });
}

void DashboardController::tokenAnswered(const QString &profileId, const QString &tenantId,
                                        const AccessTokenResult &result)
{
    endAction(profileId);
    if (!tenantId.isEmpty()) {
        // The customer's own problem (no consent there, its Conditional Access): its row says
        // so, the profile and the banner stay as they are. What would concern the partner's
        // refresh token the broker records, and health shows it on the profile's row.
        setCustomerError(profileId, tenantId, result.ok() ? QString() : result.message);
    } else if (!result.ok()) {
        setLastError(profileId, result.message);
        showMessage(result.message);
    }
    if (result.ok() && !result.warning.isEmpty())
        showMessage(result.warning); // about the partner's refresh token
    // A redemption is announced by the broker (AppServices::tokenChanged); a cached token
    // changed nothing but the row's busy state.
    if (result.fromCache)
        Q_EMIT cachedTokenUsed(profileId);
}

void DashboardController::refreshNow(const QString &profileId)
{
    if (m_running.contains(profileId))
        return;
    const Expected<Profile> profile = m_services.profiles().find(profileId);
    if (!profile) {
        setLastError(profileId, profile.error());
        showMessage(profile.error());
        return;
    }
    setLastError(profileId, QString());
    hideMessage();
    QObject *context =
        beginAction(profileId, Work::Refresh,
                    QCoreApplication::translate("PCAuth::DashboardPage", "Refreshing %1\u2026")
                        .arg(profile->name));
    auto *job = new KeepAliveRun(m_services.vault(), m_services.broker(), context);
    connect(job, &KeepAliveRun::profileDone, this, [this](const KeepAliveRun::Outcome &outcome) {
        AccessTokenResult result = outcome.token;
        if (!result.ok() && result.message.isEmpty())
            result.message = outcome.message;
        tokenAnswered(outcome.profileId, QString(), result);
    });
    job->start({profile.value()}, false);
}

void DashboardController::inspectToken(const QString &profileId, const QString &tenantId)
{
    if (m_running.contains(profileId))
        return;
    const Expected<Profile> profile = m_services.profiles().find(profileId);
    const Expected<Cloud> cloud =
        profile ? profile->cloud() : Expected<Cloud>(fail(profile.error()));
    if (!cloud) {
        showMessage(cloud.error());
        return;
    }
    // A profile: Partner Center in the partner tenant; a customer: Graph in its tenant.
    const bool customer = !tenantId.isEmpty();
    const TokenKey key =
        customer ? TokenKey::delegated(profileId, tenantId, cloud->resource(Service::Graph))
                 : TokenKey::partnerCenter(profileId, *cloud);
    const QString name =
        customer ? m_customerNames.value(profileId).value(tenantId, tenantId) : profile->name;
    requestToken(key,
                 QCoreApplication::translate("PCAuth::DashboardPage",
                                             "Fetching the access token of %1\u2026")
                     .arg(name),
                 [this](const AccessTokenResult &result) {
                     if (result.ok())
                         Q_EMIT m_services.inspectTokenRequested(result.accessToken);
                 });
}

void DashboardController::requestConsent(const QString &profileId)
{
    if (!profileId.isEmpty() && m_running.contains(profileId))
        return;
    Q_EMIT m_services.consentRequested(profileId);
}

QString DashboardController::profileNeedingConsent(const QString &selectedProfileId) const
{
    const auto consented = [this](const QString &profileId) {
        return m_services.broker().metadata(profileId).refreshTokenPresent;
    };
    if (!selectedProfileId.isEmpty() && m_services.profiles().find(selectedProfileId)
        && !consented(selectedProfileId))
        return selectedProfileId;
    const Expected<QList<Profile>> profiles = m_services.profiles().load();
    for (const Profile &profile : profiles ? profiles.value() : QList<Profile>()) {
        if (!consented(profile.id))
            return profile.id;
    }
    return QString();
}

void DashboardController::requestTestCall(const QString &profileId, const QString &tenantId)
{
    Q_EMIT m_services.testCallRequested(profileId, tenantId);
}

void DashboardController::testCall(const QString &profileId, const QString &tenantId)
{
    if (m_running.contains(profileId))
        return;
    const Expected<Profile> profile = m_services.profiles().find(profileId);
    if (!profile) {
        showMessage(profile.error());
        return;
    }
    const QString name = tenantId.isEmpty()
                             ? profile->name
                             : m_customerNames.value(profileId).value(tenantId, tenantId);
    QObject *context = beginAction(
        profileId, Work::TestCall,
        QCoreApplication::translate("PCAuth::DashboardPage", "Test call for %1\u2026").arg(name),
        tenantId);
    // The console's controller makes the call, as the console would: one way to call.
    auto *call = new ConsoleController(m_services, context);
    call->prepare(profileId, tenantId);
    connect(call, &ConsoleController::finished, this, [this, call, profileId, tenantId, name] {
        QStringList lines{
            QCoreApplication::translate("PCAuth::DashboardPage", "Test call for %1").arg(name)};
        if (!call->lastRequestLine().isEmpty())
            lines << call->lastRequestLine();
        if (!call->statusText().isEmpty())
            lines << call->statusText();
        const QString summary = call->hasResponse() ? call->responseSummary() : call->message();
        if (!summary.isEmpty())
            lines << summary;
        const int status = call->responseStatus();
        endAction(profileId);
        Q_EMIT testCallAnswered(profileId, tenantId, status, lines.join(u'\n'));
    });
    call->send();
}

void DashboardController::removeProfile(const QString &profileId)
{
    if (m_running.contains(profileId))
        return;
    const Expected<Profile> profile = m_services.profiles().find(profileId);
    const QString name = profile ? profile->name : profileId;
    hideMessage();
    if (const QPointer<CustomerCheckRun> run = m_runs.take(profileId)) {
        run->disconnect(this); // the profile is going: nothing to show of the run
        run->cancel();
        run->deleteLater();
        updateProgress();
        Q_EMIT workFinished(profileId, Work::CustomerCheck);
    }
    QObject *context = beginAction(
        profileId, Work::Removal,
        QCoreApplication::translate("PCAuth::DashboardPage", "Removing %1\u2026").arg(name));
    PCAuth::removeProfile(m_services.profiles(), m_services.vault(), profileId, context,
                          [this, profileId, name](const ProfileRemoval &result) {
                              endAction(profileId);
                              if (!result.keychainCleared) {
                                  const QString message =
                                      QCoreApplication::translate("PCAuth::DashboardPage",
                                                                  "%1 was not removed: %2")
                                          .arg(name, result.message);
                                  setLastError(profileId, message);
                                  showMessage(message);
                                  return;
                              }
                              m_lastErrors.remove(profileId);
                              if (!result.message.isEmpty())
                                  showMessage(result.message);
                          });
}

void DashboardController::checkCustomers(const QString &profileId)
{
    if (m_runs.value(profileId))
        return;
    const Expected<Profile> profile = m_services.profiles().find(profileId);
    if (!profile) {
        showMessage(profile.error());
        return;
    }
    auto *run = new CustomerCheckRun(m_services.broker(), m_services.http(), profile.value(),
                                     m_services.settings().concurrency(), this);
    m_runs.insert(profileId, run);
    m_lastProgress = CustomerCheckRun::listStartText(profile->name);
    Q_EMIT customersLoading(profileId, m_lastProgress);
    connectRun(run, profileId);
    run->start();
    updateProgress();
}

void DashboardController::connectRun(CustomerCheckRun *run, const QString &profileId)
{
    connect(run, &CustomerCheckRun::listProgress, this, [this, profileId](int read) {
        m_lastProgress = CustomerCheckRun::listProgressText(read);
        Q_EMIT customersLoading(profileId, m_lastProgress);
        updateProgress();
    });
    connect(run, &CustomerCheckRun::listed, this,
            [this, profileId](const QList<Customer> &customers) {
                QHash<QString, QString> &names = m_customerNames[profileId];
                names.clear();
                for (const Customer &customer : customers)
                    names.insert(customer.tenantId, customer.companyName);
                m_progressMaximum = int(customers.size());
                m_progressValue = 0;
                m_services.knownCustomers().setList(profileId, customers, m_services.clock().now());
                Q_EMIT customersListed(profileId, customers);
                Q_EMIT progressChanged();
            });
    connect(run, &CustomerCheckRun::checkProgress, this, [this](int done, int total) {
        m_lastProgress = CustomerCheckRun::checkProgressText(done, total);
        m_progressMaximum = total;
        m_progressValue = done;
        updateProgress();
    });
    connect(run, &CustomerCheckRun::customerChecked, this,
            [this, profileId](int index, const CustomerHealth &health) {
                m_services.knownCustomers().setResult(profileId, health);
                Q_EMIT customerChecked(profileId, index, health);
            });
    connect(run, &CustomerCheckRun::finished, this,
            [this, profileId](const QString &problem, const QString &summary) {
                runFinished(profileId, problem, summary);
            });
}

void DashboardController::runFinished(const QString &profileId, const QString &problem,
                                      const QString &summary)
{
    const QPointer<CustomerCheckRun> run = m_runs.take(profileId);
    const bool cancelled = run && run->wasCancelled();
    if (run)
        run->deleteLater(); // we are inside its signal
    Q_EMIT customersDone(profileId, problem);
    if (!problem.isEmpty() && !cancelled) // cancelled: the user knows, the row says so
        showMessage(problem);
    m_lastProgress.clear();
    m_summary = summary;
    updateProgress();
    Q_EMIT workFinished(profileId, Work::CustomerCheck);
}

void DashboardController::cancelWork()
{
    for (const QString &profileId : m_access.keys())
        m_services.access().cancel(profileId);
    for (const QPointer<CustomerCheckRun> &run : std::as_const(m_runs)) {
        if (run)
            run->cancel();
    }
    const QStringList ids = m_running.keys();
    for (const QString &profileId : ids) {
        const Running running = m_running.value(profileId);
        if (running.work == Work::Removal)
            continue;
        delete running.context; // the broker finishes on its own; its answer is dropped
        m_running.remove(profileId);
        const QString cancelled =
            QCoreApplication::translate("PCAuth::DashboardPage", "Cancelled.");
        if (running.tenantId.isEmpty())
            m_lastErrors.insert(profileId, cancelled);
        else
            setCustomerError(profileId, running.tenantId, cancelled);
        Q_EMIT profileStateChanged(profileId);
        Q_EMIT workFinished(profileId, running.work);
    }
    updateProgress();
}

void DashboardController::showMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

void DashboardController::hideMessage()
{
    m_message.clear();
    Q_EMIT messageChanged();
}

void DashboardController::updateProgress()
{
    QStringList texts;
    for (const Running &running : std::as_const(m_running))
        texts.append(running.text);
    bool loading = false;
    for (const QPointer<CustomerCheckRun> &run : std::as_const(m_runs))
        loading = loading || run;
    if (loading)
        texts.append(m_lastProgress);
    int accessDone = 0;
    int accessTotal = 0;
    for (const AccessProgress &access : std::as_const(m_access)) {
        texts.append(access.total > 0
                         ? QCoreApplication::translate("PCAuth::DashboardPage",
                                                       "Checking the access of %1: %2 of %3 "
                                                       "customers")
                               .arg(access.name)
                               .arg(access.done)
                               .arg(access.total)
                         : QCoreApplication::translate("PCAuth::DashboardPage",
                                                       "Checking the access of %1\u2026")
                               .arg(access.name));
        accessDone += access.done;
        accessTotal += access.total;
    }
    if (!loading && !m_access.isEmpty()) { // the customer check's counts come first
        m_progressValue = accessDone;
        m_progressMaximum = accessTotal;
        loading = true;
    }
    // Idle, the line says what the last check found; a row action's outcome is on its row.
    m_progressText = texts.isEmpty() ? m_summary : texts.join(u"; "_s);
    if (!loading) {
        m_progressValue = 0;
        m_progressMaximum = 0;
    }
    Q_EMIT progressChanged();
}

} // namespace PCAuth
