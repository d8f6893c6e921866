# shellcheck shell=bash
# The test environment shared by docker/run-tests.sh (PHPT) and tests/differential/run.sh: a private
# extension directory without PHP's own sockets.so, and one rsockets-echo server whose endpoints
# are exported as RSOCKETS_* variables. Sourced, not run.
#
# The sourcing script must define die() (print an error, exit) and note() (print a message), and
# call echo_env_stop from its EXIT trap. Functions:
#
#   private_ext_dir PHP_EXT_DIR DIR   fill DIR (created) with links to every PHP_EXT_DIR/*.so but
#                                     sockets.so
#   echo_env_start ECHO_BIN PHP_BIN TMP TIMEOUT
#                                     write the test PKI into TMP/pki (ECHO_BIN --gen-test-pki),
#                                     start ECHO_BIN on every endpoint of ENDPOINTS (unix sockets in
#                                     TMP, its output in TMP/echo.out and TMP/echo.err), wait up to
#                                     TIMEOUT seconds for it to bind, export RSOCKETS_*,
#                                     RSOCKETS_TLS_DIR and RSOCKETS_ECHO_BIN; sets echo_pid. The ::1
#                                     endpoints are left out (their variables unset) where ::1 is
#                                     unavailable.
#   echo_env_alive                    status 0 while the echo server runs
#   echo_env_log                      print the server's stdout and stderr to stderr
#   echo_env_stop                     SIGTERM the server, SIGKILL after 5 s, reap it

# Pairs of (variable exported to the tests, URL the server binds). The query strings are the echo
# server's contract; it answers with one `listening URL` line per endpoint, in this order.
# @TMP@ is replaced by echo_env_start's TMP, @PKI@ by the test PKI's directory (RSOCKETS_TLS_DIR).
# tcp and udp endpoints are exported as HOST:PORT, tls ones as tls://HOST:PORT (no query), unix
# ones as their path.
# shellcheck disable=SC2034 # also read by the scripts that source this file
ENDPOINTS=(
    RSOCKETS_TCP4 'tcp://127.0.0.1:0'
    RSOCKETS_TCP6 'tcp://[::1]:0'
    RSOCKETS_UDP4 'udp://127.0.0.1:0'
    RSOCKETS_UDP6 'udp://[::1]:0'
    RSOCKETS_UNIX 'unix://@TMP@/echo.sock'
    RSOCKETS_UDG 'udg://@TMP@/echo.dgram'
    RSOCKETS_TCP_DELAY 'tcp://127.0.0.1:0?delay_ms=300'
    RSOCKETS_TCP_CHUNKS 'tcp://127.0.0.1:0?chunk=3&chunk_delay_ms=20'
    RSOCKETS_TCP_CLOSE5 'tcp://127.0.0.1:0?close_after=5'
    RSOCKETS_TCP_SILENT 'tcp://127.0.0.1:0?silent=1'
    RSOCKETS_UDP_SILENT 'udp://127.0.0.1:0?silent=1'
    RSOCKETS_TCP_RESET 'tcp://127.0.0.1:0?reset=1'
    RSOCKETS_TCP_LINE 'tcp://127.0.0.1:0?mode=line'
    RSOCKETS_TCP_FRAME_N 'tcp://127.0.0.1:0?mode=frame&header=N'
    RSOCKETS_TCP_FRAME_n 'tcp://127.0.0.1:0?mode=frame&header=n'
    RSOCKETS_TLS 'tls://127.0.0.1:0?cert=@PKI@/server.pem&key=@PKI@/server.key'
    RSOCKETS_TLS_FRAME_N 'tls://127.0.0.1:0?cert=@PKI@/server.pem&key=@PKI@/server.key&mode=frame&header=N'
    RSOCKETS_TLS_LINE 'tls://127.0.0.1:0?cert=@PKI@/server.pem&key=@PKI@/server.key&mode=line'
    RSOCKETS_TLS_WRONG_NAME 'tls://127.0.0.1:0?cert=@PKI@/wrong-name.pem&key=@PKI@/wrong-name.key'
    RSOCKETS_TLS_EXPIRED 'tls://127.0.0.1:0?cert=@PKI@/expired.pem&key=@PKI@/expired.key'
    RSOCKETS_TLS_SELF_SIGNED 'tls://127.0.0.1:0?cert=@PKI@/self-signed.pem&key=@PKI@/self-signed.key'
    RSOCKETS_TLS_MTLS 'tls://127.0.0.1:0?cert=@PKI@/server.pem&key=@PKI@/server.key&client_ca=@PKI@/ca.pem'
    RSOCKETS_TLS_ALPN 'tls://127.0.0.1:0?cert=@PKI@/server.pem&key=@PKI@/server.key&alpn=rsockets/1'
    RSOCKETS_TLS12 'tls://127.0.0.1:0?cert=@PKI@/server.pem&key=@PKI@/server.key&max_version=1.2'
    RSOCKETS_TLS_CLOSE5 'tls://127.0.0.1:0?cert=@PKI@/server.pem&key=@PKI@/server.key&close_after=5'
    RSOCKETS_TLS_DELAY 'tls://127.0.0.1:0?cert=@PKI@/server.pem&key=@PKI@/server.key&mode=line&delay_ms=300'
)

