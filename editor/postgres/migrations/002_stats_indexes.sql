-- Statistics scan the submissions of a period by unit and kind: a covering
-- index keeps them off the table's rows (which hold the texts).
CREATE INDEX submissions_stats ON submissions(received, unit_id, kind);
