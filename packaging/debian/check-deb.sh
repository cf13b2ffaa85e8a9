#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# packaging/debian/check-deb.sh BUILD_DIR        (or --deb FILE.deb to check a built package)
#
# Builds the DEB from an already built tree (cpack -G DEB), lists it, unpacks it into a scratch
# root and checks what a user would get from `apt install ./pcauth_*.deb`:
#   - our files: the three executables, the consent-browser plugin (lib/pcauth), desktop file,
#     AppStream metainfo, hicolor icons, copyright; nothing outside /usr and no bundled Qt
#     library or plugin;
#   - the dependencies: the DEB uses the system's Qt, so instead of looking for Qt plugins and
#     WebEngine resources in the package, it checks that Depends names the packages that carry
#     them (xcb/offscreen platform plugins, QtWebEngineProcess, the WebEngine resources) and
#     that those packages really contain them on this machine; a Secret Service provider and
#     Qt's translations are recommended;
#   - the installed tree runs: `pcauthctl --version`, `pcauthctl inspect` on a test token,
#     `pcauth-sandbox --version`, `pcauth --version` (offscreen), and `pcauth --help` in German, which needs the German
#     translation compiled into the binary;
#   - pcauth itself does not link Qt WebEngine (its start-up would map it), and
#     `pcauth --check-consent-browser` finds the installed plugin, loads it and opens a blank
#     page in the embedded browser (QtWebEngineProcess from the Depends included).
# Any failure prints what is wrong and exits 1. It takes a few seconds (plus dpkg-deb's
# compression); CI runs it after the test suite.
set -euo pipefail

