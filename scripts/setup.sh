#!/usr/bin/env bash
# Installs what building and testing rsockets needs on Debian 12, when missing:
# PHP 8.2 CLI and headers, libclang (bindgen), and the tools the test suite uses.
# Idempotent; sourced or run by demo.sh and test.sh. Rust itself must already be installed.
set -euo pipefail

need_apt=()
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
for p in php8.2-cli php8.2-dev libclang-dev ${RSOCKETS_EXTRA_PACKAGES:-}; do
    have_pkg "$p" || need_apt+=("$p")
done
if ((${#need_apt[@]})); then
    echo "setup: installing ${need_apt[*]}" >&2
    sudo=""
    [[ $(id -u) -eq 0 ]] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi
command -v cargo >/dev/null || {
    echo "setup: cargo not found: install Rust (https://rustup.rs) first" >&2
    exit 2
}
