package editor

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// bulkItemsKey carries, in the context of a bulk load (the demo), the
// indexer that new items are queued on instead of being indexed one by one.
type bulkItemsKey struct{}

// withBulkItemIndex makes insertItemTx queue each new item on w, which the
// caller flushes before the transaction ends. Indexed one at a time, each
// item's rows were a segment of their own in both item indexes: every
// statement between two index rows opens a savepoint, at which FTS5 writes
// out what it holds (see searchIndexer), and the ten-year demo's 4,719 items
// left 9,438 small segments for FTS5 to write and merge (a tenth of its
// time). Only for items that are in neither index yet.
func withBulkItemIndex(ctx context.Context, w *searchIndexer) context.Context {
	return context.WithValue(ctx, bulkItemsKey{}, w)
}

// bulkItemIndex is the indexer withBulkItemIndex set, else nil.
func bulkItemIndex(ctx context.Context) *searchIndexer {
	w, _ := ctx.Value(bulkItemsKey{}).(*searchIndexer)
	return w
}

// settleAfterBulk lets the server plan for the rows a bulk load (a demo,
// a whole archive copied in) has just committed. On PostgreSQL the tables
// are vacuumed and analysed at once: autovacuum's pass during the load saw
// none of its rows (one transaction), and the next waits for thresholds and
// throttling — on the ten-year demo the planner read empty statistics for
// minutes, and one year's statistics took 2.5 s instead of 11 ms. SQLite
// plans without row statistics of this kind; a file merges its items'
// search indexes instead (mergeItemIndexes).
func (a *Archive) settleAfterBulk(ctx context.Context) error {
	if a.eng.name != "postgres" {
		return a.mergeItemIndexes(ctx)
	}
	var tables []string
	err := a.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, a.eng.tablesSQL)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var t string
			if err := rows.Scan(&t); err != nil {
				return err
			}
			tables = append(tables, t)
		}
		return rows.Err()
	})
	if err != nil || len(tables) == 0 {
		return wrapErr("list the tables to analyse", err)
	}
	// VACUUM runs outside a transaction; the names are the archive's own tables
	_, err = a.db.ExecContext(ctx, `VACUUM (ANALYZE) `+strings.Join(tables, ", "))
	if err != nil {
		return a.classify(fmt.Errorf("analyse the archive after loading it: %w", err))
	}
	return nil
}
