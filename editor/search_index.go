package editor

import (
	"context"
	"database/sql"
	"fmt"
)

// Each kind of record has two search indexes, both contentless FTS5 tables
// keyed by the record's id (the texts live in items and submissions): the
// tokens of searchDocTokens with their positions, for phrases, and the
// characters of searchDocChars without positions, for one-character
// queries, which would otherwise merge the lists of every pair starting
// with that character (党委, 党建, 党员…: 0.1 s on ten years of submissions).
type searchIndex struct{ tokens, chars string }

var searchIndexes = map[HitKind]searchIndex{
	HitItem:       {tokens: "item_fts", chars: "item_chars"},
	HitSubmission: {tokens: "submission_fts", chars: "submission_chars"},
}

// indexSearchTx stores a record's text and facets (see submissionFacets)
// in its kind's indexes, replacing what they held for it.
func indexSearchTx(ctx context.Context, tx *sql.Tx, kind HitKind, id int64, text, facets string) error {
	if err := unindexSearchTx(ctx, tx, kind, id); err != nil {
		return err
	}
	ix := searchIndexes[kind]
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+ix.tokens+`(rowid, tokens) VALUES (?, ?)`, id, withFacets(searchDocTokens(text), facets)); err != nil {
		return fmt.Errorf("index %s %d: %w", kind, id, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+ix.chars+`(rowid, tokens) VALUES (?, ?)`, id, withFacets(searchDocChars(text), facets)); err != nil {
		return fmt.Errorf("index %s %d: %w", kind, id, err)
	}
	return nil
}

// replaceSearchTx is indexSearchTx for a record the index already holds (a
// save), in one statement where the engine has one (see
// engine.replaceIndexSQL): on the office archive each statement is a
// round trip to the server, and a keystroke's save spent four on this.
func replaceSearchTx(ctx context.Context, tx *sql.Tx, eng *engine, kind HitKind, id int64, text, facets string) error {
	if eng.replaceIndexSQL == nil {
		return indexSearchTx(ctx, tx, kind, id, text, facets)
	}
	ix := searchIndexes[kind]
	if _, err := tx.ExecContext(later(ctx), eng.replaceIndexSQL(ix.tokens, ix.chars), id,
		withFacets(searchDocTokens(text), facets), withFacets(searchDocChars(text), facets)); err != nil {
		return fmt.Errorf("index %s %d: %w", kind, id, err)
	}
	return nil
}

// mergeItemIndexes merges each segment of the items' search indexes into
// one, where the engine's indexes have segments (a file's FTS5), in a
// transaction of its own. A bulk load ends with it: it indexes items one
// by one, as saves in 组版 do, and each makes a segment of its own that
// FTS5 merges only now and then (21 were left after the ten-year demo); a
// search seeks each token in every segment (a phrase among the items:
// count 0.82 → 0.29 ms of CPU, newest page 0.59 → 0.12). The submissions'
// indexes are left as they are: they are ten times the size, and the
// merged copy would grow the file by 9 MB, the old segments' pages freed
// but kept (the archive's size against its texts: 1.50 → 1.61).
func (a *Archive) mergeItemIndexes(ctx context.Context) error {
	if a.eng.optimizeIndexSQL == nil {
		return nil
	}
	ix := searchIndexes[HitItem]
	return a.tx(ctx, func(tx *sql.Tx) error {
		for _, table := range []string{ix.tokens, ix.chars} {
			if _, err := tx.ExecContext(ctx, a.eng.optimizeIndexSQL(table)); err != nil {
				return fmt.Errorf("merge the search index %s: %w", table, err)
			}
		}
		return nil
	})
}

