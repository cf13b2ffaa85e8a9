// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace PCAuth {

class AppServices;

/// PLACEHOLDER (being written): Request console.
class RequestConsolePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestConsolePage)
public:
    explicit RequestConsolePage(AppServices &services, QWidget *parent = nullptr);
    ~RequestConsolePage() override;
    void prepare(const QString &profileId, const QString &tenantId);

private:
    AppServices &m_services;
};

} // namespace PCAuth
