-- 审核 and 签发 on record, the twin of sqlite/migrations/008_issue_workflow.sql.
-- status stays draft/signed; review_stage says where a draft is in the
-- review. The trigger stamps each step with the login (session_user) and
-- the server's time, whatever the client sent, and records it in
-- issue_events, which no login may write itself (see 009): a step on
-- record cannot be forged or left out.
ALTER TABLE issues ADD COLUMN review_stage TEXT NOT NULL DEFAULT '' CHECK (review_stage IN ('', 'submitted', 'reviewed'));
ALTER TABLE issues ADD COLUMN stage_by TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN stage_at TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN stage_note TEXT NOT NULL DEFAULT '';

CREATE TABLE issue_events (
	id       BIGSERIAL PRIMARY KEY,
	issue_id BIGINT NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
	action   TEXT NOT NULL CHECK (action IN ('send', 'review', 'sign', 'return', 'reopen')),
	actor    TEXT NOT NULL DEFAULT '',
	at       TEXT NOT NULL DEFAULT '',
	note     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX issue_events_issue ON issue_events(issue_id, id);

INSERT INTO issue_events(issue_id, action) SELECT id, 'sign' FROM issues WHERE status = 'signed' ORDER BY id;

CREATE FUNCTION bd_issue_stage() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
	IF NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.review_stage IS NOT DISTINCT FROM OLD.review_stage THEN
		NEW.stage_by := OLD.stage_by;
		NEW.stage_at := OLD.stage_at;
		NEW.stage_note := OLD.stage_note;
		RETURN NEW;
	END IF;
	NEW.stage_by := session_user;
	NEW.stage_at := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"000Z"');
	INSERT INTO issue_events(issue_id, action, actor, at, note) VALUES (NEW.id,
		CASE WHEN NEW.status = 'signed' THEN 'sign'
			WHEN OLD.status = 'signed' THEN 'reopen'
			WHEN NEW.review_stage = 'submitted' THEN 'send'
			WHEN NEW.review_stage = 'reviewed' THEN 'review'
			ELSE 'return' END,
		NEW.stage_by, NEW.stage_at, NEW.stage_note);
	RETURN NEW;
END
$$;
CREATE TRIGGER issue_stage BEFORE UPDATE ON issues FOR EACH ROW EXECUTE PROCEDURE bd_issue_stage();
