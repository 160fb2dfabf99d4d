-- kg store, version 1: documents, their sentences, entities with aliases, mentions and relations.
-- Applied once by the store inside a transaction; PRAGMA user_version records it.

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    path         TEXT NOT NULL UNIQUE,       -- as given on the command line, made absolute
    name         TEXT NOT NULL,              -- file name, which exports and the scorer key on
    title        TEXT,
    content_hash TEXT NOT NULL,              -- SHA-256 of the file's bytes, hex
    size         INTEGER NOT NULL,           -- bytes
    ingested_at  TEXT NOT NULL               -- ISO 8601, UTC
);

CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,            -- 0-based position in the document
    start       INTEGER NOT NULL,            -- character (Unicode scalar) offsets into the text
    end         INTEGER NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (document_id, idx)
);

CREATE TABLE entities (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL,                     -- canonical name: the most complete form seen
    type  TEXT NOT NULL CHECK (type IN ('person', 'country', 'organization', 'location'))
);
CREATE INDEX entities_by_type ON entities(type);
CREATE INDEX entities_by_name ON entities(name COLLATE NOCASE);

CREATE TABLE aliases (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    surface   TEXT NOT NULL,                 -- as written
    key       TEXT NOT NULL,                 -- normalized for lookup (AliasKey)
    PRIMARY KEY (entity_id, surface)
) WITHOUT ROWID;
CREATE INDEX aliases_by_key ON aliases(key);

CREATE TABLE mentions (
    id          INTEGER PRIMARY KEY,
    entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,            -- character offsets into the document text
    end         INTEGER NOT NULL,
    surface     TEXT NOT NULL
);
CREATE INDEX mentions_by_entity ON mentions(entity_id);
CREATE INDEX mentions_by_sentence ON mentions(sentence_id);

CREATE TABLE relations (
    id          INTEGER PRIMARY KEY,
    subject_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    object_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    action      TEXT NOT NULL,               -- verb lemma ('condemn') or role noun ('president')
    cameo       TEXT NOT NULL,               -- two-digit CAMEO root code, or 'role'
    kind        TEXT NOT NULL CHECK (kind IN ('action', 'role')),
    sentence_id INTEGER REFERENCES sentences(id) ON DELETE CASCADE,  -- NULL for imported facts
    start       INTEGER,                     -- character span of the evidence in the document
    end         INTEGER,
    confidence  REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX relations_by_subject ON relations(subject_id, action);
CREATE INDEX relations_by_object ON relations(object_id, action);
CREATE INDEX relations_by_action ON relations(action);
CREATE INDEX relations_by_sentence ON relations(sentence_id);

-- The last name of every person entity whose canonical name has more than one word, so that a
-- later "Putin" finds "Vladimir Putin" through an index. Kept by the store's entity resolver.
CREATE TABLE person_surnames (
    entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,                 -- last word of AliasKey.lookupKey(name)
    PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;
CREATE INDEX person_surnames_by_entity ON person_surnames(entity_id);
