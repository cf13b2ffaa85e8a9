// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "access/accesscontroller.h"
#include "access/accesspage.h"
#include "appservices.h"
#include "consent/consentwizard.h"
#include "console/apponlypage.h"
#include "console/requestconsolepage.h"
#include "customers/customerspage.h"
#include "dashboard/dashboardpage.h"
#include "settings/aboutdialog.h"
#include "settings/settingspage.h"
#include "tokeninspectorpage.h"
#include "tray/trayicon.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace PCAuth {

MainWindow::MainWindow(AppServices &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/pcauth.svg"_s));
    if (services.isSandbox())
        setWindowTitle(tr("PCAuth (sandbox)"));
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({180, width() - 180});
    // Ctrl+1 to Ctrl+7 go to the pages in the navigation's order.
    m_viewMenu = new QMenu(tr("&View"), this);
    m_viewMenu->setObjectName(u"viewMenu"_s);
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), m_viewMenu);

    m_dashboard = new DashboardPage(services, this);
    addPage(m_dashboard, tr("Dashboard"), style()->standardIcon(QStyle::SP_ComputerIcon));
    m_customers = new CustomersPage(services, this);
    addPage(m_customers, tr("Customers"), style()->standardIcon(QStyle::SP_DirHomeIcon));
    m_access = new AccessPage(services, this);
    const int small = style()->pixelMetric(QStyle::PM_SmallIconSize);
    addPage(m_access, tr("Access"),
            style()->standardIcon(QStyle::SP_DialogApplyButton).pixmap(small, small));
    m_console = new RequestConsolePage(services, this);
    addPage(m_console, tr("Request console"), style()->standardIcon(QStyle::SP_CommandLink));
    m_appOnly = new AppOnlyPage(services, this);
    addPage(m_appOnly, tr("App-only test"), style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_inspector = new TokenInspectorPage(services.clock(), this);
    m_inspector->setObjectName(u"tokenInspectorPage"_s);
    addPage(m_inspector, tr("Token inspector"),
            style()->standardIcon(QStyle::SP_FileDialogContentsView));
    m_settings = new SettingsPage(services, this);
    addPage(m_settings, tr("Settings"), style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_tray = new TrayIcon(services, this);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->newConsentAction, &QAction::triggered, this, [this] { openConsent(); });
    connect(m_ui->quitAction, &QAction::triggered, this, [this] {
        m_quitting = true;
        QApplication::quit();
    });
    // Every other quit (the tray's Quit, the session ending) closes the window for good too.
    qApp->installEventFilter(this);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    connect(&services, &AppServices::inspectTokenRequested, this, [this](const QString &token) {
        m_inspector->setToken(token);
        showPage(m_inspector);
    });
    connect(&services, &AppServices::consentRequested, this,
            [this](const QString &profileId) { openConsent(profileId); });
    connect(&services, &AppServices::testCallRequested, this,
            [this](const QString &profileId, const QString &tenantId) {
                m_console->prepare(profileId, tenantId);
                showPage(m_console);
            });
    connect(&services, &AppServices::customersRequested, this, [this](const QString &profileId) {
        m_customers->showProfile(profileId);
        showPage(m_customers);
    });
    connect(&services, &AppServices::accessRequested, this, [this](const QString &profileId) {
        if (!profileId.isEmpty())
            m_access->controller()->setProfileId(profileId);
        showPage(m_access);
    });

    m_ui->navigationList->setCurrentRow(0);
    statusBar()->showMessage(tr("Ready"));
    // The sandbox's address is known once it listens.
    connect(&services, &AppServices::ready, this, [this](const QString &problem) {
        if (problem.isEmpty() && m_services.isSandbox())
            statusBar()->showMessage(tr("Sandbox mode: everything runs on %1, no Microsoft "
                                        "tenant is contacted.")
                                         .arg(m_services.sandboxUrl().toString()));
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    const int index = m_ui->pageStack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_ui->navigationList);
    item->setData(Qt::AccessibleTextRole, title);
    if (index >= 9)
        return;
    QAction *go = m_viewMenu->addAction(icon, title);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    go->setShortcutContext(Qt::WindowShortcut);
    item->setToolTip(tr("%1 (%2)").arg(title, go->shortcut().toString(QKeySequence::NativeText)));
    connect(go, &QAction::triggered, this, [this, page] { showPage(page); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitting || !m_tray->keepsRunningOnClose()) {
        QMainWindow::closeEvent(event);
        return;
    }
    event->ignore();
    // Hidden, it is no longer the last window whose closing ends the app: only a quit does.
    QApplication::setQuitOnLastWindowClosed(false);
    hide();
    m_tray->windowHiddenToTray();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QApplication::setQuitOnLastWindowClosed(true);
    QMainWindow::showEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Quit && watched == qApp)
        m_quitting = true;
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showPage(QWidget *page)
{
    const int index = m_ui->pageStack->indexOf(page);
    if (index >= 0)
        m_ui->navigationList->setCurrentRow(index);
}

ConsentWizard *MainWindow::openConsent(const QString &profileId)
{
    auto *wizard = new ConsentWizard(m_services, profileId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    wizard->show();
    return wizard;
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace PCAuth
