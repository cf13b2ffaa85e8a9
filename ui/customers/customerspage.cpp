// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "customerspage.h"

#include "appservices.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PCAuth {

CustomersPage::CustomersPage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(u"customersPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"CustomersPage"_s, this));
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::showProfile(const QString &profileId)
{
    Q_UNUSED(profileId)
}

} // namespace PCAuth
