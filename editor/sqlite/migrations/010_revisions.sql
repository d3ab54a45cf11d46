-- Every change kept: each save of an item, a submission or an issue header
-- is a revision (who, when it began and was last saved, the whole saved
-- row as JSON); a minute of one user's typing updates one revision in place
-- instead of adding hundreds. The audit log says who deleted, moved,
-- adopted, signed or reopened what, written in the action's transaction.
CREATE TABLE revisions (
	id         INTEGER PRIMARY KEY,
	kind       TEXT NOT NULL CHECK (kind IN ('item', 'submission', 'issue')),
	row_id     INTEGER NOT NULL,
	author     TEXT NOT NULL, -- '' for the text as it was before revisions were kept
	started_at TEXT NOT NULL,
	saved_at   TEXT NOT NULL,
	content    TEXT NOT NULL
);
CREATE INDEX revisions_row ON revisions(kind, row_id, id);

CREATE TABLE audit_log (
	id     INTEGER PRIMARY KEY,
	at     TEXT NOT NULL,
	author TEXT NOT NULL,
	action TEXT NOT NULL,
	kind   TEXT NOT NULL,
	row_id INTEGER NOT NULL,
	detail TEXT NOT NULL DEFAULT '' -- what it was, in words: the row may be gone
);
CREATE INDEX audit_log_row ON audit_log(kind, row_id);
