// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "dashboardpage.h"

#include "accessmonitor.h"
#include "appservices.h"
#include "dashboardcontroller.h"
#include "healthmodel.h"
#include "healthpresentation.h"
#include "messagewidget.h"
#include "styleicon.h"
#include "ui_dashboardpage.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace PCAuth {

DashboardPage::DashboardPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_ui(std::make_unique<Ui::DashboardPage>())
{
    m_ui->setupUi(this);
    setObjectName(u"dashboardPage"_s);
    m_ui->messageBannerFrame->setTextObjectName(u"messageBanner"_s);
    m_ui->progressPanel->hide();
    QFont title = m_ui->emptyTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.5);
    title.setBold(true);
    m_ui->emptyTitleLabel->setFont(title);

    m_controller = new DashboardController(services, this);
    m_model = new HealthModel(services, this);
    m_ui->healthTree->setModel(m_model);
    m_ui->healthTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->healthTree->header()->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {
        {HealthModel::NameColumn, 180},        {HealthModel::StatusColumn, 130},
        {HealthModel::MfaColumn, 70},          {HealthModel::AccountColumn, 200},
        {HealthModel::LastRefreshColumn, 110}, {HealthModel::DaysLeftColumn, 140},
        {HealthModel::AccessTokenColumn, 130}, {HealthModel::AccessColumn, 380}};
    for (const auto &[column, width] : widths)
        m_ui->healthTree->setColumnWidth(column, width);
    // The model appends Access (its column contract); on screen it stands next to Status, the
    // two verdicts side by side, and Last error keeps the stretching last place.
    QHeaderView *header = m_ui->healthTree->header();
    header->moveSection(header->visualIndex(HealthModel::AccessColumn),
                        header->visualIndex(HealthModel::StatusColumn) + 1);

    connectActions();
    connectController();

    connect(&services, &AppServices::profilesChanged, m_model, &HealthModel::reload);
    connect(&services, &AppServices::tokenChanged, m_model, &HealthModel::reloadProfile);
    connect(&services.settings(), &AppSettings::changed, m_model,
            [model = m_model](AppSettings::Key key) {
                if (key == AppSettings::Key::WarningDays)
                    model->reload();
            });
    // The Access column follows the shared access checks, wherever they were started.
    connect(&services.access(), &AccessMonitor::reportChanged, m_model,
            &HealthModel::accessChanged);
    connect(&services.access(), &AccessMonitor::checkStarted, m_model, &HealthModel::accessChanged);
    connect(&services.access(), &AccessMonitor::checkFinished, m_model,
            &HealthModel::accessChanged);
    connect(m_model, &HealthModel::customersWanted, m_controller,
            &DashboardController::checkCustomers);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() == HealthModel::AccessTokenColumn)
                    return;
                // A check answers customer by customer: other customers' rows change neither
                // the actions nor the details of the selected row.
                const QModelIndex current = currentIndex();
                if (topLeft.parent().isValid()
                    && (current.parent() != topLeft.parent() || current.row() < topLeft.row()
                        || current.row() > bottomRight.row()))
                    return;
                updateActions();
                updateDetails();
            });
    connect(m_ui->healthTree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_ui->healthTree, &QTreeView::activated, this, &DashboardPage::inspectToken);

    // The countdown is the only cell that moves by itself: repaint that column, nothing else.
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, m_model, &HealthModel::tickCountdown);
    m_countdown.start();

    updateEmptyState();
    updateActions();
    updateDetails();
}

DashboardPage::~DashboardPage()
{
    m_countdown.stop();
    // A customer check that dies with the controller announces its token changes as it goes
    // (TokenBroker::holdChanges()), and those reach the page's slots through the model; left
    // to ~QWidget they came to a half-destroyed page (a crash in tst_dashboard). So the page
    // stops listening first, and the controller's work ends while the page is whole.
    m_model->disconnect(this);
    m_controller->disconnect(this);
    delete m_controller;
}

