package editor

import (
	"context"
	"errors"
	"path/filepath"
	"reflect"
	"slices"
	"testing"
)

// copyFingerprint is what a user sees of an archive: its issues, how many
// submissions each search finds, the hits of a rarer search in rank order
// (ranks are the engine's own, so only compared between SQLite files) and
// a year's statistics.
type copyFingerprint struct {
	Issues []IssueSummary
	Found  map[string]int
	Hits   []int64
	Total  Counts
}

func fingerprint(t *testing.T, a *Archive) copyFingerprint {
	t.Helper()
	ctx := context.Background()
	issues, err := a.Issues(ctx, IssueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	fp := copyFingerprint{Issues: issues, Found: map[string]int{}}
	for _, q := range []string{"党委", "党", "人才驿站"} {
		if fp.Found[q], err = a.CountSubmissions(ctx, SubmissionFilter{Text: q}); err != nil {
			t.Fatal(err)
		}
	}
	hits, err := a.Search(ctx, "人才驿站", 1000)
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		fp.Hits = append(fp.Hits, h.ID)
	}
	st, err := a.Statistics(ctx, StatsQuery{From: issues[len(issues)-1].Date, To: issues[0].Date, By: PeriodMonth})
	if err != nil {
		t.Fatal(err)
	}
	fp.Total = st.Total
	return fp
}

// TestCopyArchive moves a year's archive from a file to the other engine
// (the office server when the suite runs on PostgreSQL) and back to a new
// file: every table's count, the issues, search hits and statistics are the
// same in all three, and the copies take new work under new ids.
func TestCopyArchive(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a year of demo data")
	}
	ctx := context.Background()
	file, err := Open(ctx, filepath.Join(t.TempDir(), "editor.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	if _, err := file.FillDemo(ctx, 1, 7); err != nil {
		t.Fatal(err)
	}
	office := archiveTestOpen(t)
	var reports int
	counts, err := CopyArchive(ctx, file, office, func(done, total int64) {
		if done > total {
			t.Errorf("progress %d of %d", done, total)
		}
		reports++
	})
	if err != nil {
		t.Fatal(err)
	}
	if reports < 2 || len(counts) < 10 {
		t.Errorf("%d progress reports, %d tables counted; want several of each", reports, len(counts))
	}
	back, err := Open(ctx, filepath.Join(t.TempDir(), "back.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	if _, err := CopyArchive(ctx, office, back, nil); err != nil {
		t.Fatal(err)
	}
	want := fingerprint(t, file)
	if want.Found["党委"] == 0 || len(want.Hits) == 0 || want.Total.Submissions == 0 {
		t.Fatalf("the demo archive finds nothing: %+v", want.Total)
	}
	for name, a := range map[string]*Archive{"office copy": office, "copy back": back} {
		got, w := fingerprint(t, a), want
		if a.Engine() != file.Engine() {
			slices.Sort(got.Hits)
			w.Hits = slices.Sorted(slices.Values(want.Hits))
		}
		if !reflect.DeepEqual(got, w) {
			t.Errorf("%s differs from the original:\n got %+v %v %v\nwant %+v %v %v", name, got.Found, got.Hits, got.Total, w.Found, w.Hits, w.Total)
		}
		u := Unit{Name: "新设单位委组织部", Active: true}
		if err := a.SaveUnit(ctx, &u); err != nil {
			t.Errorf("%s: a new unit after the copy: %v", name, err)
		}
	}
	if _, err := CopyArchive(ctx, file, office, nil); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("copy into an archive with work in it: err = %v, want ErrNotEmpty", err)
	}
}
