# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# What `cmake --install` puts where, on every platform, declared once. CPack
# (PCAuthPackaging.cmake) only wraps the result; nothing is copied by hand.
#
#   Linux    bin/pcauth, bin/pcauthctl, bin/pcauth-sandbox, lib/pcauth/ (the consent-browser
#            plugin), the desktop file, the AppStream metainfo and hicolor icons under share/.
#            Qt is the system's: the DEB names it through dpkg-shlibdeps, so no Qt file is
#            installed.
#   Windows  bin/*.exe with a version resource and icon, bin/pcauth_consentbrowser.dll (the
#            consent-browser plugin), then windeployqt (through qt_generate_deploy_app_script,
#            given the plugin too) adds Qt, its plugins, QtWebEngineProcess.exe and the
#            WebEngine resources; the other DLLs the executables need (OpenSSL, a shared
#            QtKeychain) come from a runtime dependency set, the MSVC runtime from
#            InstallRequiredSystemLibraries.
#   macOS    PCAuth.app with Info.plist and pcauth.icns; pcauthctl and pcauth-sandbox go inside
#            it (Contents/MacOS) so one drag installs all three, the consent-browser plugin in
#            Contents/PlugIns/pcauth, then macdeployqt (given the tools and the plugin too)
#            fills Contents/Frameworks and Contents/PlugIns (QtWebEngineCore.framework carries
#            QtWebEngineProcess.app and the resources).
#
# Translations: pcauth's own .qm files are compiled into the binary (qt_add_translations puts
# them in the :/i18n resource of pcauth_ui), so none is installed. Qt's qtbase_*.qm come from
# windeployqt on Windows, from the frameworks on macOS, from qt6-translations-l10n on Linux.

include(GNUInstallDirs)

set(PCAUTH_APP_ID "io.github.pcauth.PCAuth")
set(_pcauth_resources "${PROJECT_SOURCE_DIR}/resources")

if(APPLE)
    # Everything lands in the bundle: one item to drag into /Applications.
    set(PCAUTH_INSTALL_BINDIR "PCAuth.app/Contents/MacOS")
