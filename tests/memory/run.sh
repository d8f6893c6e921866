#!/usr/bin/env bash
# Memory tests: sizes that PHP code states (recvmsg's buffer_size and controllen, read/recv/
# recvfrom lengths, sendmsg's iov copies) must be allocated by the engine, so that memory_limit
# governs them exactly as in C: the script ends with the engine's own fatal error ("Allowed
# memory size of N bytes exhausted ..."), never with a Rust allocation failure (SIGABRT).
#
# Every *.php here (not starting with `_`) runs under `ulimit -v MEMORY_VLIMIT_KB` with
# `php -n -d memory_limit=MEMORY_LIMIT -d display_errors=1`, once with rsockets and once with
# PHP's C ext/sockets as the oracle. A test passes when ours
#   - printed the engine's memory error ("Allowed memory size of" / "Hard memory limit of"),
#   - did not die of SIGABRT nor print Rust's "memory allocation of N bytes failed",
#   - gave the same output and exit status as the C extension (when the oracle loads).
#
#   usage: tests/memory/run.sh [FILE.php]...   (default: every test here)
#   in:  RSOCKETS_SO        our extension (default: target/debug/librsockets.so)
#        PHP                php binary (default: php)
#        MEMORY_LIMIT       PHP memory_limit (default: 64M)
#        MEMORY_VLIMIT_KB   ulimit -v for each run, in KiB (default: 1048576, 1 GiB)
#   out: PASS/FAIL per test (with both outputs on failure), then `memory: N passed, M failed`.
#   exit: 0 if every test passed, 1 otherwise, 2 on a setup error.
set -euo pipefail

here=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
# shellcheck source-path=SCRIPTDIR source=../../docker/test-env.sh
. "$root/docker/test-env.sh"

PHP=${PHP:-php}
SO=${RSOCKETS_SO:-$root/target/debug/librsockets.so}
MEMORY_LIMIT=${MEMORY_LIMIT:-64M}
MEMORY_VLIMIT_KB=${MEMORY_VLIMIT_KB:-1048576}
die() {
    printf 'memory: error: %s\n' "$*" >&2
    exit 2
}
[[ -f $SO ]] || die "RSOCKETS_SO=$SO: no such file (cargo build)"
SO=$(readlink -f -- "$SO")
php_bin=$(command -v -- "$PHP") || die "PHP=$PHP: no such executable"
[[ $MEMORY_VLIMIT_KB =~ ^[1-9][0-9]*$ ]] || die "MEMORY_VLIMIT_KB=$MEMORY_VLIMIT_KB: not a number"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rsockets-memory.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT
private_ext_dir "$("$php_bin" -n -r 'echo ini_get("extension_dir");')" "$tmp/ext"

common=(-n -d display_errors=1 -d error_reporting=-1 -d "memory_limit=$MEMORY_LIMIT")
ours=("${common[@]}" -d "extension_dir=$tmp/ext" -d "extension=$SO")
c=("${common[@]}" -d extension=sockets)
have_c=0
"$php_bin" -n -d extension=sockets -r 'exit(function_exists("socket_recvmsg") ? 0 : 1);' 2>/dev/null && have_c=1
((have_c)) || printf 'memory: the C extension does not load; checking ours alone\n' >&2

run() { # OUT SCRIPT PHP-ARGS...: runs under ulimit -v; output into OUT, exit status into OUT.rc
    local out=$1 script=$2 status=0
    shift 2
    (ulimit -v "$MEMORY_VLIMIT_KB" && cd -- "$here" &&
        exec timeout -k 5 60 "$php_bin" "$@" "$script") >"$out" 2>&1 </dev/null || status=$?
    echo "$status" >"$out.rc"
}

if (($#)); then
    tests=("$@")
else
    mapfile -t tests < <(find "$here" -maxdepth 1 -name '*.php' ! -name '_*' | LC_ALL=C sort)
fi
((${#tests[@]})) || die "no tests"

passed=0
failed=0
for t in "${tests[@]}"; do
    t=$(readlink -f -- "$t")
    name=$(basename -- "$t")
    run "$tmp/ours" "$t" "${ours[@]}"
    why=()
    grep -Eq 'Allowed memory size of [0-9]+ bytes exhausted|Hard memory limit of [0-9]+ bytes exhausted' "$tmp/ours" ||
        why+=("no memory_limit error from the engine")
    grep -q 'memory allocation of' "$tmp/ours" && why+=("the Rust allocator failed")
    (($(cat "$tmp/ours.rc") == 134)) && why+=("SIGABRT")
    if ((have_c)); then
        run "$tmp/c" "$t" "${c[@]}"
        cmp -s "$tmp/c" "$tmp/ours" || why+=("output differs from the C extension")
        cmp -s "$tmp/c.rc" "$tmp/ours.rc" || why+=("exit status $(cat "$tmp/ours.rc"), C: $(cat "$tmp/c.rc")")
    fi
    if ((${#why[@]})); then
        failed=$((failed + 1))
        printf 'FAIL %s: %s\n' "$name" "$(IFS=';'; echo "${why[*]}")"
        printf -- '--- ours (exit %s):\n' "$(cat "$tmp/ours.rc")"
        head -c 2000 "$tmp/ours"
        if ((have_c)); then
            printf -- '--- C (exit %s):\n' "$(cat "$tmp/c.rc")"
            head -c 2000 "$tmp/c"
        fi
    else
        passed=$((passed + 1))
        printf 'PASS %s (exit %s)\n' "$name" "$(cat "$tmp/ours.rc")"
    fi
done
printf 'memory: %d passed, %d failed\n' "$passed" "$failed"
((failed == 0))
