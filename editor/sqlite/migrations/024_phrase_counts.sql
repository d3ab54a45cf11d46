-- The office archive's 024 keeps the count of each phrase searched, since
-- its GIN index holds no positions and a phrase is counted by reading
-- every matching document's positions. SQLite's FTS5 keeps positions in
-- the index itself and counts a phrase from them, so a file needs nothing.
SELECT 1;
