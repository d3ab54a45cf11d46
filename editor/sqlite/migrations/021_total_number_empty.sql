-- An imported back issue whose source prints no 总第M期 keeps 总第 empty
-- (NULL) instead of a proposed number that would print as if the source
-- had it; UNIQUE (bulletin_id, total_number) lets NULLs be many, so
-- several such issues of one bulletin may exist. Also kept from the
-- source: its own 本期要目 list (contents_text) and copy-count line
-- (copy_line), printed as it wrote them.
--
-- SQLite cannot drop a NOT NULL with ALTER TABLE, and the usual rebuild
-- (new table, copy, drop, rename) cannot run here: the migration runs in
-- a transaction with foreign keys on, where dropping the old issues would
-- cascade to every section, item, event and footer line, and renaming it
-- repoints them all. Removing a NOT NULL changes nothing stored, so this
-- takes the procedure SQLite documents for it (ALTER TABLE, "Making Other
-- Kinds Of Table Schema Changes"): the table's definition is edited in
-- sqlite_schema, and the schema read again (RESET) before the columns
-- below are added; each ADD COLUMN moves the schema version on, so every
-- other connection reads the new definition too.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'total_number INTEGER NOT NULL,', 'total_number INTEGER,')
WHERE type = 'table' AND name = 'issues';
PRAGMA writable_schema = RESET;
ALTER TABLE issues ADD COLUMN contents_text TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN copy_line TEXT NOT NULL DEFAULT '';
