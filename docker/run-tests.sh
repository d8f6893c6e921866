#!/usr/bin/env bash
# Runs the PHPT suite against rsockets, with one rsockets-echo server for all tests.
#
# The same script runs on a developer's machine (RSOCKETS_SO=/abs/target/release/librsockets.so)
# and as the Docker image's default command (RSOCKETS_SO empty: the extension is enabled in php.ini).
# See docker/README.md for the full interface; in short:
#
#   in:  RSOCKETS_SO      absolute path of the extension to test; empty = already enabled in php.ini
#        RSOCKETS_ECHO    echo server binary (default: rsockets-echo on PATH)
#        PHPT_DIR         tests to run when no test is named (default: <repo>/tests/phpt)
#        PHP              php binary (default: php); RUN_TESTS: path of run-tests.php (default: found)
#        PHPT_JOBS        parallel workers for run-tests.php (default: 2; 1 = serial)
#        RSOCKETS_ECHO_TIMEOUT  seconds to wait for the echo server to bind (default: 20)
#        RSOCKETS_SKIP_EXT_CHECK=1  run even if `php --ri sockets` does not say rsockets
#                         (only to test this runner before the extension exists; default off)
#   out: RSOCKETS_TCP4, RSOCKETS_TCP6, RSOCKETS_TLS, ... (see ENDPOINTS in test-env.sh) and
#        RSOCKETS_TLS_DIR (the test PKI, generated per run) exported to every test;
#        tests read them with getenv().
#   args: passed to run-tests.php (a .phpt file or directory replaces PHPT_DIR; -m runs valgrind).
#   exit: 0 only if no test failed, borked or leaked and at least one passed.
set -euo pipefail

die() {
    printf 'run-tests.sh: error: %s\n' "$*" >&2
    exit 2
}
note() {
    printf 'run-tests.sh: %s\n' "$*" >&2
}

script_dir=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")
repo_root=$(dirname -- "$script_dir")
# shellcheck source-path=SCRIPTDIR source=test-env.sh
. "$script_dir/test-env.sh"

PHP=${PHP:-php}
RSOCKETS_SO=${RSOCKETS_SO:-}
RSOCKETS_ECHO=${RSOCKETS_ECHO:-rsockets-echo}
PHPT_DIR=${PHPT_DIR:-$repo_root/tests/phpt}
RUN_TESTS=${RUN_TESTS:-}
PHPT_JOBS=${PHPT_JOBS:-2}
RSOCKETS_ECHO_TIMEOUT=${RSOCKETS_ECHO_TIMEOUT:-20}
RSOCKETS_SKIP_EXT_CHECK=${RSOCKETS_SKIP_EXT_CHECK:-0}

php_bin=$(command -v -- "$PHP") || die "PHP=$PHP: no such executable"
php_bin=$(readlink -f -- "$php_bin")
# PHP's own extension directory (without php.ini, so as compiled in).
php_ext_dir=$("$php_bin" -n -r 'echo ini_get("extension_dir");')
echo_bin=$(command -v -- "$RSOCKETS_ECHO") ||
    die "RSOCKETS_ECHO=$RSOCKETS_ECHO: no such executable (build it with 'cargo build --release --workspace' and set RSOCKETS_ECHO=\$PWD/target/release/rsockets-echo)"
