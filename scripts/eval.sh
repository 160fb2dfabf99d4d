#!/usr/bin/env bash
# Score kg's extraction: on the sample corpus against its gold files (the dev set the extractor
# is tuned on), then on held-out GUM articles nobody tuned on (entities only), and with
# --heldout-news on the held-out news sets eval/heldout-news* and with --tune-news on the tuning
# news sets eval/tune-news* (entities and relations).
# docs/evaluation.md explains the measures and the held-out set's caveats.
#
# usage: scripts/eval.sh [--release] [--via auto|ingest|extract] [--genres LIST] [--splits LIST]
#                        [--kg PATH] [--keep DIR] [--show] [--skip-dev] [--skip-gum]
#                        [--heldout-news] [--tune-news]
#   --release        build and run the release binary (default: debug)
#   --via            how to get a graph: `kg ingest` + `kg export` (ingest), `kg extract --json`
#                    (extract), or the first of these that works on this build (auto, default)
#   --genres         GUM genres of the held-out set (default: news,interview,bio,speech,voyage,textbook)
#   --splits         GUM splits to score (default: test,dev)
#   --kg PATH        use this kg binary instead of building one
#   --keep DIR       leave the generated texts, gold files and graphs in DIR
#   --show           list each missed and spurious entity (score.py --show); not for --heldout-news
#   --skip-dev       do not score the dev set
#   --skip-gum       do not score the GUM held-out set
#   --heldout-news   also score the held-out news sets eval/heldout-news* (original news articles
#                    with gold entities and relations; never tune on them, see
#                    eval/heldout-news/README.md), each set and pooled; totals only
#   --tune-news      also score the tuning news sets eval/tune-news*, each set and pooled (--show
#                    lists their misses)
# Environment: KG_SHARED, the shared data folder (default: ../shared next to the repository).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
config=debug
via=auto
genres=news,interview,bio,speech,voyage,textbook
splits=test,dev
kg=""
keep=""
show=()
skip_dev=""
skip_gum=""
heldout_news=""
tune_news=""

die() { echo "eval.sh: $*" >&2; exit 2; }

while [ $# -gt 0 ]; do
    case "$1" in
        --release) config=release ;;
        --via) [ $# -ge 2 ] || die "--via needs auto, ingest or extract"; via=$2; shift ;;
        --genres) [ $# -ge 2 ] || die "--genres needs a list"; genres=$2; shift ;;
        --splits) [ $# -ge 2 ] || die "--splits needs a list"; splits=$2; shift ;;
        --kg) [ $# -ge 2 ] || die "--kg needs a path"; kg=$2; shift ;;
        --keep) [ $# -ge 2 ] || die "--keep needs a folder"; keep=$2; shift ;;
        --show) show=(--show) ;;
        --skip-dev) skip_dev=1 ;;
        --skip-gum) skip_gum=1 ;;
        --heldout-news) heldout_news=1 ;;
        --tune-news) tune_news=1 ;;
        -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) die "unknown option '$1' (see --help)" ;;
    esac
    shift
done
case "$via" in auto|ingest|extract) ;; *) die "--via must be auto, ingest or extract, not '$via'" ;; esac

shared=$(cd "${KG_SHARED:-$root/../shared}" 2>/dev/null && pwd) ||
    die "${KG_SHARED:-$root/../shared}: no shared data folder (set KG_SHARED)"
score="$shared/eval/score.py"
[ -f "$score" ] || die "$score: not found (set KG_SHARED to the shared data folder)"
command -v python3 >/dev/null || die "python3 is needed to score"

if [ -n "$keep" ]; then
    work=$keep
    mkdir -p "$work"
else
    work=$(mktemp -d "${TMPDIR:-/tmp}/kg-eval.XXXXXX")
    trap 'rm -rf "$work"' EXIT
fi

if [ -z "$kg" ]; then
    echo "== building kg ($config)"
    if ! built=$(cd "$root" && swift build -c "$config" --product kg 2>&1); then
        echo "$built" >&2
        die "swift build failed"
    fi
    echo "$built" | tail -1
    kg="$(cd "$root" && swift build -c "$config" --show-bin-path)/kg"
fi
[ -x "$kg" ] || die "$kg: no kg binary"

# graph_of NAME OUT FILE...: the node-link JSON kg makes of FILEs, written to OUT.
# Prints which way it went, so a reader knows what was measured.
graph_of() {
    local name=$1 out=$2; shift 2
    local db="$work/$name.sqlite" log="$work/$name.ingest.log" extract_log="$work/$name.extract.log"
    rm -f "$db"
    : >"$log"
    if [ "$via" != extract ]; then
        if "$kg" ingest --db "$db" "$@" >"$log" 2>&1 && "$kg" export --db "$db" --format json -o "$out" >>"$log" 2>&1; then
            echo "   graph: kg ingest + kg export ($# files)"
            return 0
        fi
        [ "$via" = ingest ] && { cat "$log" >&2; die "kg ingest/export failed on $name"; }
    fi
    if "$kg" extract --json "$@" >"$out" 2>"$extract_log"; then
        echo "   graph: kg extract --json ($# files)"
        return 0
    fi
    [ "$via" = extract ] && { cat "$extract_log" >&2; die "kg extract failed on $name"; }
    echo "   WARNING: neither 'kg ingest' nor 'kg extract --json' works on this build; scoring an empty graph"
    head -1 "$log" | cut -c1-120 | sed 's/^/   kg ingest: /'
    head -1 "$extract_log" | cut -c1-120 | sed 's/^/   kg extract: /'
    echo '{"directed": true, "multigraph": true, "graph": {}, "nodes": [], "edges": []}' >"$out"
}

