package editor

import (
	"context"
	"database/sql"
	"errors"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// The office archive counts a phrase from a count it keeps (migration
// 024): a phrase is counted once, when first searched, and kept exact by
// the index tables' triggers as documents are saved; a file's FTS5 counts
// phrases from the positions in its index and keeps nothing.

// errPhraseUncounted is a strict count finding a phrase not counted yet.
var errPhraseUncounted = errors.New("the phrase is not counted yet")

// phraseCountQuery is the office archive's count of a phrase of one kind,
// with its argument; ok is false for a file, and for a query of one token
// (counted from the counts per token, migration 016). A strict count gives
// -1 for a phrase not counted yet, where the other counts it the long way.
func phraseCountQuery(eng *engine, q searchQuery, kind HitKind, strict bool) (query string, args []any, ok bool) {
	if !eng.keepsPhraseCounts {
		return "", nil, false
	}
	if _, term := q.term(); term {
		return "", nil, false
	}
	table, expr := eng.match(q, kind)
	if expr == "" || table != searchIndexes[kind].tokens {
		return "", nil, false
	}
	return postgres.Search{}.PhraseCountSQL(table, strict), []any{expr}, true
}

// countPhrases counts the query's phrase for both kinds where it is not
// counted yet, each kind in two transactions of its own (migration 024).
// It fails for a login that may not write and on a server that is a
// read-only standby; the search then counts the long way.
func (a *Archive) countPhrases(ctx context.Context, q searchQuery) error {
	for _, kind := range []HitKind{HitItem, HitSubmission} {
		table, expr := a.eng.match(q, kind)
		var id sql.NullInt64
		if err := a.db.QueryRowContext(ctx, postgres.PhraseBeginSQL, table, expr).Scan(&id); err != nil {
			return err
		}
		if !id.Valid {
			continue
		}
		var n sql.NullInt64
		if err := a.db.QueryRowContext(ctx, postgres.PhraseCountOnceSQL, id.Int64).Scan(&n); err != nil {
			return err
		}
	}
	return nil
}
