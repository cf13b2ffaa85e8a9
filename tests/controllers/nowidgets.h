// SPDX-FileCopyrightText: 2026 PCAuth developers
// SPDX-License-Identifier: MIT
//
// Included by every controller test: a controller test that links Qt6::Widgets (directly or
// through a library) does not compile, so each one provably runs without a widget.
#pragma once

#ifdef QT_WIDGETS_LIB
#error "controller tests run without widgets: do not link Qt6::Widgets"
#endif
#ifdef QT_GUI_LIB
#error "controller tests run without a QGuiApplication: do not link Qt6::Gui"
#endif
