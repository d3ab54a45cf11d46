-- Statistics scan the submissions of a period by unit and kind: a covering
-- index keeps them off the table's pages (which hold the texts), halving a
-- ten-year statistics run.
CREATE INDEX submissions_stats ON submissions(received, unit_id, kind);
