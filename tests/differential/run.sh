#!/usr/bin/env bash
# Differential tests: every script runs once under PHP's C ext/sockets and once under rsockets, in
# the same environment; the two outputs (stdout + stderr, exit status) must be identical byte for
# byte once what must differ is replaced by placeholders, or differ exactly as the script's
# NAME.intended file declares (a C bug rsockets fixes; see README.md), or NAME.phpX.Y.intended
# where only PHP X.Y's C extension has the bug, or NAME.phpX.Y.Z.intended where only release
# X.Y.Z's has it (elsewhere the outputs must be identical).
#
#   usage: tests/differential/run.sh [FILE.php | DIR]...   (default: every test under tests/differential)
#   in:  RSOCKETS_SO      absolute path of our extension (required)
#        RSOCKETS_ECHO    echo server binary (default: rsockets-echo on PATH)
#        PHP              php binary (default: php)
#        DIFF_TIMEOUT     seconds each run of a script may take (default: 30)
#        RSOCKETS_ECHO_TIMEOUT  seconds to wait for the echo server to bind (default: 20)
#   out: a PASS/FAIL line per script, a unified diff (C first, ours second) per failure, and last
#        `differential: N passed, N failed`; the raw and normalised outputs in tests/differential/out/.
#   exit: 0 only if every script matched and at least one ran; 1 on a mismatch; 2 on a setup error.
#
# A test is any *.php below the directories given whose name does not start with `_` (`_lib.php`
# holds shared helpers). Scripts run with `php -n -d display_errors=1 -d error_reporting=-1`, in
# their own directory, stdin from /dev/null, with the echo server's RSOCKETS_* variables (see
# docker/test-env.sh) and TMPDIR set to a scratch directory that is emptied before every run.
# Normalised: the values of the RSOCKETS_* variables (addresses, paths), the ports of the echo
# server's endpoints where they stand alone, the scratch and temporary directories.
set -euo pipefail

die() {
    printf 'differential: error: %s\n' "$*" >&2
    exit 2
}
note() {
    printf 'differential: %s\n' "$*" >&2
}

diff_dir=$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")
repo_root=$(dirname -- "$(dirname -- "$diff_dir")")
# shellcheck source-path=SCRIPTDIR source=../../docker/test-env.sh
. "$repo_root/docker/test-env.sh"

PHP=${PHP:-php}
RSOCKETS_SO=${RSOCKETS_SO:-}
RSOCKETS_ECHO=${RSOCKETS_ECHO:-rsockets-echo}
DIFF_TIMEOUT=${DIFF_TIMEOUT:-30}
RSOCKETS_ECHO_TIMEOUT=${RSOCKETS_ECHO_TIMEOUT:-20}

