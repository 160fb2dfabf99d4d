#!/bin/sh
# Writes a synthetic kg graph for timing queries: NODES entities (person/country/organization/
# location in turn, each with one alias) and EDGES random relations over 8 actions, plus one hub.
# Usage: scripts/make-synthetic-graph.sh FILE [NODES] [EDGES]
set -eu
FILE="$1"; NODES="${2:-100000}"; EDGES="${3:-1000000}"
KG="${KG:-$(swift build -c release --show-bin-path)/kg}"
rm -f "$FILE" "$FILE-wal" "$FILE-shm"
# kg's own schema, applied as kg migrates a new file (read-only commands refuse an empty file).
for schema in "$(dirname "$0")"/../schema/[0-9]*.sql; do
    version=$(basename "$schema" | sed 's/^0*\([0-9][0-9]*\)_.*/\1/')
    { cat "$schema"; echo "PRAGMA user_version = $version;"; } | sqlite3 "$FILE"
done
sqlite3 "$FILE" <<SQL
PRAGMA journal_mode = WAL;
BEGIN;
INSERT INTO documents (id, path, name, title, content_hash, size, ingested_at)
VALUES (1, '/synthetic.txt', 'synthetic.txt', 'synthetic', 'x', 0, '2026-01-01T00:00:00Z');
INSERT INTO sentences (id, document_id, idx, start, end, text) VALUES (1, 1, 0, 0, 9, 'Synthetic.');
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $NODES)
INSERT INTO entities (id, name, type)
SELECT i, 'Entity ' || i, CASE i % 4 WHEN 0 THEN 'person' WHEN 1 THEN 'country' WHEN 2 THEN 'organization' ELSE 'location' END FROM n;
INSERT INTO aliases (entity_id, surface, key) SELECT id, name, lower(name) FROM entities;
WITH RECURSIVE e(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM e WHERE i < $EDGES)
INSERT INTO relations (subject_id, object_id, action, cameo, kind, sentence_id, start, end, confidence)
SELECT 1 + abs(random()) % $NODES, 1 + abs(random()) % $NODES,
       CASE i % 8 WHEN 0 THEN 'condemn' WHEN 1 THEN 'sanction' WHEN 2 THEN 'meet' WHEN 3 THEN 'call'
                  WHEN 4 THEN 'attack' WHEN 5 THEN 'recognize' WHEN 6 THEN 'praise' ELSE 'president' END,
       CASE i % 8 WHEN 0 THEN '11' WHEN 1 THEN '16' WHEN 2 THEN '04' WHEN 3 THEN '04'
                  WHEN 4 THEN '19' WHEN 5 THEN '05' WHEN 6 THEN '05' ELSE 'role' END,
       CASE i % 8 WHEN 7 THEN 'role' ELSE 'action' END, 1, 0, 9, 1.0
FROM e;
-- A hub: entity 1 meets 5000 others.
WITH RECURSIVE h(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM h WHERE i < 5001)
INSERT INTO relations (subject_id, object_id, action, cameo, kind, sentence_id, start, end, confidence)
SELECT 1, i, 'meet', '04', 'action', 1, 0, 9, 1.0 FROM h;
COMMIT;
SQL
echo "$FILE: $NODES entities, $(sqlite3 "$FILE" 'SELECT count(*) FROM relations') relations"
