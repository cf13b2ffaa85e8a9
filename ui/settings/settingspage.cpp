// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "settingspage.h"

#include "appservices.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PCAuth {

SettingsPage::SettingsPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(u"settingsPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"SettingsPage"_s, this));
}

SettingsPage::~SettingsPage() = default;

} // namespace PCAuth