// unindexSearchTx removes a record from its kind's indexes.
func unindexSearchTx(ctx context.Context, tx *sql.Tx, kind HitKind, id int64) error {
	ix := searchIndexes[kind]
	for _, table := range []string{ix.tokens, ix.chars} {
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE rowid = ?`, id); err != nil {
			return fmt.Errorf("unindex %s %d: %w", kind, id, err)
		}
	}
	return nil
}

// searchIndexer adds many new records of one kind with prepared
// statements. It keeps them until flush and then writes all tokens rows
// and all character rows in a row: FTS5 writes its buffered terms out as a
// new segment at every savepoint, which each other statement between two
// index rows opens, so indexing a record at a time made a segment per
// record and spent half a demo's time merging them.
type searchIndexer struct {
	kind          HitKind
	tokens, chars *sql.Stmt
	pending       []searchDoc
	counted       *reindexCount // a rebuild's listener, else nil
}

// searchDoc is a record waiting to be indexed.
type searchDoc struct {
	id           int64
	text, facets string
}

func newSearchIndexer(ctx context.Context, tx *sql.Tx, kind HitKind) (*searchIndexer, error) {
	ix := searchIndexes[kind]
	tokens, err := tx.PrepareContext(ctx, `INSERT INTO `+ix.tokens+`(rowid, tokens) VALUES (?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("prepare the search index: %w", err)
	}
	chars, err := tx.PrepareContext(ctx, `INSERT INTO `+ix.chars+`(rowid, tokens) VALUES (?, ?)`)
	if err != nil {
		tokens.Close()
		return nil, fmt.Errorf("prepare the search index: %w", err)
	}
	return &searchIndexer{kind: kind, tokens: tokens, chars: chars}, nil
}

// add queues a record that is in neither index yet for flush.
func (w *searchIndexer) add(id int64, text, facets string) {
	w.pending = append(w.pending, searchDoc{id, text, facets})
}

// flush indexes the queued records. Their tokens are made a stretch
// ahead on another goroutine while the statements run: searchDocTokens
// and searchDocChars were a seventh of a ten-year demo's CPU, on the one
// goroutine stepping SQLite.
func (w *searchIndexer) flush(ctx context.Context) error {
	for pass, st := range []struct {
		stmt   *sql.Stmt
		tokens func(string) string
	}{{w.tokens, searchDocTokens}, {w.chars, searchDocChars}} {
		err := eachMadeAhead(len(w.pending), func(i int) string {
			return withFacets(st.tokens(w.pending[i].text), w.pending[i].facets)
		}, func(i int, tokens string) error {
			if _, err := st.stmt.ExecContext(ctx, w.pending[i].id, tokens); err != nil {
				return fmt.Errorf("index %s %d: %w", w.kind, w.pending[i].id, err)
			}
			w.counted.step(pass, i+1, len(w.pending))
			return nil
		})
		if err != nil {
			return err
		}
	}
	w.pending = w.pending[:0]
	return nil
}

// madeAhead is how many values eachMadeAhead makes at a time.
const madeAhead = 64

// eachMadeAhead calls use(i, value(i)) for i from 0 to n-1 in order, making
// the next stretch of values on another goroutine while use takes the
// ones made, so that at most two stretches are held at once.
func eachMadeAhead(n int, value func(int) string, use func(int, string) error) error {
	ahead := func(lo int) chan []string {
		ch := make(chan []string, 1)
		go func() {
			out := []string{}
			for i := lo; i < min(lo+madeAhead, n); i++ {
				out = append(out, value(i))
			}
			ch <- out // buffered: a stretch nobody takes after an error is dropped
		}()
		return ch
	}
	var next chan []string
	if n > 0 {
		next = ahead(0)
	}
	for lo := 0; lo < n; lo += madeAhead {
		made := <-next
		if lo+madeAhead < n {
			next = ahead(lo + madeAhead)
		}
		for k, v := range made {
			if err := use(lo+k, v); err != nil {
				return err
			}
		}
	}
	return nil
}

func (w *searchIndexer) close() {
	w.tokens.Close()
	w.chars.Close()
}

// searchTokensKey is the setting naming the token scheme the indexes hold.
const searchTokensKey = "search_tokens"

// ensureSearchIndexTx rebuilds the search indexes when they were made with
// another token scheme than searchTokenVersion (an archive from before
// migration 006), so an upgraded archive finds what a new one does.
func ensureSearchIndexTx(ctx context.Context, tx *sql.Tx, eng *engine, progress func(done, total int)) error {
	var have string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, searchTokensKey).Scan(&have)
	if err != nil && err != sql.ErrNoRows {
		return fmt.Errorf("read the search index version: %w", err)
	}
	if have == searchTokenVersion {
		return nil
	}
	if err := rebuildSearchIndexTx(ctx, tx, eng, progress); err != nil {
		return fmt.Errorf("rebuild the search index: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, searchTokensKey, searchTokenVersion)
	return err
}

// rebuildSearchIndexTx indexes every item and submission afresh, telling
// progress (when set) after each record how many of them are done.
func rebuildSearchIndexTx(ctx context.Context, tx *sql.Tx, eng *engine, progress func(done, total int)) error {
	sources := []struct {
		kind  HitKind
		query string
	}{
		{HitItem, `SELECT id, lead, body, attribution, 0, '', '' FROM items`},
		{HitSubmission, `SELECT id, title, text, source, COALESCE(unit_id, 0), kind, received FROM submissions`},
	}
	var c reindexCount
	if progress != nil {
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT COUNT(*) FROM items) + (SELECT COUNT(*) FROM submissions)`).Scan(&c.total); err != nil {
			return err
		}
		if c.total > 0 { // a new archive has nothing to tell
			c.progress = progress
			progress(0, c.total)
		}
	}
	for _, src := range sources {
		ix := searchIndexes[src.kind]
		for _, table := range []string{ix.tokens, ix.chars} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table); err != nil {
				return err
			}
		}
		if err := reindexAllTx(ctx, tx, eng, src.kind, src.query, &c); err != nil {
			return err
		}
	}
	return nil
}

// reindexCount counts the records a rebuild has indexed for its listener.
type reindexCount struct {
	done, total int
	progress    func(done, total int)
}

// step counts n more records of a pass; a record is indexed in two passes
// (tokens, then characters), each worth half of it.
func (c *reindexCount) step(pass, n, of int) {
	if c == nil || c.progress == nil {
		return
	}
	c.progress(min(c.done+(pass*of+n)/2, c.total), c.total)
	if pass == 1 && n == of {
		c.done += of
	}
}

// reindexBatch is how many records a rebuild reads and indexes at a time:
// all at once held every text of the archive in memory (410 MB for ten
// years). Each batch's rows are closed before it is indexed: a server
// connection runs one statement at a time.
const reindexBatch = 5000

func reindexAllTx(ctx context.Context, tx *sql.Tx, eng *engine, kind HitKind, query string, c *reindexCount) error {
	w, err := newSearchIndexer(ctx, tx, kind)
	if err != nil {
		return err
	}
	defer w.close()
	w.counted = c
	for after := int64(-1); ; {
		rows, err := tx.QueryContext(ctx, query+` WHERE id > ? ORDER BY id LIMIT ?`, after, reindexBatch)
		if err != nil {
			return err
		}
		for rows.Next() {
			var a, b, d, kindName, received string
			var unit int64
			if err := rows.Scan(&after, &a, textColumn{&b}, &d, &unit, &kindName, &received); err != nil {
				rows.Close()
				return err
			}
			facets := ""
			if kind == HitSubmission {
				facets = submissionFacets(eng, unit, kindName, parseDateText(received))
			}
			w.add(after, a+"\n"+b+"\n"+d, facets) // as itemSearchText and submissionSearchText join them
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if len(w.pending) == 0 {
			return nil
		}
		if err := w.flush(ctx); err != nil {
			return err
		}
	}
}
