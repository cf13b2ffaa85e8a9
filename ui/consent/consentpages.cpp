// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentpages.h"

#include "appservices.h"
#include "consentwizard.h"
#include "ui_prerequisitesform.h"
#include "ui_resultform.h"

#include <QClipboard>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace PCAuth {

ConsentPrerequisitesPage::ConsentPrerequisitesPage(ConsentWizard &wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::PrerequisitesForm>())
{
    m_ui->setupUi(this);
    setObjectName(u"consentPrerequisitesPage"_s);
    setTitle(tr("Before you sign in"));
    setSubTitle(tr("Check that the account and the app registration are ready."));
    connect(m_ui->copyRedirectButton, &QPushButton::clicked, this,
            &ConsentPrerequisitesPage::copyRedirectUri);
}

ConsentPrerequisitesPage::~ConsentPrerequisitesPage() = default;

void ConsentPrerequisitesPage::initializePage()
{
    m_ui->copyStatus->clear();
    const Expected<Profile> profile = m_wizard.services().profiles().find(m_wizard.profileId());
    if (!profile) {
        m_ui->redirectUriValue->clear();
        m_ui->copyStatus->setText(profile.error());
        return;
    }
    m_ui->redirectUriValue->setText(profile->redirectUri);
}

bool ConsentPrerequisitesPage::acceptWithoutMfa() const
{
    return m_ui->acceptWithoutMfaCheck->isChecked();
}

bool ConsentPrerequisitesPage::useSystemBrowser() const
{
    return m_ui->systemBrowserRadio->isChecked();
}

void ConsentPrerequisitesPage::copyRedirectUri()
{
    QGuiApplication::clipboard()->setText(m_ui->redirectUriValue->text());
    m_ui->copyStatus->setText(
        tr("Copied %1 to the clipboard.").arg(m_ui->redirectUriValue->text()));
}

ConsentResultPage::ConsentResultPage(ConsentWizard &wizard, QWidget *parent)
    : QWizardPage(parent)
    , m_wizard(wizard)
    , m_ui(std::make_unique<Ui::ResultForm>())
{
    m_ui->setupUi(this);
    setObjectName(u"consentResultPage"_s);
    setTitle(tr("Result"));
    setFinalPage(true);
    QFont headline = m_ui->resultHeadline->font();
    headline.setBold(true);
    headline.setPointSizeF(headline.pointSizeF() * 1.2);
    m_ui->resultHeadline->setFont(headline);
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this, [this] { m_wizard.tryAgain(); });
}

ConsentResultPage::~ConsentResultPage() = default;

namespace {

QString mfaVerdict(MfaEvidence mfa)
{
    switch (mfa) {
    case MfaEvidence::Present:
        return ConsentResultPage::tr("Yes: the sign-in used multi-factor authentication.");
    case MfaEvidence::Absent:
        return ConsentResultPage::tr("No: kept because you accepted a token without MFA; "
                                     "Partner Center refuses most calls with it and health "
                                     "flags it.");
    case MfaEvidence::Unknown:
        break;
    }
    return ConsentResultPage::tr("Unknown: the token does not say; health flags it.");
}

} // namespace

void ConsentResultPage::initializePage()
{
    const std::optional<ConsentResult> &result = m_wizard.lastResult();
    if (!result)
        return;
    m_ui->detailsBox->setVisible(result->ok);
    m_ui->tryAgainButton->setVisible(!result->ok);
    m_ui->resultMessage->setText(result->message);
    if (!result->ok) {
        m_ui->resultHeadline->setText(tr("The consent did not complete"));
        m_ui->nextStepsLabel->setText(
            tr("Nothing was stored. Do what the message says, then choose Try again; or "
               "close the wizard and come back later."));
        return;
    }
    m_ui->resultHeadline->setText(tr("Partner consent recorded"));
    m_ui->accountValue->setText(result->upn);
    m_ui->tenantValue->setText(result->tenant);
    m_ui->mfaValue->setText(mfaVerdict(result->mfa));
    m_ui->storedInValue->setText(result->storedIn);
    m_ui->nextStepsLabel->setText(
        tr("Next: check the profile on the dashboard and run a test call. The refresh token "
           "stops working after 90 days without use: keep it alive (Settings) or consent "
           "again before then."));
}

} // namespace PCAuth
