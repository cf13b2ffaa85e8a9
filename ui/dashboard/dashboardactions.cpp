// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// DashboardPage's row actions and customer checks: everything that goes to the network or
// the keychain, each with a context object so that nothing answers into a dead page.
#include "appservices.h"
#include "cloud/cloud.h"
#include "dashboardpage.h"
#include "healthmodel.h"
#include "replacecredentialdialog.h"
#include "session/customercheckrun.h"
#include "session/keepalive.h"
#include "session/profileoperations.h"
#include "ui_dashboardpage.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace PCAuth {

QObject *DashboardPage::beginAction(const QString &profileId, const QString &text, bool cancellable)
{
    auto *context = new QObject(this);
    m_running.insert(profileId, Running{context, text, cancellable});
    m_model->setBusy(profileId, true);
    updateProgress();
    return context;
}

void DashboardPage::endAction(const QString &profileId)
{
    const Running running = m_running.take(profileId);
    if (running.context)
        running.context->deleteLater();
    m_model->setBusy(profileId, false);
    updateProgress();
    updateActions();
}

void DashboardPage::requestToken(const QString &profileId, const TokenKey &key, const QString &text,
                                 std::function<void(const AccessTokenResult &)> done)
{
    if (m_running.contains(profileId))
        return;
    m_model->setActionMessage(profileId, QString());
    hideBanner();
    QObject *context = beginAction(profileId, text, true);
    m_services.broker().accessToken(
        key, context, [this, profileId, done = std::move(done)](const AccessTokenResult &result) {
            tokenAnswered(profileId, result);
            done(result);
        });
}

void DashboardPage::tokenAnswered(const QString &profileId, const AccessTokenResult &result)
{
    endAction(profileId);
    if (!result.ok()) {
        m_model->setActionMessage(profileId, result.message);
        showBanner(result.message);
    } else if (!result.warning.isEmpty()) {
        showBanner(result.warning);
    }
    // A redemption is announced by the broker (AppServices::tokenChanged); a cached token
    // changed nothing but the row's busy state.
    if (result.fromCache)
        m_model->reloadProfile(profileId);
}

void DashboardPage::refreshNow()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.kind != HealthModel::RowKind::Profile || !info.refreshTokenPresent || info.busy
        || m_running.contains(info.profileId))
        return;
    const Expected<Profile> profile = m_services.profiles().find(info.profileId);
    if (!profile) {
        m_model->setActionMessage(info.profileId, profile.error());
        showBanner(profile.error());
        return;
    }
    m_model->setActionMessage(info.profileId, QString());
    hideBanner();
    // The keep-alive's rule: reach Entra (cached partner tokens are dropped), keep the
    // customers' tokens.
    QObject *context = beginAction(info.profileId, tr("Refreshing %1\u2026").arg(info.name), true);
    auto *job = new KeepAliveRun(m_services.vault(), m_services.broker(), context);
    connect(job, &KeepAliveRun::profileDone, this, [this](const KeepAliveRun::Outcome &outcome) {
        AccessTokenResult result = outcome.token;
        if (!result.ok() && result.message.isEmpty())
            result.message = outcome.message;
        tokenAnswered(outcome.profileId, result);
    });
    job->start({profile.value()}, false);
}

void DashboardPage::inspectToken()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    const bool customer = info.kind == HealthModel::RowKind::Customer;
    if (!m_ui->inspectAction->isEnabled() || info.busy)
        return;
    const Expected<Profile> profile = m_services.profiles().find(info.profileId);
    const Expected<Cloud> cloud =
        profile ? profile->cloud() : Expected<Cloud>(fail(profile.error()));
    if (!cloud) {
        showBanner(cloud.error());
        return;
    }
    // A profile row: Partner Center in the partner tenant; a customer row: Graph there.
    const TokenKey key = customer ? TokenKey::delegated(info.profileId, info.tenantId,
                                                        cloud->resource(Service::Graph))
                                  : TokenKey::partnerCenter(info.profileId, *cloud);
    requestToken(info.profileId, key, tr("Fetching the access token of %1\u2026").arg(info.name),
                 [this](const AccessTokenResult &result) {
                     if (result.ok())
                         Q_EMIT m_services.inspectTokenRequested(result.accessToken);
                 });
}

void DashboardPage::runConsentAgain()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.kind == HealthModel::RowKind::Profile && !info.busy)
        Q_EMIT m_services.consentRequested(info.profileId);
}

void DashboardPage::testCall()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.kind == HealthModel::RowKind::Customer)
        Q_EMIT m_services.testCallRequested(info.profileId, info.tenantId);
    else if (info.kind == HealthModel::RowKind::Profile && info.refreshTokenPresent)
        Q_EMIT m_services.testCallRequested(info.profileId, QString());
}

