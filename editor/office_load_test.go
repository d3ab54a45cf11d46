package editor

import (
	"context"
	"os"
	"testing"
	"time"
)

// envLoadFull asks TestOfficeLoad for the full minute (make bench sets
// it); without it the test runs ten seconds.
const envLoadFull = "BULLETINDESK_LOAD_FULL"

// Six editors on their own desktops each save their own item of one draft
// issue every second, on the office archive: every save is acknowledged
// (no error, no conflict between different items), every item ends with
// the text last saved to it, and its version counts every save. How long
// the saves took is logged, not asserted: the test machine's load decides
// it, not the archive (the README's speed section has the figures, with
// the load they were measured at).
func TestOfficeLoad(t *testing.T) {
	if !onServer() {
		t.Skip("the load test runs against the office archive (BULLETINDESK_TEST_PG)")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	const editors = 6
	d := 10 * time.Second
	if os.Getenv(envLoadFull) != "" {
		d = time.Minute
	}
	dsn := testArchiveDSN(t, "load.db")
	first, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer first.Close()
	var items []Item
	for range editors {
		items = append(items, benchDraftItemIn(t, first, items))
	}
	l := runOfficeLoad(t, dsn, items, d)
	t.Logf("%d editors, %v: %d saves acknowledged of %d; median %v, 95th percentile %v, slowest %v",
		editors, d, l.acked, l.tried, l.quantile(0.5).Round(time.Millisecond),
		l.quantile(0.95).Round(time.Millisecond), l.quantile(1).Round(time.Millisecond))
	if l.acked != l.tried {
		t.Errorf("%d of %d saves were not acknowledged", l.tried-l.acked, l.tried)
	}
	if l.lost > 0 {
		t.Errorf("%d of %d items do not hold the text last saved to them", l.lost, editors)
	}
	if l.skipped > 0 {
		t.Errorf("%d of %d items' versions do not count every acknowledged save", l.skipped, editors)
	}
	for e, n := range l.perEditor {
		if n < 2 {
			t.Errorf("editor %d: %d saves acknowledged in %v, want at least 2", e+1, n, d)
		}
	}
}
