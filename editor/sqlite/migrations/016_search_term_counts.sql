-- The office archive's 016 adds a table of how many documents hold each
-- search token, for a one-token query's count. SQLite's FTS5 keeps those
-- counts itself (012 reads them through fts5vocab), so a file needs nothing.
SELECT 1;
