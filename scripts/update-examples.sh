#!/bin/sh
# Regenerates queries/NAME.expected for every queries/NAME.kgq: builds kg, ingests corpus/ into a
# temporary graph and runs each script with `kg query -f NAME.kgq --format csv`.
# Run it after changing the extractor or the examples, then review `git diff queries/`.
set -eu
cd "$(dirname "$0")/.."
swift build --product kg >/dev/null
KG="$(swift build --show-bin-path)/kg"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
"$KG" ingest --db "$WORK/graph.sqlite" corpus >/dev/null
for script in queries/*.kgq; do
    "$KG" query --db "$WORK/graph.sqlite" -f "$script" --format csv >"${script%.kgq}.expected"
    echo "updated ${script%.kgq}.expected"
done
