#!/usr/bin/env bash
# rsockets benchmarks: each workload under the C extension and under rsockets, alternately, for
# several rounds after a warm-up, plus the raw-syscall floor (bench/floor); then the report
# (bench/report.py): medians, median of the pairwise ratios rsockets/C and rsockets/floor, peak
# RSS side by side, bench/results/latest.{md,svg,jsonl}.
#
#   bench/run.sh                 build in release mode, run everything (about 10 minutes)
#   BENCH_QUICK=1 bench/run.sh   1/10 of every count, for a smoke run
#
# Environment:
#   BENCH_ROUNDS=5        measured rounds (after one warm-up round at 1/10 counts)
#   BENCH_QUICK=1         divide every count by 10
#   BENCH_ONLY="a b"      run only these workloads (names in WORKLOADS below); the other
#                         workloads' rows of the previous run stay in the report
#   BENCH_CPU=0           the CPU that the echo server, PHP and the floor are pinned to
#   BENCH_SERVER_CPU=N    pin the echo server elsewhere (default: BENCH_CPU)
#   BENCH_PIN=0           do not pin (loopback round trips get 3-5x slower and noisier)
#   BENCH_NO_BUILD=1      skip `cargo build --release --workspace`
#   BENCH_CALLGRIND=0     skip the instruction counts (valgrind --tool=callgrind; on by default
#                         when valgrind is installed): user-space instructions per operation,
#                         C vs rsockets, exact where wall-clock times on a busy machine are not
#   RSOCKETS_SO=path      the extension to measure (default target/release/librsockets.so)
#   RSOCKETS_ECHO=path    the echo server (default target/release/rsockets-echo)
#   PHP=php               the PHP binary (its sockets extension is the C baseline)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH="$ROOT/bench"
ROUNDS=${BENCH_ROUNDS:-5}
QUICK=${BENCH_QUICK:-0}
CPU=${BENCH_CPU:-0}
SERVER_CPU=${BENCH_SERVER_CPU:-$CPU}
PIN=${BENCH_PIN:-1}
PHP=${PHP:-php}

if [[ "${BENCH_NO_BUILD:-0}" != 1 ]]; then
    echo "== cargo build --release --workspace" >&2
    (cd "$ROOT" && cargo build --release --workspace) >&2
fi
SO=${RSOCKETS_SO:-$ROOT/target/release/librsockets.so}
ECHO=${RSOCKETS_ECHO:-$ROOT/target/release/rsockets-echo}
FLOOR=${RSOCKETS_FLOOR:-$ROOT/target/release/rsockets-floor}
for f in "$SO" "$ECHO" "$FLOOR"; do
    [[ -e "$f" ]] || { echo "bench: missing $f" >&2; exit 1; }
done

# Pinning: the issue's measurements put client and server on one CPU, where a loopback round
# trip costs a steady ~17 us against 40-100 us when they sit on two cores.
pin_server=() pin_client=()
if [[ "$PIN" == 1 ]] && command -v taskset >/dev/null; then
    pin_server=(taskset -c "$SERVER_CPU")
    pin_client=(taskset -c "$CPU")
fi

