#!/usr/bin/env bash
# SocketClient benchmark: request() round trips per second against the same exchange written with
# the C extension's socket_write/socket_read, then (with php-fpm and nginx installed) the
# per-request cost under php-fpm with and without persistent. Prints figures and ratios; never
# fails a build on speed.
#   in: RSOCKETS_SO (default target/release/librsockets.so, else target/debug), RSOCKETS_ECHO,
#       BENCH_N round trips per run (default 20000), BENCH_FPM=0 to skip the php-fpm part.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
N=${BENCH_N:-20000}
"$ECHO_BIN" --listen 'tcp://127.0.0.1:0?mode=line' >"$tmp/echo.out" 2>/dev/null </dev/null &
echo_pid=$!
trap 'kill $echo_pid 2>/dev/null; wait $echo_pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do grep -q '^listening' "$tmp/echo.out" 2>/dev/null && break; sleep 0.1; done
addr=$(sed -n 's/^listening tcp:\/\/\([^?]*\).*/\1/p' "$tmp/echo.out")

ours=(php -n -d "extension_dir=$tmp" -d "extension=$SO")
c_ext=(php -n -d extension=sockets)
echo "bench client: $N round trips of a 34-byte line to the echo server (${SO##*/target/})"
best() { # best CMD... : the best of 3 runs' rate
    local b=0 r
    for _ in 1 2 3; do
        r=$("$@" | awk '{print $4}')
        ((r > b)) && b=$r
    done
    echo "$b"
}
legacy=$(best "${c_ext[@]}" "$here/roundtrip.php" legacy "$addr" "$N")
client=$(best "${ours[@]}" "$here/roundtrip.php" client "$addr" "$N")
raw=$(best "${ours[@]}" "$here/roundtrip.php" client-raw "$addr" "$N")
printf 'C extension socket_write/socket_read loop : %8d round trips/s\n' "$legacy"
printf 'SocketClient::request() (line framing)    : %8d round trips/s  (%.2fx)\n' "$client" "$(echo "$client / $legacy" | bc -l)"
printf 'SocketClient send()+receive() (no framing): %8d round trips/s  (%.2fx)\n' "$raw" "$(echo "$raw / $legacy" | bc -l)"

if [[ ${BENCH_FPM:-1} == 1 ]] && command -v php-fpm8.2 >/dev/null && command -v nginx >/dev/null; then
    RSOCKETS_SO=$SO RSOCKETS_ECHO=$ECHO_BIN FPM_BENCH=1 FPM_REQUESTS=200 "$root/tests/fpm/run.sh" | grep '^bench fpm' || true
fi
