// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "accesspage.h"

#include "accesscontroller.h"
#include "accessmodels.h"
#include "accesspresentation.h"
#include "appservices.h"
#include "appsettings.h"
#include "grantconsentdialog.h"
#include "messagewidget.h"
#include "statuslabel.h"
#include "ui_accesspage.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace PCAuth {

AccessPage::AccessPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AccessPage>())
    , m_services(services)
    , m_controller(new AccessController(services, this))
    , m_message(new MessageWidget(this))
{
    m_ui->setupUi(this);
    setObjectName(u"accessPage"_s);
    m_message->setObjectName(u"accessMessage"_s);
    m_message->setCloseButtonVisible(true);
    m_ui->pageLayout->insertWidget(1, m_message);
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    const int em = fontMetrics().horizontalAdvance(u'M');
    m_ui->splitter->setSizes({19 * em, 90 * em});
    m_ui->profilesPane->setMinimumWidth(15 * em);

    m_ui->windowCombo->addItem(tr("30 days"), 30);
    m_ui->windowCombo->addItem(tr("60 days"), 60);
    m_ui->windowCombo->addItem(tr("90 days"), 90);
    m_ui->windowCombo->addItem(tr("All"), 0);
    m_ui->windowCombo->setCurrentIndex(3);

    setUpTables();
    setUpLegend();
    connectController();
    showProfiles();
    showReport();
    showState();
}

AccessPage::~AccessPage() = default;

void AccessPage::setUpTables()
{
    const int em = fontMetrics().horizontalAdvance(u'M');
    const QStyle *s = style();
    // The longest status label beside its icon.
    int status = 0;
    for (AccessStatus a :
         {AccessStatus::Ok, AccessStatus::Unknown, AccessStatus::Warning, AccessStatus::Problem})
        status = std::max(status, fontMetrics().horizontalAdvance(accessStatusLabel(a)));
    status += s->pixelMetric(QStyle::PM_SmallIconSize) + 3 * em;

    m_profilesView = new AccessStatusDecorator(s, AccessProfilesModel::NameColumn, {}, this);
    m_profilesView->setHeadlineColumn(AccessProfilesModel::HeadlineColumn);
    m_profilesView->setSourceModel(m_controller->profiles());
    m_ui->profilesList->setModel(m_profilesView);
    m_ui->profilesList->setIconSize(QSize(em + em / 2, em + em / 2));
    m_ui->profilesList->setResizeMode(QListView::Adjust); // the headlines wrap at its width
    m_ui->profilesList->setTextElideMode(Qt::ElideNone);

    m_appHealthView = new AccessStatusDecorator(s, AppHealthModel::StatusColumn,
                                                {AppHealthModel::StatusColumn}, this);
    m_appHealthView->setSourceModel(m_controller->appHealth());
    QTableView *app = m_ui->appHealthTable;
    app->setModel(m_appHealthView);
    QHeaderView *appHeader = app->horizontalHeader();
    appHeader->setSectionResizeMode(QHeaderView::Interactive);
    appHeader->resizeSection(AppHealthModel::StatusColumn, status);
    appHeader->resizeSection(AppHealthModel::CheckColumn, 16 * em);
    appHeader->resizeSection(AppHealthModel::FindingColumn, 30 * em);
    appHeader->resizeSection(AppHealthModel::EndsColumn, 14 * em);
    appHeader->setStretchLastSection(true);
    app->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // About six findings without scrolling: the panel, not a list.
    app->setMinimumHeight(4 * (fontMetrics().height() + 8));
    app->setMaximumHeight(8 * (fontMetrics().height() + 8));

    m_gdapView = new AccessStatusDecorator(
        s, GdapModel::StatusColumn, {GdapModel::StatusColumn, GdapModel::DaysLeftColumn}, this);
    m_gdapView->setSourceModel(m_controller->gdapProxy());
    QTableView *gdap = m_ui->gdapTable;
    gdap->setModel(m_gdapView);
    gdap->sortByColumn(GdapModel::DaysLeftColumn, Qt::AscendingOrder);
    QHeaderView *gdapHeader = gdap->horizontalHeader();
    gdapHeader->setSectionResizeMode(QHeaderView::Interactive);
    gdapHeader->resizeSection(GdapModel::StatusColumn, status);
    gdapHeader->resizeSection(GdapModel::CustomerColumn, 12 * em);
    gdapHeader->resizeSection(GdapModel::RelationshipColumn, 14 * em);
    gdapHeader->resizeSection(GdapModel::StateColumn, 7 * em);
    gdapHeader->resizeSection(GdapModel::EndsColumn, 10 * em);
    gdapHeader->resizeSection(GdapModel::DaysLeftColumn, 14 * em);
    gdapHeader->resizeSection(GdapModel::AutoExtendColumn, 8 * em);
    gdapHeader->resizeSection(GdapModel::RolesColumn, 16 * em);
    gdapHeader->setStretchLastSection(true);
    gdap->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    m_customersDecorated = new AccessStatusDecorator(s, AccessCustomersModel::StatusColumn,
                                                     {AccessCustomersModel::StatusColumn}, this);
    m_customersDecorated->setSourceModel(m_controller->customers());
    m_customersView = new QSortFilterProxyModel(this);
    m_customersView->setSortRole(AccessRoles::Sort);
    m_customersView->setSourceModel(m_customersDecorated);
    QTableView *customers = m_ui->customersTable;
    customers->setModel(m_customersView);
    customers->sortByColumn(-1, Qt::AscendingOrder); // Partner Center's order until a click
    QHeaderView *customersHeader = customers->horizontalHeader();
    customersHeader->setSectionResizeMode(QHeaderView::Interactive);
    customersHeader->resizeSection(AccessCustomersModel::StatusColumn, status);
    customersHeader->resizeSection(AccessCustomersModel::CustomerColumn, 15 * em);
    customersHeader->resizeSection(AccessCustomersModel::ConsentColumn, 12 * em);
    customersHeader->resizeSection(AccessCustomersModel::GdapColumn, 26 * em);
    customersHeader->setStretchLastSection(true);
    customers->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
}

