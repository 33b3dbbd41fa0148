#!/usr/bin/env bash
# Renders a synthetic graph to every Graphviz format, many times, and each example article to
# SVG, under valgrind's memcheck, and fails on a definite leak or a memory error (invalid read,
# write or free, use of uninitialised memory) that scripts/memcheck.supp does not explain. The
# articles bring what the synthetic graph lacks: multi-party events drawn as clusters, relations
# inside them, persons.
#
#   scripts/memcheck.sh            (or: make memcheck)
#
# A gvc/cgraph object freed twice shows up as an invalid free; one never freed as a
# definite leak counted once per rendering. Tunables: MEMCHECK_REPEAT (10 renderings per
# format; the issue's 100 takes about 10 minutes on 2 cores), MEMCHECK_ACTORS (12),
# RELGRAPH_BIN (.build/debug/relgraph). Logs go to .build/memcheck/.
set -euo pipefail

cd "$(dirname "$0")/.."
BIN=${RELGRAPH_BIN:-.build/debug/relgraph}
REPEAT=${MEMCHECK_REPEAT:-10}
ACTORS=${MEMCHECK_ACTORS:-12}
LOGS=.build/memcheck
SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)

[ -x "$BIN" ] || { echo "memcheck: $BIN not found; run 'swift build --product relgraph' first" >&2; exit 1; }
if ! command -v valgrind >/dev/null 2>&1; then
    echo "memcheck: installing valgrind" >&2
    $SUDO apt-get update -q >/dev/null && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q valgrind >/dev/null
fi
mkdir -p "$LOGS"

failed=0
# check NAME CMD...: runs CMD under memcheck, logging to $LOGS/NAME.log.
check() {
    local name=$1; shift
    local log="$LOGS/$name.log"
    if valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
        --error-exitcode=99 --num-callers=40 --suppressions=scripts/memcheck.supp --log-file="$log" "$@" >/dev/null; then
        echo "memcheck: $name: clean ($(grep -o 'suppressed: [0-9,]* bytes' "$log" | head -1) by scripts/memcheck.supp)"
    else
        failed=1
        echo "memcheck: $name: FAILED, see $log" >&2
        grep -E "definitely lost:|ERROR SUMMARY|Invalid|uninitialised" "$log" >&2 || true
    fi
}
for format in svg png pdf dot; do
    check "$format-x$REPEAT" "$BIN" bench-render "$ACTORS" --format "$format" --repeat "$REPEAT"
done
for article in Examples/*.txt; do
    check "$(basename "$article" .txt)" "$BIN" "$article" --format svg
done
exit $failed
