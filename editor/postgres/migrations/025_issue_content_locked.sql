-- An issue's content is locked on the server as the window locks it: a
-- signed issue for everyone until it is reopened, and one with the
-- reviewer (送审, 已审核) for all but 审核 and 签发. Before this only the
-- stage columns were checked (bd_issue_roles), and a 编辑 login typing
-- UPDATE items … in psql changed a signed 第9期, its items and its number,
-- with no revision and no event (review F8) — the 签发 on record no longer
-- described what was stored. The app checks first (requireDraftTx) and
-- never reaches these refusals; they are for whatever else connects.
--
-- Exempt: the archive's owner (IT, for repairs, upgrades and `archive
-- copy`, which inserts a signed issue, then its items). Not locked:
-- 上级采用/批示 (instructions, upstream_adoptions), which come after an
-- issue went out, and adoptions, whose status follows the 来稿.

-- bd_issue_locked raises the refusal when issue (its id) may not change now.
CREATE FUNCTION bd_issue_locked(issue bigint) RETURNS void LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	st text;
	stage text;
BEGIN
	SELECT i.status, i.review_stage INTO st, stage FROM issues i WHERE i.id = issue;
	IF NOT FOUND OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'issues'::regclass), 'MEMBER') THEN
		RETURN; -- gone (a cascade from deleting it), or the owner
	END IF;
	IF st = 'signed' THEN
		RAISE EXCEPTION '本期已签发，内容不能修改；请先由签发人重新打开 (issue % is signed off: reopen it first)', issue
			USING ERRCODE = '42501';
	END IF;
	IF stage <> '' AND NOT (bd_has_role('reviewer') OR bd_has_role('signer')) THEN
		RAISE EXCEPTION '本期已送审，审核期间只有审核人或签发人可以修改 (issue % is under review)', issue
			USING ERRCODE = '42501';
	END IF;
END
$$;

-- The issue a row of one of these tables belongs to.
CREATE FUNCTION bd_issue_content() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	r record;
BEGIN
	FOREACH r IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW] WHEN 'DELETE' THEN ARRAY[OLD] ELSE ARRAY[OLD, NEW] END LOOP
		CASE TG_TABLE_NAME
		WHEN 'sections', 'issue_distribution' THEN
			PERFORM bd_issue_locked((to_jsonb(r) ->> 'issue_id')::bigint);
		WHEN 'items' THEN
			PERFORM bd_issue_locked((SELECT s.issue_id FROM sections s WHERE s.id = (to_jsonb(r) ->> 'section_id')::bigint));
		WHEN 'item_units' THEN
			PERFORM bd_issue_locked((SELECT s.issue_id FROM items it JOIN sections s ON s.id = it.section_id
				WHERE it.id = (to_jsonb(r) ->> 'item_id')::bigint));
		END CASE;
	END LOOP;
	RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER sections_locked BEFORE INSERT OR UPDATE OR DELETE ON sections FOR EACH ROW EXECUTE PROCEDURE bd_issue_content();
CREATE TRIGGER issue_distribution_locked BEFORE INSERT OR UPDATE OR DELETE ON issue_distribution FOR EACH ROW EXECUTE PROCEDURE bd_issue_content();
CREATE TRIGGER items_locked BEFORE INSERT OR UPDATE OR DELETE ON items FOR EACH ROW EXECUTE PROCEDURE bd_issue_content();
CREATE TRIGGER item_units_locked BEFORE INSERT OR UPDATE OR DELETE ON item_units FOR EACH ROW EXECUTE PROCEDURE bd_issue_content();

-- The issue's own header: its numbers, date, 印数 and marks do not change
-- while it is signed (reopening changes the stage, not these, and is
-- bd_issue_roles's to allow); under review only 审核 and 签发 change them
-- (签发 puts its date on the issue while it is 已审核).
CREATE FUNCTION bd_issue_header() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	kept text[] := ARRAY['id', 'status', 'review_stage', 'stage_by', 'stage_at', 'stage_note', 'version', 'updated_at'];
	k text;
BEGIN
	IF OLD.status <> 'signed' AND OLD.review_stage = '' OR NEW.status <> 'signed' AND OLD.status = 'signed' THEN
		RETURN NEW; -- a draft (every save touches its updated_at: no row-to-JSON walk then), or reopening
	END IF;
	FOR k IN SELECT key FROM jsonb_each(to_jsonb(NEW)) LOOP
		IF NOT k = ANY (kept) AND (to_jsonb(NEW) -> k) IS DISTINCT FROM (to_jsonb(OLD) -> k) THEN
			PERFORM bd_issue_locked(OLD.id);
			RETURN NEW;
		END IF;
	END LOOP;
	RETURN NEW;
END
$$;
CREATE TRIGGER issue_header_locked BEFORE UPDATE ON issues FOR EACH ROW EXECUTE PROCEDURE bd_issue_header();

DO $path$
DECLARE f text;
BEGIN
	FOREACH f IN ARRAY ARRAY['bd_issue_locked(bigint)', 'bd_issue_content()', 'bd_issue_header()'] LOOP
		EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
	END LOOP;
END
$path$;
