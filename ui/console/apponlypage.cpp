// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "apponlypage.h"

#include "appservices.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PCAuth {

AppOnlyPage::AppOnlyPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(u"appOnlyPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"AppOnlyPage"_s, this));
}

AppOnlyPage::~AppOnlyPage() = default;

} // namespace PCAuth
