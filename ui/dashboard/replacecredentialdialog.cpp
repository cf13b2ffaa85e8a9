// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "replacecredentialdialog.h"

#include "appservices.h"
#include "statuslabel.h"
#include "ui_replacecredentialdialog.h"

#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace PCAuth {

ReplaceCredentialDialog::ReplaceCredentialDialog(AppServices &services, const QString &profileId,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_profileId(profileId)
    , m_ui(std::make_unique<Ui::ReplaceCredentialDialog>())
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
}

ReplaceCredentialDialog::~ReplaceCredentialDialog() = default;

void ReplaceCredentialDialog::reject()
{
    if (m_job)
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
    if (m_job)
        return;
    ClientCredential credential;
    if (m_ui->kindCombo->currentData().toString()
        == credentialKindId(CredentialKind::Certificate)) {
        if (m_ui->certificateFileEdit->text().trimmed().isEmpty())
            return showStatus(tr("Choose the certificate file (PEM or PFX with its private key)."),
                              true);
        Expected<ClientCertificate> loaded = CredentialReplacement::certificateFromFile(
            m_ui->certificateFileEdit->text().trimmed(), m_ui->passphraseEdit->text().toUtf8());
        if (!loaded)
            return showStatus(loaded.error(), true);
        credential.kind = CredentialKind::Certificate;
        credential.certificate = std::move(loaded).value();
    } else {
        if (m_ui->secretEdit->text().isEmpty())
            return showStatus(tr("Enter the new client secret of the app registration."), true);
        credential.kind = CredentialKind::Secret;
        credential.secret = m_ui->secretEdit->text().toUtf8();
    }
    m_job = new CredentialReplacement(m_services.profiles(), m_services.vault(), m_services.http(),
                                      m_services.broker(), m_services.clock(), this);
    connect(m_job, &CredentialReplacement::stageChanged, this,
            [this](CredentialReplacement::Stage stage) {
                showStatus(stage == CredentialReplacement::Stage::Testing
                               ? tr("Testing the new credential with Entra ID\u2026")
                               : tr("Saving the new credential in the keychain\u2026"),
                           false);
            });
    connect(m_job, &CredentialReplacement::finished, this, &ReplaceCredentialDialog::onFinished);
    setRunning(true);
    m_job->start(m_profileId, credential);
}

void ReplaceCredentialDialog::onFinished(const CredentialReplacementResult &result)
{
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    setRunning(false);
    showStatus(result.message, !result.ok);
    if (!result.ok)
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
