package postgres

import "strings"

// Search is PostgreSQL's side of the search index. The tables item_fts and
// submission_fts take the same (rowid, tokens) rows as SQLite's FTS5 tables,
// tokens the Go-made search tokens joined by spaces; a trigger turns them
// into a tsvector with positions (the tokens are never parsed by the
// server's text-search parser, whose idea of a word depends on the
// database's locale), kept under a GIN index. A query is the same phrase of
// tokens, followed by <->, so both engines find the same documents.
type Search struct{}

// MatchExpr is the tsquery text of the phrase toks, the last token a
// prefix when prefix is set. Tokens are letters and digits only, so quoting
// them needs no escapes (symbols between words are stored as their full-width
// forms, ' among them).
func (Search) MatchExpr(toks []string, prefix bool) string {
	quoted := make([]string, len(toks))
	for i, t := range toks {
		quoted[i] = "'" + strings.ReplaceAll(t, "'", "''") + "'"
	}
	if prefix {
		quoted[len(quoted)-1] += ":*"
	}
	return strings.Join(quoted, " <-> ")
}

// ReplaceSQL upserts one record's rows of the tokens and the characters
// tables in one statement (arguments: id, tokens, characters). The rows
// proposed pass the tables' BEFORE INSERT trigger first, which makes their
// tsvector (and empties tokens), so excluded.tsv is the new vector.
func (Search) ReplaceSQL(tokens, chars string) string {
	upsert := func(table, arg string) string {
		return `INSERT INTO ` + table + `(rowid, tokens) VALUES (?1, ` + arg + `)
			ON CONFLICT (rowid) DO UPDATE SET tokens = excluded.tokens, tsv = excluded.tsv`
	}
	return `WITH t AS (` + upsert(tokens, "?2") + `) ` + upsert(chars, "?3")
}

// MatchAny is the tsquery matching any of exprs.
func (Search) MatchAny(exprs []string) string {
	if len(exprs) == 1 {
		return exprs[0]
	}
	return "(" + strings.Join(exprs, ") | (") + ")"
}

// RankedSQL selects (id, rank) of table's best matches of the expression
// (first argument), lower rank better (the negated ts_rank, normalised by
// document length as bm25 is), at most the second argument of them.
func (Search) RankedSQL(table string) string {
	return `SELECT rowid, -ts_rank(tsv, CAST(?1 AS tsquery), 1) AS r FROM ` + table +
		` WHERE tsv @@ CAST(?1 AS tsquery) ORDER BY r, rowid LIMIT ?2`
}

// NewestPhraseSQL selects the ids of table's newest documents matching a
// phrase (arguments: the expression, how many), newest first. A phrase's
// tokens in order are known only from each document's positions, read from
// its tsvector (TOASTed, 6 KB on average for a submission): the newest 50
// of 村级联合党委's 6,931 submissions took 121–280 ms, the GIN index's
// matches all checked, then sorted. Here the index gives the documents
// holding every token, without positions and without reading a document
// (the same expression with & for <->: tokens are quoted letters and
// digits, so the text replaced is only ever the operator), newest first,
// and only those are checked in that order, until enough match: 12 ms. The
// check is the function behind @@, so that the planner cannot take the GIN
// index for it and check them all again.
func (Search) NewestPhraseSQL(table string) string { return newestPhrase(table, "?1", "?2") }

// newestPhrase is NewestPhraseSQL with the placeholders of the expression
// and of how many.
func newestPhrase(table, expr, limit string) string {
	return `SELECT c.rowid AS id FROM (SELECT rowid FROM ` + table + ` WHERE tsv @@ CAST(replace(` + expr + `, ' <-> ', ' & ') AS tsquery)
			ORDER BY rowid DESC OFFSET 0) c
		JOIN ` + table + ` x ON x.rowid = c.rowid WHERE ts_match_vq(x.tsv, CAST(` + expr + ` AS tsquery)) ORDER BY c.rowid DESC LIMIT ` + limit
}

// MatchIDsSQL selects the ids of table's documents matching the expression.
func (Search) MatchIDsSQL(table string) string {
	return `SELECT rowid FROM ` + table + ` WHERE tsv @@ CAST(? AS tsquery)`
}

