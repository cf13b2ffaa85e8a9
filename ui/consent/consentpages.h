// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QWizardPage>

namespace Ui {
class PrerequisitesForm;
class ResultForm;
} // namespace Ui

namespace PCAuth {

class ConsentWizard;

/// Step 2: what must exist before signing in (an integration account with MFA, the app
/// registration with the redirect URI), and the two choices that change the sign-in: keep a
/// token without MFA, and embedded or system browser. Said here rather than after a failed
/// sign-in, because a consent that fails on a missing prerequisite costs the user an MFA
/// prompt for nothing.
class ConsentPrerequisitesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentPrerequisitesPage)
public:
    explicit ConsentPrerequisitesPage(ConsentWizard &wizard, QWidget *parent = nullptr);
    ~ConsentPrerequisitesPage() override;

    void initializePage() override;
    bool acceptWithoutMfa() const;
    bool useSystemBrowser() const;

private:
    void copyRedirectUri();

    ConsentWizard &m_wizard;
    std::unique_ptr<Ui::PrerequisitesForm> m_ui;
};

/// Step 4: what the consent did, or why it did not and what to do; "Try again" starts a new
/// sign-in attempt without going through the earlier pages again.
class ConsentResultPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentResultPage)
public:
    explicit ConsentResultPage(ConsentWizard &wizard, QWidget *parent = nullptr);
    ~ConsentResultPage() override;

    void initializePage() override;

private:
    ConsentWizard &m_wizard;
    std::unique_ptr<Ui::ResultForm> m_ui;
};

} // namespace PCAuth
