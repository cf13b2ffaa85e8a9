#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# Regenerates the README screenshots: runs the real app under Xvfb and grabs the screen.
#   packaging/screenshots/take.sh [BUILD_DIR]     (default build/dev)
# Needs xvfb and imagemagick (apt-get install xvfb imagemagick).
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build/dev}
out=$top/resources/screenshots
pcauth=$build/ui/pcauth
[ -x "$pcauth" ] || { echo "no $pcauth: build first (cmake --preset dev && cmake --build --preset dev)" >&2; exit 1; }
command -v import >/dev/null || { echo "imagemagick is missing: apt-get install imagemagick" >&2; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 0700 "$scratch/runtime"
export XDG_RUNTIME_DIR=$scratch/runtime XDG_CONFIG_HOME=$scratch/config LANG=C.UTF-8 LC_ALL=C.UTF-8

# A sandbox-style token made here (fake signature): never a real one in a screenshot.
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
tid=6f1c2b0a-5d7e-4c3b-9a21-0c4d5e6f7a81
header='{"typ":"JWT","alg":"RS256","kid":"sandbox-key-1"}'
claims=$(printf '{"aud":"https://api.partnercenter.microsoft.com","iss":"https://sts.windows.net/%s/","iat":%d,"nbf":%d,"exp":%d,"acr":"1","amr":["pwd","mfa"],"appid":"4b8f0c2e-1d3a-4e5f-8a9b-7c6d5e4f3a21","appidacr":"1","ipaddr":"203.0.113.7","name":"Integration Service","oid":"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d","scp":"user_impersonation","tid":"%s","unique_name":"svc-integration@contosopartner.onmicrosoft.com","upn":"svc-integration@contosopartner.onmicrosoft.com","ver":"1.0"}' \
  "$tid" $((now - 300)) $((now - 300)) $((now + 3300)) "$tid")
printf '%s.%s.%s' "$(printf '%s' "$header" | b64url)" "$(printf '%s' "$claims" | b64url)" \
  "$(printf 'sandbox-signature' | b64url)" > "$scratch/token"

shoot() { # name, args...
  local name=$1; shift
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$@" & pid=$!
    sleep 4
    import -window root "'"$out/$name"'.png"
    kill $pid; wait $pid 2>/dev/null || true' _ "$pcauth" "$@"
  echo "wrote $out/$name.png"
}

shoot token-inspector --inspect "$scratch/token"
