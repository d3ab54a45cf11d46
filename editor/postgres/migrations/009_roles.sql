-- Roles on the office archive, enforced by the server. Four NOLOGIN group
-- roles per archive, named after the database (and the schema when it is
-- not public, so that several archives on one server coexist):
-- bulletin_editor (编辑), bulletin_reviewer (审核), bulletin_signer (签发),
-- bulletin_admin (管理员) for a database named bulletin. A login is given
-- roles with GRANT bulletin_editor TO liwei (or by a 管理员 in the app,
-- through bd_grant_role). Every group may read everything and write the
-- bulletin's content; only 管理员 may change or delete units and change the
-- 计分办法 and quotas; nobody writes issue_events but the trigger of 008.
-- The column that decides — an issue's stage — is checked by the trigger
-- below: only 审核 may set reviewed, only 签发 may sign or reopen, so a 编辑
-- login cannot sign off even with hand-written SQL. The archive's owner
-- (who created and upgrades it: the office's IT) and superusers pass every check.
CREATE TABLE bd_roles (
	code TEXT PRIMARY KEY CHECK (code IN ('editor', 'reviewer', 'signer', 'admin')),
	name TEXT NOT NULL UNIQUE
);

DO $migration$
DECLARE
	prefix text := current_database() || CASE WHEN current_schema() = 'public' THEN '' ELSE '_' || current_schema() END;
	sch text := current_schema();
	g record;
	t record;
BEGIN
	INSERT INTO bd_roles(code, name) VALUES ('editor', prefix || '_editor'), ('reviewer', prefix || '_reviewer'),
		('signer', prefix || '_signer'), ('admin', prefix || '_admin');
	FOR g IN SELECT name FROM bd_roles LOOP
		IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g.name) THEN
			EXECUTE format('CREATE ROLE %I NOLOGIN', g.name);
		END IF;
		EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', sch, g.name);
		EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', sch, g.name);
		EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', sch, g.name);
		FOR t IN SELECT table_name FROM information_schema.tables WHERE table_schema = sch AND table_type = 'BASE TABLE'
			AND table_name NOT IN ('migrations', 'bd_roles', 'issue_events', 'units', 'unit_aliases', 'scoring_rules', 'quotas') LOOP
			EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I.%I TO %I', sch, t.table_name, g.name);
		END LOOP;
		-- a first submission from a unit the archive does not know adds it
		EXECUTE format('GRANT INSERT ON %I.units, %I.unit_aliases TO %I', sch, sch, g.name);
		-- tables later migrations add are content unless they say otherwise
		EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', sch, g.name);
		EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I', sch, g.name);
	END LOOP;
	EXECUTE format('GRANT UPDATE, DELETE ON %I.units, %I.unit_aliases TO %I', sch, sch, prefix || '_admin');
	EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I.scoring_rules, %I.quotas TO %I', sch, sch, prefix || '_admin');
END
$migration$;

-- bd_has_role says whether this login holds the role (code): a member of its
-- group, of the archive's owner, or a superuser.
CREATE FUNCTION bd_has_role(code text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
	SELECT COALESCE((SELECT pg_has_role(session_user, r.name, 'MEMBER') FROM bd_roles r
		WHERE r.code = bd_has_role.code AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r.name)), false)
		OR pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'issues'::regclass), 'MEMBER')
$$;

-- Who this login is and what it may do, the same question SQLite's bd_me answers.
CREATE VIEW bd_me AS SELECT CAST(session_user AS text) AS login,
	CAST(bd_has_role('editor') AS integer) AS editor, CAST(bd_has_role('reviewer') AS integer) AS reviewer,
	CAST(bd_has_role('signer') AS integer) AS signer, CAST(bd_has_role('admin') AS integer) AS admin;

