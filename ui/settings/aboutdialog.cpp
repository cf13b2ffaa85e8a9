// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "support/versioninfo.h"
#include "ui_aboutdialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace PCAuth {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    setObjectName(u"aboutDialog"_s);
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(u":/icons/pcauth.svg"_s).pixmap(64, 64));
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->versionLabel->setText(tr("Version %1").arg(QString::fromLatin1(PCAUTH_VERSION_STRING)));
    m_ui->versionsEdit->setPlainText(versionReport());

    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    close->setAccessibleName(tr("Close"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->copyVersionsButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->versionsEdit->toPlainText());
        m_ui->copyResultLabel->setText(tr("Copied."));
    });
}

AboutDialog::~AboutDialog() = default;

} // namespace PCAuth
