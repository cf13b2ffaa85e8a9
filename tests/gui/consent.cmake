# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# The consent wizard: its forms (no sign-in) and the consent end to end in the real embedded
# browser (label e2e: WebEngine starts, so these take longer).
# The tests look at the embedded browser's widgets, so they link Qt WebEngine themselves
# (the app does not: the browser is a plugin, found through PCAUTH_CONSENT_BROWSER here).
pcauth_add_gui_test(NAME tst_consentwizard SOURCES tst_consentwizard.cpp
    LIBS pcauth_ui_consent OpenSSL::Crypto Qt6::WebEngineWidgets)
pcauth_add_gui_test(NAME tst_consent_e2e SOURCES tst_consent_e2e.cpp LIBS pcauth_ui
    OpenSSL::Crypto Qt6::WebEngineWidgets LABELS e2e TIMEOUT 300)
