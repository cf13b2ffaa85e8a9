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
#include "styleicon.h"
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
    addPage(m_dashboard, tr("Dashboard"), styleIcon(QStyle::SP_ComputerIcon, style()));
    addLazyPage(tr("Customers"), styleIcon(QStyle::SP_DirHomeIcon, style()),
                [this] { return m_customers = new CustomersPage(m_services, this); });
    addLazyPage(tr("Access"), styleIcon(QStyle::SP_DialogApplyButton, style()),
                [this] { return m_access = new AccessPage(m_services, this); });
    addLazyPage(tr("Request console"), styleIcon(QStyle::SP_CommandLink, style()),
                [this] { return m_console = new RequestConsolePage(m_services, this); });
    addLazyPage(tr("App-only test"), styleIcon(QStyle::SP_DriveNetIcon, style()),
                [this] { return m_appOnly = new AppOnlyPage(m_services, this); });
    addLazyPage(tr("Token inspector"), styleIcon(QStyle::SP_FileDialogContentsView, style()),
                [this] {
                    m_inspector = new TokenInspectorPage(m_services.clock(), this);
                    m_inspector->setObjectName(u"tokenInspectorPage"_s);
                    return m_inspector;
                });
    addLazyPage(tr("Settings"), styleIcon(QStyle::SP_FileDialogDetailedView, style()),
                [this] { return m_settings = new SettingsPage(m_services, this); });
    Q_ASSERT(m_pageMakers.size() == SettingsRow + 1);
    m_tray = new TrayIcon(services, this);

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, this, [this](int row) {
        ensurePage(row);
        m_ui->pageStack->setCurrentIndex(row);
    });
    connect(m_ui->newConsentAction, &QAction::triggered, this, [this] { openConsent(); });
    connect(m_ui->quitAction, &QAction::triggered, this, [this] {
        m_quitting = true;
        QApplication::quit();
    });
    // Every other quit (the tray's Quit, the session ending) closes the window for good too.
    qApp->installEventFilter(this);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    connect(&services, &AppServices::inspectTokenRequested, this, [this](const QString &token) {
        tokenInspector()->setToken(token);
        showPage(tokenInspector());
    });
    connect(&services, &AppServices::consentRequested, this,
            [this](const QString &profileId) { openConsent(profileId); });
    connect(&services, &AppServices::testCallRequested, this,
            [this](const QString &profileId, const QString &tenantId) {
                requestConsole()->prepare(profileId, tenantId);
                showPage(requestConsole());
            });
    connect(&services, &AppServices::customersRequested, this, [this](const QString &profileId) {
        customers()->showProfile(profileId);
        showPage(customers());
    });
    connect(&services, &AppServices::accessRequested, this, [this](const QString &profileId) {
        if (!profileId.isEmpty())
            access()->controller()->setProfileId(profileId);
        showPage(access());
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
    m_pageMakers.append(nullptr);
    auto *item = new QListWidgetItem(icon, title, m_ui->navigationList);
    item->setData(Qt::AccessibleTextRole, title);
    if (index >= 9)
        return;
    QAction *go = m_viewMenu->addAction(icon, title);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    go->setShortcutContext(Qt::WindowShortcut);
    item->setToolTip(tr("%1 (%2)").arg(title, go->shortcut().toString(QKeySequence::NativeText)));
    // By row: a page built on first use replaces its placeholder.
    connect(go, &QAction::triggered, this,
            [this, index] { m_ui->navigationList->setCurrentRow(index); });
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

void MainWindow::addLazyPage(const QString &title, const QIcon &icon,
                             std::function<QWidget *()> make)
{
    addPage(new QWidget(this), title, icon); // a placeholder until the page is built
    m_pageMakers.last() = std::move(make);
}

QWidget *MainWindow::ensurePage(int index) const
{
    if (index < 0 || index >= m_pageMakers.size() || !m_pageMakers.at(index))
        return m_ui->pageStack->widget(index);
    const std::function<QWidget *()> make = std::exchange(m_pageMakers[index], nullptr);
    QWidget *placeholder = m_ui->pageStack->widget(index);
    QWidget *page = make();
    m_ui->pageStack->insertWidget(index, page);
    m_ui->pageStack->removeWidget(placeholder);
    delete placeholder;
    return page;
}

CustomersPage *MainWindow::customers() const
{
    ensurePage(CustomersRow);
    return m_customers;
}

AccessPage *MainWindow::access() const
{
    ensurePage(AccessRow);
    return m_access;
}

RequestConsolePage *MainWindow::requestConsole() const
{
    ensurePage(ConsoleRow);
    return m_console;
}

AppOnlyPage *MainWindow::appOnly() const
{
    ensurePage(AppOnlyRow);
    return m_appOnly;
}

TokenInspectorPage *MainWindow::tokenInspector() const
{
    ensurePage(InspectorRow);
    return m_inspector;
}

SettingsPage *MainWindow::settingsPage() const
{
    ensurePage(SettingsRow);
    return m_settings;
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
