-- kg store, version 3: relation indexes that cost a bulk import only what queries read.
-- Imported facts have no sentence and no date, and a news graph's facts are mostly imported or
-- undated, so indexing those NULLs wrote an index entry per relation that no query looked up.

-- Read by removing or replacing a document (its relations, by their sentences): only rows with
-- a sentence can be found that way.
DROP INDEX relations_by_sentence;
CREATE INDEX relations_by_sentence ON relations(sentence_id) WHERE sentence_id IS NOT NULL;

-- No statement of kg's looks relations up by date (date filters run on the graph snapshot).
DROP INDEX relations_by_date;