// SearchSetupSQL starts a search's transaction. A term most records hold
// (党 in 52,297 of 52,410 submissions) makes the planner read the whole
// table rather than the GIN index, since by its costs a sequential scan of
// the few heap pages is cheaper; but each row's tsvector is then
// decompressed from TOAST to test it: 1.5 s for the count of 党 on ten
// years, 48 ms through the index, whose answer for a term needs no
// recheck. Only for this transaction (SET LOCAL), which reads nothing but
// the search tables and rows by their ids.
const SearchSetupSQL = `SET LOCAL enable_seqscan = off`

// TermCount selects how many documents of table hold the one token term:
// the sum of its counts (migration 016's bd_search_counts, kept by the index
// tables' triggers) and of the documents added since their last count that
// hold it (at most 200, read by id). Through the GIN index the server
// visited every match instead: 8.8 ms for 党 in 52,297 submissions. The
// waiting documents are looked up one by one (a subquery each): a join let the
// planner read the whole index table instead where no SET LOCAL turns the
// sequential scan off (NewestPageSQL's one statement): 405 ms for 党委's
// 119 waiting items on ten years.
func (Search) TermCount(table, term string) (string, any) {
	return `SELECT COALESCE((SELECT SUM(n) FROM bd_search_counts WHERE tbl = '` + table + `' AND token = ?1), 0)
		+ (SELECT count(*) FROM bd_search_uncounted u WHERE u.tbl = '` + table + `'
			AND (SELECT tsvector_to_array(t.tsv) @> ARRAY[CAST(?1 AS text)] FROM ` + table + ` t WHERE t.rowid = u.rowid))`, term
}

// JSONNumber is the number at key of the JSON text in col, NULL when absent.
func JSONNumber(col, key string) string {
	return `CAST(CAST(` + col + ` AS json) ->> '` + key + `' AS numeric)`
}

// ResetIDSQL moves table's id sequence past the highest id, after rows were
// written with their ids (a copy): the next new row must not collide.
// Tables without a serial id are left alone.
func ResetIDSQL(table string) string {
	return `SELECT setval(pg_get_serial_sequence('` + table + `', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM ` + table + `), false)
		WHERE pg_get_serial_sequence('` + table + `', 'id') IS NOT NULL`
}

// NowSQL selects the server's clock as the archive's stamps are written
// (2006-01-02T15:04:05.000000000Z, UTC), so that what several desktops
// compare — who is still typing where — is measured by one clock, not by
// theirs.
const NowSQL = `SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') || '000Z'`

// OwnerSQL selects the archive's owner (of its migrations table, in the
// archive's own schema: not a temporary table of the login's), this
// login, whether the login is a member of the owner (a superuser is) and
// whether it is the owner itself; no row for a new archive.
const OwnerSQL = `SELECT pg_get_userbyid(c.relowner), CAST(session_user AS text),
		pg_has_role(session_user, c.relowner, 'MEMBER'), c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
	FROM pg_class c WHERE c.oid = to_regclass(quote_ident(current_schema()) || '.migrations')`

