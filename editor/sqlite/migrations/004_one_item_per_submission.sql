-- A submission (来稿) is adopted by at most one item: a 综合 item credits
-- several submissions, never one submission in two items, so statistics and
-- the 通报 cannot count a piece twice. Archives written before this rule may
-- hold a submission adopted twice; the first item (the lowest id) keeps it.
DELETE FROM adoptions WHERE EXISTS (
	SELECT 1 FROM adoptions older
	WHERE older.submission_id = adoptions.submission_id AND older.item_id < adoptions.item_id);
DROP INDEX IF EXISTS adoptions_submission;
CREATE UNIQUE INDEX adoptions_one_item ON adoptions(submission_id);