WORK=$(mktemp -d)
EMPTY_EXT_DIR="$WORK/ext"
mkdir -p "$EMPTY_EXT_DIR"
ECHO_PID=
cleanup() {
    if [[ -n "$ECHO_PID" ]]; then
        kill "$ECHO_PID" 2>/dev/null || true
        wait "$ECHO_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# The TLS workloads' certificates: the test PKI, fresh for this run (BENCH_TLS_DIR for them).
"$ECHO" --gen-test-pki "$WORK/pki"
export BENCH_TLS_DIR="$WORK/pki"

# The echo server prints `listening URL` once per endpoint when all are bound.
"${pin_server[@]}" "$ECHO" --listen tcp://127.0.0.1:0 --listen udp://127.0.0.1:0 \
    --listen "tls://127.0.0.1:0?cert=$WORK/pki/server.pem&key=$WORK/pki/server.key&mode=line" \
    >"$WORK/echo.out" 2>"$WORK/echo.err" &
ECHO_PID=$!
for _ in $(seq 100); do
    [[ $(grep -c '^listening ' "$WORK/echo.out" || true) -ge 3 ]] && break
    kill -0 "$ECHO_PID" 2>/dev/null || break
    sleep 0.05
done
TCP=$(sed -n 's|^listening tcp://||p' "$WORK/echo.out" | head -1)
UDP=$(sed -n 's|^listening udp://||p' "$WORK/echo.out" | head -1)
TLS=$(sed -n 's|^listening tls://\([^?]*\).*|\1|p' "$WORK/echo.out" | head -1)
if [[ -z "$TCP" || -z "$UDP" || -z "$TLS" ]]; then
    echo "bench: the echo server ($ECHO) printed no listening lines (set RSOCKETS_ECHO to another build?):" >&2
    cat "$WORK/echo.out" "$WORK/echo.err" >&2
    exit 1
fi
echo "== echo server: tcp $TCP, udp $UDP, tls $TLS (line); pinned: ${pin_client[*]:-no}" >&2

PHP_C=("$PHP" -n -d extension=sockets)
PHP_RS=("$PHP" -n -d "extension_dir=$EMPTY_EXT_DIR" -d "extension=$SO")

# name  address  full-count  baseline-script  ours-script  baseline-label
# The baseline runs under the C extension unless its label says otherwise (PHP streams need no
# sockets extension; they run with ours loaded, which they do not use).
WORKLOADS=(
    "pingpong tcp 100000 pingpong pingpong C"
    "bulk_rw tcp 16384 bulk_rw bulk_rw C"
    "bulk_sendrecv tcp 16384 bulk_sendrecv bulk_sendrecv C"
    "connect tcp 20000 connect connect C"
    "calls_last_error tcp 1000000 calls_last_error calls_last_error C"
    "calls_get_option tcp 1000000 calls_get_option calls_get_option C"
    "udp udp 100000 udp udp C"
    "client_request tcp 100000 client_request_c client_request C"
    "client_persistent tcp 5000 client_reconnect client_persistent rsockets-reconnect"
    "create_close none 1000000 create_close create_close C"
    "tls_persistent tls 20000 tls_persistent_streams tls_persistent streams"
    "tls_connect tls 2000 tls_connect_streams tls_connect streams"
    "tls_connect_full tls 2000 tls_connect_streams tls_connect_full streams"
)

RAW="$BENCH/results/latest.jsonl"
mkdir -p "$BENCH/results"
# fresh FILE: empties FILE, or with BENCH_ONLY drops only those workloads' rows from it.
fresh() {
    local file=$1 w patterns=()
    if [[ -z "${BENCH_ONLY:-}" || ! -f "$file" ]]; then
        : >"$file"
        return
    fi
    for w in $BENCH_ONLY; do
        patterns+=(-e "\"workload\":\"$w\"")
    done
    grep -v -F "${patterns[@]}" "$file" >"$file.tmp" || true
    mv -- "$file.tmp" "$file"
}
fresh "$RAW"

# run ROUND WORKLOAD IMPL COUNT CMD...: one timed process, its JSON line appended to $RAW.
run() {
    local round=$1 workload=$2 impl=$3 count=$4
    shift 4
    local line
    line=$("${pin_client[@]}" "$@" 2>"$WORK/stderr" | tail -1) || true
    if [[ "$line" != \{* ]]; then
        line="{\"error\":$(printf '%s' "$(head -c 300 "$WORK/stderr")" | "$PHP" -n -r 'echo json_encode(stream_get_contents(STDIN));')}"
    fi
    [[ "$round" -gt 0 ]] || return 0
    printf '{"round":%d,"workload":"%s","impl":"%s","count":%d,"result":%s}\n' \
        "$round" "$workload" "$impl" "$count" "$line" >>"$RAW"
    printf '  %-18s %-9s %s\n' "$workload" "$impl" "$line" >&2
}

for round in $(seq 0 "$ROUNDS"); do
    if [[ "$round" == 0 ]]; then
        echo "== warm-up round (1/10 counts, not recorded)" >&2
    else
        echo "== round $round/$ROUNDS" >&2
    fi
    for spec in "${WORKLOADS[@]}"; do
        read -r name net count base_script ours_script base_label <<<"$spec"
        if [[ -n "${BENCH_ONLY:-}" && " $BENCH_ONLY " != *" $name "* ]]; then
            continue
        fi
        [[ "$QUICK" == 1 || "$round" == 0 ]] && count=$((count / 10))
        case $net in
            tcp) addr=$TCP ;;
            udp) addr=$UDP ;;
            tls) addr=$TLS ;;
            *) addr=none:0 ;;
        esac
        if [[ "$base_label" == C ]]; then
            base=("${PHP_C[@]}" "$BENCH/workloads/$base_script.php" "$addr" "$count")
        else
            base=("${PHP_RS[@]}" "$BENCH/workloads/$base_script.php" "$addr" "$count")
        fi
        ours=("${PHP_RS[@]}" "$BENCH/workloads/$ours_script.php" "$addr" "$count")
        # Alternate which goes first, so that neither always runs on a warmer (or busier) machine.
        if ((round % 2)); then
            run "$round" "$name" base "$count" "${base[@]}"
            run "$round" "$name" rsockets "$count" "${ours[@]}"
        else
            run "$round" "$name" rsockets "$count" "${ours[@]}"
            run "$round" "$name" base "$count" "${base[@]}"
        fi
        run "$round" "$name" floor "$count" "$FLOOR" "$name" "$addr" "$count"
    done