void DashboardPage::replaceCredential()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.kind != HealthModel::RowKind::Profile || info.busy)
        return;
    auto *dialog = new ReplaceCredentialDialog(m_services, info.profileId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void DashboardPage::removeProfile()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (info.kind != HealthModel::RowKind::Profile || info.busy)
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove profile"),
        tr("Remove the profile \u201c%1\u201d? Its refresh token and credentials are deleted "
           "from the keychain; to use it again you would need a new partner consent. The app "
           "registration in Entra ID is not changed.")
            .arg(info.name),
        QMessageBox::Cancel, this);
    box->setObjectName(u"removeConfirmation"_s);
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString profileId = info.profileId;
    const QString name = info.name;
    connect(box, &QMessageBox::buttonClicked, this,
            [this, remove, profileId, name](QAbstractButton *clicked) {
                if (clicked == remove)
                    removeConfirmed(profileId, name);
            });
    box->open();
}

void DashboardPage::removeConfirmed(const QString &profileId, const QString &name)
{
    if (m_running.contains(profileId))
        return;
    hideBanner();
    if (const QPointer<CustomerCheckRun> run = m_runs.take(profileId)) {
        run->disconnect(this); // the profile is going: nothing to show of the run
        run->cancel();
        run->deleteLater();
    }
    // Not cancellable: stopping half-way would leave keychain items without a profile.
    QObject *context = beginAction(profileId, tr("Removing %1\u2026").arg(name), false);
    PCAuth::removeProfile(m_services.profiles(), m_services.vault(), profileId, context,
                          [this, profileId, name](const ProfileRemoval &result) {
                              endAction(profileId);
                              if (!result.keychainCleared) {
                                  const QString message =
                                      tr("%1 was not removed: %2").arg(name, result.message);
                                  m_model->setActionMessage(profileId, message);
                                  showBanner(message);
                                  return;
                              }
                              if (!result.message.isEmpty())
                                  showBanner(result.message);
                          });
}

void DashboardPage::checkCustomers()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    if (!info.valid || !info.refreshTokenPresent)
        return;
    startCustomers(info.profileId);
    m_ui->healthTree->expand(m_model->profileIndex(info.profileId));
}

void DashboardPage::startCustomers(const QString &profileId)
{
    if (m_runs.value(profileId))
        return;
    const Expected<Profile> profile = m_services.profiles().find(profileId);
    if (!profile) {
        showBanner(profile.error());
        return;
    }
    auto *run = new CustomerCheckRun(m_services.broker(), m_services.http(), profile.value(),
                                     m_services.settings().concurrency(), this);
    m_runs.insert(profileId, run);
    m_lastProgress = tr("Reading the customers of %1\u2026").arg(profile->name);
    m_model->setCustomersLoading(profileId, m_lastProgress);
    connectRun(run, profileId);
    run->start();
    updateProgress();
    updateActions();
}

void DashboardPage::connectRun(CustomerCheckRun *run, const QString &profileId)
{
    connect(run, &CustomerCheckRun::listProgress, this, [this, profileId](int read) {
        m_lastProgress = tr("%n customers read", nullptr, read);
        m_model->setCustomersLoading(profileId, m_lastProgress);
        updateProgress();
    });
    connect(run, &CustomerCheckRun::listed, this,
            [this, profileId](const QList<Customer> &customers) {
                m_model->setCustomers(profileId, customers);
                m_model->setCustomerChecking(profileId, true);
                m_ui->healthTree->expand(m_model->profileIndex(profileId));
                m_ui->progressBar->setRange(0, int(customers.size()));
                m_ui->progressBar->setValue(0);
            });
    connect(run, &CustomerCheckRun::checkProgress, this, [this](int done, int total) {
        m_lastProgress = tr("%1 of %2 customers checked").arg(done).arg(total);
        m_ui->progressBar->setRange(0, total);
        m_ui->progressBar->setValue(done);
        updateProgress();
    });
    connect(run, &CustomerCheckRun::customerChecked, this,
            [this, profileId](int index, const CustomerHealth &health) {
                m_model->setCustomerHealth(profileId, index, health);
            });
    connect(run, &CustomerCheckRun::finished, this,
            [this, profileId](const QString &problem, const QString &summary) {
                runFinished(profileId, problem, summary);
            });
}

void DashboardPage::runFinished(const QString &profileId, const QString &problem,
                                const QString &summary)
{
    const QPointer<CustomerCheckRun> run = m_runs.take(profileId);
    const bool cancelled = run && run->wasCancelled();
    if (run)
        run->deleteLater(); // we are inside its signal
    if (!problem.isEmpty()) {
        m_model->setCustomersFailed(profileId, problem);
        if (!cancelled) // the user knows: the row says so
            showBanner(problem);
    } else {
        m_model->setCustomersFinished(profileId);
    }
    m_lastProgress.clear();
    m_ui->progressLabel->setText(summary);
    updateProgress();
    updateActions();
}

void DashboardPage::cancelWork()
{
    for (const QPointer<CustomerCheckRun> &run : std::as_const(m_runs)) {
        if (run)
            run->cancel();
    }
    const QStringList ids = m_running.keys();
    for (const QString &profileId : ids) {
        const Running running = m_running.value(profileId);
        if (!running.cancellable)
            continue;
        delete running.context; // the broker finishes on its own; its answer is dropped
        m_running.remove(profileId);
        m_model->setBusy(profileId, false);
        m_model->setActionMessage(profileId, tr("Cancelled."));
    }
    updateProgress();
    updateActions();
}

} // namespace PCAuth
