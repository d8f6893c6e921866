#!/usr/bin/env bash
# Debian (and, for PHP 8.3, Ubuntu) root filesystems with the PHP versions the host does not have,
# for building and testing rsockets against them (see README, "Supported PHP versions").
#
#   scripts/php-root.sh ensure VERSION       create the root unless a valid one is cached; print its path
#   scripts/php-root.sh run VERSION CMD...   run CMD inside the root, in the current directory of the
#                                            project, with the host's Rust toolchain and the project
#                                            bind-mounted at the same paths
#
#   VERSION: 8.3 (Ubuntu 24.04 noble), 8.4 (Debian trixie) or 8.5 (Debian sid + experimental).
#   in:  RSOCKETS_ROOTS  where roots are cached (default /var/cache/rsockets/roots), one per
#                        version, `php8.X`; a root counts as valid when php, php-config and php-fpm
#                        of that version are installed in it
#        RSOCKETS_UBUNTU_MIRROR  the Ubuntu archive for 8.3 (default http://archive.ubuntu.com/ubuntu)
#        CARGO_HOME, RUSTUP_HOME  the toolchain to bind-mount (default ~/.cargo, ~/.rustup)
#   exit: CMD's status; 2 on a setup error; 3 when the root cannot be created (apt failed).
#
# A root is debootstrapped (--variant=minbase) from the Debian archive the host's apt already uses
# (read from /etc/apt/sources.list.d/*.sources or sources.list); Debian has no PHP 8.3, so its root
# is Ubuntu noble (main, universe, noble-updates), checked against the Ubuntu archive keyring that
# Debian ships in its `ubuntu-keyring` package (trixie; fetched with apt from the host's Debian
# archive, so apt verifies it against Debian's signed index). A root is built in a temporary directory next
# to its final place and renamed only once complete, so an interrupted run never leaves a half
# root behind. `run` works in a private mount namespace (unshare -m): /proc, /dev, a fresh /tmp,
# the toolchain and the project are mounted there only, and are unmounted on exit, also when CMD
# fails or the script is killed (the namespace dies with it). Needs root, debootstrap, unshare.
set -euo pipefail

ROOTS=${RSOCKETS_ROOTS:-/var/cache/rsockets/roots}
PROJECT=$(cd "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)
SELF=$PROJECT/scripts/php-root.sh

die() {
    echo "php-root: $*" >&2
    exit 2
}

suite_for() {
    case $1 in
    8.3) echo noble ;;
    8.4) echo trixie ;;
    8.5) echo sid ;;
    *) die "PHP $1: no root known (8.3, 8.4, 8.5; 8.2 is the host's)" ;;
    esac
}

# The URI of the Debian archive (not -security) the host's apt uses.
host_mirror() {
    local f uri
    for f in /etc/apt/sources.list.d/*.sources; do
        [[ -e $f ]] || continue
        uri=$(awk 'BEGIN { RS = ""; FS = "\n" }
            {
                t = ""; s = ""; u = ""
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^Types:/) t = $i
                    if ($i ~ /^Suites:/) s = $i
                    if ($i ~ /^URIs:/) { sub(/^URIs:[ \t]*/, "", $i); split($i, a, /[ \t]+/); u = a[1] }
                }
                if (t ~ /[ \t]deb([ \t]|$)/ && s !~ /security/ && u != "") { print u; exit }
            }' "$f")
        [[ -z $uri ]] || {
            echo "$uri"
            return
        }
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [[ -e $f ]] || continue
        uri=$(awk '$1 == "deb" && !/security/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' "$f")
        [[ -z $uri ]] || {
            echo "$uri"
            return
        }
    done
    die "no Debian archive found in the host's apt sources"
}

