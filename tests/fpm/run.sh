#!/usr/bin/env bash
# shellcheck disable=SC2016 # the single-quoted strings are PHP code for php -r
# End-to-end test of SocketClient in a web app: Debian's php-fpm (pm static, 4 workers) behind
# nginx, both started here as foreground processes under a temporary directory. Each HTTP request
# sends one packet to the echo server through a persistent SocketClient and returns the reply.
#
# Checks: 2,000 requests all answered correctly; the echo server accepted no more connections
# than there are workers; the echo server is restarted in the middle and no request fails after
# the first reconnect. Then the integrity phases: 2,000 requests each at 5 % and at 50 % injected
# faults (exceptions, exit and fatal errors between send and receive, send()+close(), dropped
# clients; see app.php), 8 clients at once, over a line echo, a line echo answering in pieces and
# a raw echo answering in pieces, while the echo server is restarted 5 times: no response may
# carry another request's reply. Prints `fpm: N passed, N failed` and exits non-zero on failure.
#
#   in: RSOCKETS_SO    the extension (default: target/debug/librsockets.so)
#       RSOCKETS_ECHO  the echo server binary (default: rsockets-echo on PATH)
#       FPM_REQUESTS   requests in all (default 2000) in phases 1-2, and in each fault phase
#       FPM_FAULTS     the fault phases' percentages (default "5 50"; "" skips them)
#       PHP_FPM, NGINX: the binaries
#       FPM_BENCH=1    also time requests with and without persistent (for bench/client)
# Needs: apt-get install -y php8.2-fpm nginx
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
SO=$(readlink -f "${RSOCKETS_SO:-$root/target/debug/librsockets.so}")
ECHO_BIN=$(command -v "${RSOCKETS_ECHO:-rsockets-echo}") || { echo "fpm: no echo server (set RSOCKETS_ECHO)" >&2; exit 2; }
PHP_FPM=$(command -v "${PHP_FPM:-php-fpm8.2}") || { echo "fpm: php-fpm8.2 not found (apt-get install -y php8.2-fpm)" >&2; exit 2; }
NGINX=$(command -v "${NGINX:-nginx}") || { echo "fpm: nginx not found (apt-get install -y nginx)" >&2; exit 2; }
PHP=${PHP:-php}
REQUESTS=${FPM_REQUESTS:-2000}
WORKERS=4
[[ -f $SO ]] || { echo "fpm: $SO: no such file (cargo build)" >&2; exit 2; }

tmp=$(mktemp -d /tmp/rsockets-fpm.XXXXXX)
chmod 0755 "$tmp" # nginx workers (www-data) reach the FPM socket through it
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
    if [[ ${FPM_KEEP:-0} == 1 ]]; then echo "fpm: kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

passed=0
failed=0
check() { # check NAME CONDITION-RESULT(0/1) DETAIL
    if [[ $2 == 1 ]]; then
        passed=$((passed + 1)); echo "PASS $1"
    else
        failed=$((failed + 1)); echo "FAIL $1: $3"
    fi
}

free_port() { "$PHP" -n -r '$s = stream_socket_server("tcp://127.0.0.1:0"); echo explode(":", stream_socket_get_name($s, false))[1];'; }

# --- the echo server, logging each accepted connection -----------------------------------------
# Three endpoints: a line echo (phases 1-2), a line echo answering in 4-byte pieces and a raw echo
# answering in 8-byte pieces (the fault phases).
echo_n=0
start_echo() { # start_echo URL...
    local url args=()
    echo_n=$((echo_n + 1))
    for url; do args+=(--listen "$url"); done
    "$ECHO_BIN" "${args[@]}" --grace-ms 0 --log-level rsockets_echo=debug \
        >"$tmp/echo$echo_n.out" 2>"$tmp/echo$echo_n.err" </dev/null &
    echo_pid=$!
    pids+=("$echo_pid")
    for _ in $(seq 100); do
        [[ $(grep -c '^listening ' "$tmp/echo$echo_n.out" 2>/dev/null) == "$#" ]] && return 0
        sleep 0.05
    done
    echo "fpm: the echo server did not start" >&2; cat "$tmp/echo$echo_n.err" >&2; exit 1
}
stop_echo() {
    kill "$echo_pid"
    wait "$echo_pid" 2>/dev/null || true
}
accepted() { grep -c 'accepted' "$tmp/echo$1.err" || true; }
echo_port() { sed -n "$2s/^listening tcp:\/\/127\.0\.0\.1:\([0-9]*\).*/\1/p" "$tmp/echo$1.out"; }

