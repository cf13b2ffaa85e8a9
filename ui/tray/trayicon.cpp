// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "trayicon.h"

#include "appservices.h"

#include <QMainWindow>

namespace PCAuth {

TrayIcon::TrayIcon(AppServices &services, QMainWindow *window)
    : QObject(window)
    , m_services(services)
{ }

TrayIcon::~TrayIcon() = default;

} // namespace PCAuth
