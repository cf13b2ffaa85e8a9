// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace PCAuth {

/// PLACEHOLDER (being written): About PCAuth, with the versions of Qt, QtKeychain and OpenSSL.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;
};

} // namespace PCAuth
