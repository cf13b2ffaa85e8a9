// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

using namespace Qt::StringLiterals;

namespace PCAuth {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
}

AboutDialog::~AboutDialog() = default;

} // namespace PCAuth
