package editor

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// BenchmarkSaveItem is one keystroke's save of an item of a draft issue
// (UpdateItem, version-checked), on the benchmark archive: the demo's
// newest issue is a draft.
func BenchmarkSaveItem(b *testing.B) {
	ctx := context.Background()
	a := benchArchive(b)
	is, err := a.LatestIssue(ctx)
	if err != nil {
		b.Fatal(err)
	}
	var it Item
	for _, sec := range is.Sections {
		if len(sec.Items) > 0 && it.ID == 0 {
			it = sec.Items[0]
		}
	}
	if is.Status != IssueDraft || it.ID == 0 {
		it = benchDraftItem(b, a)
	}
	before, _ := a.Revisions(ctx, "item", it.ID)
	for i := 0; b.Loop(); i++ {
		it.Body = fmt.Sprintf("基准测试第%d次保存。", i)
		if err := a.UpdateItem(ctx, &it); err != nil {
			b.Fatal(err)
		}
	}
	// a minute of one user's saves is one revision: the archive does not grow with each keystroke
	after, _ := a.Revisions(ctx, "item", it.ID)
	b.ReportMetric(float64(len(after)-len(before)), "new-revisions")
}

// benchDraftItem is the first item of the newest draft issue, made when
// the archive has none.
func benchDraftItem(b testing.TB, a *Archive) Item {
	b.Helper()
	ctx := context.Background()
	bs, err := a.Bulletins(ctx)
	if err != nil || len(bs) == 0 {
		b.Fatalf("bulletins: %v", err)
	}
	is, err := a.NewIssue(ctx, bs[0].ID, Today())
	if err != nil {
		b.Fatal(err)
	}
	it := Item{Lead: "基准测试条目。", Body: "正文。"}
	if err := a.AddItem(ctx, is.Sections[0].ID, &it); err != nil {
		b.Fatal(err)
	}
	return it
}

// benchDraftItemIn adds an item to the draft issue of the items so far (a
// new one for the first).
func benchDraftItemIn(b testing.TB, a *Archive, so []Item) Item {
	if len(so) == 0 {
		return benchDraftItem(b, a)
	}
	it := Item{Lead: fmt.Sprintf("第%d位编辑的条目。", len(so)+1), Body: "正文。"}
	if err := a.AddItem(context.Background(), so[0].SectionID, &it); err != nil {
		b.Fatal(err)
	}
	return it
}

// officeLoad is what runOfficeLoad saw: every save's time, how many were
// tried and acknowledged (UpdateItem returned no error), and per item
// whether the archive holds the text last acknowledged and the version
// that many acknowledged saves make.
type officeLoad struct {
	took         []time.Duration
	tried, acked int
	lost         int // items not holding their last acknowledged text
	skipped      int // items whose version is not their first plus their acknowledged saves
	perEditor    []int
}

// quantile is the q-th quantile (0..1) of the save times.
func (l officeLoad) quantile(q float64) time.Duration {
	if len(l.took) == 0 {
		return 0
	}
	s := slices.Clone(l.took)
	slices.Sort(s)
	return s[min(len(s)-1, int(q*float64(len(s))))]
}

// runOfficeLoad has one desktop per item save it every second for d.
func runOfficeLoad(b testing.TB, dsn string, items []Item, d time.Duration) officeLoad {
	ctx := context.Background()
	var mu sync.Mutex
	var wg sync.WaitGroup
	l := officeLoad{perEditor: make([]int, len(items))}
	last := make([]string, len(items))
	for e := range items {
		wg.Go(func() {
			desk, err := Open(ctx, dsn)
			if err != nil {
				b.Error(err)
				return
			}
			defer desk.Close()
			it := items[e]
			tick := time.NewTicker(time.Second)
			defer tick.Stop()
			for end := time.Now().Add(d); time.Now().Before(end); <-tick.C {
				it.Body = fmt.Sprintf("第%d位编辑，%s保存。", e+1, time.Now().Format(time.StampMilli))
				start := time.Now()
				err := desk.UpdateItem(ctx, &it)
				took := time.Since(start)
				mu.Lock()
				l.tried++
				l.took = append(l.took, took)
				if err == nil {
					l.acked++
					l.perEditor[e]++
					last[e] = it.Body
				} else {
					b.Errorf("editor %d: %v", e+1, err)
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	l.lost, l.skipped = officeLoadCheck(b, dsn, items, last, l.perEditor)
	return l
}

// officeLoadCheck reads every item back on a desktop of its own.
func officeLoadCheck(b testing.TB, dsn string, items []Item, last []string, acked []int) (lost, skipped int) {
	ctx := context.Background()
	check, err := Open(ctx, dsn)
	if err != nil {
		b.Fatal(err)
	}
	defer check.Close()
	for e, it := range items {
		var got Item
		err := check.read(ctx, func(tx *sql.Tx) (err error) {
			got, err = itemTx(ctx, tx, it.ID)
			return err
		})
		if err != nil || got.Body != last[e] {
			lost++
		}
		if err != nil || got.Version != it.Version+int64(acked[e]) {
			skipped++
		}
	}
	return lost, skipped
}

// BenchmarkOpenArchiveBareConnection is the anchor of BenchmarkOpenArchive
// on the office archive: a bare pgx.Connect and SELECT 1, the least any
// client pays for a new server process (fork, authentication, its first
// catalogue reads), measured in the same run. It is skipped on a file.
func BenchmarkOpenArchiveBareConnection(b *testing.B) {
	dsn := os.Getenv(EnvBenchArchive)
	if !IsServerDSN(dsn) {
		b.Skip("the anchor of the office archive's opening; " + EnvBenchArchive + " names a file")
	}
	ctx := context.Background()
	for b.Loop() {
		c, err := pgx.Connect(ctx, dsn)
		if err != nil {
			b.Fatal(err)
		}
		var one int
		if err := c.QueryRow(ctx, "SELECT 1").Scan(&one); err != nil {
			b.Fatal(err)
		}
		c.Close(ctx)
	}
}
