// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "requestconsolepage.h"

#include "appservices.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace PCAuth {

RequestConsolePage::RequestConsolePage(AppServices &services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
{
    setObjectName(u"requestConsolePage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(u"RequestConsolePage"_s, this));
}

RequestConsolePage::~RequestConsolePage() = default;

void RequestConsolePage::prepare(const QString &profileId, const QString &tenantId)
{
    Q_UNUSED(profileId)
    Q_UNUSED(tenantId)
}

} // namespace PCAuth
