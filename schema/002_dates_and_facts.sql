-- kg store, version 2: dates on documents and relations, confidences as the two-decimal values
-- they mean, and facts: the relations that say the same thing, counted.
-- Version-1 databases upgrade in place; their documents have no date_source yet (NULL: never
-- looked for), so the next ingest of an unchanged file reads and dates it again.

ALTER TABLE documents ADD COLUMN date TEXT;            -- publication date, YYYY-MM-DD, or NULL
-- where the date was found: 'metadata', 'dateline', 'date line', 'file name'; 'none' when the
-- document gives no date; NULL for documents stored before version 2
ALTER TABLE documents ADD COLUMN date_source TEXT
    CHECK (date_source IN ('metadata', 'dateline', 'date line', 'file name', 'none'));

ALTER TABLE relations ADD COLUMN date TEXT;            -- when it happened, YYYY-MM-DD, or NULL
-- 'sentence' (a date in the evidence sentence), 'relative' ("on Monday", resolved against the
-- publication date), 'document' (the publication date); NULL when the fact has no date
ALTER TABLE relations ADD COLUMN date_source TEXT
    CHECK (date_source IN ('sentence', 'relative', 'document'));
CREATE INDEX relations_by_date ON relations(date);

-- Confidences are sums of rule weights; 0.7999999999999999 means 0.8.
UPDATE relations SET confidence = round(confidence, 2);

-- A fact: one (subject, action, object) however many sentences report it. Each relation row is
-- one report, the evidence; this view counts them.
CREATE VIEW facts AS
SELECT min(r.id)                     AS id,           -- the first report's id
       r.subject_id, r.object_id, r.action, r.cameo, r.kind,
       count(*)                      AS reports,
       count(DISTINCT s.document_id) AS documents,
       min(r.date)                   AS first_date,
       max(r.date)                   AS last_date,
       max(r.confidence)             AS confidence
FROM relations r LEFT JOIN sentences s ON s.id = r.sentence_id
GROUP BY r.subject_id, r.action, r.object_id, r.cameo, r.kind;

-- Which documents named each entity, and how: what removing a document (kg remove, kg ingest
-- --prune) or replacing it needs to leave the entity as if that document had never been read.
CREATE TABLE entity_sources (
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,               -- the name this document gave it
    PRIMARY KEY (entity_id, document_id)
) WITHOUT ROWID;
CREATE INDEX entity_sources_by_document ON entity_sources(document_id);

CREATE TABLE alias_sources (
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    surface     TEXT NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, surface, document_id)
) WITHOUT ROWID;
CREATE INDEX alias_sources_by_document ON alias_sources(document_id);