echo_pid=
echo_tmp=

private_ext_dir() {
    local php_ext_dir=$1 dir=$2 so
    mkdir -- "$dir"
    [[ -d $php_ext_dir ]] || return 0
    for so in "$php_ext_dir"/*.so; do
        [[ -e $so && $(basename -- "$so") != sockets.so ]] || continue
        ln -s -- "$so" "$dir/"
    done
}

echo_env_log() {
    printf -- '--- rsockets-echo stdout ---\n' >&2
    cat -- "$echo_tmp/echo.out" >&2
    printf -- '--- rsockets-echo stderr ---\n' >&2
    cat -- "$echo_tmp/echo.err" >&2
}

echo_env_alive() {
    [[ -n $echo_pid ]] && kill -0 "$echo_pid" 2>/dev/null
}

echo_env_start() {
    local echo_bin=$1 php_bin=$2 timeout=$4 have_ipv6=1 i var url want got addr bound status deadline
    local vars=() urls=() listen_args=() lines=() pki
    echo_tmp=$3
    pki=$echo_tmp/pki

    # Fresh certificates and keys for every run (none is committed); the TLS endpoints use them.
    "$echo_bin" --gen-test-pki "$pki" || die "$echo_bin --gen-test-pki $pki failed"

    # Docker disables IPv6 in containers on networks without it, loopback included: then the ::1
    # endpoints are left out and RSOCKETS_TCP6/RSOCKETS_UDP6 are unset, so getenv() gives false
    # (tests skip on that). Exporting them empty would come to the same: run-tests.php starts each
    # test with proc_open(), which drops variables whose value is empty.
    "$php_bin" -n -r 'exit(@stream_socket_server("tcp://[::1]:0") ? 0 : 1);' || have_ipv6=0

    for ((i = 0; i < ${#ENDPOINTS[@]}; i += 2)); do
        var=${ENDPOINTS[i]}
        url=${ENDPOINTS[i + 1]//@TMP@/$echo_tmp}
        url=${url//@PKI@/$pki}
        if ((have_ipv6 == 0)) && [[ $url == *'[::1]'* ]]; then
            unset "$var"
            continue
        fi
        vars+=("$var")
        urls+=("$url")
        listen_args+=(--listen "$url")
    done
    ((have_ipv6)) || note "::1 is not available: IPv6 endpoints skipped, RSOCKETS_TCP6 and RSOCKETS_UDP6 unset"

    "$echo_bin" "${listen_args[@]}" >"$echo_tmp/echo.out" 2>"$echo_tmp/echo.err" </dev/null &
    echo_pid=$!

    deadline=$((SECONDS + timeout))
    while :; do
        bound=$(grep -c '^listening ' "$echo_tmp/echo.out" || true)
        ((bound < ${#urls[@]})) || break
        if ! kill -0 "$echo_pid" 2>/dev/null; then
            wait "$echo_pid" && status=0 || status=$?
            echo_pid=
            echo_env_log
            die "$echo_bin exited (status $status) before it listened on all ${#urls[@]} endpoints ($bound did)"
        fi
        if ((SECONDS >= deadline)); then
            echo_env_log
            die "$echo_bin listened on $bound of ${#urls[@]} endpoints within ${timeout}s"
        fi
        sleep 0.1
    done

    # Check every answer against its request (same URL with the real port) and export its address.
    mapfile -t lines < <(grep '^listening ' "$echo_tmp/echo.out")
    for i in "${!urls[@]}"; do
        want=${urls[i]}
        got=${lines[i]#listening }
        if [[ $got =~ ^(tcp|udp|tls)://(.+):([0-9]+)(\?.*)?$ ]] && ((BASH_REMATCH[3] > 0)) &&
            [[ "${BASH_REMATCH[1]}://${BASH_REMATCH[2]}:0${BASH_REMATCH[4]}" == "$want" ]]; then
            addr="${BASH_REMATCH[2]}:${BASH_REMATCH[3]}"
            # A TLS endpoint keeps its scheme: it is the address SocketClient connects to.
            [[ ${BASH_REMATCH[1]} == tls ]] && addr="tls://$addr"
        elif [[ $got == "$want" && $got =~ ^(unix|udg)://(/.*)$ ]]; then
            addr=${BASH_REMATCH[2]}
        else
            echo_env_log
            die "echo server endpoint $((i + 1)): asked for '$want', it answered 'listening $got'"
        fi
        export "${vars[i]}=$addr"
    done
    export RSOCKETS_ECHO_BIN=$echo_bin RSOCKETS_TLS_DIR=$pki
}

echo_env_stop() {
    local i
    if echo_env_alive; then
        kill -TERM "$echo_pid" 2>/dev/null || true
        # Give it 5 s to shut down gracefully, then make sure it is gone.
        for ((i = 0; i < 50; i++)); do
            kill -0 "$echo_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$echo_pid" 2>/dev/null || true
        wait "$echo_pid" 2>/dev/null || true
    fi
    echo_pid=
}