// QuoteIdent is name as a quoted SQL identifier.
func QuoteIdent(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

// PhraseCountSQL counts table's documents matching the phrase expression
// (the argument) from migration 024's kept count: the count at its
// snapshot plus the deltas of the saves that snapshot does not see. A
// phrase not counted yet, or with over 1,000 deltas to add, gives -1 when
// strict, else the count the GIN index gives (every match's positions
// checked: 256–725 ms for 村级联合党委 on ten years).
func (Search) PhraseCountSQL(table string, strict bool) string {
	missing := `-1`
	if !strict {
		missing = `(SELECT count(*) FROM ` + table + ` WHERE tsv @@ CAST(?1 AS tsquery))`
	}
	return `SELECT COALESCE((SELECT c.n + CAST(COALESCE((SELECT sum(d.n) FROM bd_phrase_deltas d
			WHERE d.phrase = c.id AND NOT txid_visible_in_snapshot(d.xid, c.snap)), 0) AS bigint)
		FROM bd_phrase_counts c WHERE c.tbl = '` + table + `' AND c.expr = ?1 AND c.n IS NOT NULL
			AND (SELECT count(*) FROM (SELECT 1 FROM bd_phrase_deltas d WHERE d.phrase = c.id LIMIT 1001) x) <= 1000), ` + missing + `)`
}

// PhraseBeginSQL lists a phrase to count (arguments: the table, the
// expression) and selects its id, NULL when there is nothing to count;
// PhraseCountOnceSQL then counts it (argument: the id). Each runs as a
// transaction of its own (migration 024 says why).
const (
	PhraseBeginSQL     = `SELECT bd_phrase_begin(?1, ?2)`
	PhraseCountOnceSQL = `SELECT bd_phrase_count(?1)`
)

// NewestPageSQL selects a search's counts and, when more than the rank
// limit match, its first page of the newest hits with what the hit list
// shows of each, in one statement: the counts first (countItems and
// countSubs, scalar queries of ?1 — a token, or a phrase's expression), a
// row per hit after (kind 0 an item, 1 a submission), newest first, an
// item before a submission of the same day, the last entered first. Within
// the rank limit one row says only the counts, and the caller ranks the
// matches. Arguments: ?1 the counts', ?2 the match expression, ?3 how
// many hits, ?4 the rank limit; items and subs are the index tables
// matched (the tokens', or a character's). A count of -1 (a phrase not
// counted yet, PhraseCountSQL) gives no hits. It runs after SearchSetupSQL
// in a transaction: four round trips to the server where the usual way
// took nine (begin, the plan's setting, two counts, two lists of ids, two
// of texts, commit); the newest ids come from walking each index
// table backwards (its primary key), which the planner takes without being
// told for a term most texts hold, checking each row's tsvector (read
// from TOAST) until enough match. For a term fewer than one in eight texts
// hold, whose count the statement knows, the GIN index's matches are
// sorted instead, which reads no tsvector: 0.5 ms for 党委's 560 items
// against 1.6–10.6 ms walking back (a load of 20). A phrase's come from its
// documents holding every pair (NewestPhraseSQL).
func (Search) NewestPageSQL(countItems, countSubs, items, subs string, phrase bool) string {
	newest := func(table, count string) string {
		if phrase {
			return newestPhrase(table, "?2", "?3")
		}
		sparse := `(SELECT ` + count + ` FROM c) * 8 < (SELECT max(rowid) FROM ` + table + `)`
		return `(SELECT x.rowid AS id FROM (SELECT rowid FROM ` + table + ` WHERE tsv @@ CAST(?2 AS tsquery) OFFSET 0) x
				WHERE ` + sparse + ` ORDER BY x.rowid DESC LIMIT ?3)
			UNION ALL (SELECT rowid FROM ` + table + ` WHERE tsv @@ CAST(?2 AS tsquery) AND NOT ` + sparse + `
				ORDER BY rowid DESC LIMIT ?3)`
	}
	return `WITH c AS MATERIALIZED (SELECT (` + countItems + `) AS items, (` + countSubs + `) AS subs),
	ni AS (SELECT 0 AS kind, n.id, i.date AS day FROM (` + newest(items, "items") + `) n
		JOIN items it ON it.id = n.id JOIN sections s ON s.id = it.section_id JOIN issues i ON i.id = s.issue_id
		WHERE (SELECT items + subs FROM c WHERE items >= 0 AND subs >= 0) > ?4),
	ns AS (SELECT 1 AS kind, n.id, s.received AS day FROM (` + newest(subs, "subs") + `) n
		JOIN submissions s ON s.id = n.id WHERE (SELECT items + subs FROM c WHERE items >= 0 AND subs >= 0) > ?4),
	page AS (SELECT h.kind, h.id, h.day FROM (SELECT * FROM ni UNION ALL SELECT * FROM ns) h
		ORDER BY h.day COLLATE "C" DESC, h.kind, h.id DESC LIMIT ?3)
	SELECT c.items, c.subs, p.kind, p.id, p.day, COALESCE(it.lead, sb.title), COALESCE(it.body, sb.text), it.attribution,
		i.id, i.year, i.number, b.name,
		COALESCE((SELECT string_agg(u.name, '、') FROM item_units iu JOIN units u ON u.id = iu.unit_id WHERE iu.item_id = it.id), su.name)
	FROM c LEFT JOIN page p ON true
	LEFT JOIN items it ON p.kind = 0 AND it.id = p.id LEFT JOIN sections s ON s.id = it.section_id
	LEFT JOIN issues i ON i.id = s.issue_id LEFT JOIN bulletins b ON b.id = i.bulletin_id
	LEFT JOIN submissions sb ON p.kind = 1 AND sb.id = p.id LEFT JOIN units su ON su.id = sb.unit_id
	ORDER BY p.day COLLATE "C" DESC, p.kind, p.id DESC`
}
