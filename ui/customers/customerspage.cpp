// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customerspage.h"

#include "appservices.h"
#include "customerscontroller.h"
#include "customersmodel.h"
#include "messagewidget.h"
#include "session/customercheckrun.h"
#include "ui_customerspage.h"

#include <QApplication>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QShortcut>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace PCAuth {

namespace {

QStyle::StandardPixmap statusPixmap(CustomerHealth::Status status)
{
    switch (status) {
    case CustomerHealth::Status::Ok:
        return QStyle::SP_DialogApplyButton;
    case CustomerHealth::Status::ConsentMissing:
    case CustomerHealth::Status::Throttled:
        return QStyle::SP_MessageBoxWarning;
    case CustomerHealth::Status::NoAccess:
    case CustomerHealth::Status::Failed:
        break;
    }
    return QStyle::SP_MessageBoxCritical;
}

MessageWidget::MessageType messageType(CustomersController::MessageKind kind)
{
    switch (kind) {
    case CustomersController::MessageKind::Information:
        return MessageWidget::MessageType::Information;
    case CustomersController::MessageKind::Warning:
        return MessageWidget::MessageType::Warning;
    case CustomersController::MessageKind::Error:
        break;
    }
    return MessageWidget::MessageType::Error;
}

} // namespace

CustomersPage::CustomersPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CustomersPage>())
    , m_services(services)
    , m_controller(new CustomersController(services, this))
{
    m_ui->setupUi(this);
    setObjectName(u"customersPage"_s);
    m_controller->model()->setStatusIcon([](CustomerHealth::Status status) {
        return QVariant(QApplication::style()->standardIcon(statusPixmap(status)));
    });
    setUpTable();
    setUpShortcuts();

    m_ui->concurrencySpin->setMaximum(CustomerHealthCheck::MaxConcurrency);
    m_ui->concurrencySpin->setValue(m_controller->concurrency());
    connect(m_ui->concurrencySpin, &QSpinBox::valueChanged, m_controller,
            &CustomersController::setConcurrency);

    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_controller,
            &CustomersController::setFilterText);
    connect(m_ui->loadButton, &QPushButton::clicked, m_controller, &CustomersController::load);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_controller, &CustomersController::cancel);
    connect(m_ui->checkSelectedButton, &QPushButton::clicked, this, &CustomersPage::checkSelected);
    connect(m_ui->checkAllButton, &QPushButton::clicked, m_controller,
            &CustomersController::checkAll);
    m_ui->bannerFrame->setTextObjectName(u"bannerLabel"_s);
    m_ui->bannerFrame->addButton(m_ui->consentButton);
    connect(m_ui->consentButton, &QPushButton::clicked, m_controller,
            &CustomersController::requestConsent);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setProfileId(m_ui->profileCombo->currentData().toString()); });
    connectController();

    m_ui->bannerFrame->hideMessage();
    showProfiles();
    showBanner();
    showProgress();
    updateCount();
    updateButtons();
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::connectController()
{
    CustomersController *controller = m_controller;
    connect(controller, &CustomersController::profilesChanged, this, &CustomersPage::showProfiles);
    connect(controller, &CustomersController::profileIdChanged, this, [this] {
        const QSignalBlocker blocker(m_ui->profileCombo);
        m_ui->profileCombo->setCurrentIndex(
            m_ui->profileCombo->findData(m_controller->profileId()));
    });
    connect(controller, &CustomersController::stateChanged, this, &CustomersPage::updateButtons);
    connect(controller, &CustomersController::progressChanged, this, &CustomersPage::showProgress);
    connect(controller, &CustomersController::messageChanged, this, &CustomersPage::showBanner);
    connect(controller, &CustomersController::countChanged, this, &CustomersPage::updateCount);
    connect(controller, &CustomersController::concurrencyChanged, this, [this] {
        const QSignalBlocker blocker(m_ui->concurrencySpin);
        m_ui->concurrencySpin->setValue(m_controller->concurrency());
    });
}