void AccessPage::setUpLegend()
{
    struct Entry
    {
        AccessStatus status;
        QString text;
    };
    const QList<Entry> entries{
        {AccessStatus::Ok, tr("The calls work")},
        {AccessStatus::Warning, tr("Work now, need attention soon")},
        {AccessStatus::Problem, tr("Fail, or will at once")},
        {AccessStatus::Unknown, tr("Could not be told")},
    };
    auto *grid = m_ui->legendLayout;
    const int icon = fontMetrics().height();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        auto *badge = new QLabel(m_ui->legendBox);
        badge->setPixmap(accessStatusIcon(e.status, style()).pixmap(icon, icon));
        auto *label =
            new QLabel(u"<span style=\"color:%1\"><b>%2</b></span> %3"_s.arg(
                           accessStatusColor(e.status, palette()).name(),
                           accessStatusLabel(e.status).toHtmlEscaped(), e.text.toHtmlEscaped()),
                       m_ui->legendBox);
        label->setWordWrap(true);
        label->setAccessibleName(u"%1: %2"_s.arg(accessStatusLabel(e.status), e.text));
        grid->addWidget(badge, int(i), 0, Qt::AlignTop);
        grid->addWidget(label, int(i), 1);
    }
    grid->setColumnStretch(1, 1);
}

void AccessPage::connectController()
{
    AccessController *c = m_controller;
    connect(m_ui->checkButton, &QPushButton::clicked, c, &AccessController::check);
    connect(m_ui->checkAllButton, &QPushButton::clicked, c, &AccessController::checkAll);
    connect(m_ui->cancelButton, &QPushButton::clicked, c, &AccessController::cancelAll);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AccessPage::exportCsv);
    connect(m_ui->grantConsentButton, &QPushButton::clicked, c,
            &AccessController::requestGrantConsent);
    connect(c, &AccessController::grantConsentRequested, this, &AccessPage::grantConsentRequested);
    connect(c, &AccessController::grantConsentRequested, this,
            [this](const QString &profileId, const QList<ConsentTarget> &targets) {
                // Its results reach the report through AccessMonitor::applyConsentResults().
                auto *dialog = new GrantConsentDialog(m_services, profileId, targets, this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            });
    connect(m_ui->windowCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_controller->setWindowDays(m_ui->windowCombo->itemData(index).toInt());
    });
    connect(c, &AccessController::windowDaysChanged, this, [this] {
        m_ui->windowCombo->setCurrentIndex(m_ui->windowCombo->findData(m_controller->windowDays()));
        updateGdapCount();
    });
    connect(c, &AccessController::stateChanged, this, &AccessPage::showState);
    connect(c, &AccessController::reportChanged, this, &AccessPage::showReport);
    connect(c, &AccessController::selectionChanged, this,
            [this] { m_ui->grantConsentButton->setEnabled(m_controller->canGrantConsent()); });
    connect(c, &AccessController::profileIdChanged, this, &AccessPage::showProfiles);
    connect(m_controller->profiles(), &QAbstractItemModel::modelReset, this,
            &AccessPage::showProfiles);
    connect(m_ui->profilesList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_controller->setProfileId(
                        current.data(AccessProfilesModel::ProfileIdRole).toString());
            });
    connect(m_ui->timeline, &GdapTimeline::relationshipClicked, this,
            &AccessPage::selectRelationship);
    connect(m_ui->customersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AccessPage::customersSelected);
    connect(m_controller->gdapProxy(), &QAbstractItemModel::rowsInserted, this,
            &AccessPage::updateGdapCount);
    connect(m_controller->gdapProxy(), &QAbstractItemModel::rowsRemoved, this,
            &AccessPage::updateGdapCount);
    connect(m_controller->gdapProxy(), &QAbstractItemModel::modelReset, this,
            &AccessPage::updateGdapCount);
}

