// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentwizard.h"

#include "appservices.h"
#include "consentpages.h"
#include "consentprofilepage.h"
#include "consentsigninpage.h"

using namespace Qt::StringLiterals;

namespace PCAuth {

ConsentWizard::ConsentWizard(AppServices &services, const QString &profileId, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_controller(new ConsentController(services, this))
{
    m_controller->setProfileId(profileId);
    setObjectName(u"consentWizard"_s);
    setWindowTitle(tr("Partner consent"));
    setAccessibleName(tr("Partner consent wizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(760, 680);

    m_profilePage = new ConsentProfilePage(*this, this);
    m_prerequisitesPage = new ConsentPrerequisitesPage(*this, this);
    m_signInPage = new ConsentSignInPage(*this, this);
    m_resultPage = new ConsentResultPage(*this, this);
    setPage(ProfilePageId, m_profilePage);
    setPage(PrerequisitesPageId, m_prerequisitesPage);
    setPage(SignInPageId, m_signInPage);
    setPage(ResultPageId, m_resultPage);
    setStartId(ProfilePageId);

    connect(m_controller, &ConsentController::finished, this, &ConsentWizard::onAttemptFinished);
}

ConsentWizard::~ConsentWizard() = default;

bool ConsentWizard::acceptWithoutMfa() const
{
    return m_prerequisitesPage->acceptWithoutMfa();
}

bool ConsentWizard::useSystemBrowser() const
{
    return m_prerequisitesPage->useSystemBrowser();
}

void ConsentWizard::tryAgain()
{
    if (currentId() != ResultPageId)
        return;
    back();
    m_signInPage->startAttempt(useSystemBrowser());
}

void ConsentWizard::reject()
{
    // The token may be on its way into the keychain: wait for the real result.
    if (m_controller->isBusy())
        return;
    m_signInPage->abandonAttempt();
    QWizard::reject();
}

void ConsentWizard::done(int result)
{
    m_controller->discardUnfinished();
    QWizard::done(result);
}

void ConsentWizard::onAttemptFinished(const ConsentResult &result)
{
    Q_EMIT consentFinished(result);
    if (currentId() == SignInPageId)
        next();
}

} // namespace PCAuth
