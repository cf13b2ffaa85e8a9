#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# Regenerates the README screenshots from the real app on its embedded sandbox, under Xvfb:
#   packaging/screenshots/take.sh [BUILD_DIR [NAME...]]   (default build/dev; tests must be built)
# tests/screenshots/shoot.cpp drives the app (consent wizard mid-sign-in, then a consent,
# the dashboard, customers, the Access view, request console, token inspector) and grabs the
# X screen; NAMEs ("access-gdap") take only those. It
# runs in a private D-Bus session with its own unlocked keyring, so nothing touches the
# user's keychain. Needs xvfb (packaging/debian/install-deps.sh installs it).
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build/dev}
shift || true
# Absolute: the consent browser's path below must not depend on the current folder.
[ -d "$build" ] && build=$(cd "$build" && pwd)
out=$top/resources/screenshots
shoot=$build/tests/screenshots/pcauth_screenshots
[ -x "$shoot" ] || { echo "no $shoot: build first (cmake --preset dev && cmake --build --preset dev)" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/runtime" "$scratch/data" "$scratch/config"
export XDG_RUNTIME_DIR=$scratch/runtime XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-dev-shm-usage"
# The consent wizard's embedded browser: the plugin built next to pcauth.
export PCAUTH_CONSENT_BROWSER=$build/ui/pcauth_consentbrowser
unset DBUS_SESSION_BUS_ADDRESS

mkdir -p "$out"
xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
  echo -n screenshots | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$0" "$@"' "$shoot" "$out" "$@"
