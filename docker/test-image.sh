#!/usr/bin/env bash
# Builds the Docker image (docker/Dockerfile) for each supported PHP version and runs it: the image's
# default command runs the PHPT suite against the Rust echo server. Exits 0 only if every build
# and every run passed. One command, no arguments; what CI runs (through scripts/test.sh).
#
# No image registry is needed: the official bases (php:X.Y-cli, rust:1-slim) are replaced by local
# stand-ins, passed as the Dockerfile's PHP_IMAGE and RUST_IMAGE build arguments:
#   - a Debian root per release, made with `debootstrap --variant=minbase` from the mirror this
#     machine's apt sources name, kept under CACHE/roots and imported with `docker import`;
#   - rsockets-local/php:X.Y-cli on it (docker/base/php.Dockerfile: Debian's phpX.Y-cli/-dev, this
#     machine's CA certificates from /usr/local/share/ca-certificates copied in at build time);
#   - rsockets-local/rust:1 from this machine's rustup toolchain (docker/base/rust.Dockerfile).
# Missing tools (docker.io, debootstrap) are installed with apt-get. If no Docker daemon answers,
# dockerd is started in the background (no iptables, no bridge: builds and runs use the host's
# network) and stopped again, by its PID, when the script ends, whatever the outcome.
#
# Environment (all optional):
#   RSOCKETS_DOCKER_PHP    PHP versions to build, default "8.2 8.4"
#   RSOCKETS_DOCKER_CACHE  cache for the Debian roots, default /var/cache/rsockets/docker
# Output: per version, `php X.Y: phpt: N passed, M failed, K skipped` (the runner's closing line),
# then a summary. Needs root (debootstrap, dockerd).
set -euo pipefail

die() {
    printf 'test-image.sh: error: %s\n' "$*" >&2
    exit 2
}
note() {
    printf 'test-image.sh: %s\n' "$*" >&2
}

repo_root=$(dirname -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")")
cd -- "$repo_root"

PHP_VERSIONS=${RSOCKETS_DOCKER_PHP:-8.2 8.4}
CACHE=${RSOCKETS_DOCKER_CACHE:-/var/cache/rsockets/docker}

# The Debian release whose own packages provide each PHP version. 8.5: sid's php8.5 is not in a
# stable release yet; add "8.5 sid" here once the extension supports it and sid carries it.
debian_suite() {
    case $1 in
    8.2) echo bookworm ;;
    8.4) echo trixie ;;
    *) return 1 ;;
    esac
}

((EUID == 0)) || die "needs root (debootstrap, dockerd)"
for v in $PHP_VERSIONS; do
    debian_suite "$v" >/dev/null || die "PHP $v: no Debian release known to provide it"
done

start=$SECONDS
mkdir -p -- "$CACHE/roots"
# One run at a time on this machine: they share the daemon, the cache and the image names.
exec 9>"$CACHE/lock"
flock 9

