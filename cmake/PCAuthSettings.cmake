# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# One INTERFACE target carries every compile setting the project shares, so warnings and
# Qt defines live in one place (the habit of qBittorrent's CommonConfig.cmake).

add_library(pcauth_settings INTERFACE)
add_library(PCAuth::settings ALIAS pcauth_settings)

target_compile_features(pcauth_settings INTERFACE cxx_std_17)

target_compile_definitions(pcauth_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    # Effective from Qt 6.7 on; harmless before.
    QT_NO_CONTEXTLESS_CONNECT
    QT_DISABLE_DEPRECATED_BEFORE=0x060000
    PCAUTH_VERSION_STRING="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(pcauth_settings INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(PCAUTH_WERROR)
        target_compile_options(pcauth_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(pcauth_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-qual -Wformat=2 -Wimplicit-fallthrough -Wmissing-declarations)
    if(PCAUTH_WERROR)
        target_compile_options(pcauth_settings INTERFACE -Werror)
    endif()
endif()