# The Ubuntu archive keyring, from Debian's ubuntu-keyring package (Debian 12 has none, trixie does),
# downloaded by apt with a throwaway state directory: apt checks the package against trixie's
# index, signed with the Debian archive keyring the host trusts.
ubuntu_keyring() { # ubuntu_keyring WORKDIR DEBIAN_MIRROR: prints the keyring's path
    local d=$1 deb
    mkdir -p "$d/lists/partial" "$d/cache/archives/partial" "$d/parts" "$d/x"
    echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $2 trixie main" >"$d/sources.list"
    local -a o=(-o "Dir::Etc::SourceList=$d/sources.list" -o "Dir::Etc::SourceParts=$d/parts"
        -o "Dir::State::Lists=$d/lists" -o "Dir::Cache=$d/cache" -o APT::Sandbox::User=root)
    if ! apt-get "${o[@]}" update -qq >&2 || ! (cd "$d" && apt-get "${o[@]}" download -qq ubuntu-keyring >&2); then
        echo "php-root: could not download Debian's ubuntu-keyring" >&2
        return 3
    fi
    deb=$(echo "$d"/ubuntu-keyring_*_all.deb)
    dpkg-deb -x "$deb" "$d/x"
    [[ -s $d/x/usr/share/keyrings/ubuntu-archive-keyring.gpg ]] || die "$deb has no ubuntu-archive-keyring.gpg"
    echo "$d/x/usr/share/keyrings/ubuntu-archive-keyring.gpg"
}

valid_root() { # valid_root DIR VERSION
    [[ -x $1/usr/bin/php$2 && -x $1/usr/bin/php-config$2 && -x $1/usr/sbin/php-fpm$2 ]]
}

# Mounts what a command inside root DIR needs; only ever called inside a private mount namespace.
mount_root() {
    local r=$1 d
    mount -t proc proc "$r/proc"
    mount --rbind /dev "$r/dev"
    mount -t tmpfs -o mode=1777 tmpfs "$r/tmp"
    for d in "${@:2}"; do
        mkdir -p "$r$d"
        mount --bind "$d" "$r$d"
    done
}

