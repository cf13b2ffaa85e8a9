// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "replacecredentialdialog.h"

#include "appservices.h"
#include "replacecredentialcontroller.h"
#include "statuslabel.h"
#include "ui_replacecredentialdialog.h"

#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace PCAuth {

ReplaceCredentialDialog::ReplaceCredentialDialog(AppServices &services, const QString &profileId,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReplaceCredentialDialog>())
    , m_controller(new ReplaceCredentialController(services, profileId, this))
{
    m_ui->setupUi(this);
    setObjectName(u"replaceCredentialDialog"_s);
    setWindowTitle(tr("Replace credential"));
    m_ui->kindCombo->addItem(tr("Client secret"), credentialKindId(CredentialKind::Secret));
    m_ui->kindCombo->addItem(tr("Certificate (PEM or PFX file with its private key)"),
                             credentialKindId(CredentialKind::Certificate));

    const Expected<Profile> profile = services.profiles().find(profileId);
    if (profile) {
        m_ui->introLabel->setText(
            tr("Profile \u201c%1\u201d uses a %2. The new credential is tested with Entra ID "
               "first; only then is the old one replaced. The refresh token is kept, so no new "
               "consent is needed.")
                .arg(profile->name, profile->credential == CredentialKind::Certificate
                                        ? tr("certificate")
                                        : tr("client secret")));
        m_ui->kindCombo->setCurrentIndex(
            m_ui->kindCombo->findData(credentialKindId(profile->credential)));
    } else {
        m_ui->introLabel->setText(profile.error());
        m_ui->replaceButton->setEnabled(false);
    }
    m_ui->replaceProgress->hide();
    updateFields();

    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this,
            &ReplaceCredentialDialog::updateFields);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ReplaceCredentialDialog::browse);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &ReplaceCredentialDialog::replace);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ReplaceCredentialDialog::reject);
    connect(m_controller, &ReplaceCredentialController::statusChanged, this,
            [this] { showStatus(m_controller->statusText(), m_controller->isProblem()); });
    connect(m_controller, &ReplaceCredentialController::runningChanged, this,
            [this] { setRunning(m_controller->isRunning()); });
    connect(m_controller, &ReplaceCredentialController::finished, this,
            &ReplaceCredentialDialog::onFinished);
}

ReplaceCredentialDialog::~ReplaceCredentialDialog() = default;

void ReplaceCredentialDialog::reject()
{
    if (m_controller->isRunning())
        return;
    QDialog::reject();
}

void ReplaceCredentialDialog::updateFields()
{
    const bool certificate =
        m_ui->kindCombo->currentData().toString() == credentialKindId(CredentialKind::Certificate);
    m_ui->secretLabel->setVisible(!certificate);
    m_ui->secretEdit->setVisible(!certificate);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->certificateLabel),
          static_cast<QWidget *>(m_ui->certificateFileEdit),
          static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->passphraseLabel),
          static_cast<QWidget *>(m_ui->passphraseEdit)})
        widget->setVisible(certificate);
}

void ReplaceCredentialDialog::browse()
{
    auto *dialog =
        new QFileDialog(this, tr("Certificate with its private key"),
                        QFileInfo(m_ui->certificateFileEdit->text()).absolutePath(),
                        tr("Certificates (*.pem *.pfx *.p12 *.crt *.key);;All files (*)"));
    dialog->setObjectName(u"certificateFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_ui->certificateFileEdit->setText(file); });
    dialog->open();
}

void ReplaceCredentialDialog::replace()
{
    if (m_ui->kindCombo->currentData().toString() == credentialKindId(CredentialKind::Certificate))
        m_controller->replaceCertificate(m_ui->certificateFileEdit->text(),
                                         m_ui->passphraseEdit->text().toUtf8());
    else
        m_controller->replaceSecret(m_ui->secretEdit->text().toUtf8());
}

void ReplaceCredentialDialog::onFinished(bool ok)
{
    if (!ok)
        return;
    m_ui->secretEdit->clear();
    m_ui->passphraseEdit->clear();
    m_ui->replaceButton->setEnabled(false);
    m_ui->closeButton->setDefault(true);
    m_ui->closeButton->setFocus();
}

void ReplaceCredentialDialog::setRunning(bool running)
{
    m_ui->replaceProgress->setVisible(running);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_ui->kindCombo), static_cast<QWidget *>(m_ui->secretEdit),
          static_cast<QWidget *>(m_ui->certificateFileEdit),
          static_cast<QWidget *>(m_ui->browseButton), static_cast<QWidget *>(m_ui->passphraseEdit),
          static_cast<QWidget *>(m_ui->replaceButton), static_cast<QWidget *>(m_ui->closeButton)})
        widget->setEnabled(!running);
}

void ReplaceCredentialDialog::showStatus(const QString &text, bool problem)
{
    showStatusText(m_ui->statusLabel, text, problem);
}

} // namespace PCAuth
