// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace PCAuth {

class AppServices;

/// PLACEHOLDER (being written): Customers of a profile.
class CustomersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)
public:
    explicit CustomersPage(AppServices &services, QWidget *parent = nullptr);
    ~CustomersPage() override;
    void showProfile(const QString &profileId);

private:
    AppServices &m_services;
};

} // namespace PCAuth