void AccessPage::showProfiles()
{
    const int row = m_controller->profiles()->rowOf(m_controller->profileId());
    const QModelIndex index = m_profilesView->index(row, 0);
    if (index.isValid() && m_ui->profilesList->currentIndex() != index)
        m_ui->profilesList->setCurrentIndex(index);
}

void AccessPage::showState()
{
    const bool checking = m_controller->isChecking();
    showStatusText(m_ui->statusLabel, m_controller->statusText(), false);
    m_ui->statusLabel->setToolTip(m_controller->statusText());
    m_ui->progressBar->setVisible(checking);
    m_ui->progressBar->setRange(0, m_controller->progressMaximum());
    m_ui->progressBar->setValue(m_controller->progressValue());
    const bool hasProfile = !m_controller->profileId().isEmpty();
    m_ui->checkButton->setEnabled(hasProfile && !checking);
    m_ui->checkAllButton->setEnabled(hasProfile);
    m_ui->cancelButton->setEnabled(m_controller->isCheckingAny());
    m_ui->exportButton->setEnabled(m_controller->report() != nullptr);
    m_ui->grantConsentButton->setEnabled(m_controller->canGrantConsent());
}

void AccessPage::showReport()
{
    const AccessReport *report = m_controller->report();
    m_ui->timeline->setRows(m_controller->gdap()->rows(),
                            report ? report->warningDays : m_services.settings().warningDays());
    updateGdapCount();
    showState();
}

void AccessPage::updateGdapCount()
{
    const int all = m_controller->gdap()->rowCount();
    const int shown = m_controller->gdapProxy()->rowCount();
    m_ui->gdapCountLabel->setText(!m_controller->report() ? QString()
                                  : shown == all          ? tr("%n row(s)", nullptr, all)
                                                 : tr("%1 of %n row(s)", nullptr, all).arg(shown));
}

void AccessPage::selectRelationship(int gdapRow)
{
    QModelIndex source = m_controller->gdap()->index(gdapRow, 0);
    QModelIndex filtered = m_controller->gdapProxy()->mapFromSource(source);
    if (!filtered.isValid()) { // hidden by the window: show every row
        m_controller->setWindowDays(0);
        filtered = m_controller->gdapProxy()->mapFromSource(source);
    }
    const QModelIndex index = m_gdapView->mapFromSource(filtered);
    if (!index.isValid())
        return;
    showGdap();
    m_ui->gdapTable->setCurrentIndex(index);
    m_ui->gdapTable->selectRow(index.row());
    m_ui->gdapTable->scrollTo(index);
    m_ui->gdapTable->setFocus(Qt::MouseFocusReason);
}

void AccessPage::customersSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_ui->customersTable->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_customersDecorated->mapToSource(m_customersView->mapToSource(index)).row();
    m_controller->setSelectedCustomers(rows);
}

void AccessPage::showGdap()
{
    m_ui->tabs->setCurrentWidget(m_ui->gdapTab);
}

void AccessPage::showCustomers()
{
    m_ui->tabs->setCurrentWidget(m_ui->customersTab);
}

QString AccessPage::exportCsvTo(const QString &path)
{
    const QString problem = m_controller->exportGdapCsv(path);
    if (problem.isEmpty())
        m_message->showMessage(
            tr("The GDAP relationships were saved to %1.").arg(QDir::toNativeSeparators(path)),
            MessageWidget::MessageType::Positive);
    else
        m_message->showMessage(problem, MessageWidget::MessageType::Error);
    return problem;
}

void AccessPage::exportCsv()
{
    const AccessReport *report = m_controller->report();
    if (!report)
        return;
    const QString suggested = QDir::home().filePath(
        u"gdap-%1-%2.csv"_s.arg(report->profileName, report->checkedAt.toString(u"yyyy-MM-dd"_s)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export GDAP relationships"),
                                                      suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

} // namespace PCAuth
