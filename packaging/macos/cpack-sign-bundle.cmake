# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# CPACK_PRE_BUILD_SCRIPTS (DragNDrop): signs the staged PCAuth.app after macdeployqt ran and
# before the DMG is made. Without PCAUTH_CODESIGN_IDENTITY the DMG stays unsigned (local builds,
# pull requests from forks).
if(NOT CPACK_GENERATOR STREQUAL "DragNDrop")
    return()
endif()
if("$ENV{PCAUTH_CODESIGN_IDENTITY}" STREQUAL "")
    message(STATUS "PCAUTH_CODESIGN_IDENTITY not set: PCAuth.app is not signed")
    return()
endif()
file(GLOB_RECURSE _pcauth_apps LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*PCAuth.app")
list(FILTER _pcauth_apps INCLUDE REGEX "PCAuth\\.app$")
if(NOT _pcauth_apps)
    message(FATAL_ERROR "No PCAuth.app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(app IN LISTS _pcauth_apps)
    execute_process(COMMAND bash "${CPACK_PCAUTH_SIGN_SCRIPT}" sign "${app}"
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "Signing ${app} failed (${result})")
    endif()
endforeach()
