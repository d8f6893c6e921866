#!/usr/bin/env bash
# Name resolution tests for SocketClient (tests/phpt/resolver): a resolver that never answers
# (connect_timeout must cover getaddrinfo), a dual-stack name (Happy Eyeballs), and the text of
# a failed lookup.
#
# Runs the PHPTs in a private mount namespace (unshare -m) in which a temporary resolv.conf
# (`nameserver 127.X.Y.Z`, a random loopback address, `options timeout:5 attempts:2`) and a
# temporary /etc/hosts (the real one plus `rsockets-dual` -> 127.0.0.1 and ::1) are bind-mounted
# over the real ones, with a silent "DNS server" (silent-dns.php: UDP and TCP port 53 bound, never
# read) on that address. Nothing outside the namespace sees the files; the server and the
# temporary directory are removed on exit, also on failure. The PHPTs SKIP without
# RSOCKETS_RESOLVER_ENV=1, which only this script sets, so docker/run-tests.sh passes elsewhere.
# Works on the host and inside a root of scripts/php-root.sh (it needs root, unshare, mount).
#
#   usage: tests/resolver/run.sh [FILE.phpt]...   (default: tests/phpt/resolver)
#   in:  RSOCKETS_SO, RSOCKETS_ECHO, PHP   as for docker/run-tests.sh (default: the debug build)
#   out: run-tests.php's summary, then the measured overshoot of connect_timeout (measure.php).  exit: 0 if all passed, 1 if any failed, 2 on a setup error.
set -euo pipefail

here=$(cd "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
die() {
    printf 'resolver: error: %s\n' "$*" >&2
    exit 2
}

if [[ ${1:-} != __inside ]]; then
    [[ $(id -u) -eq 0 ]] || die "needs root (unshare -m, mount --bind)"
    command -v unshare >/dev/null || die "unshare not found (util-linux)"
    grep -Eq '^hosts:.*\bfiles\b.*\bdns\b' /etc/nsswitch.conf ||
        die "/etc/nsswitch.conf: hosts must use files then dns"
    export RSOCKETS_SO=${RSOCKETS_SO:-$root/target/debug/librsockets.so}
    export RSOCKETS_ECHO=${RSOCKETS_ECHO:-$root/target/debug/rsockets-echo}
    # Mounts made inside must not propagate out. Inside a root of scripts/php-root.sh (a chroot,
    # where / is no mount point and its propagation cannot be changed) the namespace around us
    # is already private, and a copy of it inherits that.
    prop=private
    mountpoint -q / || prop=unchanged
    exec unshare -m --propagation "$prop" bash "${BASH_SOURCE[0]}" __inside "$@"
fi
shift

PHP=${PHP:-php}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/rsockets-resolver.XXXXXX")
dns_pid=
# shellcheck disable=SC2317 # run by the EXIT trap
cleanup() {
    [[ -z $dns_pid ]] || kill "$dns_pid" 2>/dev/null || true
    [[ -z $dns_pid ]] || wait "$dns_pid" 2>/dev/null || true
    umount /etc/resolv.conf 2>/dev/null || true
    umount /etc/hosts 2>/dev/null || true
    rm -rf -- "$tmp"
}
trap cleanup EXIT

# A silent server on a random loopback address (another one if that one is taken).
for _ in 1 2 3 4 5; do
    ns=127.$((RANDOM % 250 + 2)).$((RANDOM % 256)).$((RANDOM % 254 + 1))
    mkfifo "$tmp/ready"
    "$PHP" -n "$here/silent-dns.php" "$ns" >"$tmp/ready" &
    dns_pid=$!
    if read -r -t 10 line <"$tmp/ready" && [[ $line == ready ]]; then
        break
    fi
    wait "$dns_pid" 2>/dev/null || true
    dns_pid=
    rm -f "$tmp/ready"
done
[[ -n $dns_pid ]] || die "no loopback address with a free port 53 for the silent DNS server"

printf 'nameserver %s\noptions timeout:5 attempts:2\n' "$ns" >"$tmp/resolv.conf"
{
    cat /etc/hosts
    printf '127.0.0.1 rsockets-dual\n::1 rsockets-dual\n'
} >"$tmp/hosts"
mount --bind "$tmp/resolv.conf" /etc/resolv.conf
mount --bind "$tmp/hosts" /etc/hosts
getent ahosts rsockets-dual | grep -q '^::1 ' || die "rsockets-dual does not resolve to ::1 (no IPv6 loopback?)"

export RSOCKETS_RESOLVER_ENV=1
(($#)) || set -- "$root/tests/phpt/resolver"
status=0
"$root/docker/run-tests.sh" "$@" || status=$?
# A figure (never a failure): how close to connect_timeout the lookup gives up.
"$PHP" -n -d "extension_dir=$tmp" -d "extension=$RSOCKETS_SO" "$here/measure.php" || true
exit "$status"