void DashboardPage::connectActions()
{
    const struct
    {
        QAction *action;
        QToolButton *button;
        QStyle::StandardPixmap icon;
        void (DashboardPage::*slot)();
    } bindings[] = {
        {m_ui->refreshAction, m_ui->refreshButton, QStyle::SP_BrowserReload,
         &DashboardPage::refreshNow},
        {m_ui->consentAgainAction, m_ui->consentAgainButton, QStyle::SP_DialogYesButton,
         &DashboardPage::runConsentAgain},
        {m_ui->testCallAction, m_ui->testCallButton, QStyle::SP_CommandLink,
         &DashboardPage::testCall},
        {m_ui->inspectAction, m_ui->inspectButton, QStyle::SP_FileDialogContentsView,
         &DashboardPage::inspectToken},
        {m_ui->removeAction, m_ui->removeButton, QStyle::SP_TrashIcon,
         &DashboardPage::removeProfile},
        {m_ui->replaceCredentialAction, m_ui->replaceCredentialButton, QStyle::SP_DialogResetButton,
         &DashboardPage::replaceCredential},
        {m_ui->checkCustomersAction, m_ui->checkCustomersButton, QStyle::SP_DirHomeIcon,
         &DashboardPage::checkCustomers},
        {m_ui->checkAccessAction, m_ui->checkAccessButton, QStyle::SP_FileDialogInfoView,
         &DashboardPage::checkAccess},
        {m_ui->newConsentAction, m_ui->newConsentButton, QStyle::SP_FileDialogNewFolder, nullptr},
    };
    for (const auto &binding : bindings) {
        binding.action->setIcon(styleIcon(binding.icon, style()));
        binding.action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const QString accessible = binding.button->accessibleName();
        const QString tip = binding.button->toolTip();
        binding.button->setDefaultAction(binding.action);
        binding.button->setAccessibleName(accessible);
        binding.action->setToolTip(tip);
        if (binding.slot)
            connect(binding.action, &QAction::triggered, this, binding.slot);
        if (binding.action != m_ui->newConsentAction)
            m_ui->healthTree->addAction(binding.action); // the context menu
    }
    m_ui->removeAction->setShortcut(QKeySequence::Delete);
    // F5 and Delete work wherever the focus is on this page.
    addActions({m_ui->refreshAction, m_ui->removeAction});

    // The profile that still needs its consent comes first: a new profile only when none does.
    connect(m_ui->newConsentAction, &QAction::triggered, this, [this] {
        const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
        m_controller->requestConsent(m_controller->profileNeedingConsent(info.profileId));
    });
    connect(m_ui->emptyConsentButton, &QPushButton::clicked, this,
            [this] { m_controller->requestConsent(QString()); });
    m_ui->emptyConsentButton->setIcon(styleIcon(QStyle::SP_FileDialogNewFolder, style()));
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DashboardPage::cancelWork);
}

void DashboardPage::connectController()
{
    DashboardController *controller = m_controller;
    connect(controller, &DashboardController::profileStateChanged, this,
            [this](const QString &profileId) {
                m_model->setBusy(profileId, m_controller->isProfileBusy(profileId));
                m_model->setActionMessage(profileId, m_controller->lastError(profileId));
            });
    connect(controller, &DashboardController::customerStateChanged, this,
            [this](const QString &profileId, const QString &tenantId) {
                m_model->setCustomerActionMessage(profileId, tenantId,
                                                  m_controller->customerError(profileId, tenantId));
            });
    connect(controller, &DashboardController::testCallAnswered, this, &DashboardPage::showTestCall);
    connect(controller, &DashboardController::workFinished, this, &DashboardPage::updateActions);
    connect(controller, &DashboardController::accessCheckChanged, this,
            &DashboardPage::updateActions);
    connect(controller, &DashboardController::cachedTokenUsed, m_model,
            &HealthModel::reloadProfile);
    connect(controller, &DashboardController::messageChanged, this, &DashboardPage::updateBanner);
    connect(controller, &DashboardController::progressChanged, this, [this] {
        updateProgress();
        updateActions();
    });
    connect(controller, &DashboardController::customersLoading, m_model,
            &HealthModel::setCustomersLoading);
    connect(controller, &DashboardController::customersListed, this,
            [this](const QString &profileId, const QList<Customer> &customers) {
                m_model->setCustomers(profileId, customers);
                m_model->setCustomerChecking(profileId, true);
                m_ui->healthTree->expand(m_model->profileIndex(profileId));
            });
    connect(controller, &DashboardController::customerChecked, m_model,
            &HealthModel::setCustomerHealth);
    connect(controller, &DashboardController::customersDone, this,
            [this](const QString &profileId, const QString &problem) {
                if (problem.isEmpty())
                    m_model->setCustomersFinished(profileId);
                else
                    m_model->setCustomersFailed(profileId, problem);
            });
}

