# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# bench_guisoak: resident memory of the whole desktop app (MainWindow, dashboard shown) driven
# for a soak period on its embedded sandbox with injected faults. Needs a keychain
# like the GUI tests (tests/gui/guifixture.h). Figures: README.md, "GUI memory".
add_executable(bench_guisoak bench_guisoak.cpp)
target_link_libraries(bench_guisoak PRIVATE pcauth_settings pcauth_ui pcauth_sandbox_lib pcauth_testsupport
    Qt6::Test Qt6::Network)
target_include_directories(bench_guisoak PRIVATE ${PROJECT_SOURCE_DIR}/tests/gui)
add_test(NAME bench_guisoak_smoke COMMAND bench_guisoak --seconds 40 --interval 2)
set_tests_properties(bench_guisoak_smoke PROPERTIES LABELS bench-smoke TIMEOUT 180
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QTWEBENGINE_DISABLE_SANDBOX=1")
