-- Two editors at once: every write transaction appends a row to changes
-- (which client wrote, and what when it says); a trigger NOTIFYs
-- bulletindesk with it, delivered to every listening desktop when the
-- transaction commits. Only the newest rows are kept: a desktop that was
-- away reads what it missed from them. presence is who is typing in which
-- record, until expires. (PostgreSQL's twin of sqlite/migrations/011_live.sql.)
CREATE TABLE changes (
	seq    BIGSERIAL PRIMARY KEY,
	client TEXT NOT NULL,
	author TEXT NOT NULL,
	kind   TEXT NOT NULL, -- 'item', 'submission', 'issue', 'presence' or '' (anything)
	row_id BIGINT NOT NULL,
	at     TEXT NOT NULL
);

CREATE TABLE presence (
	client  TEXT NOT NULL,
	author  TEXT NOT NULL,
	kind    TEXT NOT NULL,
	row_id  BIGINT NOT NULL,
	issue_id BIGINT NOT NULL DEFAULT 0,
	expires TEXT NOT NULL,
	PRIMARY KEY (client, kind, row_id)
);
CREATE INDEX presence_issue ON presence(issue_id);

-- The payload names the schema, so that several archives in one database
-- (a trial copy beside the real one) do not refresh each other's desktops.
CREATE FUNCTION bulletindesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('bulletindesk', json_build_object('schema', TG_TABLE_SCHEMA, 'seq', NEW.seq,
		'client', NEW.client, 'author', NEW.author, 'kind', NEW.kind, 'id', NEW.row_id)::text);
	RETURN NULL;
END $$;
CREATE TRIGGER changes_notify AFTER INSERT ON changes FOR EACH ROW EXECUTE FUNCTION bulletindesk_notify_change();
