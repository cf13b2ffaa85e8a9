// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/consentgrantrun.h"

#include <memory>

#include <QDialog>

namespace Ui {
class GrantConsentDialog;
}

namespace PCAuth {

class AppServices;
class GrantConsentController;

/// "Grant consent…" for selected customers of one profile: what PCAuth will send to Partner
/// Center (one row per request, method and path; the selected request's body below), the
/// Microsoft Graph permissions to grant, then Grant: the progress, each customer's result as
/// it comes (outcome, HTTP status, message, request id, its consent as re-checked) and a
/// summary, as GrantConsentController runs and reports them.
///
/// Cancel stops a running grant (nothing more is sent). Closing while it runs cancels it, and
/// the dialog closes once the run has ended (its results still reach the Access view).
class GrantConsentDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GrantConsentDialog)
public:
    GrantConsentDialog(AppServices &services, const QString &profileId,
                       const QList<PCAuth::ConsentTarget> &targets, QWidget *parent = nullptr);
    ~GrantConsentDialog() override;

    GrantConsentController &controller() { return *m_controller; }

    /// While a grant runs: cancels it, and closes when it has ended.
    void reject() override;

private:
    void grant();
    void scopesEdited();
    void showBody();
    void updateState();
    void updateProgress();

    std::unique_ptr<Ui::GrantConsentDialog> m_ui;
    GrantConsentController *m_controller;
    bool m_closeWhenFinished = false;
};

} // namespace PCAuth
