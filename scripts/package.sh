#!/usr/bin/env bash
# Makes the release archives: one per PHP build, named as PIE expects pre-built binaries
# (download-url-method "pre-packaged-binary"):
#
#   php_rsockets-VERSION_phpX.Y-ARCH-OS-LIBC-DEBUG-TS.tgz    e.g. php_rsockets-0.1.0_php8.2-x86_64-linux-glibc-nodebug-nts.tgz
#
# Each holds, at its top level: rsockets.so (release build), 10-rsockets.ini (enables rsockets; named
# to load before Debian's 20-sockets.ini, so that ext/sockets, if still enabled, is the one PHP
# skips — `phpdismod sockets` disables it for good), the IDE stubs
# (sockets.stub.php, rsockets.stub.php), README.md (the install section) and LICENSE if present.
#
# Usage: scripts/package.sh [PHP_CONFIG...]
#   No argument: the PHP whose php/php-config are on PATH (the cargo build shares target/ with
#   scripts/test.sh). Each PHP_CONFIG (e.g. /usr/bin/php-config8.4): build for that PHP, with its
#   php binary (`PHP_CONFIG --php-binary`), in target/package-<its extension directory name>/.
# Environment: RSOCKETS_DIST, where the archives go (default dist/ in the repository).
# Prints the path of each archive made.
set -euo pipefail

die() {
    printf 'package.sh: error: %s\n' "$*" >&2
    exit 2
}

repo_root=$(dirname -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")")
cd -- "$repo_root"
dist=${RSOCKETS_DIST:-$repo_root/dist}
mkdir -p -- "$dist"

version=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' Cargo.toml | head -n 1)
[[ -n $version ]] || die "no version in Cargo.toml"

# PIE's {Arch}: x86, x86_64, arm64.
arch=$(uname -m)
case $arch in
aarch64 | arm64) arch=arm64 ;;
i?86) arch=x86 ;;
esac
# PIE's {OS} and {Libc}.
case $(uname -s) in
Linux) os=linux ;;
Darwin) os=darwin ;;
*BSD) os=bsd ;;
*) os=unknown ;;
esac
if [[ $os == darwin || $os == bsd ]]; then
    libc=bsdlibc
elif ldd --version 2>&1 | grep -qi musl; then
    libc=musl
else
    libc=glibc
fi

package() {
    local php_config=$1 php target_dir env_args=()
    if [[ -z $php_config ]]; then
        php=$(command -v php) || die "no php on PATH"
        php_config=$(command -v php-config) || die "no php-config on PATH (install php-dev)"
        target_dir=${CARGO_TARGET_DIR:-target}
    else
        [[ -x $php_config ]] || die "$php_config: not executable"
        php=$("$php_config" --php-binary)
        target_dir=target/package-$(basename -- "$("$php_config" --extension-dir)")
        env_args=(PHP="$php" PHP_CONFIG="$php_config")
    fi
    local php_version ts debug name stage
    php_version=$("$php" -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
    ts=$("$php" -n -r 'echo PHP_ZTS ? "zts" : "nts";')
    debug=$("$php" -n -r 'echo PHP_DEBUG ? "debug" : "nodebug";')
    name=php_rsockets-${version}_php${php_version}-$arch-$os-$libc-$debug-$ts

    env "${env_args[@]}" cargo build --release --locked --lib -p rsockets --target-dir "$target_dir" >&2

    stage=$(mktemp -d "${TMPDIR:-/tmp}/rsockets-package.XXXXXX")
    install -m 0755 "$target_dir/release/librsockets.so" "$stage/rsockets.so"
    strip --strip-unneeded "$stage/rsockets.so" 2>/dev/null || true
    cat >"$stage/10-rsockets.ini" <<'EOF'
; rsockets: PHP's ext/sockets rebuilt in Rust. The module registers as "sockets", so PHP's own
; ext/sockets must not be loaded as well (the second one is skipped with
; 'Module "sockets" is already loaded'). Copy this file into PHP's conf.d (it sorts before Debian's
; 20-sockets.ini, so rsockets wins) and disable the C extension: `phpdismod sockets` on Debian/Ubuntu,
; or remove the extension=sockets line elsewhere.
extension=rsockets
EOF
    install -m 0644 php/sockets.stub.php "$stage/"
    [[ ! -f php/rsockets.stub.php ]] || install -m 0644 php/rsockets.stub.php "$stage/"
    [[ ! -f LICENSE ]] || install -m 0644 LICENSE "$stage/"
    {
        printf '# rsockets %s for PHP %s (%s, %s, %s, %s)\n\n' "$version" "$php_version" "$arch" "$libc" "$debug" "$ts"
        printf 'PHP'\''s ext/sockets rebuilt in Rust, plus RSockets\\SocketClient.\n'
        # shellcheck disable=SC2016 # backquotes are Markdown code, not a command
        printf 'Copy rsockets.so into `php-config --extension-dir`; the IDE stubs are *.stub.php.\n\n'
        # The README's install section, up to the next second-level heading.
        awk '/^## Installing/ { on = 1; print; next } on && /^## / { exit } on { print }' README.md
    } >"$stage/README.md"
    tar -C "$stage" --owner=0 --group=0 --numeric-owner -czf "$dist/$name.tgz" .
    rm -rf -- "$stage"
    echo "$dist/$name.tgz"
}

if (($#)); then
    for php_config in "$@"; do
        package "$php_config"
    done
else
    package ""
fi
