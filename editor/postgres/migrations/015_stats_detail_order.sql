-- The workbook's 明细 sheet lists the submissions by date, then by id.
-- submissions_detail (migration 013) held them by date, then unit, so
-- SQLite read them through submissions_received, a row lookup each (the
-- rows hold the texts), to have them by id within each day. This index
-- holds them in the sheet's order with every column the sheet and the
-- statistics read; it replaces submissions_detail.
CREATE INDEX submissions_detail_order ON submissions(received, id, unit_id, kind, status, words, title);
DROP INDEX submissions_detail;
