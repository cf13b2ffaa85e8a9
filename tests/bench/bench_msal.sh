#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 PCAuth developers
# SPDX-License-Identifier: MIT
#
# PCAuth beside msal-node on the same work, both over HTTPS: `pcauthctl health --customers`
# and msal/msal.cjs (msal-node, in-memory cache) check every customer of the sandbox (a Graph
# token in the customer's tenant + GET /v1.0/organization, after a Partner Center token and
# the customer list), alternately, on one pcauth-sandbox per latency behind stunnel4 with a
# CA made for the run. Figures and what they say: README.md, "PCAuth beside msal-node".
#
#   bench_msal.sh --pcauthctl PATH --sandbox PATH [--modules DIR] [--customers 500]
#                 [--latency-ms "0 100"] [--concurrency "8 32"] [--rounds 3]
#
# One line per latency and concurrency:
#   msal_bench customers=… latency_ms=… concurrency=… requests=… pcauth_s=… msal_s=…
#              floor_s=… pcauth_floor=… msal_floor=… pcauth_msal=…
# Exit 0 when every run of both clients checked every customer (ok or consent missing),
# 1 when a run failed, 77 (skipped) when msal-node (npm ci), node or stunnel4 is missing.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
pcauthctl='' sandbox='' modules='' customers=500 latencies='0 100' concurrencies='8 32' rounds=3
while [ $# -gt 0 ]; do
  case $1 in
    --pcauthctl) pcauthctl=$2 ;;
    --sandbox) sandbox=$2 ;;
    --modules) modules=$2 ;;
    --customers) customers=$2 ;;
    --latency-ms) latencies=$2 ;;
    --concurrency) concurrencies=$2 ;;
    --rounds) rounds=$2 ;;
    *) echo "bench_msal: unknown option $1" >&2; exit 2 ;;
  esac
  shift 2
done
[ -x "$pcauthctl" ] && [ -x "$sandbox" ] || { echo "bench_msal: give --pcauthctl and --sandbox" >&2; exit 2; }
: "${modules:=$here/../../build/bench-msal/node_modules}"

skip() { echo "bench_msal: SKIP: $*"; exit 77; }
command -v node >/dev/null || skip "node is not installed"
[ -f "$modules/@azure/msal-node/package.json" ] \
  || skip "no msal-node in $modules (packaging/debian/install-deps.sh installs it with npm ci)"
command -v stunnel4 >/dev/null || skip "stunnel4 is not installed (packaging/debian/install-deps.sh)"

# A D-Bus session and an unlocked GNOME Keyring of our own, as for the tests.
if [ -z "${BENCH_MSAL_INNER:-}" ]; then
  outer=$(mktemp -d)
  mkdir -m 0700 "$outer/run" "$outer/data" "$outer/config"
  rc=0
  env -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u WAYLAND_DISPLAY BENCH_MSAL_INNER=1 \
    XDG_RUNTIME_DIR="$outer/run" XDG_DATA_HOME="$outer/data" XDG_CONFIG_HOME="$outer/config" \
    dbus-run-session -- bash -c 'echo -n x | gnome-keyring-daemon --unlock --components=secrets >/dev/null
      exec "$@"' bash "$0" --pcauthctl "$pcauthctl" --sandbox "$sandbox" --modules "$modules" \
      --customers "$customers" --latency-ms "$latencies" --concurrency "$concurrencies" \
      --rounds "$rounds" || rc=$?
  rm -rf "$outer"
  exit $rc
fi

work=$(mktemp -d)
chmod 700 "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The demo scenario's confidential app and service account: public test data
# (app/sandbox/README.md), not secrets.
partner=contosopartner.onmicrosoft.com
client_id=29f0cfea-cee2-512b-9f76-ab897fdcf52f
client_secret='Sandbox~Secret.NotASecret-0123456789abcdef'
user=svc-pcauth@contosopartner.onmicrosoft.com password='Sandbox-Passw0rd!' otc=246810
export PCAUTH_KEYCHAIN_SERVICE=pcauth-bench-msal-$$
export QT_LOGGING_RULES='pcauth.*=false'

# A CA of this run and a certificate for 127.0.0.1 signed by it.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=PCAuth bench CA' \
  -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign \
  -keyout "$work/ca.key" -out "$work/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj '/CN=127.0.0.1' \
  -keyout "$work/server.key" -out "$work/server.csr" 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
  >"$work/server.ext"
openssl x509 -req -days 2 -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" \
  -CAcreateserial -extfile "$work/server.ext" -out "$work/server.pem" 2>/dev/null
