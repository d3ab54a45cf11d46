package editor

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"testing"
)

// TestEachMadeAhead: every value is used once, in order, and an error
// stops the uses at once.
func TestEachMadeAhead(t *testing.T) {
	stop := errors.New("stop")
	for _, tt := range []struct {
		name      string
		n, failAt int // failAt -1: use never fails
		wantUsed  int
	}{
		{"none", 0, -1, 0},
		{"one", 1, -1, 1},
		{"less than a stretch", madeAhead - 1, -1, madeAhead - 1},
		{"a stretch", madeAhead, -1, madeAhead},
		{"stretches and a part", 3*madeAhead + 5, -1, 3*madeAhead + 5},
		{"fails in the second stretch", 3 * madeAhead, madeAhead + 2, madeAhead + 3},
	} {
		t.Run(tt.name, func(t *testing.T) {
			used := 0
			err := eachMadeAhead(tt.n, strconv.Itoa, func(i int, v string) error {
				if v != strconv.Itoa(used) || i != used {
					t.Fatalf("use(%d, %q) as use number %d", i, v, used)
				}
				used++
				if i == tt.failAt {
					return stop
				}
				return nil
			})
			if used != tt.wantUsed || (tt.failAt >= 0) != errors.Is(err, stop) {
				t.Errorf("used %d, err %v; want %d used, failing at %d", used, err, tt.wantUsed, tt.failAt)
			}
		})
	}
}

// TestItemIndexesMergedAfterABulkLoad: items saved one by one leave the
// items' index in many segments (each search seeks its tokens in every
// one); the end of a bulk load merges them into one, and every item is
// found as before, also one saved again after the merge.
func TestItemIndexesMergedAfterABulkLoad(t *testing.T) {
	if onServer() {
		t.Skip("the office archive's index has no segments")
	}
	ctx := context.Background()
	a := searchTestArchive(t)
	is, err := a.LatestIssue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	full, err := a.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 12 {
		it := Item{Lead: fmt.Sprintf("第%d个村推进人才驿站建设。", i), Body: "驿站设在党群服务中心。"}
		if err := a.AddItem(ctx, full.Sections[0].ID, &it); err != nil {
			t.Fatal(err)
		}
	}
	segments := func() int {
		var n int
		if err := a.db.QueryRowContext(ctx, `SELECT count(DISTINCT segid) FROM item_fts_idx`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	found := func(q string) int {
		r, err := a.SearchPage(ctx, q, 50)
		if err != nil {
			t.Fatal(err)
		}
		return r.Items
	}
	before, phrase, char := segments(), found("人才驿站建设"), found("驿")
	if before < 2 {
		t.Fatalf("items saved one by one left %d segments; the test needs several", before)
	}
	if err := a.settleAfterBulk(ctx); err != nil {
		t.Fatal(err)
	}
	if got := segments(); got != 1 {
		t.Errorf("after the bulk load's end: %d segments, want 1 (were %d)", got, before)
	}
	if got, got2 := found("人才驿站建设"), found("驿"); got != phrase || got2 != char || phrase != 12 {
		t.Errorf("after merging: 人才驿站建设 in %d items, 驿 in %d; before %d and %d, want 12", got, got2, phrase, char)
	}
	it := Item{Lead: "又一个村推进人才驿站建设。"}
	if err := a.AddItem(ctx, full.Sections[0].ID, &it); err != nil {
		t.Fatal(err)
	}
	if got := found("人才驿站建设"); got != 13 {
		t.Errorf("an item added after merging: 人才驿站建设 in %d items, want 13", got)
	}
}
