-- 审核 and 签发 on record. An issue goes 草稿 → 送审 → 已审核 → 已签发, and
-- can be sent back to 草稿 at each step. status stays draft/signed (a CHECK
-- cannot be changed in place in SQLite, and rebuilding issues would cascade
-- into its sections); review_stage says where a draft is in the review.
-- stage_by/stage_at/stage_note are the last step's; issue_events keeps
-- every step, written by the trigger below so that no step goes unrecorded.
ALTER TABLE issues ADD COLUMN review_stage TEXT NOT NULL DEFAULT '' CHECK (review_stage IN ('', 'submitted', 'reviewed'));
ALTER TABLE issues ADD COLUMN stage_by TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN stage_at TEXT NOT NULL DEFAULT '';
ALTER TABLE issues ADD COLUMN stage_note TEXT NOT NULL DEFAULT '';

CREATE TABLE issue_events (
	id       INTEGER PRIMARY KEY,
	issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
	action   TEXT NOT NULL CHECK (action IN ('send', 'review', 'sign', 'return', 'reopen')),
	actor    TEXT NOT NULL DEFAULT '', -- '' for a step from before the record (signed before 008)
	at       TEXT NOT NULL DEFAULT '',
	note     TEXT NOT NULL DEFAULT ''  -- the reviewer's opinion, the reason for sending back
);
CREATE INDEX issue_events_issue ON issue_events(issue_id, id);

-- Issues signed before the record: 签发 by someone unknown, at a time unknown.
INSERT INTO issue_events(issue_id, action) SELECT id, 'sign' FROM issues WHERE status = 'signed' ORDER BY id;

CREATE TRIGGER issue_stage_event AFTER UPDATE OF status, review_stage ON issues
WHEN OLD.status IS NOT NEW.status OR OLD.review_stage IS NOT NEW.review_stage
BEGIN
	INSERT INTO issue_events(issue_id, action, actor, at, note) VALUES (NEW.id,
		CASE WHEN NEW.status = 'signed' THEN 'sign'
			WHEN OLD.status = 'signed' THEN 'reopen'
			WHEN NEW.review_stage = 'submitted' THEN 'send'
			WHEN NEW.review_stage = 'reviewed' THEN 'review'
			ELSE 'return' END,
		NEW.stage_by, NEW.stage_at, NEW.stage_note);
END;
