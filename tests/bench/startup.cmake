# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
# bench_startup: pcauth's start-up to the main window shown, next to minimal_widgets (a
# QMainWindow with a label), both run alternately. Figures: README.md, "Start-up".
add_executable(minimal_widgets minimal_widgets.cpp)
target_link_libraries(minimal_widgets PRIVATE pcauth_settings Qt6::Widgets)
# Only the header-only start-up probe of ui/, which pcauth uses too; no PCAuth library.
target_include_directories(minimal_widgets PRIVATE ${PROJECT_SOURCE_DIR}/ui)

add_executable(bench_startup bench_startup.cpp)
target_link_libraries(bench_startup PRIVATE pcauth_settings Qt6::Core)
add_dependencies(bench_startup pcauth minimal_widgets)

add_test(NAME bench_startup_smoke COMMAND bench_startup --runs 2
    --pcauth $<TARGET_FILE:pcauth> --minimal $<TARGET_FILE:minimal_widgets>)
set_tests_properties(bench_startup_smoke PROPERTIES LABELS bench-smoke TIMEOUT 240)
