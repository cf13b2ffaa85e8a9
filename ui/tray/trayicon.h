// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QMainWindow;

namespace PCAuth {

class AppServices;

/// PLACEHOLDER (being written): the system tray icon.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)
public:
    TrayIcon(AppServices &services, QMainWindow *window);
    ~TrayIcon() override;

private:
    AppServices &m_services;
};

} // namespace PCAuth