done

# Instruction counts: each workload under callgrind at N and 3N operations, for both extensions;
# (Ir(3N) - Ir(N)) / 2N is the user-space cost of one operation, with PHP's start-up and the
# workload's set-up cancelled out. Syscalls' kernel time is not counted: this isolates what an
# extension adds, which the timings above cannot do to better than a few percent on a shared
# machine.
INSTR="$BENCH/results/instructions.jsonl"
fresh "$INSTR"
# callgrind_ir CMD...: the program's total instruction count.
callgrind_ir() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
        sed -n 's/.*I[[:space:]]*refs:[[:space:]]*//p' | tr -d ,
}
if [[ "${BENCH_CALLGRIND:-1}" == 1 ]] && command -v valgrind >/dev/null; then
    echo "== instruction counts (callgrind)" >&2
    for spec in "${WORKLOADS[@]}"; do
        read -r name net count base_script ours_script base_label <<<"$spec"
        if [[ -n "${BENCH_ONLY:-}" && " $BENCH_ONLY " != *" $name "* ]]; then
            continue
        fi
        n=$((count / 50))
        case $net in
            tcp) addr=$TCP ;;
            udp) addr=$UDP ;;
            tls) addr=$TLS ;;
            *) addr=none:0 ;;
        esac
        for impl in base rsockets; do
            if [[ "$impl" == base && "$base_label" == C ]]; then
                cmd=("${PHP_C[@]}" "$BENCH/workloads/$base_script.php" "$addr")
            elif [[ "$impl" == base ]]; then
                cmd=("${PHP_RS[@]}" "$BENCH/workloads/$base_script.php" "$addr")
            else
                cmd=("${PHP_RS[@]}" "$BENCH/workloads/$ours_script.php" "$addr")
            fi
            probe=$("${cmd[@]}" 1 2>/dev/null | tail -1) || true
            if [[ "$probe" != *seconds* ]]; then
                continue
            fi
            i1=$(callgrind_ir "${cmd[@]}" "$n")
            i3=$(callgrind_ir "${cmd[@]}" $((3 * n)))
            if [[ -n "$i1" && -n "$i3" ]]; then
                per_op=$(((i3 - i1) / (2 * n)))
                printf '{"workload":"%s","impl":"%s","n":%d,"per_op":%d}\n' "$name" "$impl" "$n" "$per_op" >>"$INSTR"
                printf '  %-18s %-9s %d instructions/op\n' "$name" "$impl" "$per_op" >&2
            fi
        done
    done
fi

# The machine, for the report. With BENCH_ONLY, the date of the run the other rows come from.
earlier=$(sed -n 's/^others\t//p' "$BENCH/results/machine.tsv" 2>/dev/null || true)
[[ -n "$earlier" ]] || earlier=$(sed -n 's/^date\t//p' "$BENCH/results/machine.tsv" 2>/dev/null || true)
{
    printf 'nproc\t%s\n' "$(nproc)"
    printf 'cpu\t%s\n' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
    printf 'kernel\t%s\n' "$(uname -sr)"
    printf 'php\t%s\n' "$("$PHP" -n -r 'echo PHP_VERSION;')"
    printf 'pinned\t%s\n' "$([[ ${#pin_client[@]} -gt 0 ]] && echo "client CPU $CPU, server CPU $SERVER_CPU" || echo no)"
    printf 'rounds\t%s\n' "$ROUNDS"
    printf 'quick\t%s\n' "$QUICK"
    printf 'date\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    if [[ -n "${BENCH_ONLY:-}" ]]; then
        printf 'only\t%s\n' "$BENCH_ONLY"
        printf 'others\t%s\n' "${earlier:-an earlier run}"
    fi
} >"$BENCH/results/machine.tsv"

python3 "$BENCH/report.py" "$RAW" "$BENCH/results/machine.tsv" "$BENCH/results" "$INSTR"
