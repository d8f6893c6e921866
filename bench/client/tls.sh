#!/usr/bin/env bash
# TLS benchmark (issue 14): RSockets\SocketClient over tls:// against PHP's own TLS streams
# (stream_socket_client('tls://…'), verifying the same test CA), on one rsockets-echo line endpoint
# `tls://…?mode=line` with a fresh test PKI. Three workloads (bench/workloads/tls_*.php):
#   tls_persistent  COUNT × (new persistent client, one request, drop it)   target ours/streams <= 1.00
#   tls_connect     COUNT × (connect, handshake, one request, close)        target ours/streams <= 1.00
#                   (ours resumes the session of the connection before; PHP's streams never do)
#   tls_connect_full  the same, every handshake a full one (a new TLS option set each time)
# Runs ours and streams alternately for BENCH_ROUNDS rounds and prints each round's ratio, the median
# and the verdict as bench/report.py words it: SLOWER only when every round is above the target.
# Prints figures; never fails a build on speed. bench/run.sh runs the same workloads into bench/results.
#   in: RSOCKETS_SO (default target/release/librsockets.so, else target/debug), RSOCKETS_ECHO,
#       BENCH_ROUNDS (default 5), BENCH_N_PERSISTENT (default 20000), BENCH_N_CONNECT (default 1000).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
workloads=$root/bench/workloads
ROUNDS=${BENCH_ROUNDS:-5}
"$ECHO_BIN" --gen-test-pki "$tmp/pki"
export BENCH_TLS_DIR=$tmp/pki
"$ECHO_BIN" --listen "tls://127.0.0.1:0?cert=$tmp/pki/server.pem&key=$tmp/pki/server.key&mode=line" \
    >"$tmp/echo.out" 2>/dev/null </dev/null &
echo_pid=$!
trap 'kill $echo_pid 2>/dev/null; wait $echo_pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do grep -q '^listening' "$tmp/echo.out" 2>/dev/null && break; sleep 0.1; done
addr=$(sed -n 's|^listening tls://\([^?]*\).*|\1|p' "$tmp/echo.out")
[[ -n $addr ]] || { echo "bench tls: $ECHO_BIN printed no listening line" >&2; exit 1; }

ours=(php -n -d "extension_dir=$tmp" -d "extension=$SO")
echo "bench TLS: SocketClient vs PHP streams on $addr, $ROUNDS rounds (${SO##*/target/})"

# seconds SCRIPT COUNT: the workload's time, or its JSON line ({"missing":…}, {"error":…}) on stderr.
seconds() {
    local line
    line=$("${ours[@]}" "$workloads/$1.php" "$addr" "$2" 2>&1 | tail -1) || true
    if [[ $line =~ \"seconds\":([0-9.]+) ]]; then
        echo "${BASH_REMATCH[1]}"
    else
        echo "  $1: $line" >&2
        echo "-"
    fi
}

# compare NAME COUNT TITLE [BASELINE]   (BASELINE: the streams workload, default NAME_streams)
compare() {
    local name=$1 count=$2 title=$3 base=${4:-${1}_streams} round a b ratios=()
    for ((round = 1; round <= ROUNDS; round++)); do
        # Alternate which goes first, so that neither always runs on a warmer machine.
        if ((round % 2)); then
            a=$(seconds "$name" "$count")
            b=$(seconds "$base" "$count")
        else
            b=$(seconds "$base" "$count")
            a=$(seconds "$name" "$count")
        fi
        [[ $a != - && $b != - ]] || { echo "$title: n/a"; return 0; }
        ratios+=("$a/$b")
    done
    # shellcheck disable=SC2016 # PHP code: its $variables are PHP's
    php -n -r '
        [, $title, $count] = $argv;
        $pairs = array_map(fn ($p) => array_map("floatval", explode("/", $p)), array_slice($argv, 3));
        $ratios = array_map(fn ($p) => $p[0] / $p[1], $pairs);
        sort($ratios);
        $n = count($ratios);
        $median = $n % 2 ? $ratios[intdiv($n, 2)] : ($ratios[$n / 2 - 1] + $ratios[$n / 2]) / 2;
        $ours = array_map(fn ($p) => $p[0] / $count * 1e6, $pairs);
        $streams = array_map(fn ($p) => $p[1] / $count * 1e6, $pairs);
        $verdict = $median <= 1.0 ? "ok" : (min($ratios) > 1.0 ? "SLOWER" : "within noise");
        printf("%-40s ours %8.1f us/op  streams %8.1f us/op  ratio %.2f (rounds %.2f-%.2f, target <= 1.00) %s\n",
            "$title ($count/round):", min($ours), min($streams), $median, $ratios[0], $ratios[$n - 1], $verdict);
    ' "$title" "$count" "${ratios[@]}"
}

compare tls_persistent "${BENCH_N_PERSISTENT:-20000}" "persistent TLS request round trip"
compare tls_connect "${BENCH_N_CONNECT:-1000}" "TLS connect+handshake+request+close"
compare tls_connect_full "${BENCH_N_CONNECT:-1000}" "TLS connect+full handshake+request+close" tls_connect_streams
