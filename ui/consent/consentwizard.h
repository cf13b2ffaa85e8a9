// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QWizard>

namespace PCAuth {

class AppServices;

/// PLACEHOLDER (being written): the partner consent wizard.
class ConsentWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentWizard)
public:
    /// `profileId` empty: starts by creating a profile.
    ConsentWizard(AppServices &services, const QString &profileId, QWidget *parent = nullptr);
    ~ConsentWizard() override;

private:
    AppServices &m_services;
};

} // namespace PCAuth
