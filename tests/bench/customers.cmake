# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# bench_customers: filter time per keystroke and resident memory of the customers view, through
# the real page on the app's services in sandbox mode. Needs a keychain like the GUI tests.
add_executable(bench_customers bench_customers.cpp)
target_link_libraries(bench_customers PRIVATE pcauth_settings pcauth_ui_customers pcauth_sandbox_lib
    pcauth_testsupport Qt6::Test)
# The memory figure is set beside minimal_widgets' (startup.cmake), run in the same go.
target_compile_definitions(bench_customers PRIVATE
    PCAUTH_MINIMAL_WIDGETS="$<TARGET_FILE:minimal_widgets>"
    PCAUTH_SANDBOX_EXE="$<TARGET_FILE:pcauth-sandbox>")
add_dependencies(bench_customers minimal_widgets pcauth-sandbox)
add_test(NAME bench_customers_smoke COMMAND bench_customers --customers 300
    --memory-customers 100)
set_tests_properties(bench_customers_smoke PROPERTIES LABELS bench-smoke TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")

# bench_dashboard: the dashboard's "Check customers" through the real page next to
# CustomerCheckRun on the same work. Needs a keychain like the GUI tests.
add_executable(bench_dashboard bench_dashboard.cpp)
target_link_libraries(bench_dashboard PRIVATE pcauth_settings pcauth_ui_dashboard
    pcauth_sandbox_lib pcauth_testsupport Qt6::Test)
add_test(NAME bench_dashboard_smoke COMMAND bench_dashboard --customers 40 --latency-ms 10
    --concurrency 4 --runs 1)
set_tests_properties(bench_dashboard_smoke PROPERTIES LABELS bench-smoke TIMEOUT 120
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