line_q='mode=line'
chunk_q='mode=line&chunk=4&chunk_delay_ms=1'
raw_q='chunk=8&chunk_delay_ms=1'
start_echo 'tcp://127.0.0.1:0?'$line_q 'tcp://127.0.0.1:0?'$chunk_q 'tcp://127.0.0.1:0?'$raw_q
echo_port=$(echo_port 1 1)
chunk_port=$(echo_port 1 2)
raw_port=$(echo_port 1 3)
echo_url="tcp://127.0.0.1:$echo_port"
restart_echo() {
    stop_echo
    start_echo "tcp://127.0.0.1:$echo_port?$line_q" "tcp://127.0.0.1:$chunk_port?$chunk_q" "tcp://127.0.0.1:$raw_port?$raw_q"
}

# A TLS line echo (the TLS phase) with a fresh test PKI: its own server, never restarted.
"$ECHO_BIN" --gen-test-pki "$tmp/pki" >/dev/null
"$ECHO_BIN" --cert "$tmp/pki/server.pem" --key "$tmp/pki/server.key" --grace-ms 0 \
    --listen 'tls://127.0.0.1:0?mode=line' >"$tmp/echo-tls.out" 2>"$tmp/echo-tls.err" </dev/null &
pids+=($!)
for _ in $(seq 100); do
    grep -q '^listening ' "$tmp/echo-tls.out" 2>/dev/null && break
    sleep 0.05
done
tls_url=$(sed -n 's/^listening \(tls:\/\/[^?]*\).*/\1/p' "$tmp/echo-tls.out")
[[ -n $tls_url ]] || { echo "fpm: the TLS echo server did not start" >&2; cat "$tmp/echo-tls.err" >&2; exit 1; }

# --- php-fpm ------------------------------------------------------------------------------------
extdir=$(mktemp -d "$tmp/ext.XXXX")
cp "$here/app.php" "$tmp/app.php"
cat >"$tmp/php-fpm.conf" <<CONF
[global]
error_log = $tmp/fpm.log
daemonize = no
pid = $tmp/fpm.pid

[app]
listen = $tmp/fpm.sock
listen.mode = 0666
pm = static
pm.max_children = $WORKERS
clear_env = no
catch_workers_output = yes
env[ECHO_URL] = $echo_url
env[ECHO_CHUNK_URL] = tcp://127.0.0.1:$chunk_port
env[ECHO_RAW_URL] = tcp://127.0.0.1:$raw_port
env[ECHO_TLS_URL] = $tls_url
env[ECHO_TLS_CA] = $tmp/pki/ca.pem
CONF
"$PHP_FPM" -n -R -F -y "$tmp/php-fpm.conf" -d "extension_dir=$extdir" -d "extension=$SO" \
    -d display_errors=0 -d log_errors=1 >"$tmp/fpm.out" 2>&1 </dev/null &
pids+=($!)

# --- nginx --------------------------------------------------------------------------------------
http_port=$(free_port)
mkdir -p "$tmp/nginx"
cat >"$tmp/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $tmp/nginx.pid;
error_log $tmp/nginx.err warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    server {
        listen 127.0.0.1:$http_port;
        location / {
            include /etc/nginx/fastcgi_params;
            fastcgi_param SCRIPT_FILENAME $tmp/app.php;
            fastcgi_pass unix:$tmp/fpm.sock;
        }
    }
}
CONF
"$NGINX" -p "$tmp/nginx" -e "$tmp/nginx.err" -c "$tmp/nginx.conf" >"$tmp/nginx.out" 2>&1 </dev/null &
pids+=($!)

base="http://127.0.0.1:$http_port"
for _ in $(seq 100); do
    [[ -S $tmp/fpm.sock ]] && "$PHP" -n -r "exit(@file_get_contents('$base/?id=0') === false ? 1 : 0);" && break
    sleep 0.1
done
[[ -S $tmp/fpm.sock ]] || { echo "fpm: php-fpm did not start"; cat "$tmp/fpm.log" "$tmp/fpm.out"; exit 1; }

field() { "$PHP" -n -r '$v = json_decode($argv[1], true)[$argv[2]] ?? "null"; echo is_array($v) ? implode("; ", $v) : $v;' "$1" "$2"; }

