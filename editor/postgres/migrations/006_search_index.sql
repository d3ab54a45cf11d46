-- Search index, second token scheme (editor/searchtokens.go; SQLite's 006
-- says why). The token tables are emptied and refilled in Go after the
-- migrations run (ensureSearchIndexTx); one-character queries go to the
-- *_chars tables, which hold each CJK character a record has once.
DELETE FROM item_fts;
DELETE FROM submission_fts;
DROP TABLE IF EXISTS item_chars;
DROP TABLE IF EXISTS submission_chars;
CREATE TABLE item_chars (
	rowid  BIGINT PRIMARY KEY,
	tokens TEXT NOT NULL DEFAULT '',
	tsv    tsvector NOT NULL DEFAULT CAST('' AS tsvector)
);
CREATE INDEX item_chars_tsv ON item_chars USING gin (tsv);
CREATE TRIGGER item_chars_tokens BEFORE INSERT ON item_chars FOR EACH ROW EXECUTE PROCEDURE bd_search_tokens();
CREATE TABLE submission_chars (
	rowid  BIGINT PRIMARY KEY,
	tokens TEXT NOT NULL DEFAULT '',
	tsv    tsvector NOT NULL DEFAULT CAST('' AS tsvector)
);
CREATE INDEX submission_chars_tsv ON submission_chars USING gin (tsv);
CREATE TRIGGER submission_chars_tokens BEFORE INSERT ON submission_chars FOR EACH ROW EXECUTE PROCEDURE bd_search_tokens();
DELETE FROM settings WHERE key = 'search_tokens';
