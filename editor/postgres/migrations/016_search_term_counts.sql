-- How many documents hold each search token, for a one-token query's count
-- (SQLite's 012 reads FTS5's own term counts). Through the GIN index the
-- server visits every match: 8.8 ms for 党 (52,297 submissions) and 7.9 ms
-- for 党委 (7,491) on the ten-year demo, most of a search's time. Exact
-- counts only: the GIN index's statistics are estimates.
--
-- bd_search_counts holds, per index table and token, counts in shards: a
-- writer adds its changes to the shard of its server process, so two
-- desktops saving at once add to different rows and do not wait on each
-- other's locks (one row per token would have every save that adds or
-- drops 党 wait for the others'); a count is the sum of a token's shards.
-- A saved or deleted document changes the counts at once, by the tokens
-- it gained or lost (a keystroke's save changes a few, or none). A new
-- document is first listed in bd_search_uncounted and counted by the query
-- itself (search.go's TermCount), and every 200 new documents of a table
-- are counted into bd_search_counts in one statement: one at a time, the
-- ten-year demo's 52,410 submissions would each have updated 600 counts.
-- The triggers are per statement, reading the statement's rows (transition
-- tables), so an upsert is one delta however it resolves.
CREATE TABLE bd_search_counts (
	tbl   TEXT NOT NULL,
	token TEXT NOT NULL,
	shard INTEGER NOT NULL,
	n     BIGINT NOT NULL,
	PRIMARY KEY (tbl, token, shard)
);
CREATE TABLE bd_search_uncounted (
	tbl   TEXT NOT NULL,
	rowid BIGINT NOT NULL,
	PRIMARY KEY (tbl, rowid)
);

-- bd_search_fold counts table's uncounted documents into bd_search_counts.
-- The uncounted rows are taken first, in a statement of their own: a
-- desktop saving one of those documents at the same moment holds its row
-- (bd_search_counts_changed locks it), so the fold waits for that save and
-- then, in its next statement, counts the document as that save left it.
CREATE FUNCTION bd_search_fold(t text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
	ids bigint[];
BEGIN
	WITH f AS (DELETE FROM bd_search_uncounted WHERE tbl = t RETURNING rowid) SELECT array_agg(rowid) INTO ids FROM f;
	IF ids IS NULL THEN
		RETURN;
	END IF;
	EXECUTE format('INSERT INTO bd_search_counts(tbl, token, shard, n)
		SELECT %L, tok, pg_backend_pid() %% 32, count(*) FROM %I s, unnest(tsvector_to_array(s.tsv)) tok
		WHERE s.rowid = ANY($1) GROUP BY tok ORDER BY tok
		ON CONFLICT (tbl, token, shard) DO UPDATE SET n = bd_search_counts.n + excluded.n', t, t) USING ids;
END
$$;

-- A statement's triggers fire even when it touched no row of their kind
-- (a save's upsert fires the insert trigger as well as the update's), so
-- each returns at once then.
CREATE FUNCTION bd_search_counts_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM added) THEN
		RETURN NULL;
	END IF;
	INSERT INTO bd_search_uncounted(tbl, rowid) SELECT TG_TABLE_NAME, rowid FROM added ON CONFLICT DO NOTHING;
	IF (SELECT count(*) FROM (SELECT 1 FROM bd_search_uncounted WHERE tbl = TG_TABLE_NAME LIMIT 200) x) >= 200 THEN
		PERFORM bd_search_fold(TG_TABLE_NAME);
	END IF;
	RETURN NULL;
END
$$;

-- A saved document: its tokens now less its tokens before, for the
-- documents already counted (an uncounted one is counted as it is by the
-- query, and later by the fold). Its uncounted row, if any, is locked first
-- so that a fold running at the same time finishes before this looks.
CREATE FUNCTION bd_search_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF NOT EXISTS (SELECT 1 FROM after) THEN
		RETURN NULL;
	END IF;
	PERFORM 1 FROM bd_search_uncounted u WHERE u.tbl = TG_TABLE_NAME AND u.rowid IN (SELECT rowid FROM after) FOR UPDATE;
	INSERT INTO bd_search_counts(tbl, token, shard, n)
	SELECT TG_TABLE_NAME, d.tok, pg_backend_pid() % 32, d.n FROM (
		SELECT x.tok, sum(x.n) AS n FROM (
			SELECT a.rowid, unnest(tsvector_to_array(a.tsv)) AS tok, 1 AS n FROM after a
			UNION ALL
			SELECT b.rowid, unnest(tsvector_to_array(b.tsv)), -1 FROM before b
		) x
		WHERE NOT EXISTS (SELECT 1 FROM bd_search_uncounted u WHERE u.tbl = TG_TABLE_NAME AND u.rowid = x.rowid)
		GROUP BY x.tok HAVING sum(x.n) <> 0
	) d ORDER BY d.tok
	ON CONFLICT (tbl, token, shard) DO UPDATE SET n = bd_search_counts.n + excluded.n;
	RETURN NULL;
END
$$;

-- Deleted documents take their tokens away; a table emptied whole (a
-- rebuild of the index, or a copy) simply starts its counts again.
CREATE FUNCTION bd_search_counts_removed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	left_over boolean;
BEGIN
	IF NOT EXISTS (SELECT 1 FROM gone) THEN
		RETURN NULL;
	END IF;
	EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I)', TG_TABLE_NAME) INTO left_over;
	IF NOT left_over THEN
		DELETE FROM bd_search_counts WHERE tbl = TG_TABLE_NAME;
		DELETE FROM bd_search_uncounted WHERE tbl = TG_TABLE_NAME;
		RETURN NULL;
	END IF;
	PERFORM 1 FROM bd_search_uncounted u WHERE u.tbl = TG_TABLE_NAME AND u.rowid IN (SELECT rowid FROM gone) FOR UPDATE;
	INSERT INTO bd_search_counts(tbl, token, shard, n)
	SELECT TG_TABLE_NAME, tok, pg_backend_pid() % 32, -count(*) FROM gone g, unnest(tsvector_to_array(g.tsv)) tok
	WHERE NOT EXISTS (SELECT 1 FROM bd_search_uncounted u WHERE u.tbl = TG_TABLE_NAME AND u.rowid = g.rowid)
	GROUP BY tok ORDER BY tok
	ON CONFLICT (tbl, token, shard) DO UPDATE SET n = bd_search_counts.n + excluded.n;
	DELETE FROM bd_search_uncounted u WHERE u.tbl = TG_TABLE_NAME AND u.rowid IN (SELECT rowid FROM gone);
	RETURN NULL;
END
$$;

DO $migration$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['item_fts', 'submission_fts', 'item_chars', 'submission_chars'] LOOP
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS added
			FOR EACH STATEMENT EXECUTE PROCEDURE bd_search_counts_added()', t || '_counts_added', t);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS before NEW TABLE AS after
			FOR EACH STATEMENT EXECUTE PROCEDURE bd_search_counts_changed()', t || '_counts_changed', t);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS gone
			FOR EACH STATEMENT EXECUTE PROCEDURE bd_search_counts_removed()', t || '_counts_removed', t);
		EXECUTE format('INSERT INTO bd_search_counts(tbl, token, shard, n) SELECT %L, word, 0, ndoc FROM ts_stat(%L)',
			t, format('SELECT tsv FROM %I', t));
	END LOOP;
	-- a login's temporary tables cannot stand in for the counts
	FOREACH t IN ARRAY ARRAY['bd_search_fold(text)', 'bd_search_counts_added()', 'bd_search_counts_changed()', 'bd_search_counts_removed()'] LOOP
		EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', t, current_schema());
	END LOOP;
END
$migration$;
