// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "apponlypage.h"

#include "apponlycontroller.h"
#include "messagewidget.h"
#include "styleicon.h"
#include "ui_apponlypage.h"

#include <QShortcut>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace PCAuth {

AppOnlyPage::AppOnlyPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AppOnlyPage>())
    , m_controller(new AppOnlyController(services, this))
{
    m_ui->setupUi(this);
    m_ui->errorBanner->setTextObjectName(u"errorLabel"_s);
    setObjectName(u"appOnlyPage"_s);
    m_ui->audienceCombo->addItem(tr("Partner Center"), u"partner-center"_s);
    m_ui->audienceCombo->addItem(tr("Microsoft Graph"), u"graph"_s);
    m_ui->audienceCombo->addItem(tr("Azure Resource Manager"), u"arm"_s);
    m_ui->audienceCombo->addItem(tr("Key Vault"), u"keyvault"_s);
    m_ui->audienceCombo->addItem(tr("Custom URI"), u"custom"_s);
    m_ui->audienceCombo->setCurrentIndex(m_ui->audienceCombo->findData(m_controller->audienceId()));
    m_ui->getTokenButton->setIcon(styleIcon(QStyle::SP_DialogApplyButton, style()));
    m_ui->cancelButton->setIcon(styleIcon(QStyle::SP_DialogCancelButton, style()));
    m_ui->inspectButton->setIcon(styleIcon(QStyle::SP_FileDialogContentsView, style()));
    m_ui->testCallButton->setIcon(styleIcon(QStyle::SP_ArrowForward, style()));
    m_controller->setTenant(m_ui->tenantEdit->text());
    m_controller->setCustomAudienceUri(m_ui->customAudienceEdit->text());

    auto *cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelShortcut, &QShortcut::activated, m_controller, &AppOnlyController::cancel);
    connect(m_ui->audienceCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_controller->setAudienceId(m_ui->audienceCombo->currentData().toString()); });
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_ui->profileCombo->currentIndex() >= 0)
            m_controller->selectProfile(m_ui->profileCombo->currentData().toString());
    });
    connect(m_ui->tenantEdit, &QLineEdit::textChanged, m_controller, &AppOnlyController::setTenant);
    connect(m_ui->customAudienceEdit, &QLineEdit::textChanged, m_controller,
            &AppOnlyController::setCustomAudienceUri);
    connect(m_ui->getTokenButton, &QPushButton::clicked, m_controller,
            &AppOnlyController::getToken);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_controller, &AppOnlyController::cancel);
    connect(m_ui->testCallButton, &QPushButton::clicked, m_controller,
            &AppOnlyController::testCall);
    connect(m_ui->inspectButton, &QPushButton::clicked, m_controller, &AppOnlyController::inspect);

    connect(m_controller, &AppOnlyController::profilesChanged, this, &AppOnlyPage::showProfiles);
    connect(m_controller, &AppOnlyController::profileIdChanged, this, [this] {
        m_ui->profileCombo->setCurrentIndex(
            m_ui->profileCombo->findData(m_controller->profileId()));
    });
    connect(m_controller, &AppOnlyController::audienceIdChanged, this, &AppOnlyPage::showAudience);
    connect(m_controller, &AppOnlyController::busyChanged, this, &AppOnlyPage::showBusy);
    connect(m_controller, &AppOnlyController::tokenChanged, this, &AppOnlyPage::showToken);
    connect(m_controller, &AppOnlyController::expiryChanged, this,
            [this] { m_ui->expiryValue->setText(m_controller->expiryText()); });
    connect(m_controller, &AppOnlyController::testCallChanged, this, &AppOnlyPage::showTestCall);
    connect(m_controller, &AppOnlyController::messageChanged, this, &AppOnlyPage::showMessage);

    showProfiles();
    showAudience();
    showToken();
    showTestCall();
    showMessage();
}

AppOnlyPage::~AppOnlyPage() = default;

void AppOnlyPage::showProfiles()
{
    {
        const QSignalBlocker blocker(m_ui->profileCombo);
        m_ui->profileCombo->clear();
        for (const Profile &profile : m_controller->profiles()) {
            if (profile.credential == CredentialKind::Secret)
                m_ui->profileCombo->addItem(tr("%1 (client secret)").arg(profile.name), profile.id);
            else
                m_ui->profileCombo->addItem(tr("%1 (certificate)").arg(profile.name), profile.id);
        }
        m_ui->profileCombo->setCurrentIndex(
            m_ui->profileCombo->findData(m_controller->profileId()));
    }
    const bool none = m_ui->profileCombo->count() == 0;
    m_ui->noProfileLabel->setText(
        tr("No profile has a client secret or a certificate. App-only tokens are issued to the "
           "app itself, so the app registration must be a confidential client: add a client "
           "secret or a certificate to a profile (pcauthctl profile, or a new consent with a "
           "web app registration), then come back here."));
    m_ui->noProfileLabel->setVisible(none);
    m_ui->profileCombo->setPlaceholderText(none ? tr("No profile with app credentials")
                                                : QString());
    showBusy();
}

void AppOnlyPage::showAudience()
{
    const int index = m_ui->audienceCombo->findData(m_controller->audienceId());
    if (index != m_ui->audienceCombo->currentIndex())
        m_ui->audienceCombo->setCurrentIndex(index);
    const bool custom = m_controller->isCustomAudience();
    m_ui->customAudienceEdit->setEnabled(custom);
    m_ui->customAudienceLabel->setEnabled(custom);
}

void AppOnlyPage::showToken()
{
    m_ui->tokenValue->setText(m_controller->redactedToken());
    m_ui->appIdValue->setText(m_controller->appId());
    m_ui->rolesValue->setText(m_controller->rolesText());
    m_ui->tenantIdValue->setText(m_controller->tenantId());
    m_ui->audienceValue->setText(m_controller->audience());
    m_ui->idtypValue->setText(m_controller->idtyp());
    m_ui->expiryValue->setText(m_controller->expiryText());
    showBusy();
}

void AppOnlyPage::showTestCall()
{
    m_ui->testCallLabel->setText(m_controller->testCallText());
    m_ui->testStatusLabel->setText(m_controller->testStatusText());
    m_ui->testSummaryLabel->setText(m_controller->testSummary());
}

void AppOnlyPage::showMessage()
{
    if (m_controller->message().isEmpty())
        m_ui->errorBanner->hideMessage();
    else
        m_ui->errorBanner->showMessage(m_controller->message(),
                                       m_controller->messageIsProblem()
                                           ? MessageWidget::MessageType::Error
                                           : MessageWidget::MessageType::Information);
}

void AppOnlyPage::showBusy()
{
    const bool busy = m_controller->isBusy();
    m_ui->getTokenButton->setEnabled(m_controller->canGetToken());
    m_ui->cancelButton->setEnabled(busy);
    m_ui->progressBar->setVisible(busy);
    m_ui->inspectButton->setEnabled(m_controller->hasToken());
    m_ui->testCallButton->setEnabled(m_controller->canTestCall());
}

} // namespace PCAuth
