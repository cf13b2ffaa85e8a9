// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace PCAuth {

class AppServices;

/// PLACEHOLDER (being written): Settings.
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)
public:
    explicit SettingsPage(AppServices &services, QWidget *parent = nullptr);
    ~SettingsPage() override;

private:
    AppServices &m_services;
};

} // namespace PCAuth
