#!/usr/bin/env bash
# Tests the two ways rsockets is installed outside Docker, against the PHP on PATH:
#   1. the PHP extension flow (config.m4 + Makefile.frag; what PIE runs): `phpize && ./configure &&
#      make && make install INSTALL_ROOT=TMP` on a copy of the sources, then the installed
#      TMP$(php-config --extension-dir)/rsockets.so is loaded with `php -n`;
#   2. scripts/package.sh: the archive for this PHP is named as PIE expects and its rsockets.so
#      loads the same way.
# "Loads" means: module `sockets` is present, phpinfo names rsockets, RSockets\SocketClient
# exists (the C extension has neither) and a TCP socket pair round-trips a byte.
# The copy and its cargo build directory live under target/phpize/ (kept, so a second run only
# re-runs cargo's freshness checks). Exits non-zero on the first failure.
set -euo pipefail

die() {
    printf 'install-test.sh: FAILED: %s\n' "$*" >&2
    exit 1
}

repo_root=$(dirname -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")")
cd -- "$repo_root"
php_config=$(command -v php-config) || die "no php-config on PATH (install php8.2-dev)"
command -v phpize >/dev/null || die "no phpize on PATH (install php8.2-dev)"
ext_dir=$("$php_config" --extension-dir)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/rsockets-install.XXXXXX")
trap 'rm -rf -- "$tmp"' EXIT

# check_so SO: loads SO alone (no php.ini, a private extension directory) and checks it is rsockets.
check_so() {
    local so=$1 dir out
    [[ -f $so ]] || die "$so does not exist"
    dir=$(mktemp -d "$tmp/ext.XXXXXX")
    cp -- "$so" "$dir/rsockets.so"
    # shellcheck disable=SC2016 # PHP code: its $ variables are PHP's
    out=$(php -n -d extension_dir="$dir" -d extension=rsockets -r '
        $info = new ReflectionExtension("sockets");
        ob_start(); $info->info(); $text = ob_get_clean();
        socket_create_pair(AF_UNIX, SOCK_STREAM, 0, $pair); [$a, $b] = $pair;
        socket_write($a, "x");
        printf("%s|%d|%d|%s\n", $info->getName(), str_contains($text, "rsockets"),
            class_exists("RSockets\\SocketClient"), socket_read($b, 1));
    ' 2>&1) || die "php could not load $so: $out"
    [[ $out == 'sockets|1|1|x' ]] || die "$so is not rsockets as expected (got: $out)"
    echo "install-test.sh: $so loads as module sockets (rsockets)"
}

# 1. phpize && ./configure && make && make install, on a copy of the sources.
src=$repo_root/target/phpize/src
rm -rf -- "$src"
mkdir -p -- "$src"
# tar keeps modification times, so cargo's freshness checks hold across runs.
tar -C "$repo_root" --exclude=./.git --exclude=./target --exclude='./target-*' --exclude=./dist -c . |
    tar -C "$src" -x
(
    cd -- "$src"
    phpize >"$tmp/phpize.log" 2>&1 || { cat "$tmp/phpize.log"; exit 1; }
    ./configure --with-php-config="$php_config" >"$tmp/configure.log" 2>&1 ||
        { tail -n 30 "$tmp/configure.log"; exit 1; }
    CARGO_TARGET_DIR=$repo_root/target/phpize/target make >"$tmp/make.log" 2>&1 ||
        { tail -n 40 "$tmp/make.log"; exit 1; }
    make install INSTALL_ROOT="$tmp/root" >"$tmp/install.log" 2>&1 ||
        { cat "$tmp/install.log"; exit 1; }
) || die "phpize flow"
installed=$(find "$tmp/root" -type f -printf '%P\n')
[[ $installed == "${ext_dir#/}/rsockets.so" ]] ||
    die "make install put '$installed' under INSTALL_ROOT, expected ${ext_dir#/}/rsockets.so only"
check_so "$tmp/root$ext_dir/rsockets.so"

# 2. scripts/package.sh for this PHP.
archive=$(RSOCKETS_DIST=$tmp/dist scripts/package.sh 2>"$tmp/package.log") ||
    { cat -- "$tmp/package.log" >&2; die "scripts/package.sh"; }
version=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' Cargo.toml | head -n 1)
php_mm=$(php -n -r 'echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION;')
[[ $(basename -- "$archive") =~ ^php_rsockets-${version//./\\.}_php${php_mm//./\\.}-(x86|x86_64|arm64)-(linux|darwin|bsd|unknown)-(glibc|musl|bsdlibc)-(debug|nodebug)-(zts|nts)\.tgz$ ]] ||
    die "archive name $(basename -- "$archive") is not PIE's php_{ext}-{version}_php{X.Y}-{arch}-{os}-{libc}-{debug}-{ts}.tgz"
mkdir -p -- "$tmp/unpacked"
tar -C "$tmp/unpacked" -xzf "$archive"
for f in rsockets.so 10-rsockets.ini sockets.stub.php README.md; do
    [[ -f $tmp/unpacked/$f ]] || die "$f missing from $archive"
done
grep -qx 'extension=rsockets' "$tmp/unpacked/10-rsockets.ini" || die "10-rsockets.ini does not enable rsockets"
grep -q '^## Installing' "$tmp/unpacked/README.md" || die "README.md in $archive lacks the install section"
check_so "$tmp/unpacked/rsockets.so"
echo "install-test.sh: $(basename -- "$archive") ok"
