// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace PCAuth {

class AppServices;

/// PLACEHOLDER (being written): App-only test page.
class AppOnlyPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppOnlyPage)
public:
    explicit AppOnlyPage(AppServices &services, QWidget *parent = nullptr);
    ~AppOnlyPage() override;

private:
    AppServices &m_services;
};

} // namespace PCAuth
