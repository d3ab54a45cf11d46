-- Two editors at once: every write transaction appends a row to changes
-- (which client wrote, and what when it says), so another desktop or the
-- command line on the same file sees within a poll that something moved and
-- what; only the newest rows are kept. presence is who is typing in which
-- record, until expires (a few seconds after their last keystroke).
CREATE TABLE changes (
	seq    INTEGER PRIMARY KEY,
	client TEXT NOT NULL,
	author TEXT NOT NULL,
	kind   TEXT NOT NULL, -- 'item', 'submission', 'issue', 'presence' or '' (anything)
	row_id INTEGER NOT NULL,
	at     TEXT NOT NULL
);

CREATE TABLE presence (
	client  TEXT NOT NULL,
	author  TEXT NOT NULL,
	kind    TEXT NOT NULL,
	row_id  INTEGER NOT NULL,
	issue_id INTEGER NOT NULL DEFAULT 0,
	expires TEXT NOT NULL,
	PRIMARY KEY (client, kind, row_id)
);
CREATE INDEX presence_issue ON presence(issue_id);