[[ $DIFF_TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "DIFF_TIMEOUT=$DIFF_TIMEOUT: not a positive number"
[[ $RSOCKETS_ECHO_TIMEOUT =~ ^[1-9][0-9]*$ ]] || die "RSOCKETS_ECHO_TIMEOUT=$RSOCKETS_ECHO_TIMEOUT: not a positive number"
command -v timeout >/dev/null 2>&1 || die "timeout (coreutils) not found"
php_bin=$(command -v -- "$PHP") || die "PHP=$PHP: no such executable"
php_bin=$(readlink -f -- "$php_bin")
[[ -n $RSOCKETS_SO ]] || die "set RSOCKETS_SO to the absolute path of librsockets.so (cargo build; RSOCKETS_SO=\$PWD/target/debug/librsockets.so)"
[[ -f $RSOCKETS_SO ]] || die "RSOCKETS_SO=$RSOCKETS_SO: no such file"
RSOCKETS_SO=$(readlink -f -- "$RSOCKETS_SO")
echo_bin=$(command -v -- "$RSOCKETS_ECHO") ||
    die "RSOCKETS_ECHO=$RSOCKETS_ECHO: no such executable (cargo build --workspace; RSOCKETS_ECHO=\$PWD/target/debug/rsockets-echo)"
echo_bin=$(readlink -f -- "$echo_bin")

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rsockets-diff.XXXXXX")
# shellcheck disable=SC2317 # only called by the EXIT trap, which shellcheck 0.9 does not see
cleanup() {
    local status=$?
    echo_env_stop
    rm -rf -- "$tmp"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- the two configurations ---------------------------------------------------------------------
common=(-n -d display_errors=1 -d error_reporting=-1)
php_ext_dir=$("$php_bin" -n -r 'echo ini_get("extension_dir");') || die "$php_bin -n -r does not run"
private_ext_dir "$php_ext_dir" "$tmp/ext"
c_args=("${common[@]}" -d extension=sockets)
ours_args=("${common[@]}" -d "extension_dir=$tmp/ext" -d "extension=$RSOCKETS_SO")

loads() { # ARGS...: prints phpversion('sockets'); fails on any warning or if it is not loaded
    local out
    out=$("$php_bin" "$@" -r 'echo phpversion("sockets");' 2>&1) || return 1
    [[ -n $out && $out != *arning* && $out != *rror* ]] || return 1
    printf '%s' "$out"
}
c_version=$(loads "${c_args[@]}") ||
    die "PHP's C extension does not load with 'php -n -d extension=sockets' (the oracle): install php8.2-cli (on Debian its php8.2-common ships sockets.so)"
ours_version=$(loads "${ours_args[@]}") ||
    die "PHP cannot load $RSOCKETS_SO as module 'sockets': $("$php_bin" "${ours_args[@]}" -r 'echo phpversion("sockets");' 2>&1)"
[[ $("$php_bin" "${ours_args[@]}" --ri sockets 2>&1) == *rsockets* ]] ||
    die "'php --ri sockets' with $RSOCKETS_SO does not mention rsockets: not our extension"
note "C ext/sockets $c_version vs rsockets $ours_version ($RSOCKETS_SO)"
c_minor=$("$php_bin" -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
c_release=$("$php_bin" -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION, ".", PHP_RELEASE_VERSION;')

# --- the tests ----------------------------------------------------------------------------------
((${#@})) || set -- "$diff_dir"
tests=()
for arg in "$@"; do
    if [[ -d $arg ]]; then
        mapfile -t found < <(find "$(readlink -f -- "$arg")" -name out -prune -o -type f -name '*.php' ! -name '_*' -print | LC_ALL=C sort)
        tests+=("${found[@]}")
    elif [[ -f $arg ]]; then
        tests+=("$(readlink -f -- "$arg")")
    else
        die "$arg: no such file or directory"
    fi
done
((${#tests[@]})) || die "no test scripts found in: $*"

# --- the echo server ----------------------------------------------------------------------------
echo_env_start "$echo_bin" "$php_bin" "$tmp" "$RSOCKETS_ECHO_TIMEOUT"
scratch=$tmp/scratch
export TMPDIR=$scratch

# Placeholders (by _normalise.php): the value of every exported endpoint, the echo server's path,
# our scratch and temporary directories, our .so and this directory (in "on line" messages of
# fatal errors, which no script can catch), then each endpoint's port where it stands alone.
diff_vars=(RSOCKETS_ECHO_BIN)
for ((i = 0; i < ${#ENDPOINTS[@]}; i += 2)); do
    diff_vars+=("${ENDPOINTS[i]}")
done
export DIFF_SCRATCH=$scratch DIFF_TMP=$tmp DIFF_SO=$RSOCKETS_SO DIFF_DIR=$diff_dir
diff_vars+=(DIFF_SCRATCH DIFF_TMP DIFF_SO DIFF_DIR)
export DIFF_VARS="${diff_vars[*]}"

out_dir=$diff_dir/out
rm -rf -- "$out_dir"
mkdir -p -- "$out_dir"

run_one() { # SCRIPT OUT PHP-ARGS...: runs SCRIPT; its output, and a note of a bad exit, into OUT
    local script=$1 out=$2 status=0 start=$SECONDS
    shift 2
    rm -rf -- "$scratch"
    mkdir -- "$scratch"
    (cd -- "$(dirname -- "$script")" &&
        timeout -k 5 "$DIFF_TIMEOUT" "$php_bin" "$@" "$script" >"$out" 2>&1 </dev/null) || status=$?
    # 137 is also PHP killed by SIGKILL before the timeout (e.g. its heap's hard memory limit).
    if ((status == 137 && SECONDS - start < DIFF_TIMEOUT)); then
        printf '\n[killed by signal 9]\n' >>"$out"
    elif ((status == 124 || status == 137)); then
        printf '\n[timed out after %ss]\n' "$DIFF_TIMEOUT" >>"$out"
    elif ((status != 0)); then
        printf '\n[exit status %d]\n' "$status" >>"$out"
    fi
}

passed=0
failed=0
for script in "${tests[@]}"; do
    name=${script#"$diff_dir"/}
    base=$out_dir/${name//\//__}
    run_one "$script" "$base.c.raw" "${c_args[@]}"
    run_one "$script" "$base.rs.raw" "${ours_args[@]}"
    "$php_bin" -n "$diff_dir/_normalise.php" "$base.c.raw" "$base.c.out"
    "$php_bin" -n "$diff_dir/_normalise.php" "$base.rs.raw" "$base.rs.out"
    # NAME.phpX.Y.Z.intended for one PHP release, NAME.phpX.Y.intended for one PHP version (a C bug
    # fixed in later ones), else NAME.intended.
    intended=${script%.php}.php$c_release.intended
    [[ -f $intended ]] || intended=${script%.php}.php$c_minor.intended
    [[ -f $intended ]] || intended=${script%.php}.intended
    if [[ -f $intended ]]; then
        # A declared difference: the diff (without its two label lines) must be exactly this.
        { diff -u -- "$base.c.out" "$base.rs.out" || true; } | tail -n +3 >"$base.diff"
        if cmp -s -- "$intended" "$base.diff"; then
            passed=$((passed + 1))
            printf 'PASS %s (the intended difference)\n' "$name"
        else
            failed=$((failed + 1))
            printf 'FAIL %s: C and rsockets do not differ as %s declares (expected diff first)\n' \
                "$name" "${intended#"$diff_dir"/}"
            diff -u --label "intended" --label "actual" -- "$intended" "$base.diff" || true
        fi
    elif cmp -s -- "$base.c.out" "$base.rs.out"; then
        passed=$((passed + 1))
        printf 'PASS %s\n' "$name"
    else
        failed=$((failed + 1))
        printf 'FAIL %s\n' "$name"
        diff -u --label "C ext/sockets: $name" --label "rsockets: $name" -- "$base.c.out" "$base.rs.out" |
            tee -- "$base.diff" || true
    fi
done

server_ok=1
if ! echo_env_alive; then
    note "WARNING: the echo server died during the run: the results may be wrong"
    server_ok=0
fi
printf 'differential: %d passed, %d failed\n' "$passed" "$failed"
((failed == 0 && server_ok))
