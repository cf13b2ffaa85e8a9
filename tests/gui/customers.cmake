# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# The customers view (ui/customers).
pcauth_add_gui_test(NAME tst_customers SOURCES tst_customers.cpp LIBS pcauth_ui_customers
    pcauth_ui_dashboard)
