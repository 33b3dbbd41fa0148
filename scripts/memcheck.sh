#!/usr/bin/env bash
# Renders a synthetic graph to every Graphviz format, many times, under valgrind's memcheck,
# and fails on a definite leak or a memory error (invalid read or write, use of
# uninitialised memory) that scripts/memcheck.supp does not explain.
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
for format in svg png pdf dot; do
    log="$LOGS/$format.log"
    if valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite \
        --error-exitcode=99 --num-callers=40 --suppressions=scripts/memcheck.supp --log-file="$log" \
        "$BIN" bench-render "$ACTORS" --format "$format" --repeat "$REPEAT" >/dev/null; then
        echo "memcheck: $format x$REPEAT: clean ($(grep -o 'suppressed: [0-9,]* bytes' "$log" | head -1) by scripts/memcheck.supp)"
    else
        failed=1
        echo "memcheck: $format x$REPEAT: FAILED, see $log" >&2
        grep -E "definitely lost:|ERROR SUMMARY|Invalid|uninitialised" "$log" >&2 || true
    fi
done
exit $failed
