// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customerspage.h"

#include "appservices.h"
#include "customerscontroller.h"
#include "customersmodel.h"
#include "grantconsentcontroller.h"
#include "grantconsentdialog.h"
#include "messagewidget.h"
#include "session/customercheckrun.h"
#include "styleicon.h"
#include "ui_customerspage.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
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
    m_controller->model()->setStatusIcon(
        [](CustomerHealth::Status status) { return QVariant(styleIcon(statusPixmap(status))); });
    setUpTable();
    setUpShortcuts();
    setUpContextMenu();

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
    connect(controller, &CustomersController::grantConsentRequested, this,
            [this](const QString &profileId, const QList<ConsentTarget> &targets) {
                auto *dialog = new GrantConsentDialog(m_services, profileId, targets, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                QStringList tenantIds;
                for (const ConsentTarget &target : targets)
                    tenantIds.append(target.tenantId);
                // Once granted, the rows show whether Graph now answers there.
                connect(&dialog->controller(), &GrantConsentController::finished, m_controller,
                        [this, tenantIds] { m_controller->recheckTenants(tenantIds); });
                dialog->open();
            });
    // Fit the columns to a new listing once it is complete (not while the user works on it).
    connect(controller, &CustomersController::stateChanged, this, [this] {
        const int rows = m_controller->model()->rowCount();
        if (!m_controller->isBusy() && rows != m_sizedForRows) {
            m_sizedForRows = rows;
            sizeColumns();
        }
    });
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
    // Long names lose their middle, so that both ends stay readable: a domain keeps
    // ".onmicrosoft.com", a tenant id its first and last digits.
    table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The name takes what the other columns leave; those are as wide as what they show.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CustomersModel::NameColumn, QHeaderView::Stretch);
    sizeColumns();
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateButtons);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_controller->setCurrentRow(currentSourceRow()); });
}

void CustomersPage::sizeColumns()
{
    // Measured from what the columns hold, never per row through the view (50,000 rows): a
    // tenant id is 32 hex digits and 4 dashes, the domain column fits the longest domain
    // loaded, the status and relationship columns their longest words.
    const QFontMetrics metrics = m_ui->customersTable->fontMetrics();
    QHeaderView *header = m_ui->customersTable->horizontalHeader();
    const QFontMetrics headerMetrics = header->fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(u'M');
    const auto fit = [&](int column, int contents) {
        const QString title = m_controller->model()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              std::max(contents, headerMetrics.horizontalAdvance(title)) + padding);
    };
    int hexDigit = 0;
    for (const QChar c : u"0123456789abcdef"_s)
        hexDigit = std::max(hexDigit, metrics.horizontalAdvance(c));
    fit(CustomersModel::TenantColumn, 32 * hexDigit + 4 * metrics.horizontalAdvance(u'-'));
    const CustomersModel *model = m_controller->model();
    QString longestDomain = u"contoso.onmicrosoft.com"_s;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->customer(row).domain.size() > longestDomain.size())
            longestDomain = model->customer(row).domain;
    }
    // A domain of any length must not squeeze the name away: beyond 48 characters, elide.
    fit(CustomersModel::DomainColumn, metrics.horizontalAdvance(longestDomain.left(48)));
    int relationship = metrics.horizontalAdvance(u"reseller"_s);
    int status = 0;
    for (const auto st : {CustomerHealth::Status::Ok, CustomerHealth::Status::ConsentMissing,
                          CustomerHealth::Status::NoAccess, CustomerHealth::Status::Throttled,
                          CustomerHealth::Status::Failed})
        status = std::max(status, metrics.horizontalAdvance(CustomerHealthCheck::statusLabel(st)));
    for (int row = 0; row < std::min(model->rowCount(), 100); ++row)
        relationship =
            std::max(relationship, metrics.horizontalAdvance(model->customer(row).relationship));
    fit(CustomersModel::RelationshipColumn, relationship);
    const int icon = m_ui->customersTable->style()->pixelMetric(QStyle::PM_SmallIconSize);
    fit(CustomersModel::AccessColumn, status + icon + metrics.horizontalAdvance(u' '));
}

