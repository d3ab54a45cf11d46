package editor

import (
	"context"
	"testing"
)

// After a bulk load the office archive's server knows how many rows there
// are (reltuples is -1 on a table never vacuumed or analysed), so that it
// plans statistics and search on them rather than on empty tables.
func TestSettleAfterBulkAnalyses(t *testing.T) {
	if !onServer() {
		t.Skip("PostgreSQL plans by row statistics; SQLite has nothing to settle")
	}
	ctx := context.Background()
	a := archiveTestOpen(t)
	itemsTestIssue(t, a, "甲。", "乙。", "丙。")
	if err := a.settleAfterBulk(ctx); err != nil {
		t.Fatal(err)
	}
	var rows float64
	if err := a.db.QueryRowContext(ctx, `SELECT reltuples FROM pg_class
		WHERE oid = CAST(current_schema() || '.items' AS regclass)`).Scan(&rows); err != nil {
		t.Fatal(err)
	}
	if rows != 3 {
		t.Errorf("the server counts %v items after settling, want 3", rows)
	}
}
