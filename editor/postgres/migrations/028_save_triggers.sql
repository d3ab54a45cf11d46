-- A keystroke's save spent most of the server's time in two triggers, not
-- in its own statements (pg_stat_statements with nested statements, the
-- ten-year demo, BenchmarkSaveItem, load 16: 11 ms of the 28 in the index
-- upsert, 8 of them in 016's count trigger).
--
-- 016's triggers look the saved documents up in bd_search_uncounted by
-- tbl = TG_TABLE_NAME: a name against the text column, which the table's
-- key cannot use, so every save read the whole table — twice per index
-- table, four times per save. After a bulk load (`demo`, `archive copy`)
-- that table keeps its pages (13 MB for 258 rows here: a fold deletes
-- each 200 rows it counts), and the reads were 0.5–9 ms each. They now
-- take the table's name as text and the documents' ids as an array, which
-- the key answers; a document not yet counted is left out before its
-- tsvector is unnested, not after (a new item, the one an editor types
-- in, changes no count).
--
-- 025's content lock found an item's issue by turning the whole row, its
-- body included, into JSON (to_jsonb) twice per save: 0.35 ms a save. It
-- now reads the row's own column, and checks an issue once when a row
-- stays in it. The same refusals.

CREATE OR REPLACE FUNCTION bd_search_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	t text := TG_TABLE_NAME;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM added) THEN
		RETURN NULL;
	END IF;
	INSERT INTO bd_search_uncounted(tbl, rowid) SELECT t, rowid FROM added ON CONFLICT DO NOTHING;
	IF (SELECT count(*) FROM (SELECT 1 FROM bd_search_uncounted WHERE tbl = t LIMIT 200) x) >= 200 THEN
		PERFORM bd_search_fold(t);
	END IF;
	RETURN NULL;
END
$$;

-- waiting: the saved documents still uncounted, locked so that a fold
-- running at the same time finishes before this looks (as in 016).
CREATE OR REPLACE FUNCTION bd_search_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	t text := TG_TABLE_NAME;
	ids bigint[];
	waiting bigint[];
BEGIN
	SELECT array_agg(a.rowid) INTO ids FROM after a;
	IF ids IS NULL THEN
		RETURN NULL;
	END IF;
	SELECT COALESCE(array_agg(w.rowid), '{}') INTO waiting FROM (
		SELECT u.rowid FROM bd_search_uncounted u WHERE u.tbl = t AND u.rowid = ANY (ids) ORDER BY u.rowid FOR UPDATE) w;
	IF cardinality(waiting) = cardinality(ids) THEN
		RETURN NULL;
	END IF;
	INSERT INTO bd_search_counts(tbl, token, shard, n)
	SELECT t, d.tok, pg_backend_pid() % 32, d.n FROM (
		SELECT x.tok, sum(x.n) AS n FROM (
			SELECT unnest(tsvector_to_array(a.tsv)) AS tok, 1 AS n FROM after a WHERE a.rowid <> ALL (waiting)
			UNION ALL
			SELECT unnest(tsvector_to_array(b.tsv)), -1 FROM before b WHERE b.rowid <> ALL (waiting)
		) x
		GROUP BY x.tok HAVING sum(x.n) <> 0
	) d ORDER BY d.tok
	ON CONFLICT (tbl, token, shard) DO UPDATE SET n = bd_search_counts.n + excluded.n;
	RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION bd_search_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	t text := TG_TABLE_NAME;
	ids bigint[];
	waiting bigint[];
	left_over boolean;
BEGIN
	SELECT array_agg(g.rowid) INTO ids FROM gone g;
	IF ids IS NULL THEN
		RETURN NULL;
	END IF;
	EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', t) INTO left_over;
	IF NOT left_over THEN
		DELETE FROM bd_search_counts WHERE tbl = t;
		DELETE FROM bd_search_uncounted WHERE tbl = t;
		RETURN NULL;
	END IF;
	SELECT COALESCE(array_agg(w.rowid), '{}') INTO waiting FROM (
		SELECT u.rowid FROM bd_search_uncounted u WHERE u.tbl = t AND u.rowid = ANY (ids) ORDER BY u.rowid FOR UPDATE) w;
	INSERT INTO bd_search_counts(tbl, token, shard, n)
	SELECT t, tok, pg_backend_pid() % 32, -count(*) FROM gone g, unnest(tsvector_to_array(g.tsv)) tok
	WHERE g.rowid <> ALL (waiting)
	GROUP BY tok ORDER BY tok
	ON CONFLICT (tbl, token, shard) DO UPDATE SET n = bd_search_counts.n + excluded.n;
	DELETE FROM bd_search_uncounted u WHERE u.tbl = t AND u.rowid = ANY (waiting);
	RETURN NULL;
