#!/usr/bin/env bash
# Seed corpora for the harnesses from the project's own inputs: example queries and the
# statements and dot-commands in docs/, the example graph, the sample articles.
set -euo pipefail
cd "$(dirname "$0")"
root=..
rm -rf seeds
mkdir -p seeds/FuzzQuery seeds/FuzzCSVImport seeds/FuzzJSONImport seeds/FuzzDocumentReader seeds/FuzzExtractor
n=0
for script in "$root"/queries/*.kgq; do cp "$script" "seeds/FuzzQuery/$(basename "$script")"; done
# Every statement or dot-command line shown in the docs, one seed each.
grep -hE '^\s*(MATCH|OPTIONAL|EXPLAIN|WITH|RETURN|kg> |\.)[A-Za-z ]' "$root"/docs/*.md "$root"/README.md \
  | sed -E 's/^\s*kg> //' | sort -u | while IFS= read -r line; do
    n=$((n + 1)); printf '%s\n' "$line" > "seeds/FuzzQuery/doc-$n.kgq"
  done
{ cat "$root/docs/examples/nodes.csv"; printf '%%%%\n'; cat "$root/docs/examples/edges.csv"; } > seeds/FuzzCSVImport/example.csv
cat > seeds/FuzzJSONImport/example.json <<'JSON'
{"directed": true, "multigraph": true, "graph": {},
 "nodes": [{"id": 1, "name": "Joe Biden", "type": "person", "aliases": ["Biden"], "documents": ["a.txt"]},
           {"id": 2, "name": "Russia", "type": "country"}, {"id": "u", "name": "Ukraine", "type": "country"}],
 "edges": [{"source": 1, "target": 2, "key": 7, "action": "condemn", "cameo": "11", "kind": "action",
            "document": "a.txt", "sentence": "Biden condemned Russia.", "confidence": 0.8},
           {"source": 2, "target": "u", "action": "invade", "cameo": 19}]}
JSON
for article in "$root"/corpus/*; do
  cp "$article" seeds/FuzzDocumentReader/
  cp "$article" seeds/FuzzExtractor/
done
printf '<html><head><title>T &amp; U</title><script>x<y</script></head><body><p>Biden &ldquo;condemned&rdquo; Russia&#8217;s <b>move</b>.</p></body></html>' \
  > seeds/FuzzDocumentReader/page.html
