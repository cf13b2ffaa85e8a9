// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "crypto/clientcertificate.h"
#include "profiles/profile.h"

#include <memory>

#include <QSet>
#include <QWizardPage>

namespace Ui {
class ProfileForm;
}

class QLabel;
class QLineEdit;

namespace PCAuth {

class ConsentWizard;

/// Step 1: the profile to consent for, an existing one or a new one.
///
/// Every field of a new profile is checked as it is typed, with the core's own validators
/// (the ones pcauthctl uses), so the GUI can never accept what the CLI refuses or the other
/// way round. The hint under a field says what is wrong with it; Next stays disabled until
/// every field is valid. On Next the profile is saved and its secret or key goes to the
/// keychain (asynchronously; the page shows a busy bar); the secret never goes anywhere else
/// and the fields holding it are cleared once it is stored.
class ConsentProfilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentProfilePage)
public:
    explicit ConsentProfilePage(ConsentWizard &wizard, QWidget *parent = nullptr);
    ~ConsentProfilePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void fillChoices();
    void reloadProfiles(const QString &select);
    void updateMode();
    /// Tenant, client id, cloud and credential of the existing profile chosen.
    void showExistingDetails();
    void updateCredentialFields();
    /// Re-checks every field; a hint is shown only for fields the user has touched.
    void revalidate();
    void setHint(QLabel *hint, const QString &problem, bool shown);
    QString credentialProblem();
    Profile profileFromFields() const;
    void save();
    void finishSave(const Profile &added, const QString &problem);
    void chooseFile(QLineEdit *target, const QString &title, const QString &filter);

    ConsentWizard &m_wizard;
    std::unique_ptr<Ui::ProfileForm> m_ui;
    QSet<const QObject *> m_touched;
    bool m_fieldsValid = false;
    bool m_saving = false;
    /// The certificate as loaded by the last check, and what was wrong with it. Loaded again
    /// only when its path or password changes (a PFX takes a moment to decrypt).
    ClientCertificate m_certificate;
    QString m_certificateProblem;
    bool m_certificateDirty = true;
};

} // namespace PCAuth
