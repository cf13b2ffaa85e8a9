# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# CPACK_PROJECT_CONFIG_FILE: read by cpack once per generator, so settings that depend on the
# generator or on the environment of the cpack run live here (cmake/PCAuthPackaging.cmake
# holds the rest).

if(CPACK_GENERATOR STREQUAL "WIX")
    # PCAUTH_MSI_SCOPE=perUser: an MSI that installs without elevation for the current user
    # only, in %LOCALAPPDATA%\Programs\PCAuth, with its Start menu shortcut in the user's menu.
    # Same upgrade code as the per-machine MSI: each upgrades its own earlier versions.
    if("$ENV{PCAUTH_MSI_SCOPE}" STREQUAL "perUser")
        set(CPACK_WIX_INSTALL_SCOPE perUser)
        set(CPACK_WIX_ROOT_FOLDER_ID LocalAppDataFolder)
        set(CPACK_PACKAGE_INSTALL_DIRECTORY "Programs/PCAuth")
        string(APPEND CPACK_PACKAGE_FILE_NAME "-per-user")
    elseif(NOT "$ENV{PCAUTH_MSI_SCOPE}" STREQUAL "" AND NOT "$ENV{PCAUTH_MSI_SCOPE}" STREQUAL "perMachine")
        message(FATAL_ERROR "PCAUTH_MSI_SCOPE is '$ENV{PCAUTH_MSI_SCOPE}': use perMachine or perUser")
    endif()
elseif(CPACK_GENERATOR STREQUAL "NSIS")
    # The second Windows generator: a setup.exe beside the MSI, for places without MSI tooling.
    string(APPEND CPACK_PACKAGE_FILE_NAME "-setup")
elseif(CPACK_GENERATOR STREQUAL "DragNDrop")
    # The volume icon of the mounted DMG.
    set(CPACK_PACKAGE_ICON "${CPACK_PCAUTH_SOURCE_DIR}/resources/macos/pcauth.icns")
endif()
