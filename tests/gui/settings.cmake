# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# Settings page and About dialog (real keychain, sandbox, temporary home for the schedule).
pcauth_add_gui_test(NAME tst_settings SOURCES tst_settings.cpp LIBS pcauth_ui_settings)
