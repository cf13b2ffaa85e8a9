#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# Signs PCAuth.app for Developer ID distribution (hardened runtime, secure timestamp), then
# signs, notarizes and staples the DMG. CPack calls the first two steps itself
# (packaging/macos/cpack-*.cmake) when PCAUTH_CODESIGN_IDENTITY is set; by hand:
#
#   sign-and-notarize.sh import-certificate          # CI only: .p12 from the environment
#   sign-and-notarize.sh sign PATH/PCAuth.app
#   sign-and-notarize.sh notarize PATH/pcauth-X.Y.Z-Darwin-arm64.dmg
#
# Everything secret comes from the environment, never from arguments or files in the tree:
#   PCAUTH_CODESIGN_IDENTITY       "Developer ID Application: Example Ltd (TEAMID1234)"
#                                  (or its SHA-1 hash)
#   import-certificate:            PCAUTH_CODESIGN_P12_BASE64, PCAUTH_CODESIGN_P12_PASSWORD
#   notarize, one of:              PCAUTH_NOTARY_PROFILE (a `xcrun notarytool store-credentials`
#                                  keychain profile), or
#                                  PCAUTH_NOTARY_KEY (path of an App Store Connect API .p8 key),
#                                  PCAUTH_NOTARY_KEY_ID, PCAUTH_NOTARY_ISSUER, or
#                                  PCAUTH_NOTARY_APPLE_ID, PCAUTH_NOTARY_TEAM_ID,
#                                  PCAUTH_NOTARY_PASSWORD (an app-specific password)
#
# Signing goes inside out, as Apple requires (no --deep): libraries and plugins, the nested
# QtWebEngineProcess.app with its own entitlements (V8 needs JIT), the frameworks, the command
# line tools, and the app bundle last.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
resources=$(cd "$here/../../resources/macos" && pwd)
app_entitlements="$resources/pcauth.entitlements"
webengine_entitlements="$resources/QtWebEngineProcess.entitlements"

die() { echo "sign-and-notarize: $*" >&2; exit 1; }

need_identity() {
  [ -n "${PCAUTH_CODESIGN_IDENTITY:-}" ] || die "PCAUTH_CODESIGN_IDENTITY is not set"
}

codesign_one() { # codesign_one PATH [ENTITLEMENTS]
  local args=(--force --timestamp --options runtime --sign "$PCAUTH_CODESIGN_IDENTITY")
  if [ -n "${2:-}" ]; then
    args+=(--entitlements "$2")
  fi
  codesign "${args[@]}" "$1"
}

import_certificate() {
  [ -n "${PCAUTH_CODESIGN_P12_BASE64:-}" ] || die "PCAUTH_CODESIGN_P12_BASE64 is not set"
  [ -n "${PCAUTH_CODESIGN_P12_PASSWORD:-}" ] || die "PCAUTH_CODESIGN_P12_PASSWORD is not set"
  local dir keychain password
  dir=$(mktemp -d)
  keychain="$dir/pcauth-signing.keychain-db"
  password=$(uuidgen)
  # umask: the decoded certificate is readable by this user only, and removed right away.
  (umask 077 && printf '%s' "$PCAUTH_CODESIGN_P12_BASE64" | base64 --decode >"$dir/cert.p12")
  security create-keychain -p "$password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$password" "$keychain"
  security import "$dir/cert.p12" -k "$keychain" -P "$PCAUTH_CODESIGN_P12_PASSWORD" \
    -T /usr/bin/codesign >/dev/null
  rm -f "$dir/cert.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$password" "$keychain" >/dev/null
  # shellcheck disable=SC2046  # the list of keychains is one path per word
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  echo "sign-and-notarize: certificate imported into $keychain"
}

