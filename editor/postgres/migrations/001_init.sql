-- The archive's first schema, PostgreSQL's twin of sqlite/migrations/001_init.sql.
-- Dates are ISO text (2006-01-02); times RFC 3339 text, as in the file, so
-- the shared SQL compares them the same way on both engines. Booleans are
-- integers 0/1 as in the file (the connector sends Go bools as 1/0).
-- Tables whose order the shared SQL reads "by rowid" (insertion order) have
-- a rowid column of their own.

CREATE TABLE settings (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);

CREATE TABLE bulletins (
	id           BIGSERIAL PRIMARY KEY,
	name         TEXT NOT NULL UNIQUE,
	editing_unit TEXT NOT NULL DEFAULT '',
	copy_count   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE bulletin_sections (
	bulletin_id BIGINT NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	name        TEXT NOT NULL,
	PRIMARY KEY (bulletin_id, position)
);

CREATE TABLE bulletin_distribution (
	bulletin_id BIGINT NOT NULL REFERENCES bulletins(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	label       TEXT NOT NULL,
	text        TEXT NOT NULL,
	PRIMARY KEY (bulletin_id, position)
);

CREATE TABLE units (
	id         BIGSERIAL PRIMARY KEY,
	name       TEXT NOT NULL UNIQUE,
	short_name TEXT NOT NULL DEFAULT '',
	grp        TEXT NOT NULL DEFAULT '',
	active     INTEGER NOT NULL DEFAULT 1,
	position   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE unit_aliases (
	unit_id BIGINT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
	alias   TEXT NOT NULL,
	rowid   BIGSERIAL,
	PRIMARY KEY (unit_id, alias)
);

CREATE TABLE issues (
	id           BIGSERIAL PRIMARY KEY,
	bulletin_id  BIGINT NOT NULL REFERENCES bulletins(id),
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
	issue_id BIGINT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	label    TEXT NOT NULL,
	text     TEXT NOT NULL,
	PRIMARY KEY (issue_id, position)
);

CREATE TABLE sections (
	id       BIGSERIAL PRIMARY KEY,
	issue_id BIGINT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	name     TEXT NOT NULL
);
CREATE INDEX sections_issue ON sections(issue_id, position);

CREATE TABLE items (
	id          BIGSERIAL PRIMARY KEY,
	section_id  BIGINT NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
	position    INTEGER NOT NULL,
	lead        TEXT NOT NULL DEFAULT '',
	body        TEXT NOT NULL DEFAULT '',
	attribution TEXT NOT NULL DEFAULT '',
	words       INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX items_section ON items(section_id, position);

-- Units an item credits; several for a 综合 item.
CREATE TABLE item_units (
	item_id BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
	unit_id BIGINT NOT NULL REFERENCES units(id),
	rowid   BIGSERIAL,
	PRIMARY KEY (item_id, unit_id)
);
CREATE INDEX item_units_unit ON item_units(unit_id);

CREATE TABLE submissions (
	id         BIGSERIAL PRIMARY KEY,
	unit_id    BIGINT REFERENCES units(id),
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
	item_id       BIGINT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
	submission_id BIGINT NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
	rowid         BIGSERIAL,
	PRIMARY KEY (item_id, submission_id)
);
CREATE INDEX adoptions_submission ON adoptions(submission_id);

-- 上级采用: adoption by a higher outlet.
CREATE TABLE upstream_adoptions (
	id            BIGSERIAL PRIMARY KEY,
	submission_id BIGINT REFERENCES submissions(id) ON DELETE CASCADE,
	item_id       BIGINT REFERENCES items(id) ON DELETE CASCADE,
	outlet        TEXT NOT NULL,
	level         TEXT NOT NULL CHECK (level IN ('central', 'provincial', 'city')),
	date          TEXT NOT NULL,
	note          TEXT NOT NULL DEFAULT '',
	CHECK ((submission_id IS NULL) <> (item_id IS NULL))
);

-- 批示: a leader's written instruction.
CREATE TABLE instructions (
	id            BIGSERIAL PRIMARY KEY,
	submission_id BIGINT REFERENCES submissions(id) ON DELETE CASCADE,
	item_id       BIGINT REFERENCES items(id) ON DELETE CASCADE,
	leader        TEXT NOT NULL DEFAULT '',
	level         TEXT NOT NULL CHECK (level IN ('central', 'provincial', 'city')),
	date          TEXT NOT NULL,
	text          TEXT NOT NULL DEFAULT '',
	CHECK ((submission_id IS NULL) <> (item_id IS NULL))
);

-- 计分办法, versioned: the rules in force on a day are the row with the
-- latest effective_from not after it. rules is JSON (editor.ScoringRules).
CREATE TABLE scoring_rules (
	id             BIGSERIAL PRIMARY KEY,
	effective_from TEXT NOT NULL UNIQUE,
	rules          TEXT NOT NULL
);

CREATE TABLE quotas (
	grp     TEXT NOT NULL,
	period  TEXT NOT NULL CHECK (period IN ('month', 'quarter', 'year')),
	minimum INTEGER NOT NULL,
	PRIMARY KEY (grp, period)
);

-- Search. The shared SQL writes (rowid, tokens), tokens the Go-made search
-- tokens joined by spaces (see editor/searchtokens.go), as into SQLite's FTS5
-- tables. The trigger turns them into a tsvector with each token's position
-- (for phrase queries with <->) and keeps only that: the server's own
-- text-search parser never sees the texts, so what is a token does not
-- depend on the database's locale, and both engines find the same documents.
-- Positions stop at tsvector's limit of 16383.
CREATE FUNCTION bd_search_vector(tokens TEXT) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
	SELECT COALESCE(CAST(string_agg('''' || t.tok || ''':' || LEAST(t.n, 16383), ' ') AS tsvector), CAST('' AS tsvector))
	FROM unnest(string_to_array(tokens, ' ')) WITH ORDINALITY AS t(tok, n) WHERE t.tok <> ''
$$;

CREATE FUNCTION bd_search_tokens() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.tsv := bd_search_vector(NEW.tokens);
	NEW.tokens := '';
	RETURN NEW;
END
$$;

CREATE TABLE item_fts (
	rowid  BIGINT PRIMARY KEY,
	tokens TEXT NOT NULL DEFAULT '',
	tsv    tsvector NOT NULL DEFAULT CAST('' AS tsvector)
);
CREATE INDEX item_fts_tsv ON item_fts USING gin (tsv);
CREATE TRIGGER item_fts_tokens BEFORE INSERT ON item_fts FOR EACH ROW EXECUTE PROCEDURE bd_search_tokens();

CREATE TABLE submission_fts (
	rowid  BIGINT PRIMARY KEY,
	tokens TEXT NOT NULL DEFAULT '',
	tsv    tsvector NOT NULL DEFAULT CAST('' AS tsvector)
);
CREATE INDEX submission_fts_tsv ON submission_fts USING gin (tsv);
CREATE TRIGGER submission_fts_tokens BEFORE INSERT ON submission_fts FOR EACH ROW EXECUTE PROCEDURE bd_search_tokens();