END
$$;

-- The issue a row of sections, issue_distribution, items or item_units
-- belonged to (was) and belongs to (now); each is checked once.
CREATE OR REPLACE FUNCTION bd_issue_content() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
	was bigint;
	now_in bigint;
BEGIN
	CASE TG_TABLE_NAME
	WHEN 'sections', 'issue_distribution' THEN
		IF TG_OP <> 'INSERT' THEN was := OLD.issue_id; END IF;
		IF TG_OP <> 'DELETE' THEN now_in := NEW.issue_id; END IF;
	WHEN 'items' THEN
		IF TG_OP <> 'INSERT' THEN
			was := (SELECT s.issue_id FROM sections s WHERE s.id = OLD.section_id);
		END IF;
		IF TG_OP = 'UPDATE' AND NEW.section_id = OLD.section_id THEN
			now_in := was;
		ELSIF TG_OP <> 'DELETE' THEN
			now_in := (SELECT s.issue_id FROM sections s WHERE s.id = NEW.section_id);
		END IF;
	WHEN 'item_units' THEN
		IF TG_OP <> 'INSERT' THEN
			was := (SELECT s.issue_id FROM items it JOIN sections s ON s.id = it.section_id WHERE it.id = OLD.item_id);
		END IF;
		IF TG_OP = 'UPDATE' AND NEW.item_id = OLD.item_id THEN
			now_in := was;
		ELSIF TG_OP <> 'DELETE' THEN
			now_in := (SELECT s.issue_id FROM items it JOIN sections s ON s.id = it.section_id WHERE it.id = NEW.item_id);
		END IF;
	END CASE;
	IF TG_OP <> 'INSERT' THEN
		PERFORM bd_issue_locked(was);
	END IF;
	IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR now_in IS DISTINCT FROM was) THEN
		PERFORM bd_issue_locked(now_in);
	END IF;
	RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;

DO $path$
DECLARE f text;
BEGIN
	FOREACH f IN ARRAY ARRAY['bd_search_counts_added()', 'bd_search_counts_changed()', 'bd_search_counts_removed()'] LOOP
		EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
	END LOOP;
	EXECUTE format('ALTER FUNCTION bd_issue_content() SET search_path = %I, pg_temp', current_schema());
END
$path$;

-- An issue prints the bulletin's name and editing unit as they were when
-- it was signed or imported (review G3): they were read from the bulletin
-- at every export, so renaming it in 设置 — or a 编辑 login's UPDATE
-- bulletins in psql — rewrote every back issue's masthead. An issue's own
-- masthead_name and masthead_unit, once set, are what it prints; NULL
-- follows the bulletin (a draft, until it is signed). 签发 fills what is
-- not set yet (here, on the server, whoever signs), and so does inserting
-- a signed issue whole (a copy); an import sets its source's. Reopening
-- keeps them: the issue went out under that name. 025's header lock keeps
-- the two columns of a signed issue as they are, like its numbers.
ALTER TABLE issues ADD COLUMN masthead_name TEXT;
ALTER TABLE issues ADD COLUMN masthead_unit TEXT;
UPDATE issues i SET masthead_name = b.name, masthead_unit = b.editing_unit FROM bulletins b
	WHERE b.id = i.bulletin_id AND i.status = 'signed';

CREATE FUNCTION bd_issue_masthead() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
BEGIN
	IF NEW.status = 'signed' AND (TG_OP = 'INSERT' OR OLD.status <> 'signed') THEN
		SELECT COALESCE(NEW.masthead_name, b.name), COALESCE(NEW.masthead_unit, b.editing_unit)
			INTO NEW.masthead_name, NEW.masthead_unit FROM bulletins b WHERE b.id = NEW.bulletin_id;
	END IF;
	RETURN NEW;
END
$$;
-- after issue_header_locked (BEFORE triggers fire in name order), which
-- compares the row as the statement wrote it
CREATE TRIGGER issue_masthead BEFORE INSERT OR UPDATE ON issues FOR EACH ROW EXECUTE PROCEDURE bd_issue_masthead();
DO $m$
BEGIN
	EXECUTE format('ALTER FUNCTION bd_issue_masthead() SET search_path = %I, pg_temp', current_schema());
END
$m$;
