#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# The two commands of the README, for a fresh Debian/Ubuntu machine:
#   packaging/dev.sh run    install what is missing, build the programs only (pcauth, pcauthctl,
#                           pcauth-sandbox: the pcauth_run target, no test), start the app (on
#                           the embedded sandbox, with a demo profile, while no real profile exists)
#   packaging/dev.sh test   install what is missing, build everything (the test suite too) with
#                           warnings as errors, run every test
#                           headless: private D-Bus session, unlocked gnome-keyring, offscreen Qt;
#                           then check the DEB and run the unit, integration and sandbox tests
#                           again in an ASan+UBSan+LSan build (only when no ctest arguments)
#   packaging/dev.sh debian13
#                           the same build and the unit, integration, sandbox and GUI tests on
#                           Debian 13 (Qt 6.8, QtKeychain 0.15) in a cached trixie root, then its
#                           DEB installed there (packaging/debian13/run.sh; root only)
# Extra arguments after `test` go to ctest (e.g. `packaging/dev.sh test -L unit`); after
# `debian13` to packaging/debian13/run.sh.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
cd "$top"

cmd=${1:-}
shift || true

bash "$here/debian/install-deps.sh"

case "$cmd" in
run)
  cmake --preset dev
  # The programs and what they load, not the test suite: `test` builds that.
  cmake --build --preset dev --target pcauth_run
  if [ $# -eq 0 ] && ! "$top/build/dev/app/ctl/pcauthctl" --json profile list | grep -q '"id"'; then
    echo "No PCAuth profile yet: starting on the embedded sandbox (pcauth --sandbox), where the" \
         "demo account svc-pcauth@contosopartner.onmicrosoft.com signs in with Sandbox-Passw0rd!" \
         "and MFA code 246810. Add a real profile with the consent wizard or pcauthctl profile add."
    set -- --sandbox
  fi
  exec "$top/build/dev/ui/pcauth" "$@"
  ;;
test)
  # Each step's time on stderr, for the CI log.
  step_started=$SECONDS
  timed() { echo "dev.sh: $1 ($((SECONDS - step_started)) s)" >&2; step_started=$SECONDS; }
  cmake --preset ci
  timed "configured"
  cmake --build --preset ci
  timed "built"
  # A private runtime dir, config dir and keyring: the tests never touch the user's own
  # settings or secrets, and the keyring cannot pop up a prompt on a display.
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -m 0700 "$scratch/runtime" "$scratch/data" "$scratch/config"
  export XDG_RUNTIME_DIR="$scratch/runtime" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
  export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
  export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-dev-shm-usage"
  export PCAUTH_KEYCHAIN_SERVICE="pcauth-test-$$"
  unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
  ctest_in_keyring() {
    dbus-run-session -- bash -c '
      set -e
      echo -n pcauth-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      exec ctest "$@"' ctest "$@"
  }
  ctest_in_keyring --preset ci --parallel 2 "$@"
  timed "tested"
  if [ $# -eq 0 ]; then
    # The whole suite also proves the DEB: built, unpacked into a scratch root, run from there.
    bash "$here/debian/check-deb.sh" "$top/build/ci"
    timed "DEB checked"
    # And runs the unit, integration and sandbox tests again under AddressSanitizer,
    # UndefinedBehaviorSanitizer and LeakSanitizer (tests/sanitizers/README.md).
    cmake --preset asan-ci
    cmake --build --preset asan-ci
    timed "ASan build configured and built"
    ctest_in_keyring --preset asan-ci --parallel 2 -L "unit|integration|sandbox"
    timed "ASan build tested"
  fi
  ;;
debian13)
  # Runs as root on the host (debootstrap, chroot); logs each step's time and the total.
  exec bash "$here/debian13/run.sh" "$@"
  ;;
*)
  echo "usage: $0 run [pcauth args...] | test [ctest args...] | debian13 [ctest args...]" >&2
  exit 64
  ;;
esac
