# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# The health dashboard (and its "Replace credential…" dialog) and the system tray (which
# shares the dashboard's status logic).
pcauth_add_gui_test(NAME tst_dashboard SOURCES tst_dashboard.cpp LIBS pcauth_ui_dashboard)
pcauth_add_gui_test(NAME tst_tray SOURCES tst_tray.cpp LIBS pcauth_ui_tray)
pcauth_add_gui_test(NAME tst_replacecredential SOURCES tst_replacecredential.cpp
    LIBS pcauth_ui_dashboard)
