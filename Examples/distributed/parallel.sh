#!/usr/bin/env bash
# relgraph with GNU parallel: blocks of 200 documents mapped by `extract`, reduced by `merge`.
#   Examples/distributed/parallel.sh news.jsonl all.svg
# The result is byte-identical to `relgraph --jsonl news.jsonl -o all.svg`.
set -euo pipefail
RELGRAPH=${RELGRAPH:-.build/release/relgraph}
parallel --pipe -N 200 --keep-order "$RELGRAPH" extract --jsonl --jobs 1 --quiet < "$1" \
    | "$RELGRAPH" merge - -o "$2"
