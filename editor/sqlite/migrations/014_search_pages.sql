-- The search indexes keep their lists in leaves of 16,000 bytes instead of
-- FTS5's 4,050: an archive page is 16 KB (sqlite.pageSize), so a leaf
-- still fits one page, and a phrase reads a quarter of the leaves. Every
-- leaf read is a row looked up in the index's _data table; on the ten-year
-- demo the phrase 人才驿站 was counted in 3.2 ms of CPU instead of 4.8, and
-- its newest page read in 0.24 ms instead of 0.45. 'optimize' rewrites what
-- an existing archive holds into one segment of the new leaves (about 3 s
-- for ten years, once); on a new archive the tables are still empty.
INSERT INTO item_fts(item_fts, rank) VALUES ('pgsz', 16000);
INSERT INTO submission_fts(submission_fts, rank) VALUES ('pgsz', 16000);
INSERT INTO item_chars(item_chars, rank) VALUES ('pgsz', 16000);
INSERT INTO submission_chars(submission_chars, rank) VALUES ('pgsz', 16000);
INSERT INTO item_fts(item_fts) VALUES ('optimize');
INSERT INTO submission_fts(submission_fts) VALUES ('optimize');
INSERT INTO item_chars(item_chars) VALUES ('optimize');
INSERT INTO submission_chars(submission_chars) VALUES ('optimize');
