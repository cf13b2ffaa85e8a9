#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# packaging/debian13/run.sh [--rebuild-root] [ctest args...]
#
# Builds and tests PCAuth on Debian 13 (trixie: Qt 6.8, QtKeychain 0.15) in a chroot, from a
# Debian 12 (or any Debian) host, as root:
#   1. a trixie root (debootstrap --variant=minbase) from the mirror the host's apt already
#      uses, with the build dependencies of packaging/debian/install-deps.sh; cached in
#      $PCAUTH_TRIXIE_ROOT (default /var/cache/pcauth/trixie-root) and made anew when
#      install-deps.sh or this script's root recipe changes (the stamp file in the root);
#   2. the source tree (without build/ and .git) copied into the root at /pcauth/src; the
#      host's build/ is not touched; ccache inside the root keeps its own cache
#      ($PCAUTH_TRIXIE_ROOT/var/cache/pcauth-ccache, kept while the root is);
#   3. inside: packaging/dev.sh test with the given ctest arguments (default: the unit,
#      integration, sandbox and GUI tests; lint is left to the Debian 12 build, whose
#      clang-format and lupdate are the reference): the `ci` preset (warnings are errors) and
#      the same private D-Bus session, unlocked gnome-keyring and offscreen Qt;
#   4. the DEB: packaging/debian/check-deb.sh on the trixie build, then the package installed in
#      the root with apt (its Depends resolved there), the three programs started from /usr/bin,
#      and the package removed again.
# /proc, /dev, /dev/pts are bind-mounted for the run and always unmounted again (trap, also on
# failure or Ctrl-C). PCAUTH_JOBS (default 2) sets the build's parallel jobs.
# Each step logs its time; the last line is "debian13: ... total N s".
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
root=${PCAUTH_TRIXIE_ROOT:-/var/cache/pcauth/trixie-root}
suite=trixie
jobs=${PCAUTH_JOBS:-2}
# The tests that run by default; lint depends on tool versions (Debian 12 is the reference).
default_tests=(-L "unit|integration|sandbox|gui")

rebuild=0
if [ "${1:-}" = "--rebuild-root" ]; then
  rebuild=1
  shift