usage() { echo "usage: $0 BUILD_DIR | --deb FILE.deb" >&2; exit 64; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

failures=0
fail() { echo "check-deb: FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "check-deb: ok: $*"; }

if [ "${1:-}" = "--deb" ]; then
  # Check a package built elsewhere (a CI artifact, or a deliberately broken one).
  if [ $# -ne 2 ] || [ ! -f "$2" ]; then usage; fi
  deb=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
else
  [ $# -eq 1 ] || usage
  build=$(cd "$1" && pwd)
  [ -f "$build/CPackConfig.cmake" ] || { echo "check-deb: $build is not a configured build dir" >&2; exit 64; }
  echo "check-deb: cpack -G DEB in $build"
  (cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log" >&2
    echo "check-deb: FAIL: cpack -G DEB failed" >&2
    exit 1
  }
  shopt -s nullglob
  debs=("$scratch"/out/pcauth_*.deb)
  shopt -u nullglob
  [ ${#debs[@]} -eq 1 ] || { echo "check-deb: FAIL: expected one pcauth_*.deb, got ${#debs[@]}" >&2; exit 1; }
  deb=${debs[0]}
  mkdir -p "$build/packages"
  cp "$deb" "$build/packages/"
  echo "check-deb: built $(basename "$deb") ($(du -h "$deb" | cut -f1)), copied to $build/packages"
fi

echo "--- control ---"
dpkg-deb --field "$deb"
echo "--- contents ---"
dpkg-deb --contents "$deb"
echo "----------------"

root="$scratch/root"
dpkg-deb -x "$deb" "$root"

# --- our files ----------------------------------------------------------------------------
id=io.github.pcauth.PCAuth
for exe in pcauth pcauthctl pcauth-sandbox; do
  if [ -x "$root/usr/bin/$exe" ]; then pass "usr/bin/$exe"; else fail "usr/bin/$exe missing or not executable"; fi
done
plugin=usr/lib/pcauth/libpcauth_consentbrowser.so
if [ -f "$root/$plugin" ]; then pass "$plugin (the consent browser)"; else fail "$plugin missing"; fi
for file in usr/share/applications/$id.desktop usr/share/metainfo/$id.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/$id.svg usr/share/doc/pcauth/copyright; do
  if [ -s "$root/$file" ]; then pass "$file"; else fail "$file missing"; fi
done
for size in 16 24 32 48 64 128 256 512; do
  [ -s "$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" ] \
    || fail "hicolor ${size}x${size} icon missing"
done
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$root/usr/share/applications/$id.desktop" 2>/dev/null || true)
if [ -z "$exec_name" ] || [ ! -x "$root/usr/bin/$exec_name" ]; then
  fail "the desktop file's Exec ($exec_name) is not an installed executable"
fi
icon_name=$(sed -n 's/^Icon=//p' "$root/usr/share/applications/$id.desktop" 2>/dev/null || true)
[ "$icon_name" = "$id" ] || fail "the desktop file's Icon ($icon_name) is not $id"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >/dev/null \
    || fail "appstreamcli validate"
fi
outside=$(dpkg-deb --contents "$deb" | awk '{print $6}' | grep -v -E '^\./(usr(/.*)?)?$' || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"
bundled=$(dpkg-deb --contents "$deb" | awk '{print $6}' | grep -E 'libQt6|/plugins/|qt6/' || true)
[ -z "$bundled" ] || fail "the DEB bundles Qt files although it uses the system's Qt: $bundled"

# --- dependencies -------------------------------------------------------------------------
depends=$(dpkg-deb --field "$deb" Depends)
recommends=$(dpkg-deb --field "$deb" Recommends)
packages_of() { # one package name per line from a Depends-style field (alternatives too)
  local field=${1//[,|]/$'\n'}
  sed 's/(.*//; s/^ *//; s/ *$//' <<<"$field"
}
has() { # has FIELD-VALUE PACKAGE-REGEX
  packages_of "$1" | grep -qE "^($2)$"
}
# package regex (Ubuntu adds a t64 suffix) | what it carries | a file of it to look for
required=(
  "libqt6gui6(t64)?|the xcb and offscreen platform plugins|/platforms/libqxcb.so"
  "libqt6widgets6(t64)?|Qt Widgets|libQt6Widgets.so.6"
  "libqt6webenginewidgets6(t64)?|Qt WebEngine Widgets (consent pages)|libQt6WebEngineWidgets.so.6"
  "libqt6webenginecore6-bin|QtWebEngineProcess|/QtWebEngineProcess"
  "libqt6webengine6-data|the WebEngine resources|/qtwebengine_resources.pak"
  "libqt6network6(t64)?|Qt Network|libQt6Network.so.6"
  "libssl3(t64)?|OpenSSL|libcrypto.so.3"
)
for entry in "${required[@]}"; do
  IFS='|' read -r regex what file <<<"$entry"
  if ! has "$depends" "$regex"; then
    fail "Depends does not name $regex ($what)"
    continue
  fi
  package=$(packages_of "$depends" | grep -E "^($regex)$" | head -1)
  if dpkg -L "$package" 2>/dev/null | grep -q -- "$file\$"; then
    pass "Depends: $package ($what)"
  else
    fail "Depends names $package for $what, but that package (installed here?) has no $file"
  fi
done
has "$recommends" "gnome-keyring" || fail "Recommends does not name a Secret Service (gnome-keyring)"
has "$recommends" "qt6-translations-l10n" || fail "Recommends does not name qt6-translations-l10n"

# --- the installed tree runs --------------------------------------------------------------
mkdir -m 0700 "$scratch/runtime"
export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1 XDG_CONFIG_HOME="$scratch/config" \
       XDG_RUNTIME_DIR="$scratch/runtime"
missing=$(ldd "$root/usr/bin/pcauth" "$root/usr/bin/pcauthctl" "$root/usr/bin/pcauth-sandbox" \
            "$root/$plugin" | grep 'not found' || true)
[ -z "$missing" ] || fail "libraries not found: $missing"
webengine=$(ldd "$root/usr/bin/pcauth" | grep -o 'libQt6WebEngine[A-Za-z]*' | sort -u | tr '\n' ' ' || true)
if [ -z "$webengine" ]; then
  pass "pcauth does not link Qt WebEngine (the consent browser is a plugin)"
else
  fail "pcauth links $webengine: it would be loaded at every start"
fi

if out=$("$root/usr/bin/pcauthctl" --version 2>&1) && grep -q "PCAuth" <<<"$out"; then
  pass "pcauthctl --version: $(head -1 <<<"$out")"
else
  fail "pcauthctl --version: $out"
fi

# A test token (unsigned; inspect only decodes): MFA claim and a far-future expiry.
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
header=$(printf '%s' '{"alg":"RS256","typ":"JWT","kid":"check-deb"}' | b64url)
payload=$(printf '%s' '{"aud":"https://api.partnercenter.microsoft.com","iss":"https://sts.windows.net/00000000-0000-0000-0000-000000000001/","iat":1700000000,"nbf":1700000000,"exp":4102444800,"amr":["pwd","mfa"],"upn":"check-deb@contoso.example","tid":"00000000-0000-0000-0000-000000000001"}' | b64url)
token="$header.$payload.c2lnbmF0dXJl"
if out=$(printf '%s\n' "$token" | "$root/usr/bin/pcauthctl" inspect - 2>&1) \
   && grep -q "check-deb@contoso.example" <<<"$out" && grep -q "api.partnercenter.microsoft.com" <<<"$out" \
   && grep -qE "^MFA: +yes" <<<"$out"; then
  pass "pcauthctl inspect decodes a test token"
else
  fail "pcauthctl inspect: $out"
fi

if out=$(timeout 10 "$root/usr/bin/pcauth-sandbox" --version 2>&1) && grep -q "pcauth-sandbox" <<<"$out"; then
  pass "pcauth-sandbox --version: $out"
else
  fail "pcauth-sandbox --version: $out"
fi

if out=$("$root/usr/bin/pcauth" --version 2>&1) && grep -q "PCAuth" <<<"$out"; then
  pass "pcauth --version: $(head -1 <<<"$out")"
else
  fail "pcauth --version: $out"
fi

# The German translation is compiled into pcauth (:/i18n); a missing .qm shows English here.
if out=$(LANGUAGE=de LANG=de_DE.UTF-8 LC_ALL=de_DE.UTF-8 "$root/usr/bin/pcauth" --help 2>&1) \
   && grep -q "Versionen von PCAuth" <<<"$out"; then
  pass "pcauth --help speaks German under LANGUAGE=de"
else
  fail "pcauth --help under LANGUAGE=de is not German (translation missing?): $(head -3 <<<"$out")"
fi

# The installed plugin, found from the installed executable, runs a page in WebEngine.
if out=$(timeout 120 "$root/usr/bin/pcauth" --check-consent-browser 2>&1) \
   && grep -q "loaded .*/usr/lib/pcauth/libpcauth_consentbrowser.so" <<<"$out" \
   && grep -q "a blank page loaded" <<<"$out"; then
  pass "pcauth --check-consent-browser: the installed plugin loads and shows a page"
else
  fail "pcauth --check-consent-browser: $out"
fi

if [ "$failures" -ne 0 ]; then
  echo "check-deb: $failures check(s) failed for $(basename "$deb")" >&2
  exit 1
fi
echo "check-deb: all checks passed for $(basename "$deb")"
