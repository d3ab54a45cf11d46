-- What a signed issue adopted stays adopted until its 签发 reopens it: the
-- 采用 of an item in a signed issue, and the status of the 来稿 it adopted,
-- are locked like the item's credits (025), and under review for all but
-- 审核 and 签发. 025 left adoptions out ("their status follows the 来稿"),
-- so a 编辑 login in psql could DELETE FROM adoptions, or set such a 来稿
-- back to pending, after 签发: the signed period's 被采用来稿 and 采用率 moved
-- (review G25). The app refuses first (ReleaseSubmissions, requireDraftStageTx);
-- these are for whatever else connects. The owner stays exempt
-- (bd_issue_locked), and a cascade from deleting the issue finds it gone.

-- bd_adoption_locked refuses a change of an adoption of a locked issue's item.
CREATE FUNCTION bd_adoption_locked() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	r record;
BEGIN
	FOREACH r IN ARRAY CASE TG_OP WHEN 'INSERT' THEN ARRAY[NEW] WHEN 'DELETE' THEN ARRAY[OLD] ELSE ARRAY[OLD, NEW] END LOOP
		PERFORM bd_issue_locked((SELECT s.issue_id FROM items it JOIN sections s ON s.id = it.section_id
			WHERE it.id = r.item_id));
	END LOOP;
	RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER adoptions_locked BEFORE INSERT OR UPDATE OR DELETE ON adoptions FOR EACH ROW EXECUTE PROCEDURE bd_adoption_locked();

-- bd_submission_status_locked refuses a new status for a 来稿 an item of a
-- locked issue still adopts (every other column of it stays the editors').
CREATE FUNCTION bd_submission_status_locked() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	issue bigint;
BEGIN
	FOR issue IN SELECT DISTINCT s.issue_id FROM adoptions ad JOIN items it ON it.id = ad.item_id
		JOIN sections s ON s.id = it.section_id WHERE ad.submission_id = OLD.id LOOP
		PERFORM bd_issue_locked(issue);
	END LOOP;
	RETURN NEW;
END
$$;
CREATE TRIGGER submission_status_locked BEFORE UPDATE OF status ON submissions FOR EACH ROW
	WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE PROCEDURE bd_submission_status_locked();

DO $path$
DECLARE f text;
BEGIN
	FOREACH f IN ARRAY ARRAY['bd_adoption_locked()', 'bd_submission_status_locked()'] LOOP
		EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
	END LOOP;
END
$path$;