# (a) The dev set: the sample articles and their gold files, entities and relations.
if [ -z "$skip_dev" ]; then
    corpus="$shared/corpus"
    [ -d "$corpus" ] || corpus="$root/corpus"
    echo
    echo "== dev set: $corpus against $shared/eval/gold"
    graph_of corpus "$work/corpus.json" "$corpus"/*.txt
    python3 "$score" "$shared/eval/gold" "$work/corpus.json" "${show[@]}"
fi

# (b) Held-out: GUM articles, entities only.
if [ -z "$skip_gum" ]; then
    echo
    echo "== held-out set: UD English GUM, genres $genres"
    echo "   entity rows only: GUM annotates no relations, so relation rows would be empty (gold 0)"
    IFS=, read -r -a split_list <<<"$splits"
    for split in "${split_list[@]}"; do
        dir="$work/gum-$split"
        rm -rf "$dir"
        echo
        echo "-- GUM $split"
        python3 "$root/scripts/gum-to-gold.py" "$dir" --split "$split" --genres "$genres" \
            --data-dir "$shared/data/ud-english-gum" 2>&1 | sed 's/^/   /'
        graph_of "gum-$split" "$work/gum-$split.json" "$dir"/*.txt
        python3 "$score" "$dir" "$work/gum-$split.json" "${show[@]}" |
            grep -E '^(GUM_|measure|entities|articles)' | grep -v ' relation '
        python3 "$score" "$dir" "$work/gum-$split.json" --merge-places |
            awk '$1 == "entities" { printf "%-28s %6s %6s %6s %8s %7s %6s\n", "entities (country=location)", $2, $3, $4, $5, $6, $7 }'
        # One row per genre: the rules may hold for news and fail for travel guides.
        IFS=, read -r -a genre_list <<<"$genres"
        for genre in "${genre_list[@]}"; do
            compgen -G "$dir/GUM_${genre}_*.json" >/dev/null || continue
            mkdir -p "$dir/by-genre/$genre"
            cp "$dir"/GUM_"${genre}"_*.json "$dir/by-genre/$genre/"
            python3 "$score" "$dir/by-genre/$genre" "$work/gum-$split.json" |
                awk -v g="entities, $genre only" '$1 == "entities" { printf "%-28s %6s %6s %6s %8s %7s %6s\n", g, $2, $3, $4, $5, $6, $7 }'
        done
    done
fi

# news_sets PATTERN TITLE [score.py flags]: each eval/PATTERN set (articles + gold) scored, then
# the relation and entity totals pooled over the sets (micro-averaged, as score.py sums articles).
news_sets() {
    local pattern=$1 title=$2; shift 2
    local pooled="$work/$pattern.pooled" dir name
    : >"$pooled"
    for dir in "$root"/eval/$pattern; do
        [ -d "$dir/articles" ] && [ -d "$dir/gold" ] || continue
        name=$(basename "$dir")
        echo
        echo "== $title: eval/$name"
        graph_of "$name" "$work/$name.json" "$dir"/articles/*.txt
        python3 "$score" "$dir/gold" "$work/$name.json" "$@"
        python3 "$score" "$dir/gold" "$work/$name.json" --json >>"$pooled"
    done
    [ -s "$pooled" ] || die "no eval/$pattern sets found"
    echo
    echo "== $title: pooled over $(wc -l <"$pooled") sets"
    python3 - "$pooled" <<'PY'
import json, sys
totals = {}
for line in open(sys.argv[1]):
    for measure, v in json.loads(line).items():
        if isinstance(v, dict):
            t = totals.setdefault(measure, [0, 0, 0])
            t[0] += v["matched"]; t[1] += v["system"]; t[2] += v["gold"]
print(f"{'measure':28} {'P':>6} {'R':>6} {'F1':>6} {'matched':>8} {'system':>7} {'gold':>6}")
for measure in ("entities", "relations"):
    m, s, g = totals.get(measure, [0, 0, 0])
    p, r = (m / s if s else 0.0), (m / g if g else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{measure:28} {p:6.3f} {r:6.3f} {f:6.3f} {m:8} {s:7} {g:6}")
PY
}

# (c) Held-out news: original articles written for kg's evaluation, entities and relations,
# eval/heldout-news and the later held-out sets. No --show here: listing the misses would invite
# tuning on them.
[ -n "$heldout_news" ] && news_sets 'heldout-news*' "held-out news (never tuned on)"

# (d) Tuning news: the sets whose misses the rules are studied on (--show lists them).
[ -n "$tune_news" ] && news_sets 'tune-news*' "tuning news" "${show[@]}"
[ -n "$keep" ] && echo && echo "texts, gold files and graphs kept in $work"
exit 0
