#!/usr/bin/env bash
# The main job: build rsockets in release mode, start the echo server (TCP, and TLS with a test
# PKI generated for the run), and run the legacy client and server examples and the SocketClient
# examples with our extension loaded (Debian's sockets.so is not loaded: the extension directory
# is pointed at an empty one).
set -euo pipefail
cd "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.."

bash scripts/setup.sh
cargo build --release --workspace

so=$PWD/target/release/librsockets.so
tmp=$(mktemp -d)
echo_pid=
cleanup() {
    [[ -z $echo_pid ]] || kill "$echo_pid" 2>/dev/null || true
    [[ -z $echo_pid ]] || wait "$echo_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
php_ours=(php -n -d "extension_dir=$tmp" -d "extension=$so")

target/release/rsockets-echo --gen-test-pki "$tmp/pki"
mkfifo "$tmp/listening"
target/release/rsockets-echo --cert "$tmp/pki/server.pem" --key "$tmp/pki/server.key" \
    --listen tcp://127.0.0.1:0 --listen 'tls://127.0.0.1:0?mode=frame&header=N' >"$tmp/listening" &
echo_pid=$!
{
    read -r _ url
    read -r _ tls_url
} <"$tmp/listening"
addr=${url#tcp://}
tls_addr=${tls_url%%\?*}
echo "== echo server: $url, $tls_url"

echo "== php --ri sockets (ours)"
"${php_ours[@]}" --ri sockets

echo "== legacy client (php/examples/legacy_client.php) -> echo server"
"${php_ours[@]}" php/examples/legacy_client.php "${addr%:*}" "${addr##*:}"

if [[ -f php/examples/legacy_server.php ]]; then
    echo "== legacy server (php/examples/legacy_server.php) <- legacy client"
    "${php_ours[@]}" php/examples/legacy_server.php 1 127.0.0.1 0 >"$tmp/server.out" &
    server_pid=$!
    for _ in $(seq 100); do
        grep -q '^Listening on' "$tmp/server.out" 2>/dev/null && break
        sleep 0.1
    done
    server_addr=$(sed -n 's/^Listening on \([0-9.]*:[0-9]*\).*/\1/p' "$tmp/server.out" | head -n 1)
    "${php_ours[@]}" php/examples/legacy_client.php "${server_addr%:*}" "${server_addr##*:}"
    wait "$server_pid"
    cat "$tmp/server.out"
fi

for ex in php/examples/socketclient*.php; do
    [[ -f $ex && $ex != *-tls.php ]] || continue
    echo "== SocketClient example ($ex) -> echo server"
    RSOCKETS_TCP4=$addr "${php_ours[@]}" "$ex" "tcp://$addr"
done
echo "== SocketClient::requestAll example (php/examples/request-all.php) -> echo server"
"${php_ours[@]}" php/examples/request-all.php "tcp://$addr"
echo "== SocketClient over TLS example (php/examples/socketclient-tls.php) -> TLS echo server"
"${php_ours[@]}" php/examples/socketclient-tls.php "$tls_addr" "$tmp/pki/ca.pem"
echo "== done"
