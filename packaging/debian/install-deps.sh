#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# Installs what PCAuth needs to build, run and test on Debian 12 (Qt 6.4) and Debian 13 (Qt 6.8;
# packaging/debian13/run.sh uses it in a trixie root): the package names are the same on both.
# PCAUTH_DEPS_NO_NPM=1 leaves out npm and the workflow validator (only lint.workflows needs them).
# Idempotent: packages already present are left alone, and apt is not called at all when
# nothing is missing. Uses sudo only when not root.
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ clang-format ccache
  # Qt 6 and friends (qt6-httpserver-dev needs qt6-websockets-dev without declaring it)
  qt6-base-dev qt6-webengine-dev qt6-webengine-dev-tools qt6-networkauth-dev qt6-httpserver-dev
  qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
  libgl-dev libssl-dev libxkbcommon-dev
  # a real Secret Service for the keychain tests, and a display for headless runs
  gnome-keyring dbus libsecret-tools xvfb xauth
  # the console's "Copy as curl" is tested by running the copied command
  curl
  # lint: desktop-file-validate, appstreamcli
  desktop-file-utils appstream
  # packaging: dpkg-shlibdeps for the DEB's dependencies (packaging/debian/check-deb.sh), and
  # file, without which CPack's DEB generator refuses shlibdeps (not in a minimal root)
  dpkg-dev file
  # tests/bench/bench_msal.sh: the TLS terminator in front of the sandbox
  stunnel4
)
# npm for the workflow validator, unless node already brings it (NodeSource's nodejs does, and
# conflicts with Debian's npm package)
if [ "${PCAUTH_DEPS_NO_NPM:-0}" != 1 ] && ! command -v npm >/dev/null; then packages+=(npm); fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$p")
  fi
done

# The GitHub Actions workflow validator (tests/lint/check-workflows.sh), pinned with integrity
# hashes in packaging/npm/package-lock.json, into the ignored build/tools. Runs after apt (npm).
install_npm_tools() {
  [ "${PCAUTH_DEPS_NO_NPM:-0}" != 1 ] || return 0
  local top tools
  top=$(cd "$(dirname "$0")/../.." && pwd)
  tools="$top/build/tools"
  if [ -x "$tools/node_modules/.bin/action-validator" ] \
     && cmp -s "$top/packaging/npm/package-lock.json" "$tools/package-lock.json"; then
    :
  else
    mkdir -p "$tools"
    cp "$top/packaging/npm/package.json" "$top/packaging/npm/package-lock.json" "$tools/"
    echo "install-deps: npm ci (action-validator) into $tools"
    # Offline: not fatal, lint.workflows then reports itself as skipped.
    npm ci --prefix "$tools" --no-audit --no-fund --loglevel=error \
      || echo "install-deps: npm ci failed; lint.workflows will be skipped" >&2
  fi
  # msal-node for the side-by-side benchmark (tests/bench/bench_msal.sh), pinned the same way
  # in tests/bench/msal/package-lock.json, into the ignored build/bench-msal.
  local msal="$top/build/bench-msal"
  if [ -f "$msal/node_modules/@azure/msal-node/package.json" ] \
     && cmp -s "$top/tests/bench/msal/package-lock.json" "$msal/package-lock.json"; then
    return 0
  fi
  mkdir -p "$msal"
  cp "$top/tests/bench/msal/package.json" "$top/tests/bench/msal/package-lock.json" "$msal/"
  echo "install-deps: npm ci (msal-node) into $msal"
  npm ci --prefix "$msal" --no-audit --no-fund --loglevel=error \
    || echo "install-deps: npm ci failed; bench_msal will be skipped" >&2
}

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  install_npm_tools
  exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
  sudo=(sudo)
fi
echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
install_npm_tools
