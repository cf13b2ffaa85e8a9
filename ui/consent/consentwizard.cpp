// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "consentwizard.h"

#include "appservices.h"

using namespace Qt::StringLiterals;

namespace PCAuth {

ConsentWizard::ConsentWizard(AppServices &services, const QString &profileId, QWidget *parent)
    : QWizard(parent)
    , m_services(services)
{
    Q_UNUSED(profileId)
    setObjectName(u"consentWizard"_s);
}

ConsentWizard::~ConsentWizard() = default;

} // namespace PCAuth
