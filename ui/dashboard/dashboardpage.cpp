// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "dashboardpage.h"

#include "appservices.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PCAuth {

DashboardPage::DashboardPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(u"dashboardPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"DashboardPage"_s, this));
}

DashboardPage::~DashboardPage() = default;

} // namespace PCAuth