void CustomersPage::setUpContextMenu()
{
    QTableView *table = m_ui->customersTable;
    m_menu = new QMenu(this);
    m_menu->setObjectName(u"customersMenu"_s);
    m_copyAction =
        m_menu->addAction(tr("&Copy"), this, [this] { copyToClipboard(selectedRowsText()); });
    m_copyAction->setObjectName(u"copyRowsAction"_s);
    m_copyAction->setShortcut(QKeySequence::Copy); // handled by the table's event filter
    m_copyAction->setToolTip(tr("Copy the selected rows, tab-separated"));
    m_copyTenantAction = m_menu->addAction(tr("Copy tenant &ID"), this,
                                           [this] { copyColumn(CustomersModel::TenantColumn); });
    m_copyTenantAction->setObjectName(u"copyTenantAction"_s);
    m_copyDomainAction = m_menu->addAction(tr("Copy &domain"), this,
                                           [this] { copyColumn(CustomersModel::DomainColumn); });
    m_copyDomainAction->setObjectName(u"copyDomainAction"_s);
    m_menu->addSeparator();
    m_checkAction = m_menu->addAction(tr("Check &access"), this, &CustomersPage::checkSelected);
    m_checkAction->setObjectName(u"checkRowsAction"_s);
    m_testCallAction = m_menu->addAction(tr("&Test call\u2026"), this, [this] {
        m_controller->requestTestCall(currentSourceRow());
    });
    m_testCallAction->setObjectName(u"testCallAction"_s);
    m_testCallAction->setToolTip(tr("Open the request console on this customer's tenant"));
    m_grantConsentAction = m_menu->addAction(tr("&Grant consent\u2026"), this, [this] {
        m_controller->requestGrantConsent(selectedSourceRows());
    });
    m_grantConsentAction->setObjectName(u"grantConsentAction"_s);
    m_grantConsentAction->setToolTip(
        tr("Grant the app's consent, through Partner Center, in the selected customers whose "
           "check found it missing"));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &pos) {
        const bool row = table->indexAt(pos).isValid();
        const bool one = row && selectedSourceRows().size() == 1;
        m_copyAction->setEnabled(row);
        m_copyTenantAction->setEnabled(row);
        m_copyDomainAction->setEnabled(row);
        m_checkAction->setEnabled(row && !m_controller->isBusy());
        m_testCallAction->setEnabled(one);
        m_grantConsentAction->setEnabled(
            row && !m_controller->isBusy()
            && !m_controller->consentTargets(selectedSourceRows()).isEmpty());
        m_menu->popup(table->viewport()->mapToGlobal(pos));
    });
    table->installEventFilter(this);
}

bool CustomersPage::eventFilter(QObject *watched, QEvent *event)
{
    // The table's own Ctrl+C copies one cell; the user wants the rows.
    if (watched == m_ui->customersTable
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        if (event->type() == QEvent::KeyPress)
            copyToClipboard(selectedRowsText());
        event->accept(); // an accepted override: the key comes here, not to a shortcut
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QList<int> CustomersPage::selectedSourceRows() const
{
    const QTableView *table = m_ui->customersTable;
    QModelIndexList chosen = table->selectionModel()->selectedRows();
    if (chosen.isEmpty() && table->currentIndex().isValid())
        chosen.append(table->currentIndex());
    std::sort(chosen.begin(), chosen.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<int> rows;
    for (const QModelIndex &index : std::as_const(chosen))
        rows.append(m_controller->proxy()->mapToSource(index).row());
    return rows;
}

QString CustomersPage::selectedRowsText() const
{
    const QHeaderView *header = m_ui->customersTable->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    const CustomersModel *model = m_controller->model();
    QStringList lines;
    const QList<int> rows = selectedSourceRows();
    for (const int row : rows) {
        QStringList cells;
        for (const int column : std::as_const(columns))
            cells.append(model->text(row, column));
        lines.append(cells.join(u'\t'));
    }
    return lines.join(u'\n');
}

void CustomersPage::copyColumn(int column)
{
    QStringList values;
    const QList<int> rows = selectedSourceRows();
    for (const int row : rows)
        values.append(m_controller->model()->text(row, column));
    copyToClipboard(values.join(u'\n'));
}

void CustomersPage::copyToClipboard(const QString &text)
{
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
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
    m_controller->checkRows(selectedSourceRows());
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
    m_ui->checkAllButton->setText(m_controller->checkAllText());
    m_ui->checkAllButton->setToolTip(m_controller->checkAllToolTip());
    m_ui->checkAllButton->setAccessibleName(m_controller->checkAllToolTip());
    updateButtons();
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
    m_ui->checkAllButton->setEnabled(!busy && rows && m_controller->proxy()->rowCount() > 0);
    m_ui->checkSelectedButton->setEnabled(
        !busy && m_ui->customersTable->selectionModel()->hasSelection());
}

} // namespace PCAuth
