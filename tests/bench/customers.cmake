# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# bench_customers: filter time per keystroke and resident memory of the customers view, through
# the real page on the app's services in sandbox mode. Needs a keychain like the GUI tests.
add_executable(bench_customers bench_customers.cpp)
target_link_libraries(bench_customers PRIVATE pcauth_settings pcauth_ui_customers pcauth_sandbox_lib
    pcauth_testsupport Qt6::Test)
add_test(NAME bench_customers_smoke COMMAND bench_customers --customers 300
    --memory-customers 100)
set_tests_properties(bench_customers_smoke PROPERTIES LABELS bench-smoke TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
