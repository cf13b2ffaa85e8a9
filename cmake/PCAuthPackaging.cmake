# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# CPack: the installers wrap what PCAuthInstall.cmake installs.
#   Windows  WIX (MSI: stable upgrade code, Start menu shortcut, per-machine by default and a
#            per-user MSI from the same build, see below) and NSIS
#   macOS    DragNDrop (DMG with PCAuth.app and an /Applications link); signed and notarized by
#            packaging/macos/sign-and-notarize.sh when PCAUTH_CODESIGN_IDENTITY is set
#   Linux    DEB (dependencies from dpkg-shlibdeps plus the runtime packages it cannot see) and TGZ
# `cpack` in the build directory builds the platform's default generators; `cpack -G DEB` one.
# packaging/README.md says how each installer is produced, signed and checked.

set(CPACK_PACKAGE_NAME "PCAuth")
set(CPACK_PACKAGE_VENDOR "PCAuth developers")
set(CPACK_PACKAGE_CONTACT "PCAuth developers <pcauth@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Partner Center authentication for Microsoft CSP partners")
# Wrapped at 80 columns: the DEB shows it line by line (the installers' other texts are short).
set(CPACK_PACKAGE_DESCRIPTION "PCAuth runs the partner consent of Microsoft Cloud Solution Provider
partners with multi-factor authentication, keeps the refresh tokens in the
system keychain, shows their health, and makes test calls to Partner Center and
Microsoft Graph. pcauthctl does the same from scripts and scheduled jobs;
pcauth-sandbox is a local stand-in for Entra ID and Partner Center.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "PCAuth")
set(CPACK_PACKAGE_EXECUTABLES "pcauth" "PCAuth")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/packaging/license.txt")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_PCAUTH_SOURCE_DIR "${PROJECT_SOURCE_DIR}") # for packaging/*.cmake at cpack time

if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    set(_pcauth_arch x86_64)
elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(arm64|aarch64|ARM64)$")
    set(_pcauth_arch arm64)
else()
    set(_pcauth_arch ${CMAKE_SYSTEM_PROCESSOR})
endif()
if(APPLE AND CMAKE_OSX_ARCHITECTURES)
    string(REPLACE ";" "-" _pcauth_arch "${CMAKE_OSX_ARCHITECTURES}")
endif()
set(CPACK_PACKAGE_FILE_NAME "pcauth-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${_pcauth_arch}")

# Only our files: QtKeychain built from source installs its headers and CMake files into another
# component (QtKeychainBundled.cmake), which the installers leave out.
if(PCAUTH_QTKEYCHAIN_FROM_SOURCE)
    set(CPACK_INSTALL_CMAKE_PROJECTS "${PROJECT_BINARY_DIR};${PROJECT_NAME};Unspecified;/")
endif()

if(WIN32)
    set(CPACK_GENERATOR "WIX;NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
endif()

# --- Windows: WiX MSI -------------------------------------------------------------------------
# The upgrade code identifies the product across versions: NEVER change it, or a new MSI
# installs beside the old one instead of replacing it.
set(CPACK_WIX_UPGRADE_GUID "1398AC12-5C1C-4AEE-92DC-A63A45693DA3")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/windows/pcauth.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".") # the shortcut directly in the Start menu
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}/issues")
# Per-machine (Program Files, needs elevation) by default; with PCAUTH_MSI_SCOPE=perUser in the
# environment of `cpack -G WIX`, the same build gives a per-user MSI (no elevation, installs in
# %LOCALAPPDATA%\Programs\PCAuth). See packaging/cpack-options.cmake.
set(CPACK_WIX_INSTALL_SCOPE perMachine)

# --- Windows: NSIS ----------------------------------------------------------------------------
set(CPACK_NSIS_PACKAGE_NAME "PCAuth")
set(CPACK_NSIS_DISPLAY_NAME "PCAuth ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/windows/pcauth.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/windows/pcauth.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\pcauth.exe") # verbatim: one backslash
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "pcauth.exe")

# --- macOS: DMG -------------------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "PCAuth ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_FILESYSTEM APFS)
if(APPLE)
    # Sign the staged bundle before the DMG is made, then sign, notarize and staple the DMG.
    # Both do nothing unless PCAUTH_CODESIGN_IDENTITY is set (see packaging/README.md).
    set(CPACK_PRE_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/packaging/macos/cpack-sign-bundle.cmake")
    set(CPACK_POST_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/packaging/macos/cpack-notarize-dmg.cmake")
    set(CPACK_PCAUTH_SIGN_SCRIPT "${PROJECT_SOURCE_DIR}/packaging/macos/sign-and-notarize.sh")
endif()

# --- Linux: DEB -------------------------------------------------------------------------------
set(CPACK_DEBIAN_PACKAGE_NAME "pcauth")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# What dpkg-shlibdeps cannot see because nothing links it: the process that runs the consent
# pages and its resources (also pulled in by the WebEngine libraries today; named here so a
# change of their packaging cannot drop them silently).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6webenginecore6-bin, libqt6webengine6-data")
# A Secret Service for the keychain (PCAuth refuses to store secrets without one), Qt's own
# translations, Wayland, and the SVG icon engine for the window icon.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, qt6-wayland, libqt6svg6")

# Per-generator settings decided at cpack time (MSI scope, file names).
set(CPACK_PROJECT_CONFIG_FILE "${PROJECT_SOURCE_DIR}/packaging/cpack-options.cmake")

include(CPack)