QModelIndex DashboardPage::currentIndex() const
{
    return m_ui->healthTree->currentIndex();
}

void DashboardPage::updateActions()
{
    const HealthModel::RowInfo info = m_model->rowInfo(currentIndex());
    const bool profile = info.kind == HealthModel::RowKind::Profile;
    const bool customer = info.kind == HealthModel::RowKind::Customer;
    const bool idle = !info.busy;
    const bool token = info.refreshTokenPresent;
    const bool loading = info.valid && m_controller->isCheckingCustomers(info.profileId);
    m_ui->refreshAction->setEnabled(profile && token && idle);
    m_ui->consentAgainAction->setEnabled(profile && idle);
    // Named for what it does: a profile that never consented has nothing to do "again".
    const bool consented = (profile || customer) && token;
    m_ui->consentAgainAction->setText(consented ? tr("Run &consent again")
                                                : tr("Sign in and &consent"));
    m_ui->consentAgainAction->setToolTip(
        consented ? tr("Sign in again for this profile to get a new refresh token")
                  : tr("Sign in with the partner's integration account to record the partner "
                       "consent for this profile"));
    m_ui->consentAgainButton->setAccessibleName(consented ? tr("Run consent again")
                                                          : tr("Sign in and consent"));
    m_ui->testCallAction->setEnabled(((profile && token) || customer) && idle);
    m_ui->inspectAction->setEnabled(((profile && token) || customer) && idle);
    m_ui->removeAction->setEnabled(profile && idle);
    // A public client has no secret or certificate to replace. The row's profile, not the
    // file: this runs on every progress step of a check.
    m_ui->replaceCredentialAction->setEnabled(profile && idle
                                              && info.credential != CredentialKind::None);
    m_ui->checkCustomersAction->setEnabled(info.valid && token && !loading);
    m_ui->checkAccessAction->setEnabled(info.valid && token
                                        && !m_controller->isCheckingAccess(info.profileId));
}

void DashboardPage::updateDetails()
{
    const QString details = m_model->details(currentIndex());
    m_ui->detailsLabel->setText(details.isEmpty() ? tr("Select a row to see its details.")
                                                  : details);
}

void DashboardPage::updateEmptyState()
{
    const bool empty = m_model->profileCount() == 0;
    m_ui->contentStack->setCurrentWidget(empty ? m_ui->emptyPage : m_ui->treePage);
    if (!m_model->loadProblem().isEmpty())
        showBanner(m_model->loadProblem());
    if (!empty && !currentIndex().isValid())
        m_ui->healthTree->setCurrentIndex(m_model->index(0, 0));
}

void DashboardPage::updateProgress()
{
    const bool busy = m_controller->isBusy();
    m_ui->progressLabel->setText(m_controller->progressText());
    m_ui->progressBar->setRange(0, m_controller->progressMaximum());
    m_ui->progressBar->setValue(m_controller->progressValue());
    m_ui->progressBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelButton->setEnabled(m_controller->isCancellable());
    m_ui->progressPanel->setVisible(busy || !m_ui->progressLabel->text().isEmpty());
}

void DashboardPage::updateBanner()
{
    if (m_controller->message().isEmpty())
        m_ui->messageBannerFrame->hideMessage();
    else
        showBanner(m_controller->message());
}

void DashboardPage::showBanner(const QString &message)
{
    m_ui->messageBannerFrame->showMessage(message, MessageWidget::MessageType::Error);
}

} // namespace PCAuth
