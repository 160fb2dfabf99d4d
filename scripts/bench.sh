#!/bin/sh
# Times kg's main paths with a release build, as whole commands:
#   ingest of the sample corpus copied COPIES times (fresh database, then all unchanged),
#   extraction alone (kg extract) on the same text, in words per second,
#   queries on a synthetic graph of about a million relations (scripts/make-synthetic-graph.sh);
#   each query is a fresh process, so its time includes loading the graph where the plan needs it.
# Usage: scripts/bench.sh [COPIES]   (default 200). Needs sqlite3 for the synthetic graph.
set -eu
cd "$(dirname "$0")/.."
COPIES="${1:-200}"
swift build -c release --product kg >/dev/null
KG="$(swift build -c release --show-bin-path)/kg"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

i=0
while [ "$i" -lt "$COPIES" ]; do
    mkdir -p "$WORK/corpus/$i"
    cp corpus/*.txt "$WORK/corpus/$i/"
    i=$((i + 1))
done
words=$(cat "$WORK"/corpus/*/*.txt | wc -w)
bytes=$(cat "$WORK"/corpus/*/*.txt | wc -c)
files=$(ls "$WORK"/corpus/*/*.txt | wc -l)
echo "input: $files files, $words words, $bytes bytes"

seconds() { # prints the wall time of "$@" in seconds, discarding its output
    start=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s.%N)
    awk "BEGIN { printf \"%.3f\", $end - $start }"
}

t=$(seconds "$KG" ingest --db "$WORK/g.sqlite" "$WORK/corpus")
echo "ingest, fresh database:   $t s  ($(awk "BEGIN { printf \"%d\", $files / $t }") documents/s, $(awk "BEGIN { printf \"%d\", $words / $t }") words/s)"
t=$(seconds "$KG" ingest --db "$WORK/g.sqlite" "$WORK/corpus")
echo "ingest again, unchanged:  $t s"
t=$(seconds "$KG" extract "$WORK"/corpus/*/*.txt)
echo "extract only:             $t s  ($(awk "BEGIN { printf \"%d\", $words / $t }") words/s, one process)"

KG="$KG" scripts/make-synthetic-graph.sh "$WORK/big.sqlite" 100000 1000000 >/dev/null
q() { "$KG" query --db "$WORK/big.sqlite" --timer "$1" 2>&1 | grep -i "run time" | tail -n 1; }
echo "synthetic graph: 100000 entities, $(sqlite3 "$WORK/big.sqlite" 'SELECT count(*) FROM relations') relations"
echo "  one hop from a named node:   $(q 'MATCH (a {name: "Entity 42"})-[r]->(b) RETURN count(*);')"
echo "  1..3 hops from a named node: $(q 'MATCH (a {name: "Entity 42"})-[*1..3]->(b) RETURN count(DISTINCT b);')"
echo "  shortest path, two names:    $(q 'MATCH p = ANY SHORTEST (a {name: "Entity 42"})-[*..6]-(b {name: "Entity 4242"}) RETURN length(p);')"
echo "  grouped count over all edges: $(q 'MATCH (a)-[:condemn]->(b:country) RETURN b.type, count(*);')"
