// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "dashboardpage.h"

#include "appservices.h"
#include "healthmodel.h"
#include "healthpresentation.h"
#include "messagewidget.h"
#include "session/customercheckrun.h"
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

    m_model = new HealthModel(services, this);
    m_ui->healthTree->setModel(m_model);
    m_ui->healthTree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->healthTree->header()->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {
        {HealthModel::NameColumn, 180},        {HealthModel::StatusColumn, 130},
        {HealthModel::MfaColumn, 70},          {HealthModel::AccountColumn, 230},
        {HealthModel::LastRefreshColumn, 110}, {HealthModel::DaysLeftColumn, 140},
        {HealthModel::AccessTokenColumn, 130}};
    for (const auto &[column, width] : widths)
        m_ui->healthTree->setColumnWidth(column, width);

    connectActions();

    connect(&services, &AppServices::profilesChanged, m_model, &HealthModel::reload);
    connect(&services, &AppServices::tokenChanged, m_model, &HealthModel::reloadProfile);
    // Health depends on one preference: the warning window.
    connect(&services.settings(), &AppSettings::changed, m_model,
            [model = m_model](AppSettings::Key key) {
                if (key == AppSettings::Key::WarningDays)
                    model->reload();
            });
    connect(m_model, &HealthModel::customersWanted, this, &DashboardPage::startCustomers);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        updateActions();
        updateDetails();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() != HealthModel::AccessTokenColumn) {
            updateActions();
            updateDetails();
        }
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
    // Loaders and action contexts are children: their answers die with the page.
    m_countdown.stop();
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
        {m_ui->newConsentAction, m_ui->newConsentButton, QStyle::SP_FileDialogNewFolder, nullptr},
    };
    for (const auto &binding : bindings) {
        binding.action->setIcon(style()->standardIcon(binding.icon));
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

    connect(m_ui->newConsentAction, &QAction::triggered, this,
            [this] { Q_EMIT m_services.consentRequested(QString()); });
    connect(m_ui->emptyConsentButton, &QPushButton::clicked, this,
            [this] { Q_EMIT m_services.consentRequested(QString()); });
    m_ui->emptyConsentButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DashboardPage::cancelWork);
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
    const bool loading = info.valid && m_runs.value(info.profileId);
    m_ui->refreshAction->setEnabled(profile && token && idle);
    m_ui->consentAgainAction->setEnabled(profile && idle);
    m_ui->testCallAction->setEnabled((profile && token) || customer);
    m_ui->inspectAction->setEnabled(((profile && token) || customer) && idle);
    m_ui->removeAction->setEnabled(profile && idle);
    // A public client has no secret or certificate to replace.
    const Expected<Profile> found =
        profile ? m_services.profiles().find(info.profileId) : fail(QString());
    m_ui->replaceCredentialAction->setEnabled(profile && idle && found
                                              && found->credential != CredentialKind::None);
    m_ui->checkCustomersAction->setEnabled(info.valid && token && !loading);
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
    QStringList texts;
    bool cancellable = false;
    for (const Running &running : std::as_const(m_running)) {
        texts.append(running.text);
        cancellable = cancellable || running.cancellable;
    }
    bool loading = false;
    for (const QPointer<CustomerCheckRun> &run : std::as_const(m_runs))
        loading = loading || run;
    if (loading)
        texts.append(m_lastProgress);
    const bool busy = !texts.isEmpty();
    if (busy)
        m_ui->progressLabel->setText(texts.join(u"; "_s));
    m_ui->progressBar->setVisible(busy);
    m_ui->cancelButton->setVisible(busy);
    m_ui->cancelButton->setEnabled(cancellable || loading);
    m_ui->progressPanel->setVisible(busy || !m_ui->progressLabel->text().isEmpty());
    if (!loading)
        m_ui->progressBar->setRange(0, 0);
}

void DashboardPage::showBanner(const QString &message)
{
    m_ui->messageBannerFrame->showMessage(message, MessageWidget::MessageType::Error);
}

void DashboardPage::hideBanner()
{
    m_ui->messageBannerFrame->hideMessage();
}

} // namespace PCAuth