echo_bin=$(readlink -f -- "$echo_bin")
[[ $PHPT_JOBS =~ ^[1-9][0-9]*$ ]] || die "PHPT_JOBS=$PHPT_JOBS: not a positive number"
[[ $RSOCKETS_ECHO_TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "RSOCKETS_ECHO_TIMEOUT=$RSOCKETS_ECHO_TIMEOUT: not a positive number"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rsockets-phpt.XXXXXX")
runner_pid=
# shellcheck disable=SC2317 # only called by the EXIT trap, which shellcheck 0.9 does not see
cleanup() {
    local status=$?
    if [[ -n $runner_pid ]]; then
        kill -TERM -- "-$runner_pid" 2>/dev/null || true
        wait "$runner_pid" 2>/dev/null || true
    fi
    echo_env_stop
    rm -rf -- "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- which PHP configuration the tests run under ------------------------------------------------
# php_args go both to our own checks and (through run-tests.php) to every test process.
php_args=()
if [[ -n $RSOCKETS_SO ]]; then
    [[ -f $RSOCKETS_SO ]] || die "RSOCKETS_SO=$RSOCKETS_SO: no such file (build with 'cargo build --release --workspace')"
    RSOCKETS_SO=$(readlink -f -- "$RSOCKETS_SO")
    [[ $RSOCKETS_SO != *[\"\$\`\\]* ]] || die "RSOCKETS_SO=$RSOCKETS_SO: run-tests.php cannot quote a path with \" \$ \` or \\"
    # -n: no php.ini, so the C extension enabled there cannot be loaded. extension_dir points at a
    # private copy of PHP's own extension directory without sockets.so, so that neither a test's
    # --EXTENSIONS-- section nor anything else can pick up the C extension, while the other shared
    # extensions (posix, pcntl, ... on Debian) stay available to tests that need them.
    ext_dir=$tmp/ext
    private_ext_dir "$php_ext_dir" "$ext_dir"
    php_args=(-n -d "extension_dir=$ext_dir" -d "extension=$RSOCKETS_SO")
fi

# The extension must load and must be ours, or every result below would be meaningless.
if ! version=$("$php_bin" "${php_args[@]}" -r 'echo phpversion("sockets");' 2>&1) || [[ -z $version || $version == *arning* || $version == *rror* ]]; then
    if [[ -n $RSOCKETS_SO ]]; then
        die "PHP cannot load $RSOCKETS_SO as module 'sockets': ${version:-phpversion('sockets') is false}"
    elif [[ $RSOCKETS_SKIP_EXT_CHECK != 1 ]]; then
        die "module 'sockets' is not loaded (set RSOCKETS_SO=/abs/path/librsockets.so): ${version:-phpversion('sockets') is false}"
    fi
fi
ri=$("$php_bin" "${php_args[@]}" --ri sockets 2>&1 || true)
if [[ $ri != *rsockets* ]]; then
    if [[ $RSOCKETS_SKIP_EXT_CHECK == 1 ]]; then
        note "WARNING: 'php --ri sockets' does not mention rsockets; testing anyway (RSOCKETS_SKIP_EXT_CHECK=1)"
    else
        die "'php --ri sockets' does not mention rsockets, so this is not our extension (or none):
$ri"
    fi
else
    note "testing module sockets ${version} (${RSOCKETS_SO:-enabled in php.ini})"
fi

# --- run-tests.php ------------------------------------------------------------------------------
find_run_tests() {
    local candidates=() c
    # Debian/Ubuntu: /usr/lib/php/API/build; official image and source builds: PREFIX/lib/php/build.
    candidates+=("$php_ext_dir/build/run-tests.php" "$php_ext_dir/../../build/run-tests.php")
    if command -v php-config >/dev/null 2>&1; then
        candidates+=("$(php-config --extension-dir)/build/run-tests.php"
            "$(php-config --extension-dir)/../../build/run-tests.php"
            "$(php-config --prefix)/lib/php/build/run-tests.php")
    fi
    candidates+=(/usr/local/lib/php/build/run-tests.php /usr/lib/php/*/build/run-tests.php)
    for c in "${candidates[@]}"; do
        if [[ -f $c ]]; then
            readlink -f -- "$c"
            return 0
        fi
    done
    return 1
}
if [[ -n $RUN_TESTS ]]; then
    [[ -f $RUN_TESTS ]] || die "RUN_TESTS=$RUN_TESTS: no such file"
else
    RUN_TESTS=$(find_run_tests) ||
        die "run-tests.php not found (install php-dev / php8.x-dev, or set RUN_TESTS=/path/to/run-tests.php)"
fi
note "using $RUN_TESTS"

# Name no test and the whole PHPT_DIR runs; name a .phpt file, a directory or a list (-r/-l) and
# only those do.
named_tests=0
for arg in "$@"; do
    case $arg in
        -r | -l | *.phpt) named_tests=1 ;;
        -*) ;;
        *) [[ -d $arg ]] && named_tests=1 ;;
    esac
done
if ((named_tests == 0)); then
    [[ -d $PHPT_DIR ]] || die "PHPT_DIR=$PHPT_DIR: no such directory"
    set -- "$@" "$PHPT_DIR"
fi

# --- the echo server ----------------------------------------------------------------------------
# One server for the whole run; its endpoints (ENDPOINTS in test-env.sh) are exported as RSOCKETS_*.
echo_env_start "$echo_bin" "$php_bin" "$tmp" "$RSOCKETS_ECHO_TIMEOUT"

for ((i = 0; i < ${#ENDPOINTS[@]}; i += 2)); do
    var=${ENDPOINTS[i]}
    note "$var=${!var-(unset)}"
done

# --- run ----------------------------------------------------------------------------------------
# run-tests.php passes its whole environment to the tests: it copies $_ENV, or getenv() when
# variables_order leaves $_ENV empty (Debian's php.ini). So the exports above reach every test.
export NO_INTERACTION=1
export TEST_PHP_EXECUTABLE=$php_bin
runner_args=(-q --show-diff "${php_args[@]}")
((PHPT_JOBS > 1)) && runner_args+=("-j$PHPT_JOBS")
# run-tests.php colours its output unless told not to; tee makes its stdout a pipe in any case.
[[ -t 1 ]] || runner_args+=(--no-color)
# run-tests.php itself needs no extension; with -n it cannot trip over the host's php.ini.
runner_php=("$php_bin")
[[ -n $RSOCKETS_SO ]] && runner_php+=(-n)

log=$tmp/run-tests.log
# In its own process group (set -m) and waited for with `wait`, so that a SIGTERM or SIGINT sent to
# this script alone (docker stop, CI) runs the traps at once and cleanup() stops every test process.
set -m
(
    "${runner_php[@]}" "$RUN_TESTS" "${runner_args[@]}" "$@" 2>&1 </dev/null | tee -- "$log"
    exit "${PIPESTATUS[0]}"
) &
runner_pid=$!
set +m
status=0
wait "$runner_pid" || status=$?
runner_pid=

if ! echo_env_alive; then
    note "WARNING: the echo server died during the run"
    ((status != 0)) || status=1
fi

count() {
    local n
    n=$(sed -n "s/^$1 *: *\([0-9]*\).*/\1/p" "$log" | tail -n 1)
    printf '%s' "${n:-0}"
}
passed=$(count 'Tests passed')
failed=$(($(count 'Tests failed') + $(count 'Tests borked') + $(count 'Tests leaked')))
skipped=$(count 'Tests skipped')

if ((status == 0 && failed > 0)); then
    status=1
fi
if ((status == 0 && passed == 0)); then
    note "no test passed (none found, or all skipped): that is a failure"
    status=1
fi
if ((status != 0)) && [[ -s $tmp/echo.err ]]; then
    printf -- '--- rsockets-echo stderr (last 20 lines) ---\n' >&2
    tail -n 20 -- "$tmp/echo.err" >&2
fi
# One closing line that CI and people can read: failed counts failed + borked + leaked.
printf 'phpt: %d passed, %d failed, %d skipped\n' "$passed" "$failed" "$skipped"
exit "$status"
