// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace PCAuth {

class AppServices;

/// PLACEHOLDER (being written): Health dashboard: one row per profile and its customers.
class DashboardPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardPage)
public:
    explicit DashboardPage(AppServices &services, QWidget *parent = nullptr);
    ~DashboardPage() override;

private:
    AppServices &m_services;
};

} // namespace PCAuth
