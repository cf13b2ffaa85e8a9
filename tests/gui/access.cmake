# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# The Access view (ui/access).
pcauth_add_gui_test(NAME tst_accessview SOURCES tst_accessview.cpp LIBS pcauth_ui_access)