else()
    set(PCAUTH_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
endif()

# --- Windows: version resource (and icon) for each executable --------------------------------
# pcauth_add_version_resource(<target> <description> <WITH_ICON|NO_ICON>)
function(pcauth_add_version_resource target description icon)
    if(NOT WIN32 OR NOT TARGET ${target})
        return()
    endif()
    set(PCAUTH_RC_NAME "${target}")
    set(PCAUTH_RC_FILENAME "${target}.exe")
    set(PCAUTH_RC_DESCRIPTION "${description}")
    set(PCAUTH_RC_ICON "${_pcauth_resources}/windows/pcauth.ico")
    if(icon STREQUAL "WITH_ICON")
        set(PCAUTH_RC_WITH_ICON 1)
    else()
        set(PCAUTH_RC_WITH_ICON 0)
    endif()
    set(rc "${PROJECT_BINARY_DIR}/resources/windows/${target}.rc")
    configure_file("${_pcauth_resources}/windows/pcauth.rc.in" "${rc}" @ONLY)
    target_sources(${target} PRIVATE "${rc}")
endfunction()

if(WIN32)
    enable_language(RC)
    pcauth_add_version_resource(pcauth "PCAuth, Partner Center authentication" WITH_ICON)
    pcauth_add_version_resource(pcauthctl "PCAuth command line" WITH_ICON)
    pcauth_add_version_resource(pcauth-sandbox "PCAuth sandbox (local stand-in for Entra ID)"
                                NO_ICON)
endif()

# --- macOS: bundle metadata and the places of the command-line tools ---------------------------
if(APPLE AND TARGET pcauth)
    # LSMinimumSystemVersion of Info.plist.in (a cache variable, so the plist, configured in
    # ui/'s scope, sees it): the deployment target, else Qt 6.8's own minimum.
    if(CMAKE_OSX_DEPLOYMENT_TARGET)
        set(PCAUTH_MACOS_MINIMUM_VERSION "${CMAKE_OSX_DEPLOYMENT_TARGET}" CACHE INTERNAL "")
    else()
        set(PCAUTH_MACOS_MINIMUM_VERSION "12.0" CACHE INTERNAL "")
    endif()
    set(_icns "${_pcauth_resources}/macos/pcauth.icns")
    target_sources(pcauth PRIVATE "${_icns}")
    set_source_files_properties("${_icns}" TARGET_DIRECTORY pcauth
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(pcauth PROPERTIES
        OUTPUT_NAME PCAuth
        MACOSX_BUNDLE_INFO_PLIST "${_pcauth_resources}/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${PCAUTH_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE pcauth.icns
        MACOSX_BUNDLE_BUNDLE_NAME PCAuth
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 PCAuth developers, MIT License")
endif()
if(APPLE)
    # The tools sit in Contents/MacOS next to the app's executable and use its frameworks.
    foreach(tool pcauthctl pcauth-sandbox)
        set_target_properties(${tool} PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
    endforeach()
endif()

# --- Executables ------------------------------------------------------------------------------
set(_pcauth_tools pcauthctl pcauth-sandbox)
if(WIN32)
    # Non-Qt DLLs the executables load (OpenSSL; QtKeychain when it is a shared library). Qt's
    # own DLLs are left to windeployqt, the system's to Windows.
    set(_runtime_set RUNTIME_DEPENDENCY_SET pcauth_runtime)
endif()
if(TARGET pcauth)
    install(TARGETS pcauth ${_runtime_set}
        BUNDLE DESTINATION .
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(TARGETS ${_pcauth_tools} ${_runtime_set}
    RUNTIME DESTINATION ${PCAUTH_INSTALL_BINDIR})
# The embedded sign-in browser (the only user of Qt WebEngine), a plugin pcauth loads on first
# use from PCAUTH_CONSENT_BROWSER_INSTALL_DIR (ui/consent/CMakeLists.txt): Linux
# lib/pcauth/, Windows bin/ next to pcauth.exe, macOS PCAuth.app/Contents/PlugIns/pcauth/.
if(TARGET pcauth_consentbrowser)
    install(TARGETS pcauth_consentbrowser
        LIBRARY DESTINATION ${PCAUTH_CONSENT_BROWSER_INSTALL_DIR})
    set(_pcauth_consent_browser_file "${PCAUTH_CONSENT_BROWSER_INSTALL_DIR}/\
${CMAKE_SHARED_MODULE_PREFIX}pcauth_consentbrowser${CMAKE_SHARED_MODULE_SUFFIX}")
endif()

if(WIN32)
    set(_dll_dirs "")
    foreach(lib IN ITEMS ${OPENSSL_CRYPTO_LIBRARY} ${OPENSSL_SSL_LIBRARY})
        get_filename_component(dir "${lib}" DIRECTORY)
        list(APPEND _dll_dirs "${dir}" "${dir}/../bin" "${dir}/../../bin")
    endforeach()
    if(OPENSSL_INCLUDE_DIR)
        list(APPEND _dll_dirs "${OPENSSL_INCLUDE_DIR}/../bin")
    endif()
    install(RUNTIME_DEPENDENCY_SET pcauth_runtime
        DESTINATION ${CMAKE_INSTALL_BINDIR}
        DIRECTORIES ${_dll_dirs}
        # Names may come lower-cased; QtKeychain is not a Qt module, windeployqt skips it.
        PRE_INCLUDE_REGEXES "[Kk][Ee][Yy][Cc][Hh][Aa][Ii][Nn]"
        PRE_EXCLUDE_REGEXES "^[Aa][Pp][Ii]-[Mm][Ss]-" "^[Ee][Xx][Tt]-[Mm][Ss]-" "^[Qq][Tt]6"
                            "^([Vv][Cc][Rr][Uu][Nn][Tt][Ii][Mm][Ee]|[Mm][Ss][Vv][Cc][Pp])[0-9]"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll$" ".*[Ss]ys[Ww][Oo][Ww]64/.*\\.dll$")
    # The MSVC runtime next to the executables (app-local), instead of windeployqt's
    # vc_redist installer that the MSI would have to run.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
    include(InstallRequiredSystemLibraries)
endif()

# --- Qt runtime: windeployqt / macdeployqt ----------------------------------------------------
# Only where Qt is bundled. On Linux the DEB and TGZ use the distribution's Qt (since Qt 6.5 the
# script would copy Qt's libraries on Linux too, which a DEB must not do).
if((WIN32 OR APPLE) AND TARGET pcauth)
    # pcauth does not link Qt WebEngine; the consent-browser plugin does. So the deploy tool
    # is given the plugin too, else it would leave out WebEngine (and QtWebEngineProcess).
    # Paths are relative to the install prefix, the tool's working directory.
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        set(_deploy_options OUTPUT_SCRIPT _pcauth_deploy_script NO_COMPILER_RUNTIME)
        if(APPLE AND Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
            # Let macdeployqt rewrite the tools' and the plugin's library references too
            # (OpenSSL from Homebrew, Qt frameworks) and deploy what they need.
            list(APPEND _deploy_options DEPLOY_TOOL_OPTIONS
                "-executable=PCAuth.app/Contents/MacOS/pcauthctl"
                "-executable=PCAuth.app/Contents/MacOS/pcauth-sandbox"
                "-executable=${_pcauth_consent_browser_file}")
        elseif(WIN32 AND Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
            # windeployqt takes more binaries after the executable.
            list(APPEND _deploy_options DEPLOY_TOOL_OPTIONS "${_pcauth_consent_browser_file}")
        endif()
    else()
        # Qt 6.4 knows only these two (and NO_UNSUPPORTED_PLATFORM_ERROR).
        set(_deploy_options FILENAME_VARIABLE _pcauth_deploy_script)
    endif()
    if(Qt6_VERSION VERSION_LESS 6.7)
        message(WARNING "With Qt ${Qt6_VERSION} the deploy script cannot be told about the "
            "consent-browser plugin, so Qt WebEngine is not deployed: the consent wizard then "
            "offers only the system browser. Qt 6.7 or later deploys it.")
    endif()
    qt_generate_deploy_app_script(TARGET pcauth ${_deploy_options})
    install(SCRIPT "${_pcauth_deploy_script}")
endif()

# --- Linux desktop integration ----------------------------------------------------------------
if(UNIX AND NOT APPLE)
    install(FILES "${PROJECT_SOURCE_DIR}/packaging/debian/copyright"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/pcauth)
endif()
if(UNIX AND NOT APPLE AND TARGET pcauth)
    install(FILES "${_pcauth_resources}/linux/${PCAUTH_APP_ID}.desktop"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${_pcauth_resources}/linux/${PCAUTH_APP_ID}.metainfo.xml"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES "${_pcauth_resources}/icons/pcauth-${size}.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${PCAUTH_APP_ID}.png)
    endforeach()
    install(FILES "${_pcauth_resources}/icons/pcauth.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${PCAUTH_APP_ID}.svg)
endif()