# --- Tools -------------------------------------------------------------------------------------
need=()
[[ -x /usr/bin/docker && -x /usr/sbin/dockerd ]] || need+=(docker.io)
command -v debootstrap >/dev/null || need+=(debootstrap)
if ((${#need[@]})); then
    note "installing ${need[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
# Debian's client: it does BuildKit builds through the daemon's builder (a newer client elsewhere on
# PATH may lack buildx and refuse DOCKER_BUILDKIT=1).
docker=/usr/bin/docker
export DOCKER_BUILDKIT=1

# --- Daemon ------------------------------------------------------------------------------------
dockerd_pid=
work=$(mktemp -d "${TMPDIR:-/tmp}/rsockets-docker.XXXXXX")
# shellcheck disable=SC2317 # only called by the EXIT trap
cleanup() {
    local status=$?
    if [[ -n $dockerd_pid ]]; then
        kill -TERM "$dockerd_pid" 2>/dev/null || true
        local i
        for ((i = 0; i < 150; i++)); do
            kill -0 "$dockerd_pid" 2>/dev/null || break
            sleep 0.2
        done
        kill -KILL "$dockerd_pid" 2>/dev/null || true
        wait "$dockerd_pid" 2>/dev/null || true
    fi
    rm -rf -- "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if "$docker" info >/dev/null 2>&1; then
    note "using the running Docker daemon"
else
    note "starting dockerd (log: $CACHE/dockerd.log)"
    dockerd --iptables=false --ip6tables=false --bridge=none >"$CACHE/dockerd.log" 2>&1 &
    dockerd_pid=$!
    for ((i = 0; i < 100; i++)); do
        "$docker" info >/dev/null 2>&1 && break
        kill -0 "$dockerd_pid" 2>/dev/null || {
            tail -n 20 -- "$CACHE/dockerd.log" >&2
            die "dockerd exited"
        }
        sleep 0.3
    done
    "$docker" info >/dev/null 2>&1 || die "dockerd did not answer within 30 s"
fi

# --- Debian roots ------------------------------------------------------------------------------
# The mirror of this machine's apt sources (never written into the repository).
host_suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
[[ -n $host_suite ]] || die "cannot tell this machine's Debian release from /etc/os-release"
repo_uri() { # SUITE: the URI apt fetches SUITE from
    # shellcheck disable=SC2016 # $(…) are apt's format fields, not shell
    apt-get indextargets --format '$(RELEASE) $(REPO_URI)' 2>/dev/null |
        awk -v s="$1" '$1 == s { print $2; exit }'
}
mirror=$(repo_uri "$host_suite")
[[ -n $mirror ]] || die "no apt source for $host_suite on this machine (apt-get indextargets)"
security=$(repo_uri "$host_suite-security")

# Makes CACHE/roots/SUITE once (debootstrap into a temporary directory, renamed when complete).
debian_root() {
    local suite=$1 root=$CACHE/roots/$1
    [[ -e $root/.complete ]] && return 0
    rm -rf -- "$root.tmp"
    note "debootstrap $suite (once; kept in $root)"
    debootstrap --variant=minbase "$suite" "$root.tmp" "$mirror" >"$work/debootstrap-$suite.log" 2>&1 || {
        tail -n 30 -- "$work/debootstrap-$suite.log" >&2
        die "debootstrap $suite failed"
    }
    {
        echo "deb $mirror $suite main"
        echo "deb $mirror $suite-updates main"
        [[ -z $security ]] || echo "deb $security $suite-security main"
    } >"$root.tmp/etc/apt/sources.list"
    rm -rf -- "$root.tmp"/var/cache/apt/archives/*.deb "$root.tmp"/var/lib/apt/lists/*
    touch -- "$root.tmp/.complete"
    rm -rf -- "$root"
    mv -- "$root.tmp" "$root"
}

# rsockets-local/debian:SUITE from its root, unless the daemon has it already.
debian_image() {
    local suite=$1
    "$docker" image inspect "rsockets-local/debian:$suite" >/dev/null 2>&1 && return 0
    debian_root "$suite"
    note "docker import rsockets-local/debian:$suite"
    tar -C "$CACHE/roots/$suite" --exclude=./.complete -c . |
        "$docker" import --change 'CMD ["/bin/bash"]' - "rsockets-local/debian:$suite" >/dev/null
}

# rsockets-local/rust:1 from the active rustup toolchain, rebuilt when rustc's version changes.
rust_image() {
    local sysroot rustc_version toolchain ctx
    sysroot=$(rustc --print sysroot) || die "no Rust toolchain (rustup) on this machine"
    rustc_version=$(rustc --version)
    if [[ $("$docker" image inspect --format '{{index .Config.Labels "org.rsockets.rustc"}}' \
        rsockets-local/rust:1 2>/dev/null) == "$rustc_version" ]]; then
        return 0
    fi
    toolchain=$(basename -- "$sysroot")
    ctx=$work/rust-ctx
    mkdir -p -- "$ctx/rustup"
    printf 'version = "12"\ndefault_toolchain = "%s"\nprofile = "minimal"\n' "$toolchain" >"$ctx/rustup/settings.toml"
    cp -- docker/base/rust.Dockerfile "$ctx/Dockerfile"
    note "building rsockets-local/rust:1 ($rustc_version)"
    # The toolchain goes into the context as a stream: no copy of it on disk.
    tar -c -C "$ctx" Dockerfile rustup/settings.toml \
        -C "$(dirname -- "$sysroot")" \
        --exclude="$toolchain/share/doc" --exclude="$toolchain/lib/rustlib/src" \
        --transform "s,^$toolchain,rustup/toolchains/$toolchain," "$toolchain" \
        -C "$(dirname -- "$(command -v cargo)")/.." --transform 's,^bin,cargo/bin,' bin |
        "$docker" build -q --network=host --build-arg DEBIAN_IMAGE=rsockets-local/debian:"$host_suite" \
            --build-arg RUSTC_VERSION="$rustc_version" -t rsockets-local/rust:1 - >/dev/null
}

# rsockets-local/php:X.Y-cli (layer cache makes it quick after the first time).
php_image() {
    local v=$1 suite ctx
    suite=$(debian_suite "$v")
    ctx=$work/php-ctx-$v
    mkdir -p -- "$ctx/certs"
    if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
        cp -- /usr/local/share/ca-certificates/*.crt "$ctx/certs/"
    fi
    cp -- docker/base/docker-php-ext-enable "$ctx/"
    note "building rsockets-local/php:$v-cli"
    "$docker" build -q --network=host -f docker/base/php.Dockerfile \
        --build-arg DEBIAN_IMAGE="rsockets-local/debian:$suite" --build-arg PHP_VERSION="$v" \
        -t "rsockets-local/php:$v-cli" "$ctx" >/dev/null
}

# --- Build and run -----------------------------------------------------------------------------
results=()
failed=0
debian_image "$host_suite"
rust_image
for v in $PHP_VERSIONS; do
    t0=$SECONDS
    log=$work/run-$v.log
    if ! { debian_image "$(debian_suite "$v")" && php_image "$v"; }; then
        results+=("php $v: base image build FAILED")
        failed=1
        continue
    fi
    note "building rsockets:php$v"
    if ! "$docker" build --network=host -f docker/Dockerfile \
        --build-arg PHP_IMAGE="rsockets-local/php:$v-cli" --build-arg RUST_IMAGE=rsockets-local/rust:1 \
        -t "rsockets:php$v" . >"$work/build-$v.log" 2>&1; then
        tail -n 40 -- "$work/build-$v.log" >&2
        results+=("php $v: image build FAILED")
        failed=1
        continue
    fi
    note "running rsockets:php$v ($(("$SECONDS" - t0)) s so far)"
    # The host's network: the DNS and multicast tests need more than a container's loopback.
    status=0
    "$docker" run --rm --network=host "rsockets:php$v" 2>&1 | tee -- "$log" || status=$?
    summary=$(grep -E '^phpt: ' -- "$log" | tail -n 1) || summary="phpt: no summary line"
    size=$("$docker" image inspect --format '{{.Size}}' "rsockets:php$v")
    results+=("php $v: $summary (exit $status, image $((size / 1000000)) MB, $(("$SECONDS" - t0)) s)")
    ((status == 0)) || failed=1
done

echo "=== docker images, $((SECONDS - start)) s in all"
printf '%s\n' "${results[@]}"
exit "$failed"
