-- SQLite's twin of this migration sets the leaf size of its FTS5 search
-- indexes; the office archive's GIN indexes have no such setting, so here
-- there is nothing to change.
SELECT 1;