fi
[ $# -gt 0 ] || set -- "${default_tests[@]}"

log() { echo "debian13: $*"; }
die() { echo "debian13: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || die "run as root (debootstrap and chroot)"
command -v debootstrap >/dev/null || {
  log "installing debootstrap on the host"
  # Waits for the dpkg lock: another apt on the machine must not fail the run.
  apt_wait=(-o DPkg::Lock::Timeout=600)
  apt-get "${apt_wait[@]}" install -y debootstrap >/dev/null \
    || { apt-get "${apt_wait[@]}" update >/dev/null && apt-get "${apt_wait[@]}" install -y debootstrap >/dev/null; }
}

started=$SECONDS
step_started=$SECONDS
step() { # step NAME: logs the time of the previous step
  log "$1 ($((SECONDS - step_started)) s)"
  step_started=$SECONDS
}

# The Debian mirror of the host's apt sources (deb822 .sources or one-line sources.list): the
# first URI of the main archive, not of debian-security.
host_mirror() {
  {
    cat /etc/apt/sources.list.d/*.sources 2>/dev/null | sed -n 's/^URIs:[[:space:]]*//p' | tr ' ' '\n'
    cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
      | awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { print $i; break } }'
  } | grep -E '^https?://' | grep -v -- '-security' | grep -E '/debian/?$' | head -1 || true
}
mirror=${PCAUTH_DEBIAN_MIRROR:-$(host_mirror)}
[ -n "$mirror" ] || die "no Debian mirror found in /etc/apt/sources.list or /etc/apt/sources.list.d/*.sources"

# --- mounts, always undone --------------------------------------------------------------
# One run per root at a time: a second one would end the first one's processes below. (The
# lock's descriptor is closed for what runs in the root: leftovers must not hold it.)
mkdir -p "$(dirname "$root")"
exec 9>"$root.lock"
flock -n 9 || die "another run is using $root (lock $root.lock)"
# The processes running inside the root: ours to end, by their ids. One find, not a readlink
# per process (that took 20 s on a loaded machine).
end_root_processes() {
  local pid
  [ -d "$root" ] || return 0
  for pid in $(find /proc/[0-9]*/root -maxdepth 0 -lname "$root" 2>/dev/null | cut -d/ -f3); do
    kill "$pid" 2>/dev/null || true
  done
  sleep 0.2
}
# What a killed (-9) run left behind goes first: its processes (a build still running), then
# its mounts, before anything below may delete through them.
end_root_processes
stale_mounts() { awk -v r="$1/" 'index($2, r) == 1 { print $2 }' /proc/mounts | sort -r; }
for m in $(stale_mounts "$root") $(stale_mounts "$root.new"); do
  log "unmounting $m, left by an earlier run"
  umount "$m" 2>/dev/null || umount -l "$m"
done
mounted=()
cleanup() {
  local rc=$? i
  # Anything still running inside the root (a gnome-keyring-daemon left by a test) would keep
  # the mounts busy.
  end_root_processes
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" \
      || echo "debian13: could not unmount ${mounted[i]}" >&2
  done
  mounted=()
  [ -z "${building_root:-}" ] || rm -rf --one-file-system "$building_root"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
bind() { # bind SOURCE TARGET-in-root
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounted+=("$2")
}
in_root() { # in_root COMMAND...: runs in the root with a clean environment
  # In the background and waited for, so that a TERM to this script runs the trap at once.
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    CCACHE_DIR=/var/cache/pcauth-ccache CMAKE_BUILD_PARALLEL_LEVEL="$jobs" \
    DEBIAN_FRONTEND=noninteractive PCAUTH_DEPS_NO_NPM=1 "$@" 9>&- &
  wait $!
}

# --- 1. the cached root -----------------------------------------------------------------
# The stamp names what the root was made from: the suite, the mirror, install-deps.sh and this
# script's recipe version. Bump recipe when the way the root is made changes.
recipe=1
stamp="suite=$suite mirror=$mirror recipe=$recipe deps=$(sha256sum "$top/packaging/debian/install-deps.sh" | cut -c1-16)"
if [ "$rebuild" -eq 1 ] || [ "$(cat "$root/.pcauth-stamp" 2>/dev/null)" != "$stamp" ]; then
  log "making the $suite root in $root from $mirror (${stamp})"
  building_root=$root.new
  rm -rf --one-file-system "$building_root"
  mkdir -p "$(dirname "$root")"
  debootstrap --variant=minbase "$suite" "$building_root" "$mirror" >"$building_root.log" 2>&1 9>&- \
    || { tail -20 "$building_root.log" >&2; die "debootstrap failed (log: $building_root.log)"; }
  rm -f "$building_root.log"
  cat >"$building_root/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
EOF
  # No documentation or man pages in the root: faster apt, smaller cache.
  cat >"$building_root/etc/dpkg/dpkg.cfg.d/01-pcauth-nodoc" <<'EOF'
path-exclude /usr/share/man/*
path-exclude /usr/share/info/*
EOF
  echo 'APT::Install-Recommends "false";' >"$building_root/etc/apt/apt.conf.d/01-pcauth-norecommends"
  # The old root goes only once the new one is complete.
  rm -rf --one-file-system "$root"
  mv "$building_root" "$root"
  building_root=
  step "debootstrap done"
  fresh_root=1
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"

bind /proc "$root/proc"
bind /dev "$root/dev"
bind /dev/pts "$root/dev/pts"

# --- 2. the source ----------------------------------------------------------------------
src=/pcauth/src
mkdir -p "$root$src"
# Everything but build/ and .git; the root's own build/ (ci, tools) stays for the next run.
# Only files whose content differs from the copy are written, and they get the time of now:
# ninja rebuilds what changed since the last run and nothing else. (Keeping the tree's own
# times would let an object built in the root after an edit on the host, from the copy made
# before it, pass for up to date: stale objects, a crash at start.)
# A build left by a run that copied with the tree's times may hold such objects: it starts
# over once (ccache keeps that short).
if [ "$(cat "$root/pcauth/copy-scheme" 2>/dev/null)" != 2 ]; then
  rm -rf --one-file-system "$root$src/build"
  echo 2 >"$root/pcauth/copy-scheme"
fi
stage=$root/pcauth/stage
rm -rf "$stage"
mkdir -p "$stage"
tar -C "$top" --exclude=./build --exclude=./.git -cf - . | tar -C "$stage" -xf -
changed=0
while IFS= read -r -d '' f; do
  if ! cmp -s "$stage/$f" "$root$src/$f"; then
    mkdir -p "$(dirname "$root$src/$f")"
    cp "$stage/$f" "$root$src/$f" # a new file: the time of now
    changed=$((changed + 1))
  fi
done < <(cd "$stage" && find . -type f -print0)
rm -rf "$stage"
log "source copied into the root: $changed files new or changed"
# Files deleted in the tree since the last run must not linger in the copy.
(cd "$top" && find . -path ./build -prune -o -path ./.git -prune -o -type f -print | sort) >"$root/pcauth/files.host"
(cd "$root$src" && find . -path ./build -prune -o -type f -print | sort) \
  | comm -13 "$root/pcauth/files.host" - | (cd "$root$src" && xargs -r rm -f --)
mkdir -p "$root/var/cache/pcauth-ccache"

# The dependencies (apt only when something is missing; a fresh root: ~2 minutes).
in_root bash "$src/packaging/debian/install-deps.sh" >"$root/pcauth/install-deps.log" 2>&1 \
  || { tail -30 "$root/pcauth/install-deps.log" >&2; die "install-deps.sh failed in the root"; }
[ -z "${fresh_root:-}" ] || echo "$stamp" >"$root/.pcauth-stamp"
tail -1 "$root/pcauth/install-deps.log" | sed 's/^/debian13: /'
step "dependencies done"
log "$(in_root sh -c 'dpkg-query -W -f="\${Package} \${Version}\n" qt6-base-dev qtkeychain-qt6-dev g++ cmake' | tr '\n' ';')"

# --- 3. build and test ------------------------------------------------------------------
in_root ccache --zero-stats >/dev/null 2>&1 || true
in_root bash -c "cd $src && exec bash packaging/dev.sh test \"\$@\"" dev.sh "$@"
log "ccache: $(in_root ccache --print-stats 2>/dev/null | awk -F'\t' '$1=="direct_cache_hit"||$1=="preprocessed_cache_hit"{h+=$2} $1=="cache_miss"{m=$2} END{print h+0 " hits, " m+0 " misses"}')"
step "build and tests done ($*)"

# --- 4. the DEB on trixie ---------------------------------------------------------------
in_root bash "$src/packaging/debian/check-deb.sh" "$src/build/ci"
deb=$(cd "$root$src/build/ci/packages" && ls -t pcauth_*.deb | head -1)
in_root apt-get install -y --no-install-recommends "$src/build/ci/packages/$deb" >"$root/pcauth/install-deb.log" 2>&1 \
  || { cat "$root/pcauth/install-deb.log" >&2; die "apt-get install $deb failed in the root"; }
installed_check() {
  # grep >/dev/null, not grep -q: under pipefail, -q may end the writer with SIGPIPE.
  in_root bash -c '
    set -euo pipefail
    export QT_QPA_PLATFORM=offscreen QTWEBENGINE_DISABLE_SANDBOX=1
    export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --disable-dev-shm-usage"
    export XDG_RUNTIME_DIR=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d)
    chmod 0700 "$XDG_RUNTIME_DIR"
    pcauth --version | head -1
    pcauthctl --version | head -1
    pcauthctl --help | grep Usage >/dev/null
    timeout 10 pcauth-sandbox --version
    timeout 10 pcauth-sandbox --help | grep Usage >/dev/null
    pcauth --help | grep Usage >/dev/null
    # The sandbox serving: it says where it listens, and is still running after 3 s.
    rc=0
    ready=$(timeout 3 pcauth-sandbox) || rc=$?
    [ "$rc" -eq 124 ] && grep "\"ready\":true" <<<"$ready" >/dev/null \
      || { echo "pcauth-sandbox ended with $rc within 3 s: $ready"; exit 1; }
    echo "pcauth-sandbox served for 3 s: $ready"
    # The desktop app itself, offscreen on its embedded sandbox: its main window shown (it
    # prints "shown <ms>" and quits), then still running after 10 s.
    in_keyring() {
      dbus-run-session -- bash -c "echo -n pcauth-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec \"\$@\"" in_keyring "$@"
    }
    shown=$(in_keyring timeout 60 pcauth --sandbox --exit-when-shown 2>/dev/null) \
      || { echo "pcauth --sandbox --exit-when-shown failed: $shown"; exit 1; }
    grep "^shown [0-9]" <<<"$shown" >/dev/null || { echo "pcauth showed no window: $shown"; exit 1; }
    echo "pcauth --sandbox --exit-when-shown: $shown ms after start (offscreen)"
    rc=0
    in_keyring timeout 10 pcauth --sandbox >/dev/null 2>&1 || rc=$?
    [ "$rc" -eq 124 ] || { echo "pcauth --sandbox ended with $rc within 10 s"; exit 1; }
    echo "pcauth --sandbox ran for 10 s (offscreen)"
    rm -rf "$XDG_RUNTIME_DIR" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME"'
}
rc=0
out=$(installed_check 2>&1) || rc=$?
in_root dpkg --purge pcauth >/dev/null 2>&1 || true
echo "$out" | sed 's/^/debian13: installed: /'
[ "$rc" -eq 0 ] || die "the installed $deb does not start on $suite"
step "DEB checked: $deb built, installed with apt, the three programs and the GUI started, removed"

log "all passed on Debian 13 ($suite), total $((SECONDS - started)) s"
