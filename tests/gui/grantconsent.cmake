# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# "Grant consent…" for selected customers: its dialog (the preview, the run, the results).
pcauth_add_gui_test(NAME tst_grantconsent SOURCES tst_grantconsent.cpp
    LIBS pcauth_ui_grantconsent TIMEOUT 240)
