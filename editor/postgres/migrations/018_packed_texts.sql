-- SQLite's twin of this migration adds the dictionaries its packed texts
-- are compressed with (editor/texts.go). The office archive stores texts
-- as they are: PostgreSQL compresses every long value itself (TOAST), so
-- here there is nothing to change.
SELECT 1;