void CustomersPage::setUpTable()
{
    QTableView *table = m_ui->customersTable;
    table->setModel(m_controller->proxy());
    table->sortByColumn(-1, Qt::AscendingOrder); // Partner Center's order until a header click
    // Fixed row heights: with 50,000 rows nothing may be measured per row.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(CustomersModel::NameColumn, 18 * em);
    header->resizeSection(CustomersModel::DomainColumn, 18 * em);
    header->resizeSection(CustomersModel::TenantColumn, 22 * em);
    header->resizeSection(CustomersModel::RelationshipColumn, 8 * em);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateButtons);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_controller->setCurrentRow(currentSourceRow()); });
}

void CustomersPage::setUpShortcuts()
{
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->filterEdit->selectAll();
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    refresh->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QShortcut::activated, this, [this] {
        if (m_ui->loadButton->isEnabled())
            m_controller->load();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, m_controller, &CustomersController::cancel);
}

CustomersModel &CustomersPage::model() const
{
    return *m_controller->model();
}

bool CustomersPage::isBusy() const
{
    return m_controller->isBusy();
}

void CustomersPage::setPageSize(int size)
{
    m_controller->setPageSize(size);
}

void CustomersPage::showProfile(const QString &profileId)
{
    m_controller->showProfile(profileId);
}

void CustomersPage::showProfiles()
{
    QComboBox *combo = m_ui->profileCombo;
    const QSignalBlocker blocker(combo);
    combo->clear();
    const QList<CustomersController::ProfileChoice> profiles = m_controller->profiles();
    for (const CustomersController::ProfileChoice &choice : profiles)
        combo->addItem(choice.text, choice.id);
    combo->setCurrentIndex(combo->findData(m_controller->profileId()));
}

int CustomersPage::currentSourceRow() const
{
    const QModelIndex current = m_ui->customersTable->currentIndex();
    return current.isValid() ? m_controller->proxy()->mapToSource(current).row() : -1;
}

void CustomersPage::checkSelected()
{
    const QItemSelectionModel *selection = m_ui->customersTable->selectionModel();
    QModelIndexList chosen = selection->selectedRows();
    if (chosen.isEmpty() && selection->currentIndex().isValid())
        chosen.append(selection->currentIndex());
    QList<int> rows;
    for (const QModelIndex &index : std::as_const(chosen))
        rows.append(m_controller->proxy()->mapToSource(index).row());
    m_controller->checkRows(rows);
}

void CustomersPage::showBanner()
{
    const QString text = m_controller->message();
    if (text.isEmpty()) {
        m_ui->bannerFrame->hideMessage();
        return;
    }
    m_ui->consentButton->setVisible(m_controller->offersConsent());
    m_ui->bannerFrame->showMessage(text, messageType(m_controller->messageKind()));
}

void CustomersPage::showProgress()
{
    m_ui->progressBar->setRange(0, m_controller->progressMaximum());
    m_ui->progressBar->setValue(m_controller->progressValue());
    m_ui->progressBar->setVisible(m_controller->isProgressVisible());
    m_ui->statusLabel->setText(m_controller->statusText());
}

void CustomersPage::updateCount()
{
    m_ui->countLabel->setText(m_controller->countText());
}

void CustomersPage::updateButtons()
{
    const bool busy = m_controller->isBusy();
    const bool rows = m_controller->model()->rowCount() > 0;
    const bool hasProfile = !m_controller->profileId().isEmpty();
    m_ui->profileCombo->setEnabled(!busy);
    m_ui->loadButton->setEnabled(!busy && hasProfile);
    m_ui->loadButton->setText(m_controller->isLoaded() ? tr("Re&load") : tr("&Load"));
    m_ui->cancelButton->setEnabled(busy);
    m_ui->checkAllButton->setEnabled(!busy && rows);
    m_ui->checkSelectedButton->setEnabled(
        !busy && m_ui->customersTable->selectionModel()->hasSelection());
}

} // namespace PCAuth
