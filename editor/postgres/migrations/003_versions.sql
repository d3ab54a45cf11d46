-- Two writers never silently overwrite each other: every save of an item, a
-- submission or an issue header says which version it read, and is refused
-- when the row has moved on since. The refused text is kept in
-- unsaved_drafts until the editor has dealt with it. (PostgreSQL's twin of
-- sqlite/migrations/003_versions.sql.)
ALTER TABLE items ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE items ADD COLUMN updated_at TEXT NOT NULL DEFAULT '';
ALTER TABLE submissions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE issues ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE unsaved_drafts (
	id             BIGSERIAL PRIMARY KEY,
	kind           TEXT NOT NULL CHECK (kind IN ('item', 'submission', 'issue')),
	row_id         BIGINT NOT NULL,
	read_version   INTEGER NOT NULL,
	stored_version INTEGER NOT NULL,
	content        TEXT NOT NULL, -- the refused save, as JSON
	saved_at       TEXT NOT NULL
);
CREATE INDEX unsaved_drafts_row ON unsaved_drafts(kind, row_id);
