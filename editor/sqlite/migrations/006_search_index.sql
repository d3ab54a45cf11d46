-- Search index, second token scheme (editor/searchtokens.go): CJK pairs
-- framed by each run's first and last character, symbols between words as
-- tokens, made in Go, so SQLite's ascii tokenizer only splits at the spaces
-- (unicode61 re-read every character: 1.3-1.9x slower). One-character
-- queries go to the *_chars tables, which hold each CJK character a record
-- has once, without positions (a tenth of the size of a prefix index).
-- The tables are filled in Go after the migrations run (ensureSearchIndexTx),
-- because the tokens are made there; the setting below says they must be.
DROP TABLE IF EXISTS item_fts;
DROP TABLE IF EXISTS submission_fts;
DROP TABLE IF EXISTS item_chars;
DROP TABLE IF EXISTS submission_chars;
CREATE VIRTUAL TABLE item_fts USING fts5(tokens, content = '', contentless_delete = 1, tokenize = 'ascii');
CREATE VIRTUAL TABLE submission_fts USING fts5(tokens, content = '', contentless_delete = 1, tokenize = 'ascii');
CREATE VIRTUAL TABLE item_chars USING fts5(tokens, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii');
CREATE VIRTUAL TABLE submission_chars USING fts5(tokens, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii');
DELETE FROM settings WHERE key = 'search_tokens';
