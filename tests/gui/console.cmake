# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# The request console and the app-only test page (ui/console), on the embedded sandbox.
pcauth_add_gui_test(NAME tst_requestconsole SOURCES tst_requestconsole.cpp LIBS pcauth_ui_console)
pcauth_add_gui_test(NAME tst_apponly SOURCES tst_apponly.cpp LIBS pcauth_ui_console)
