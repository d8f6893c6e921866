#!/usr/bin/env bash
# SocketClient::requestAll() benchmark (issue 14): starts one rsockets-echo with a 20 ms and a
# 1 ms line endpoint and a 20 ms TLS line endpoint (a fresh test PKI) and runs
# bench/client/request_all.php. Prints figures and ratios; never fails
# a build on speed.
#   in: RSOCKETS_SO (default target/release/librsockets.so, else target/debug), RSOCKETS_ECHO.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source-path=SCRIPTDIR source=common.sh
. "$here/common.sh"
"$ECHO_BIN" --gen-test-pki "$tmp/pki"
"$ECHO_BIN" --listen 'tcp://127.0.0.1:0?mode=line&delay_ms=20' \
    --listen 'tcp://127.0.0.1:0?mode=line&delay_ms=1' \
    --listen "tls://127.0.0.1:0?cert=$tmp/pki/server.pem&key=$tmp/pki/server.key&mode=line&delay_ms=20" \
    >"$tmp/echo.out" 2>/dev/null </dev/null &
echo_pid=$!
trap 'kill $echo_pid 2>/dev/null; wait $echo_pid 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 100); do
    [[ $(grep -c '^listening' "$tmp/echo.out" 2>/dev/null) == 3 ]] && break
    sleep 0.1
done
mapfile -t addrs < <(sed -n 's/^listening tcp:\/\/\([^?]*\).*/\1/p' "$tmp/echo.out")
tls_addr=$(sed -n 's|^listening tls://\([^?]*\).*|\1|p' "$tmp/echo.out")
echo "bench requestAll (${SO##*/target/})"
php -n -d "extension_dir=$tmp" -d "extension=$SO" "$here/request_all.php" "${addrs[0]}" "${addrs[1]}" \
    "$tls_addr" "$tmp/pki/ca.pem"
