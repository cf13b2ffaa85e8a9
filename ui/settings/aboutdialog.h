// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QDialog>

namespace Ui {
class AboutDialog;
}

namespace PCAuth {

/// About PCAuth: what it is, its licence, and the versions of PCAuth, Qt, QtKeychain and
/// OpenSSL (versionReport(), as `pcauth --version` prints them) in a box that can be copied,
/// because that is the first thing a support request needs.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace PCAuth
