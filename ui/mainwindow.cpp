// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "support/versioninfo.h"
#include "tokeninspectorpage.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace PCAuth {

MainWindow::MainWindow(const Clock &clock, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/pcauth.svg"_s));
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({180, width() - 180});

    m_inspector = new TokenInspectorPage(clock, this);
    m_inspector->setObjectName(u"tokenInspectorPage"_s);
    addPage(m_inspector, tr("Token inspector"),
            style()->standardIcon(QStyle::SP_FileDialogContentsView));

    connect(m_ui->navigationList, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::quit);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->navigationList->setCurrentRow(0);
    statusBar()->showMessage(tr("Ready"));
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    m_ui->pageStack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_ui->navigationList);
    item->setData(Qt::AccessibleTextRole, title);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PCAuth"),
                       tr("<h3>PCAuth %1</h3>"
                          "<p>Partner consent, token health and test calls for Microsoft Cloud "
                          "Solution Provider partners.</p>"
                          "<p>%2</p>")
                           .arg(QString::fromLatin1(PCAUTH_VERSION_STRING),
                                versionReport().toHtmlEscaped().replace(u'\n', u"<br>"_s)));
}

} // namespace PCAuth
