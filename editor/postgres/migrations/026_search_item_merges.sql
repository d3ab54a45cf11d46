-- The file's 026 merges the segments of its FTS5 item indexes into one.
-- PostgreSQL's GIN index has no segments to merge: nothing to do here.
SELECT 1;