# Inside the namespace: mount, chroot, run, unmount (the trap also runs on failure).
inside() { # inside ROOT WORKDIR BINDS(colon-separated) CMD...
    R=$1
    local wd=$2 binds=$3 r=$1
    shift 3
    DIRS=()
    [[ -z $binds ]] || IFS=: read -r -a DIRS <<<"$binds"
    # shellcheck disable=SC2317,SC2329 # run by the EXIT trap
    unmount() {
        local d
        for d in "${DIRS[@]}" /tmp /dev /proc; do umount -R "$R$d" 2>/dev/null || true; done
    }
    trap unmount EXIT
    mount_root "$r" "${DIRS[@]}"
    local -a envs=(HOME="$HOME" LANG=C.UTF-8 TERM="${TERM:-dumb}"
        PATH="${CARGO_HOME:-$HOME/.cargo}/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
    local v
    while IFS= read -r v; do envs+=("$v"); done < <(env | grep -E '^(RSOCKETS_|CARGO|RUSTUP_|RUSTFLAGS|PHP|USE_ZEND_ALLOC|ZEND_|FPM_|DIFF_|PHPT_|DEBIAN_FRONTEND)[A-Za-z0-9_]*=' || true)
    # shellcheck disable=SC2016 # expanded by the inner bash
    chroot "$r" /usr/bin/env -i "${envs[@]}" /bin/bash -c 'cd "$1" && shift && exec "$@"' - "$wd" "$@"
}

in_root() { # in_root ROOT WORKDIR BINDS CMD...
    unshare -m --propagation private bash "$SELF" __inside "$@"
}

create_root() { # create_root DIR VERSION
    local dest=$1 v=$2 suite mirror tmp nginx=nginx-light
    suite=$(suite_for "$v")
    mirror=$(host_mirror)
    tmp=$(mktemp -d "$ROOTS/.php$v.new.XXXXXX")
    chmod 0755 "$tmp" # apt downloads as _apt
    # Removes the half-made root on failure (only this run's temporary directories).
    # shellcheck disable=SC2064
    trap "rm -rf --one-file-system '$tmp' '$tmp.apt'" EXIT
    local -a boot=(--variant=minbase "--include=netbase,ca-certificates" "$suite" "$tmp")
    if [[ $v == 8.3 ]]; then
        local keyring
        keyring=$(ubuntu_keyring "$tmp.apt" "$mirror") || return 3
        mirror=${RSOCKETS_UBUNTU_MIRROR:-http://archive.ubuntu.com/ubuntu}
        # This debootstrap may predate noble: every Ubuntu release since gutsy uses that script.
        boot=(--keyring="$keyring" "--components=main,universe" "${boot[@]}" "$mirror" /usr/share/debootstrap/scripts/gutsy)
        nginx=nginx
    else
        boot+=("$mirror")
    fi
    echo "php-root: creating PHP $v root ($suite) in $dest" >&2
    debootstrap "${boot[@]}" >"$tmp.log" 2>&1 || {
        tail -20 "$tmp.log" >&2
        rm -f "$tmp.log"
        return 3
    }
    rm -f "$tmp.log"
    # A minbase root has no /etc/hosts (`localhost` would not resolve).
    cp /etc/hosts /etc/resolv.conf "$tmp/etc/"
    # Package scripts must not start php-fpm or nginx.
    printf '#!/bin/sh\nexit 101\n' >"$tmp/usr/sbin/policy-rc.d"
    chmod +x "$tmp/usr/sbin/policy-rc.d"
    if [[ $v == 8.3 ]]; then
        # The point releases of 8.3 since noble's release are in noble-updates.
        echo "deb $mirror noble-updates main universe" >"$tmp/etc/apt/sources.list.d/updates.list"
    elif [[ $v == 8.5 ]]; then
        # PHP 8.5 is in experimental. The archive's sid/experimental Release files may be past
        # their Valid-Until; experimental's php-common breaks php8.5-common, so take php-common
        # from sid and only php8.5* from experimental.
        echo 'Acquire::Check-Valid-Until "false";' >"$tmp/etc/apt/apt.conf.d/99rsockets-no-valid-until"
        echo "deb $mirror experimental main" >"$tmp/etc/apt/sources.list.d/experimental.list"
        printf 'Package: php-common\nPin: release a=unstable\nPin-Priority: 1001\n\nPackage: php8.5*\nPin: release a=experimental\nPin-Priority: 990\n' \
            >"$tmp/etc/apt/preferences.d/rsockets-php"
    fi
    local pkgs="php$v-cli php$v-dev php$v-fpm $nginx libclang-dev clang build-essential netbase"
    in_root "$tmp" / "" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $pkgs >/dev/null && apt-get clean" || return 3
    valid_root "$tmp" "$v" || {
        echo "php-root: PHP $v did not install" >&2
        return 3
    }
    mv -T "$tmp" "$dest"
    trap - EXIT
}

ensure() { # ensure VERSION: prints the root's path
    local v=$1 dest
    suite_for "$v" >/dev/null
    dest=$ROOTS/php$v
    mkdir -p "$ROOTS"
    # One creator at a time per version; the others wait and then reuse its root.
    exec 9>"$ROOTS/.php$v.lock"
    flock 9
    if ! valid_root "$dest" "$v"; then
        [[ ! -e $dest ]] || die "$dest exists but has no PHP $v (php, php-config, php-fpm): remove it to recreate"
        (create_root "$dest" "$v") || return $?
    fi
    exec 9>&-
    echo "$dest"
}

[[ $(id -u) -eq 0 ]] || die "needs root (debootstrap, mount, chroot)"
cmd=${1:-}
shift || true
case $cmd in
ensure)
    [[ $# -eq 1 ]] || die "usage: php-root.sh ensure VERSION"
    ensure "$1"
    ;;
run)
    [[ $# -ge 2 ]] || die "usage: php-root.sh run VERSION CMD..."
    v=$1
    shift
    root=$(ensure "$v")
    wd=$PWD
    [[ $wd == "$PROJECT" || $wd == "$PROJECT"/* ]] || wd=$PROJECT
    binds=$PROJECT
    for d in "${CARGO_HOME:-$HOME/.cargo}" "${RUSTUP_HOME:-$HOME/.rustup}"; do
        [[ ! -d $d ]] || binds+=:$(readlink -f -- "$d")
    done
    in_root "$root" "$wd" "$binds" "$@"
    ;;
__inside) inside "$@" ;;
*) die "usage: php-root.sh ensure VERSION | run VERSION CMD..." ;;
esac
