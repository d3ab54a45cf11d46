-- History on record: the revisions and the audit list (010) are written by
-- the archive's own saves and actions and never rewritten by a login's own
-- SQL. 009's default privileges had given every group UPDATE and DELETE on
-- them, so a 编辑 login could delete the audit list in psql. Now every group
-- may add to both; a revision may be updated in place (a minute of typing
-- coalesced into it) only in its content and time and only by its author;
-- neither may be deleted; and the author is the login, whatever the client
-- sent. The archive's owner (IT, and `archive copy`, which brings history
-- written elsewhere) passes. (sqlite/017 is empty: a file has one user.)
DO $migration$
DECLARE
	sch text := current_schema();
	g record;
BEGIN
	FOR g IN SELECT name FROM bd_roles LOOP
		IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g.name) THEN
			EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I.revisions, %I.audit_log FROM %I', sch, sch, g.name);
			EXECUTE format('GRANT UPDATE (content, saved_at) ON %I.revisions TO %I', sch, g.name);
		END IF;
	END LOOP;
END
$migration$;

CREATE FUNCTION bd_history_author() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
	IF pg_has_role(session_user, (SELECT relowner FROM pg_catalog.pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
		RETURN NEW;
	END IF;
	IF TG_OP = 'UPDATE' AND OLD.author IS DISTINCT FROM CAST(session_user AS text) THEN
		RAISE EXCEPTION 'only its author may add to a revision' USING ERRCODE = '42501';
	END IF;
	-- '' is the text as it was before revisions were kept (010)
	IF TG_OP = 'INSERT' AND (TG_TABLE_NAME = 'audit_log' OR NEW.author <> '') THEN
		NEW.author := session_user;
	END IF;
	RETURN NEW;
END
$$;
DO $path$
BEGIN
	EXECUTE format('ALTER FUNCTION bd_history_author() SET search_path = %I, pg_temp', current_schema());
END
$path$;
CREATE TRIGGER revisions_author BEFORE INSERT OR UPDATE ON revisions FOR EACH ROW EXECUTE PROCEDURE bd_history_author();
CREATE TRIGGER audit_log_author BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE PROCEDURE bd_history_author();
