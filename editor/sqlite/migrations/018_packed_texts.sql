-- Submission texts are stored packed: zstd against a dictionary made from
-- the archive's own texts (editor/texts.go), which are most of the file.
-- The dictionaries are kept here for as long as the archive lives, since
-- every text packed with one needs it; the newest (highest seq) packs new
-- texts. id is the dictionary's own id, written before each packed text.
-- The texts are packed in Go after the migrations run
-- (ensurePackedTextsTx), as the compression is made there; the setting
-- below says they must be.
CREATE TABLE text_dictionaries (
	seq     INTEGER PRIMARY KEY,
	id      INTEGER NOT NULL UNIQUE,
	content BLOB NOT NULL,
	made_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);
DELETE FROM settings WHERE key = 'text_storage';
