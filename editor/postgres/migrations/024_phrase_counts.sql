-- How many documents hold a phrase, kept once counted, for the search's
-- count of a phrase (several tokens in order: 村级联合党委). The GIN index
-- holds no positions, so the server counts a phrase by checking the
-- positions in the tsvector of every document holding all its pairs: for
-- 村级联合党委, 6,931 submissions whose 6.3 KB vectors live in TOAST, 256–725
-- ms against 15–97 ms for the file. Every document holding the pairs holds
-- the phrase, so no prefilter helps; a count kept does.
--
-- bd_phrase_counts holds each phrase searched (its tsquery, as the search
-- sends it) with its count n at the snapshot snap. bd_phrase_deltas holds
-- what each writing transaction (xid) changed in that count since: the
-- index tables' statement triggers below check the documents a statement
-- changed against every phrase kept for that table (a keystroke's save is
-- one document against at most 64 phrases) and add a row when a document
-- gained or lost one. A count is then n plus the deltas of the
-- transactions snap does not see, and a reader's snapshot sees exactly
-- the deltas of the transactions whose documents it sees: exact, and one
-- statement whatever the phrase.
--
-- A phrase is counted in two steps, each its own transaction, so that no
-- save waits for a count:
--   1. bd_phrase_begin lists it (n still NULL), holding bd_phrase_lock
--      exclusively, which every trigger below takes shared until its
--      transaction ends: a save whose trigger ran before the phrase was
--      listed has committed by then (and so is in the count of step 2);
--      every later save's trigger sees the phrase and keeps its delta.
--   2. bd_phrase_count counts it and stores the count's own snapshot; the
--      deltas of the saves that count sees are dropped.
-- A statement that writes more than 200 documents (a copy, a rebuild of
-- the index, a large import) forgets the table's phrases instead, which
-- are counted again when next searched.
CREATE TABLE bd_phrase_counts (
	id   BIGSERIAL PRIMARY KEY,
	tbl  TEXT NOT NULL CHECK (tbl IN ('item_fts', 'submission_fts')),
	expr TEXT NOT NULL,
	q    tsquery NOT NULL,
	n    BIGINT,
	snap txid_snapshot,
	UNIQUE (tbl, expr)
);
CREATE TABLE bd_phrase_deltas (
	phrase BIGINT NOT NULL,
	xid    BIGINT NOT NULL,
	n      BIGINT NOT NULL
);
CREATE INDEX bd_phrase_deltas_phrase ON bd_phrase_deltas (phrase);
-- No foreign key from the deltas to their phrase: its check would lock the
-- phrase's row for the saving transaction, and a phrase given up (a
-- statement writing many documents, bd_phrase_begin's limits) would then
-- wait for every save, or fail one whose delta came after. The ids are
-- never reused, and bd_phrase_begin removes the deltas left over.

-- The advisory lock between the triggers and bd_phrase_begin: one per
-- index table (its oid), so that archives in other schemas of the same
-- database do not share it.
CREATE FUNCTION bd_phrase_lock(t regclass) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
	SELECT 2400000000000 + CAST(CAST(t AS oid) AS bigint)
$$;

-- bd_phrase_begin lists the phrase e of table t and returns its id, also
-- when it is listed but not counted (a desktop that listed it went away
-- before counting); NULL when it is counted already, or when the lock was
-- not had within two seconds. The lock is tried, never waited for in the
-- queue: a waiting exclusive request would make every save's trigger wait
-- behind it, and a save that holds the shared lock and waits for a row
-- another save holds would then close a cycle. For the same reason the
-- phrases given up (a table keeps its 64 newest; one with over 1,000
-- deltas is listed afresh) are those no other desktop holds. The lock is
-- had only when no save's trigger holds it shared, so no save is between
-- its trigger and its commit meanwhile.
CREATE FUNCTION bd_phrase_begin(t text, e text) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
	listed bigint;
BEGIN
	-- a save's trigger sees a phrase listed after its transaction began
	-- only when each statement reads afresh; the app leaves the isolation
	-- to the server's default
	IF current_setting('default_transaction_isolation') <> 'read committed' THEN
		RETURN NULL;
	END IF;
	FOR i IN 1..400 LOOP
		EXIT WHEN pg_try_advisory_xact_lock(bd_phrase_lock(CAST(t AS regclass)));
		IF i = 400 THEN
			RETURN NULL;
		END IF;
		PERFORM pg_sleep(0.005);
	END LOOP;
	DELETE FROM bd_phrase_counts WHERE id IN (SELECT c.id FROM bd_phrase_counts c WHERE c.tbl = t AND c.expr = e
		AND (SELECT count(*) FROM bd_phrase_deltas d WHERE d.phrase = c.id) > 1000 FOR UPDATE SKIP LOCKED);
	INSERT INTO bd_phrase_counts (tbl, expr, q) VALUES (t, e, CAST(e AS tsquery))
		ON CONFLICT (tbl, expr) DO NOTHING RETURNING id INTO listed;
	IF listed IS NULL THEN
		SELECT id INTO listed FROM bd_phrase_counts WHERE tbl = t AND expr = e AND n IS NULL;
	END IF;
	DELETE FROM bd_phrase_counts WHERE id IN (SELECT id FROM bd_phrase_counts WHERE tbl = t
		ORDER BY id DESC OFFSET 64 FOR UPDATE SKIP LOCKED);
	DELETE FROM bd_phrase_deltas d WHERE NOT EXISTS (SELECT 1 FROM bd_phrase_counts c WHERE c.id = d.phrase);
	RETURN listed;
