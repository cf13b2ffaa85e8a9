// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "support/translations.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace PCAuth {

bool installEnglishPlurals(QCoreApplication &app)
{
    auto *plurals = new QTranslator(&app);
    if (!plurals->load(u"pcauth_en"_s, u":/i18n"_s)) {
        delete plurals;
        return false;
    }
    QCoreApplication::installTranslator(plurals);
    return true;
}

} // namespace PCAuth
