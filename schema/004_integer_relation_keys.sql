-- kg store, version 4: the subject and object indexes keyed by integers only.
-- Version 1 keyed them by (end, action): a bulk import sorted a million text comparisons per
-- index, and no statement of kg's looks up an end and an action together except the import's
-- check for a relation it already holds, which (subject, object) serves better. Looking up a
-- node's relations, counting them, and the foreign keys' cascades read only the leading column.
DROP INDEX relations_by_subject;
CREATE INDEX relations_by_subject ON relations(subject_id, object_id);
DROP INDEX relations_by_object;
CREATE INDEX relations_by_object ON relations(object_id);
