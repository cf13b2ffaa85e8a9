// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
#include "statuslabel.h"

#include <QGuiApplication>
#include <QLabel>
#include <QPalette>

namespace PCAuth {

void showStatusText(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    QPalette palette = label->palette();
    const QColor normal = QGuiApplication::palette().color(QPalette::WindowText);
    const QColor bad = palette.color(QPalette::Window).lightness() < 128 ? QColor(0xff, 0x8a, 0x80)
                                                                         : QColor(0xb0, 0x00, 0x20);
    palette.setColor(QPalette::WindowText, problem ? bad : normal);
    label->setPalette(palette);
}

} // namespace PCAuth