# --- phase 1: half the requests -----------------------------------------------------------------
half=$((REQUESTS / 2))
r1=$("$PHP" -n "$here/driver.php" "$base" 1 "$half" 1)
echo "phase 1: $r1"
check "phase 1: $half requests answered correctly" "$([[ $(field "$r1" ok) == "$half" ]] && echo 1 || echo 0)" "$(field "$r1" first_failure)"
a1=$(accepted 1)
# The warm-up request above counts: at most one connection per worker in all.
check "phase 1: the echo server accepted $a1 connections (at most $WORKERS)" "$([[ $a1 -ge 1 && $a1 -le $WORKERS ]] && echo 1 || echo 0)" "accepted $a1"

# --- restart the echo server on the same port ---------------------------------------------------
restart_echo

# --- phase 2: the other half --------------------------------------------------------------------
rest=$((REQUESTS - half))
r2=$("$PHP" -n "$here/driver.php" "$base" $((half + 1)) "$rest" 1)
echo "phase 2: $r2"
reconnected_at=$(field "$r2" reconnected_at)
last_failure=$(field "$r2" last_failure_index)
check "phase 2: a pooled connection to the old server was replaced (reconnect seen)" "$([[ $reconnected_at != null ]] && echo 1 || echo 0)" "no reconnect reported"
check "phase 2: no failed request after the first reconnect" "$([[ $reconnected_at != null && $last_failure -lt $reconnected_at ]] && echo 1 || echo 0)" "$(field "$r2" first_failure)"
ok2=$(field "$r2" ok)
check "phase 2: $rest requests answered correctly" "$([[ $ok2 == "$rest" ]] && echo 1 || echo 0)" "$ok2 ok; $(field "$r2" first_failure)"
a2=$(accepted 2)
check "phase 2: the restarted echo server accepted $a2 connections (at most $WORKERS)" "$([[ $a2 -ge 1 && $a2 -le $WORKERS ]] && echo 1 || echo 0)" "accepted $a2"

# --- TLS: a fresh (not persistent) TLS client per request ----------------------------------------
# Each worker keeps its TLS configuration, and with it the session cache, between requests: every
# handshake but each worker's first resumes a session. Then persistent TLS connections are reused.
tls_phase() { # tls_phase N PERSISTENT
    "$PHP" -n -r '
        [$base, $n, $p] = [$argv[1], (int) $argv[2], $argv[3]];
        $t = ["ok" => 0, "resumed" => 0, "reused" => 0, "first_failure" => null];
        for ($i = 1; $i <= $n; $i++) {
            $body = @file_get_contents("$base/?ep=tls&persistent=$p&id=$i");
            $f = $body === false ? [] : explode("|", $body);
            if (($f[0] ?? "") === "WAW;;0029;SAMPLE;$i;03") {
                $t["ok"]++;
                $t["reused"] += (int) $f[1];
                $t["resumed"] += (int) ($f[4] ?? 0);
            } else {
                $t["first_failure"] ??= $body === false ? "no response" : $body;
            }
        }
        echo json_encode($t);' "$base" "$1" "$2"
}
rt=$(tls_phase 40 0)
echo "tls, not persistent: $rt"
check "tls: 40 requests over new TLS connections answered" "$([[ $(field "$rt" ok) == 40 ]] && echo 1 || echo 0)" "$(field "$rt" first_failure)"
check "tls: $(field "$rt" resumed) of 40 handshakes resumed a session (at least $((40 - WORKERS)))" \
    "$([[ $(field "$rt" resumed) -ge $((40 - WORKERS)) ]] && echo 1 || echo 0)" "$rt"
rt=$(tls_phase 40 1)
echo "tls, persistent: $rt"
check "tls: 40 requests over persistent TLS connections answered, $(field "$rt" reused) reused (at least $((40 - WORKERS)))" \
    "$([[ $(field "$rt" ok) == 40 && $(field "$rt" reused) -ge $((40 - WORKERS)) ]] && echo 1 || echo 0)" "$rt"