sign_app() {
  local app=$1
  need_identity
  [ -d "$app/Contents/MacOS" ] || die "$app is not an app bundle"
  echo "sign-and-notarize: signing $app"

  # 1. Every loose library and plugin (frameworks are signed as a whole below).
  while IFS= read -r -d '' lib; do
    codesign_one "$lib"
  done < <(find "$app/Contents" \( -name '*.dylib' -o -name '*.so' \) -type f \
             -not -path '*.framework/*' -print0)

  # 2. The WebEngine helper app inside QtWebEngineCore.framework, with its entitlements.
  while IFS= read -r -d '' helper; do
    codesign_one "$helper" "$webengine_entitlements"
  done < <(find "$app/Contents/Frameworks" -name 'QtWebEngineProcess.app' -type d -print0)

  # 3. Frameworks (each one's Versions/A binary and resources).
  while IFS= read -r -d '' framework; do
    codesign_one "$framework"
  done < <(find "$app/Contents/Frameworks" -maxdepth 1 -name '*.framework' -type d -print0)

  # 4. The command line tools beside the app's executable, then the bundle.
  local main
  main=$(/usr/libexec/PlistBuddy -c 'Print :CFBundleExecutable' "$app/Contents/Info.plist")
  while IFS= read -r -d '' tool; do
    [ "$(basename "$tool")" = "$main" ] || codesign_one "$tool" "$app_entitlements"
  done < <(find "$app/Contents/MacOS" -type f -perm -u+x -print0)
  codesign_one "$app" "$app_entitlements"

  codesign --verify --deep --strict --verbose=2 "$app"
  echo "sign-and-notarize: $app signed"
}

notary_credentials=()
set_notary_credentials() {
  if [ -n "${PCAUTH_NOTARY_PROFILE:-}" ]; then
    notary_credentials=(--keychain-profile "$PCAUTH_NOTARY_PROFILE")
  elif [ -n "${PCAUTH_NOTARY_KEY:-}" ]; then
    if [ -z "${PCAUTH_NOTARY_KEY_ID:-}" ] || [ -z "${PCAUTH_NOTARY_ISSUER:-}" ]; then
      die "PCAUTH_NOTARY_KEY needs PCAUTH_NOTARY_KEY_ID and PCAUTH_NOTARY_ISSUER"
    fi
    notary_credentials=(--key "$PCAUTH_NOTARY_KEY" --key-id "$PCAUTH_NOTARY_KEY_ID"
                        --issuer "$PCAUTH_NOTARY_ISSUER")
  elif [ -n "${PCAUTH_NOTARY_APPLE_ID:-}" ]; then
    if [ -z "${PCAUTH_NOTARY_TEAM_ID:-}" ] || [ -z "${PCAUTH_NOTARY_PASSWORD:-}" ]; then
      die "PCAUTH_NOTARY_APPLE_ID needs PCAUTH_NOTARY_TEAM_ID and PCAUTH_NOTARY_PASSWORD"
    fi
    notary_credentials=(--apple-id "$PCAUTH_NOTARY_APPLE_ID" --team-id "$PCAUTH_NOTARY_TEAM_ID"
                        --password "$PCAUTH_NOTARY_PASSWORD")
  else
    die "no notary credentials: set PCAUTH_NOTARY_PROFILE, PCAUTH_NOTARY_KEY (+ _KEY_ID," \
        "_ISSUER) or PCAUTH_NOTARY_APPLE_ID (+ _TEAM_ID, _PASSWORD)"
  fi
}

notarize_dmg() {
  local dmg=$1
  need_identity
  [ -f "$dmg" ] || die "$dmg does not exist"
  set_notary_credentials
  codesign --force --timestamp --sign "$PCAUTH_CODESIGN_IDENTITY" "$dmg"
  echo "sign-and-notarize: submitting $dmg to the notary service (this takes minutes)"
  xcrun notarytool submit "$dmg" "${notary_credentials[@]}" --wait --timeout 1h
  xcrun stapler staple "$dmg"
  xcrun stapler validate "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
  echo "sign-and-notarize: $dmg notarized and stapled"
}

case "${1:-}" in
import-certificate) import_certificate ;;
sign) [ $# -eq 2 ] || die "usage: $0 sign PATH/PCAuth.app"; sign_app "$2" ;;
notarize) [ $# -eq 2 ] || die "usage: $0 notarize PATH/FILE.dmg"; notarize_dmg "$2" ;;
*)
  echo "usage: $0 import-certificate | sign PATH/PCAuth.app | notarize PATH/FILE.dmg" >&2
  exit 64
  ;;
esac
