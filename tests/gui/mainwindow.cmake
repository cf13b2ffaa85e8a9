# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# The main window: the first consent from the dashboard, page shortcuts, close to the tray.
pcauth_add_gui_test(NAME tst_mainwindow SOURCES tst_mainwindow.cpp LIBS pcauth_ui)
