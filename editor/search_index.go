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

// indexSearchTx stores a record's text in its kind's indexes, replacing
// what they held for it.
func indexSearchTx(ctx context.Context, tx *sql.Tx, kind HitKind, id int64, text string) error {
	if err := unindexSearchTx(ctx, tx, kind, id); err != nil {
		return err
	}
	ix := searchIndexes[kind]
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+ix.tokens+`(rowid, tokens) VALUES (?, ?)`, id, searchDocTokens(text)); err != nil {
		return fmt.Errorf("index %s %d: %w", kind, id, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+ix.chars+`(rowid, tokens) VALUES (?, ?)`, id, searchDocChars(text)); err != nil {
		return fmt.Errorf("index %s %d: %w", kind, id, err)
	}
	return nil
}

// replaceSearchTx is indexSearchTx for a record the index already holds (a
// save), in one statement where the engine has one (see
// engine.replaceIndexSQL): on the office archive each statement is a
// round trip to the server, and a keystroke's save spent four on this.
func replaceSearchTx(ctx context.Context, tx *sql.Tx, eng *engine, kind HitKind, id int64, text string) error {
	if eng.replaceIndexSQL == nil {
		return indexSearchTx(ctx, tx, kind, id, text)
	}
	ix := searchIndexes[kind]
	if _, err := tx.ExecContext(ctx, eng.replaceIndexSQL(ix.tokens, ix.chars), id, searchDocTokens(text), searchDocChars(text)); err != nil {
		return fmt.Errorf("index %s %d: %w", kind, id, err)
	}
	return nil
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
}

// searchDoc is a record waiting to be indexed.
type searchDoc struct {
	id   int64
	text string
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
func (w *searchIndexer) add(id int64, text string) {
	w.pending = append(w.pending, searchDoc{id, text})
}

// flush indexes the queued records.
func (w *searchIndexer) flush(ctx context.Context) error {
	for _, d := range w.pending {
		if _, err := w.tokens.ExecContext(ctx, d.id, searchDocTokens(d.text)); err != nil {
			return fmt.Errorf("index %s %d: %w", w.kind, d.id, err)
		}
	}
	for _, d := range w.pending {
		if _, err := w.chars.ExecContext(ctx, d.id, searchDocChars(d.text)); err != nil {
			return fmt.Errorf("index %s %d: %w", w.kind, d.id, err)
		}
	}
	w.pending = w.pending[:0]
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
func ensureSearchIndexTx(ctx context.Context, tx *sql.Tx) error {
	var have string
	err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key = ?`, searchTokensKey).Scan(&have)
	if err != nil && err != sql.ErrNoRows {
		return fmt.Errorf("read the search index version: %w", err)
	}
	if have == searchTokenVersion {
		return nil
	}
	if err := rebuildSearchIndexTx(ctx, tx); err != nil {
		return fmt.Errorf("rebuild the search index: %w", err)
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES (?, ?)
		ON CONFLICT(key) DO UPDATE SET value = excluded.value`, searchTokensKey, searchTokenVersion)
	return err
}

// rebuildSearchIndexTx indexes every item and submission afresh.
func rebuildSearchIndexTx(ctx context.Context, tx *sql.Tx) error {
	sources := []struct {
		kind  HitKind
		query string
	}{
		{HitItem, `SELECT id, lead, body, attribution FROM items`},
		{HitSubmission, `SELECT id, title, text, source FROM submissions`},
	}
	for _, src := range sources {
		ix := searchIndexes[src.kind]
		for _, table := range []string{ix.tokens, ix.chars} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table); err != nil {
				return err
			}
		}
		if err := reindexAllTx(ctx, tx, src.kind, src.query); err != nil {
			return err
		}
	}
	return nil
}

func reindexAllTx(ctx context.Context, tx *sql.Tx, kind HitKind, query string) error {
	w, err := newSearchIndexer(ctx, tx, kind)
	if err != nil {
		return err
	}
	defer w.close()
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var a, b, c string
		if err := rows.Scan(&id, &a, &b, &c); err != nil {
			rows.Close()
			return err
		}
		w.add(id, a+"\n"+b+"\n"+c) // as itemSearchText and submissionSearchText join them
	}
	if err := rows.Close(); err != nil {
		return err
	}
	return w.flush(ctx)
}
