# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# CPACK_POST_BUILD_SCRIPTS (DragNDrop): signs, notarizes and staples the DMG CPack just made.
# Needs PCAUTH_CODESIGN_IDENTITY and notary credentials (see sign-and-notarize.sh); skipped with a
# message without them, or when PCAUTH_SKIP_NOTARIZATION=1 (a signed but not notarized DMG).
if(NOT CPACK_GENERATOR STREQUAL "DragNDrop")
    return()
endif()
if("$ENV{PCAUTH_CODESIGN_IDENTITY}" STREQUAL "" OR "$ENV{PCAUTH_SKIP_NOTARIZATION}" STREQUAL "1")
    message(STATUS "Not notarizing: PCAUTH_CODESIGN_IDENTITY unset or PCAUTH_SKIP_NOTARIZATION=1")
    return()
endif()
foreach(package IN LISTS CPACK_PACKAGE_FILES)
    if(package MATCHES "\\.dmg$")
        execute_process(COMMAND bash "${CPACK_PCAUTH_SIGN_SCRIPT}" notarize "${package}"
            RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "Notarizing ${package} failed (${result})")
        endif()
    endif()
endforeach()
