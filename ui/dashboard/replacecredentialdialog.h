// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class ReplaceCredentialDialog;
}

namespace PCAuth {

class AppServices;
class ReplaceCredentialController;

/// Replaces the client secret or certificate of one profile's app, keeping its refresh token:
/// a new secret (password field) or a certificate file with its private key, Replace, then the
/// progress of the replacement ("Testing the new credential…", "Saving…") and its result, as
/// ReplaceCredentialController does and reports them.
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
    void onFinished(bool ok);
    void updateFields();
    void browse();
    void setRunning(bool running);
    void showStatus(const QString &text, bool problem);

    std::unique_ptr<Ui::ReplaceCredentialDialog> m_ui;
    ReplaceCredentialController *m_controller;
};

} // namespace PCAuth
