package editor

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestFillDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a year of demo data")
	}
	ctx := context.Background()
	a := archiveTestOpen(t)
	sum, err := a.FillDemo(ctx, 1, 7)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("one year of demo data: %+v", sum)
	weeks := int(sum.To.Sub(sum.From).Hours()/24/7) + 1
	if sum.Units != 30 || sum.Submissions < 85*weeks || sum.Submissions > 116*weeks {
		t.Errorf("summary = %+v, want 30 units and about 100 submissions a week for %d weeks", sum, weeks)
	}
	if sum.Issues < weeks-3 || sum.Issues > weeks || sum.Items < 8*sum.Issues || sum.Items > 12*sum.Issues {
		t.Errorf("summary = %+v, want a weekly issue of about ten items", sum)
	}
	if sum.UpstreamAdoptions == 0 || sum.Instructions == 0 {
		t.Errorf("summary = %+v, want some upstream adoptions and 批示", sum)
	}
	units, _ := a.Units(ctx)
	if len(units) != 30 {
		t.Errorf("units = %d, want 30", len(units))
	}
	if n, _ := a.CountSubmissions(ctx, SubmissionFilter{}); n != sum.Submissions {
		t.Errorf("submissions stored = %d, summary says %d", n, sum.Submissions)
	}
	adopted, _ := a.CountSubmissions(ctx, SubmissionFilter{Status: SubmissionAdopted})
	if adopted < sum.Issues*6 {
		t.Errorf("adopted submissions = %d, want at least six an issue", adopted)
	}
	subs, _ := a.Submissions(ctx, SubmissionFilter{Limit: 200})
	for _, s := range subs {
		if n := utf8.RuneCountInString(s.Text); n < 300 || n > 1700 || s.UnitID == 0 || s.Contact == "" {
			t.Errorf("submission %d: %d characters, unit %d, contact %q", s.ID, n, s.UnitID, s.Contact)
			break
		}
	}
	latest, err := a.LatestIssue(ctx)
	if err != nil || len(latest.Sections) != 2 || len(latest.Sections[0].Items) == 0 {
		t.Errorf("latest issue = %+v, %v", latest, err)
	}
	if list, _ := a.Issues(ctx, IssueFilter{}); len(list) > 1 {
		signed, _ := a.Issue(ctx, list[1].ID)
		if r := signed.Review; r.Signed == nil || r.Signed.Actor != "王军" || r.Reviewed == nil || r.Sent == nil {
			t.Errorf("a signed demo issue's review = %+v, want sent, reviewed and signed on record", r)
		}
	}
	if hits, _ := a.Search(ctx, "党委", 5); len(hits) == 0 {
		t.Error("search 党委 in the demo finds nothing")
	}
	assertNoRepeatedUnit(t, a)
	if _, err := a.FillDemo(ctx, 1, 7); !errors.Is(err, ErrNotEmpty) {
		t.Errorf("filling a filled archive: err = %v, want ErrNotEmpty", err)
	}
}

func TestFillDemoIsDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("generates demo data twice")
	}
	ctx := context.Background()
	var firsts []string
	for range 2 {
		a, err := Open(ctx, testArchiveDSN(t, "demo.db"))
		if err != nil {
			t.Fatal(err)
		}
		sum, err := a.FillDemo(ctx, 1, 42)
		if err != nil {
			t.Fatal(err)
		}
		is, _ := a.LatestIssue(ctx)
		subs, _ := a.Submissions(ctx, SubmissionFilter{Sort: SortReceived, Desc: true, Limit: 1})
		firsts = append(firsts, is.Sections[0].Items[0].Lead+subs[0].Text+string(rune(sum.Submissions)))
		a.Close()
	}
	if firsts[0] != firsts[1] {
		t.Errorf("same seed, different archives:\n%q\n%q", firsts[0], firsts[1])
	}
}

// assertNoRepeatedUnit: the demo's 综合 items named one unit twice,
// （青山县委组织部、青山县委组织部）.
func assertNoRepeatedUnit(t *testing.T, a *Archive) {
	t.Helper()
	ctx := context.Background()
	list, err := a.Issues(ctx, IssueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	combined := 0
	for _, sum := range list {
		is, err := a.Issue(ctx, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, sec := range is.Sections {
			for _, it := range sec.Items {
				names := strings.Split(it.Attribution, "、")
				if len(names) > 1 {
					combined++
				}
				seen := map[string]bool{}
				for _, n := range names {
					if seen[n] {
						t.Errorf("issue %d item %q credits %s twice: （%s）", is.Number, it.Lead, n, it.Attribution)
					}
					seen[n] = true
				}
			}
		}
	}
	if combined == 0 {
		t.Errorf("no 综合 item in a year of demo issues")
	}
}

// A demo stopped half-way (killed, Ctrl+C) leaves the archive as it was,
// and demo then fills it. Before, a kill left 60 of 70 issues and demo
// refused to finish them.
func TestDemoStoppedHalfWayLeavesNothing(t *testing.T) {
	a := archiveTestOpen(t)
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	if _, err := a.FillDemo(ctx, 30, 1); err == nil {
		t.Fatal("a 30-year demo stopped after 100 ms finished; the test needs it stopped half-way")
	}
	bg := context.Background()
	if n, err := a.CountSubmissions(bg, SubmissionFilter{}); n != 0 || err != nil {
		t.Errorf("after the stopped demo: %d submissions (%v), want none", n, err)
	}
	if us, _ := a.Units(bg); len(us) != 0 {
		t.Errorf("after the stopped demo: %d units, want none", len(us))
	}
	if sum, err := a.FillDemo(bg, 1, 1); err != nil || sum.Issues == 0 {
		t.Errorf("demo again: %+v, %v; want it filled", sum, err)
	}
}
