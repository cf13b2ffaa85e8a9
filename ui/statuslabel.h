// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace PCAuth {

/// Shows `text` in a one-line status label: in the window's text colour, or, for a
/// `problem`, in a red that reads on light and dark windows alike.
void showStatusText(QLabel *label, const QString &text, bool problem);

} // namespace PCAuth
