// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "consentcontroller.h"
#include "session/consentflow.h"

#include <chrono>
#include <optional>

#include <QWizard>

namespace PCAuth {

class AppServices;
class ConsentProfilePage;
class ConsentPrerequisitesPage;
class ConsentSignInPage;
class ConsentResultPage;

/// The partner consent, step by step: choose or create a profile, read what the consent
/// needs, sign in (embedded browser or system browser), see what was stored.
///
/// The pages share their state through this wizard's ConsentController rather than QWizard
/// fields, because what they share (a profile id, a ConsentResult) is not a widget value; the
/// controller does the sign-in's work, the pages show it. WebEngine starts only
/// when the sign-in page is first shown: opening the wizard must not start a browser engine
/// for a user who only creates a profile.
class ConsentWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentWizard)
public:
    enum PageId : int { ProfilePageId, PrerequisitesPageId, SignInPageId, ResultPageId };

    /// `profileId` empty: starts by creating a profile.
    ConsentWizard(AppServices &services, const QString &profileId, QWidget *parent = nullptr);
    ~ConsentWizard() override;

    AppServices &services() { return m_services; }
    ConsentController &controller() { return *m_controller; }
    /// The profile chosen or created on the first page.
    QString profileId() const { return m_controller->profileId(); }
    void setProfileId(const QString &profileId) { m_controller->setProfileId(profileId); }

    /// Choices of the prerequisites page.
    bool acceptWithoutMfa() const;
    bool useSystemBrowser() const;

    /// How long one sign-in attempt may take before it is stopped (default 10 minutes).
    std::chrono::milliseconds signInTimeout() const { return m_controller->signInTimeout(); }
    void setSignInTimeout(std::chrono::milliseconds timeout)
    {
        m_controller->setSignInTimeout(timeout);
    }

    /// The outcome of the last attempt; empty while none has finished.
    const std::optional<ConsentResult> &lastResult() const { return m_controller->lastResult(); }

    /// "Try again" on the result page: back to the sign-in page with a new attempt.
    void tryAgain();

    /// Cancel and Escape end a running sign-in first (nothing is stored). Ignored while the
    /// token is being saved (ConsentController::isBusy()), so closing the window then does
    /// not abandon it.
    void reject() override;
    /// However the wizard ends (Cancel, Finish, closing it), a profile it made whose consent
    /// did not succeed is removed with its keychain items.
    void done(int result) override;

Q_SIGNALS:
    /// One attempt ended (after the token was stored, on success).
    void consentFinished(const PCAuth::ConsentResult &result);

private:
    void onAttemptFinished(const ConsentResult &result);

    AppServices &m_services;
    ConsentController *m_controller;
    ConsentProfilePage *m_profilePage = nullptr;
    ConsentPrerequisitesPage *m_prerequisitesPage = nullptr;
    ConsentSignInPage *m_signInPage = nullptr;
    ConsentResultPage *m_resultPage = nullptr;
};

} // namespace PCAuth