-- Each step of the review needs its role: 送审 an editor, 审核 a reviewer,
-- 签发 and reopening a signed issue a signer; sending back a reviewer or a
-- signer. An issue inserted signed or under review needs a signer, and so
-- does deleting a signed one.
CREATE FUNCTION bd_issue_roles() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	was text := 'draft';
	now_is text := CASE WHEN NEW.status = 'signed' THEN 'signed' WHEN NEW.review_stage <> '' THEN NEW.review_stage ELSE 'draft' END;
	ok boolean;
BEGIN
	IF TG_OP = 'DELETE' THEN
		IF OLD.status = 'signed' AND NOT bd_has_role('signer') THEN
			RAISE EXCEPTION 'only a 签发 member may delete a signed issue' USING ERRCODE = '42501';
		END IF;
		RETURN OLD;
	END IF;
	IF TG_OP = 'UPDATE' THEN
		was := CASE WHEN OLD.status = 'signed' THEN 'signed' WHEN OLD.review_stage <> '' THEN OLD.review_stage ELSE 'draft' END;
	END IF;
	IF was = now_is THEN
		RETURN NEW;
	END IF;
	ok := CASE
		WHEN TG_OP = 'INSERT' THEN bd_has_role('signer')
		WHEN now_is = 'submitted' THEN was = 'draft' AND bd_has_role('editor')
		WHEN now_is = 'reviewed' THEN was = 'submitted' AND bd_has_role('reviewer')
		WHEN now_is = 'signed' THEN was = 'reviewed' AND bd_has_role('signer')
		WHEN was = 'signed' THEN bd_has_role('signer')
		ELSE bd_has_role('reviewer') OR bd_has_role('signer') END;
	IF NOT ok THEN
		RAISE EXCEPTION 'the role of % does not allow an issue to go from % to %', session_user, was, now_is USING ERRCODE = '42501';
	END IF;
	RETURN NEW;
END
$$;
CREATE TRIGGER issue_roles BEFORE INSERT OR UPDATE OR DELETE ON issues FOR EACH ROW EXECUTE PROCEDURE bd_issue_roles();

-- A 管理员 gives a login a role or takes it away; the function runs as the
-- archive's owner, who may grant the groups it created.
CREATE FUNCTION bd_grant_role(login text, code text, grant_it integer) RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	g text;
BEGIN
	IF NOT bd_has_role('admin') THEN
		RAISE EXCEPTION 'only a 管理员 may change roles' USING ERRCODE = '42501';
	END IF;
	SELECT name INTO g FROM bd_roles r WHERE r.code = bd_grant_role.code;
	IF g IS NULL THEN
		RAISE EXCEPTION 'unknown role %', code USING ERRCODE = '22023';
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND rolcanlogin) THEN
		RAISE EXCEPTION 'no login named %', login USING ERRCODE = '42704';
	END IF;
	IF grant_it <> 0 THEN
		EXECUTE format('GRANT %I TO %I', g, login);
	ELSE
		EXECUTE format('REVOKE %I FROM %I', g, login);
	END IF;
END
$$;
REVOKE ALL ON FUNCTION bd_grant_role(text, text, integer) FROM PUBLIC;
DO $grant$
DECLARE g record;
BEGIN
	FOR g IN SELECT name FROM bd_roles LOOP
		EXECUTE format('GRANT EXECUTE ON FUNCTION bd_grant_role(text, text, integer) TO %I', g.name);
	END LOOP;
END
$grant$;

-- The functions that run as the owner look their tables up in the
-- archive's schema only, and in a login's temporary tables last: otherwise
-- a login could shadow bd_roles with a TEMP table of its own making and
-- pass any check (the SECURITY DEFINER pitfall of PostgreSQL's manual).
DO $path$
DECLARE f text;
BEGIN
	FOREACH f IN ARRAY ARRAY['bd_issue_stage()', 'bd_has_role(text)', 'bd_issue_roles()', 'bd_grant_role(text, text, integer)'] LOOP
		EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
	END LOOP;
END
$path$;