# Both trust it beside the system's, verification on. Qt 6.4's OpenSSL backend ignores
# SSL_CERT_FILE and SSL_CERT_DIR, hence pcauthctl's own variable.
export NODE_EXTRA_CA_CERTS="$work/ca.pem" PCAUTH_EXTRA_CA_CERTS="$work/ca.pem"

json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);
  console.log(String(eval(process.argv[1])))})' "$1"; }
free_port() { node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{
  console.log(s.address().port);s.close()})'; }
# `time` of one client run: wall seconds, and the CPU seconds (user + system) of the client
# alone (the sandbox, stunnel and the keyring daemon are not its children).
TIMEFORMAT='%R %U %S'
wall_of() { awk '{printf "%.2f", $1}' "$1"; }
cpu_of() { awk '{printf "%.2f", $2 + $3}' "$1"; }
# CPU seconds (user + system) the given processes have used so far: the server side.
ticks=$(getconf CLK_TCK)
cpu_now() { cat "${@/#//proc/}" 2>/dev/null | sed 's/.*) //' \
  | awk -v t="$ticks" '{s += $12 + $13} END {printf "%.2f", s / t}'; }
used() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b - a}'; }
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }

failed=0

run_latency() {
  local latency=$1 dir="$work/l$1"
  mkdir -m 700 "$dir"
  # The sandbox, with the demo's 25 customers plus generated ones up to --customers.
  "$sandbox" --latency-ms "$latency" --customers $((customers > 25 ? customers - 25 : 0)) \
    >"$dir/sandbox.out" 2>"$dir/sandbox.err" &
  pids+=($!)
  local server=$! http='' tls
  for _ in $(seq 100); do
    http=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$dir/sandbox.out")
    [ -n "$http" ] && break
    sleep 0.1
  done
  [ -n "$http" ] || { echo "bench_msal: the sandbox did not start: $(cat "$dir/sandbox.err")" >&2; return 1; }
  tls=$(free_port)
  cat >"$dir/stunnel.conf" <<EOF
foreground = yes
pid =
output = $dir/stunnel.log
debug = err
socket = l:TCP_NODELAY=1
socket = r:TCP_NODELAY=1
[sandbox]
accept = 127.0.0.1:$tls
connect = ${http#http://}
cert = $work/server.pem
key = $work/server.key
EOF
  stunnel4 "$dir/stunnel.conf" &
  pids+=($!)
  local terminator=$!
  local base="https://127.0.0.1:$tls"
  for _ in $(seq 100); do
    curl -sf --cacert "$work/ca.pem" -o /dev/null "$base/_sandbox/scenario" && break
    sleep 0.1
  done
  # The sandbox's cloud file, with every URL on the TLS port.
  curl -sf "$http/_sandbox/cloud.json" | sed "s#$http#$base#g" >"$dir/cloud.json"

  # A consented profile in a config folder of this latency.
  local ctl=("$pcauthctl" --config-dir "$dir/config") profile
  profile=$(printf '%s\n' "$client_secret" | "${ctl[@]}" --json profile add --name Bench \
    --cloud custom --cloud-file "$dir/cloud.json" --tenant "$partner" --client-id "$client_id" \
    --secret-stdin | json v.id)
  "${ctl[@]}" consent --profile Bench --browser print --timeout 120 >"$dir/consent.out" 2>&1 &
  local consent=$! url=''
  for _ in $(seq 200); do
    url=$(head -n1 "$dir/consent.out")
    [ -n "$url" ] && break
    sleep 0.1
  done
  node "$here/msal/signin.cjs" "$url" "$user" "$password" "$otc"
  wait $consent || { echo "bench_msal: consent failed: $(cat "$dir/consent.out")" >&2; return 1; }
  # msal-node gets the same refresh token (tokens are not tied to a tenant; PROTOCOL.md §2).
  secret-tool lookup server "$PCAUTH_KEYCHAIN_SERVICE" user "$PCAUTH_KEYCHAIN_SERVICE/$profile/refresh-token" \
    | base64 -d | json v.refreshToken >"$dir/rt"

  local c
  for c in $concurrencies; do
    local pcauth_times='' msal_times='' pcauth_cpu='' msal_cpu='' pcauth_server='' msal_server='' s0 requests_pcauth='' requests_msal='' listed='' r
    for r in $(seq "$rounds"); do
      # PCAuth
      curl -sf -X DELETE "$http/_sandbox/counters" >/dev/null
      local code=0
      s0=$(cpu_now $server/stat $terminator/stat)
      # For profiles: BENCH_MSAL_WRAP goes in front of pcauthctl ("perf record -g -o FILE --"),
      # BENCH_MSAL_NODE_ARGS after node ("--cpu-prof --cpu-prof-dir DIR").
      { time ${BENCH_MSAL_WRAP:-} "${ctl[@]}" --json health --customers --concurrency "$c" \
          >"$dir/pcauth.json" 2>"$dir/pcauth.err" || code=$?; } 2>"$dir/time"
      pcauth_times+=" $(wall_of "$dir/time")" pcauth_cpu+=" $(cpu_of "$dir/time")"
      pcauth_server+=" $(used "$s0" "$(cpu_now $server/stat $terminator/stat)")"
      requests_pcauth=$(curl -sf "$http/_sandbox/counters" | json 'v.counters["requests.total"]')
      local bad
      bad=$(json 'const s=v.profiles[0].customers.summary; s.noAccess+s.throttled+s.failed' <"$dir/pcauth.json" 2>/dev/null || echo error)
      listed=$(json 'v.profiles[0].customers.summary.total' <"$dir/pcauth.json" 2>/dev/null || echo 0)
      if [ "$bad" != 0 ]; then
        echo "bench_msal: pcauthctl run failed (exit $code, $bad customers not checked): $(head -c 400 "$dir/pcauth.err")" >&2
        failed=1
      fi
      # msal-node
      curl -sf -X DELETE "$http/_sandbox/counters" >/dev/null
      code=0
      s0=$(cpu_now $server/stat $terminator/stat)
      { time MSAL_BENCH_SECRET=$client_secret node ${BENCH_MSAL_NODE_ARGS:-} "$here/msal/msal.cjs" \
          --modules "$modules" --base "$base" --tenant "$partner" --client-id "$client_id" \
          --refresh-token-file "$dir/rt" --concurrency "$c" >"$dir/msal.json" 2>"$dir/msal.err" \
          || code=$?; } 2>"$dir/time"
      msal_times+=" $(wall_of "$dir/time")" msal_cpu+=" $(cpu_of "$dir/time")"
      msal_server+=" $(used "$s0" "$(cpu_now $server/stat $terminator/stat)")"
      requests_msal=$(curl -sf "$http/_sandbox/counters" | json 'v.counters["requests.total"]')
      if [ $code != 0 ]; then
        echo "bench_msal: msal-node run failed: $(cat "$dir/msal.json" "$dir/msal.err" | head -c 400)" >&2
        failed=1
      fi
    done
    local pcauth_s msal_s pcauth_cpu_s msal_cpu_s floor_s pages
    pcauth_s=$(echo "$pcauth_times" | median)
    msal_s=$(echo "$msal_times" | median)
    pcauth_cpu_s=$(echo "$pcauth_cpu" | median)
    msal_cpu_s=$(echo "$msal_cpu" | median)
    # The floor: the Partner Center token and the list's pages one after the other, then the
    # rest of the requests C at a time, each costing the latency.
    pages=$(( (listed + 499) / 500 ))
    floor_s=$(awk -v r="$requests_msal" -v s=$((1 + pages)) -v c="$c" -v l="$latency" \
      'BEGIN {printf "%.2f", (s + (r - s) / c) * l / 1000}')
    awk -v n="$listed" -v l="$latency" -v c="$c" -v rp="$requests_pcauth" -v rm="$requests_msal" \
      -v p="$pcauth_s" -v m="$msal_s" -v f="$floor_s" -v pt="$pcauth_times" -v mt="$msal_times" -v pc="$pcauth_cpu_s" -v mc="$msal_cpu_s" \
      -v ps="$(echo "$pcauth_server" | median)" -v ms="$(echo "$msal_server" | median)" \
      'function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "n/a" }
       BEGIN {printf "msal_bench customers=%d latency_ms=%d concurrency=%d requests_pcauth=%d requests_msal=%d pcauth_s=%.2f msal_s=%.2f floor_s=%s pcauth_floor=%s msal_floor=%s pcauth_msal=%s\n",
         n, l, c, rp, rm, p, m, f, ratio(p, f), ratio(m, f), ratio(p, m)
         printf "msal_bench_cpu latency_ms=%d concurrency=%d pcauth_cpu_s=%.2f msal_cpu_s=%.2f server_cpu_s_pcauth=%.2f server_cpu_s_msal=%.2f\n", l, c, pc, mc, ps, ms
         printf "msal_bench_runs latency_ms=%d concurrency=%d pcauth_s=%s msal_s=%s\n", l, c, substr(pt, 2), substr(mt, 2)}'
  done
  "${ctl[@]}" profile remove Bench --yes >/dev/null 2>&1 || true
}

for latency in $latencies; do
  run_latency "$latency" || failed=1
done
exit $failed
