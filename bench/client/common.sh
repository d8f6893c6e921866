# Sourced by the bench/client scripts: where the project is, the extension to measure and the echo
# server to measure it against, and a temporary directory.
#   in:  RSOCKETS_SO (default target/release/librsockets.so, else target/debug), RSOCKETS_ECHO
#   out: root, SO (absolute), ECHO_BIN, tmp (made here; the caller removes it)
# shellcheck shell=bash disable=SC2034 # the variables are for the scripts that source this
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SO=${RSOCKETS_SO:-}
if [[ -z $SO ]]; then
    SO=$root/target/release/librsockets.so
    [[ -f $SO ]] || SO=$root/target/debug/librsockets.so
fi
SO=$(readlink -f "$SO")
ECHO_BIN=$(command -v "${RSOCKETS_ECHO:-rsockets-echo}")
tmp=$(mktemp -d)
