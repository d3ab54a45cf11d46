-- An imported back issue whose source prints no 总第M期 keeps 总第 empty
-- (NULL) instead of a proposed number that would print as if the source
-- had it; UNIQUE (bulletin_id, total_number) lets NULLs be many. Also kept
-- from the source: its own 本期要目 list and copy-count line (see the
-- SQLite twin, which rebuilds the table for the NOT NULL).
ALTER TABLE issues ALTER COLUMN total_number DROP NOT NULL;
ALTER TABLE issues ADD COLUMN contents_text TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN copy_line TEXT NOT NULL DEFAULT '';
