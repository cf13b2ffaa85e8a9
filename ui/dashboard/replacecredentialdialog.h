// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include "session/credentialreplacement.h"

#include <memory>

#include <QDialog>
#include <QPointer>

namespace Ui {
class ReplaceCredentialDialog;
}

namespace PCAuth {

class AppServices;

/// Replaces the client secret or certificate of one profile's app, keeping its refresh token:
/// a new secret (password field) or a certificate file with its private key, Replace, then the
/// progress of CredentialReplacement ("Testing the new credential…", "Saving…") and its result.
///
/// While a replacement runs the dialog cannot be closed: the new credential may be on its way
/// into the keychain, and closing would drop the answer that says whether it got there.
class ReplaceCredentialDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplaceCredentialDialog)
public:
    ReplaceCredentialDialog(AppServices &services, const QString &profileId,
                            QWidget *parent = nullptr);
    ~ReplaceCredentialDialog() override;

    /// Ignored while a replacement runs.
    void reject() override;

private:
    void replace();
    void onFinished(const CredentialReplacementResult &result);
    void updateFields();
    void browse();
    void setRunning(bool running);
    void showStatus(const QString &text, bool problem);

    AppServices &m_services;
    QString m_profileId;
    std::unique_ptr<Ui::ReplaceCredentialDialog> m_ui;
    QPointer<CredentialReplacement> m_job;
};

} // namespace PCAuth
