-- The archive's first schema. Dates are ISO text (2006-01-02); times RFC 3339.

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE bulletins (
	id           INTEGER PRIMARY KEY,
	name         TEXT NOT NULL UNIQUE,
	editing_unit TEXT NOT NULL DEFAULT '',
	copy_count   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE bulletin_sections (
	bulletin_id INTEGER NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	name        TEXT NOT NULL,
	PRIMARY KEY (bulletin_id, position)
);

CREATE TABLE bulletin_distribution (
	bulletin_id INTEGER NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	label       TEXT NOT NULL,
	text        TEXT NOT NULL,
	PRIMARY KEY (bulletin_id, position)
);

CREATE TABLE units (
	id         INTEGER PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE,
	short_name TEXT NOT NULL DEFAULT '',
	grp        TEXT NOT NULL DEFAULT '',
	active     INTEGER NOT NULL DEFAULT 1,
	position   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE unit_aliases (
	unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
	alias   TEXT NOT NULL,
	PRIMARY KEY (unit_id, alias)
);

CREATE TABLE issues (
	id           INTEGER PRIMARY KEY,
	bulletin_id  INTEGER NOT NULL REFERENCES bulletins(id),
	year         INTEGER NOT NULL,
	number       INTEGER NOT NULL,
	total_number INTEGER NOT NULL,
	date         TEXT NOT NULL,
	status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'signed')),
	copy_count   INTEGER NOT NULL DEFAULT 0,
	updated_at   TEXT NOT NULL,
	UNIQUE (bulletin_id, year, number),
	UNIQUE (bulletin_id, total_number)
);
CREATE INDEX issues_date ON issues(date);
CREATE INDEX issues_updated ON issues(updated_at);

CREATE TABLE issue_distribution (
	issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	label    TEXT NOT NULL,
	text     TEXT NOT NULL,
	PRIMARY KEY (issue_id, position)
);

CREATE TABLE sections (
	id       INTEGER PRIMARY KEY,
	issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	name     TEXT NOT NULL
);
CREATE INDEX sections_issue ON sections(issue_id, position);

CREATE TABLE items (
	id          INTEGER PRIMARY KEY,
	section_id  INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	lead        TEXT NOT NULL DEFAULT '',
	body        TEXT NOT NULL DEFAULT '',
	attribution TEXT NOT NULL DEFAULT '',
	words       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX items_section ON items(section_id, position);

-- Units an item credits; several for a 综合 item.
CREATE TABLE item_units (
	item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
	unit_id INTEGER NOT NULL REFERENCES units(id),
	PRIMARY KEY (item_id, unit_id)
);
CREATE INDEX item_units_unit ON item_units(unit_id);

CREATE TABLE submissions (
	id         INTEGER PRIMARY KEY,
	unit_id    INTEGER REFERENCES units(id),
	received   TEXT NOT NULL,
	kind       TEXT NOT NULL DEFAULT '信息',
	title      TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL DEFAULT '',
	contact    TEXT NOT NULL DEFAULT '',
	status     TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'adopted', 'reserve', 'rejected')),
	words      INTEGER NOT NULL DEFAULT 0,
	source     TEXT NOT NULL DEFAULT '',
	text_hash  TEXT NOT NULL DEFAULT '',
	updated_at TEXT NOT NULL
);
CREATE INDEX submissions_received ON submissions(received);
CREATE INDEX submissions_unit ON submissions(unit_id, received);
CREATE INDEX submissions_status ON submissions(status, received);
CREATE INDEX submissions_hash ON submissions(text_hash);
CREATE INDEX submissions_kind ON submissions(kind, received);

-- 采用: a submission used by an item of an issue.
CREATE TABLE adoptions (
	item_id       INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
	submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
	PRIMARY KEY (item_id, submission_id)
);
CREATE INDEX adoptions_submission ON adoptions(submission_id);

-- 上级采用: adoption by a higher outlet.
CREATE TABLE upstream_adoptions (
	id            INTEGER PRIMARY KEY,
	submission_id INTEGER REFERENCES submissions(id) ON DELETE CASCADE,
	item_id       INTEGER REFERENCES items(id) ON DELETE CASCADE,
	outlet        TEXT NOT NULL,
	level         TEXT NOT NULL CHECK (level IN ('central', 'provincial', 'city')),
	date          TEXT NOT NULL,
	note          TEXT NOT NULL DEFAULT '',
	CHECK ((submission_id IS NULL) <> (item_id IS NULL))
);

-- 批示: a leader's written instruction.
CREATE TABLE instructions (
	id            INTEGER PRIMARY KEY,
	submission_id INTEGER REFERENCES submissions(id) ON DELETE CASCADE,
	item_id       INTEGER REFERENCES items(id) ON DELETE CASCADE,
	leader        TEXT NOT NULL DEFAULT '',
	level         TEXT NOT NULL CHECK (level IN ('central', 'provincial', 'city')),
	date          TEXT NOT NULL,
	text          TEXT NOT NULL DEFAULT '',
	CHECK ((submission_id IS NULL) <> (item_id IS NULL))
);

-- 计分办法, versioned: the rules in force on a day are the row with the
-- latest effective_from not after it. rules is JSON (editor.ScoringRules).
CREATE TABLE scoring_rules (
	id             INTEGER PRIMARY KEY,
	effective_from TEXT NOT NULL UNIQUE,
	rules          TEXT NOT NULL
);

CREATE TABLE quotas (
	grp     TEXT NOT NULL,
	period  TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'year')),
	minimum INTEGER NOT NULL,
	PRIMARY KEY (grp, period)
);

-- Search: documents are tokenised in Go into overlapping CJK character
-- pairs plus the last character of each CJK run, and lower-cased words of
-- other scripts, space separated; see search.go. rowid = items.id / submissions.id.
-- Contentless: the texts live in items/submissions already, so the index
-- does not keep a second copy of them (half the file on a large archive).
CREATE VIRTUAL TABLE item_fts USING fts5(tokens, content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE submission_fts USING fts5(tokens, content = '', contentless_delete = 1,
	tokenize = 'unicode61 remove_diacritics 0');