END
$$;

-- bd_phrase_count counts the listed phrase p through the GIN index (see
-- search.go's SearchSetupSQL for why the sequential scan is off) and
-- returns the count; NULL when p is no longer listed.
CREATE FUNCTION bd_phrase_count(p bigint) RETURNS bigint LANGUAGE plpgsql SET enable_seqscan = off AS $$
DECLARE
	t text;
	e text;
	counted bigint;
BEGIN
	SELECT tbl, expr INTO t, e FROM bd_phrase_counts WHERE id = p;
	IF t IS NULL THEN
		RETURN NULL;
	END IF;
	EXECUTE format('UPDATE bd_phrase_counts SET n = (SELECT count(*) FROM %I WHERE tsv @@ CAST(%L AS tsquery)),
		snap = txid_current_snapshot() WHERE id = $1 RETURNING n', t, e) INTO counted USING p;
	DELETE FROM bd_phrase_deltas d USING bd_phrase_counts c
		WHERE d.phrase = p AND c.id = p AND txid_visible_in_snapshot(d.xid, c.snap);
	RETURN counted;
END
$$;

-- The triggers: a statement's documents before (deleted or replaced) and
-- after (inserted or saved) against the table's phrases.
CREATE FUNCTION bd_phrase_deltas_kept() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	changed bigint;
BEGIN
	PERFORM pg_advisory_xact_lock_shared(bd_phrase_lock(TG_RELID));
	IF NOT EXISTS (SELECT 1 FROM bd_phrase_counts WHERE tbl = TG_TABLE_NAME) THEN
		RETURN NULL;
	END IF;
	IF TG_OP = 'DELETE' THEN
		SELECT count(*) INTO changed FROM (SELECT 1 FROM before LIMIT 201) x;
	ELSE
		SELECT count(*) INTO changed FROM (SELECT 1 FROM after LIMIT 201) x;
	END IF;
	IF changed > 200 THEN
		DELETE FROM bd_phrase_counts WHERE tbl = TG_TABLE_NAME;
		RETURN NULL;
	END IF;
	IF TG_OP = 'INSERT' THEN
		INSERT INTO bd_phrase_deltas (phrase, xid, n) SELECT p.id, txid_current(), m.n FROM bd_phrase_counts p
			CROSS JOIN LATERAL (SELECT count(*) AS n FROM after a WHERE a.tsv @@ p.q) m
			WHERE p.tbl = TG_TABLE_NAME AND m.n <> 0;
	ELSIF TG_OP = 'UPDATE' THEN
		INSERT INTO bd_phrase_deltas (phrase, xid, n) SELECT p.id, txid_current(), m.n FROM bd_phrase_counts p
			CROSS JOIN LATERAL (SELECT (SELECT count(*) FROM after a WHERE a.tsv @@ p.q)
				- (SELECT count(*) FROM before b WHERE b.tsv @@ p.q) AS n) m
			WHERE p.tbl = TG_TABLE_NAME AND m.n <> 0;
	ELSE
		INSERT INTO bd_phrase_deltas (phrase, xid, n) SELECT p.id, txid_current(), -m.n FROM bd_phrase_counts p
			CROSS JOIN LATERAL (SELECT count(*) AS n FROM before b WHERE b.tsv @@ p.q) m
			WHERE p.tbl = TG_TABLE_NAME AND m.n <> 0;
	END IF;
	RETURN NULL;
END
$$;

DO $migration$
DECLARE
	t text;
BEGIN
	FOREACH t IN ARRAY ARRAY['item_fts', 'submission_fts'] LOOP
		EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS after
			FOR EACH STATEMENT EXECUTE PROCEDURE bd_phrase_deltas_kept()', t || '_phrases_added', t);
		EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS before NEW TABLE AS after
			FOR EACH STATEMENT EXECUTE PROCEDURE bd_phrase_deltas_kept()', t || '_phrases_changed', t);
		EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS before
			FOR EACH STATEMENT EXECUTE PROCEDURE bd_phrase_deltas_kept()', t || '_phrases_removed', t);
	END LOOP;
	-- a login's temporary tables cannot stand in for the counts
	FOREACH t IN ARRAY ARRAY['bd_phrase_begin(text, text)', 'bd_phrase_count(bigint)', 'bd_phrase_deltas_kept()'] LOOP
		EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', t, current_schema());
	END LOOP;
END
$migration$;