# --- the fault phases: no response may carry another request's reply -----------------------------
# CLIENTS drivers at once, each with its own range of request ids; the echo server is restarted
# RESTARTS times while they run.
CLIENTS=8
RESTARTS=5
first_id=$((REQUESTS + 1))
for pct in ${FPM_FAULTS-5 50}; do
    per=$((REQUESTS / CLIENTS))
    dpids=()
    for ((k = 0; k < CLIENTS; k++)); do
        "$PHP" -n "$here/driver.php" "$base" $((first_id + k * per)) "$per" 1 "$pct" >"$tmp/faults$pct.$k.json" &
        dpids+=($!)
    done
    restarts=0
    for ((k = 0; k < RESTARTS; k++)); do
        sleep 0.2
        running=0
        for p in "${dpids[@]}"; do kill -0 "$p" 2>/dev/null && running=1; done
        ((running)) || break
        restart_echo
        restarts=$((restarts + 1))
    done
    for p in "${dpids[@]}"; do wait "$p" || true; done
    first_id=$((first_id + CLIENTS * per))
    sum=$("$PHP" -n -r '
        $t = ["faults" => 0, "checked" => 0, "wrong" => 0, "foreign" => 0, "failed" => 0, "seconds" => 0, "wrong_examples" => []];
        foreach (array_slice($argv, 1) as $f) {
            $r = json_decode((string) file_get_contents($f), true) ?? ["failed" => 1];
            foreach (["faults", "checked", "wrong", "foreign", "failed", "failed_restart", "failed_other"] as $k) { $t[$k] = ($t[$k] ?? 0) + ($r[$k] ?? 0); }
            $t["first_other_failure"] ??= $r["first_other_failure"] ?? null;
            $t["seconds"] = max($t["seconds"], $r["seconds"] ?? 0);
            $t["wrong_examples"] = array_slice(array_merge($t["wrong_examples"], $r["wrong_examples"] ?? []), 0, 3);
        }
        echo json_encode($t);' "$tmp"/faults"$pct".*.json)
    echo "faults $pct %: $((CLIENTS * per)) requests, $CLIENTS clients, $restarts echo restarts: $sum"
    wrong=$(field "$sum" wrong)
    check "faults $pct %: no response carries another request's reply (wrong $wrong of $(field "$sum" checked) checked)" \
        "$([[ $wrong == 0 ]] && echo 1 || echo 0)" "$(field "$sum" foreign) name another request; $(field "$sum" wrong_examples)"
    check "faults $pct %: the echo server was restarted $RESTARTS times under load" "$([[ $restarts == "$RESTARTS" ]] && echo 1 || echo 0)" "only $restarts restarts before the drivers finished"
    # Requests without a fault (and the new request after a dropped client) fail only around a
    # restart: refused while the server is down, or a pooled connection to the old server found
    # closed when it is used. Any other failure is a finding.
    check "faults $pct %: every failed request is explained by a restart ($(field "$sum" failed_restart) were)" \
        "$([[ $(field "$sum" failed_other) == 0 ]] && echo 1 || echo 0)" "$(field "$sum" first_other_failure)"
done

# Injected faults log "injected fault" (or the fatal error's injected_fault_ID); anything else is a finding.
php_diag='PHP (Warning|Notice|Fatal error|Deprecated|Parse error)|WARNING:.*child.*(exited|signal)'
diag=$(grep -hE "$php_diag" "$tmp/fpm.log" "$tmp/fpm.out" | grep -vE 'injected[ _]fault' | head -3 || true)
check "no PHP warning, notice or error but the injected ones, no crashed worker in the FPM log" "$([[ -z $diag ]] && echo 1 || echo 0)" "$diag"

# --- optional: per-request cost with and without persistent --------------------------------------
if [[ ${FPM_BENCH:-0} == 1 ]]; then
    n=${FPM_BENCH_REQUESTS:-2000}
    "$PHP" -n "$here/driver.php" "$base" 1 200 1 >/dev/null   # warm up
    bp=$("$PHP" -n "$here/driver.php" "$base" 1 "$n" 1)
    bn=$("$PHP" -n "$here/driver.php" "$base" 1 "$n" 0)
    sp=$(field "$bp" seconds); sn=$(field "$bn" seconds)
    "$PHP" -n -r 'printf("bench fpm: %d requests: persistent %.1f us/request, not persistent %.1f us/request (%.2fx)\n", $argv[1], $argv[2] / $argv[1] * 1e6, $argv[3] / $argv[1] * 1e6, $argv[3] / $argv[2]);' "$n" "$sp" "$sn"
    check "bench: every timed request answered" "$([[ $(field "$bp" failed) == 0 && $(field "$bn" failed) == 0 ]] && echo 1 || echo 0)" "$bp $bn"
fi

echo "fpm: $passed passed, $failed failed"
((failed == 0))
