package editor

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// facetTestArchive holds 180 submissions of two units (and none), three
// kinds and three years; some texts hold what a facet token spells.
func facetTestArchive(t *testing.T) (*Archive, []int64, []*Submission) {
	t.Helper()
	ctx := context.Background()
	a := archiveTestOpen(t)
	var units []int64
	for _, name := range []string{"甲县委组织部", "乙县委组织部"} {
		u := Unit{Name: name, Active: true}
		if err := a.SaveUnit(ctx, &u); err != nil {
			t.Fatal(err)
		}
		units = append(units, u.ID)
	}
	texts := []string{"党建引领基层治理。", "其他工作，编号u3。", "抓党建促发展，村级联合党委。", "人才工作 y2022 k。"}
	var subs []*Submission
	for i := range 180 {
		unit := int64(0)
		if i%5 != 4 {
			unit = units[i%2]
		}
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%03d", i), Text: texts[i%len(texts)], UnitID: unit,
			Kind: []string{"信息", "调研", "简讯"}[i%3], Received: archiveTestDay(t, fmt.Sprintf("%d-%02d-%02d", 2021+i%3, 1+i%12, 1+i%28))})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	return a, units, subs
}

// wantCount is how many of subs f selects, looked at one by one.
func wantCount(subs []*Submission, f SubmissionFilter) int {
	n := 0
	for _, s := range subs {
		if strings.Contains(s.Title+"\n"+s.Text, f.Text) && (f.UnitID == 0 || s.UnitID == f.UnitID || f.UnitID < 0 && s.UnitID == 0) &&
			(f.Kind == "" || s.Kind == f.Kind) && (f.From.IsZero() || !s.Received.Before(f.From)) && (f.To.IsZero() || !s.Received.After(f.To)) {
			n++
		}
	}
	return n
}

// The 来稿 list's count of a text and a unit (or none), a kind or whole
// years — counted from the index's facets on a file — is the count of a
// look at every row, for a character, a pair, a phrase and texts that spell
// a facet; and it follows a save that moves a submission to another unit,
// kind and year, and an archive whose index is rebuilt on opening.
func TestCountByTextAndFacets(t *testing.T) {
	ctx := context.Background()
	a, units, subs := facetTestArchive(t)
	y := func(s string) Date { return archiveTestDay(t, s) }
	filters := map[string]SubmissionFilter{
		"unit": {UnitID: units[0]}, "no unit": {UnitID: -1}, "kind": {Kind: "调研"},
		"a year": {From: y("2022-01-01"), To: y("2022-12-31")}, "two years": {From: y("2021-01-01"), To: y("2022-12-31")},
		"part of a year": {From: y("2022-03-01"), To: y("2022-12-31")}, "unit, kind and year": {UnitID: units[1], Kind: "信息", From: y("2023-01-01"), To: y("2023-12-31")},
	}
	check := func(when string) {
		t.Helper()
		for name, base := range filters {
			for _, q := range []string{"党", "党建", "村级联合党委", "u3", "y2022", "无此文字"} {
				f := base
				f.Text = q
				if got, err := a.CountSubmissions(ctx, f); err != nil || got != wantCount(subs, f) {
					t.Errorf("%s: %s and %q counts %d (%v), want %d", when, name, q, got, err, wantCount(subs, f))
				}
			}
		}
	}
	check("as added")
	s, err := a.Submission(ctx, subs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	s.UnitID, s.Kind, s.Received = units[1], "调研", y("2023-06-01")
	if err := a.UpdateSubmission(ctx, &s); err != nil {
		t.Fatal(err)
	}
	subs[0].UnitID, subs[0].Kind, subs[0].Received = s.UnitID, s.Kind, s.Received
	check("after a save")
	if onServer() {
		return
	}
	for _, stmt := range []string{`UPDATE settings SET value = 'old' WHERE key = 'search_tokens'`, `DELETE FROM migrations WHERE version = 19`} {
		if _, err := a.db.Exec(stmt); err != nil {
			t.Fatal(stmt, err)
		}
	}
	path := a.Path()
	a.Close()
	if a, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	check("after a rebuild")
}

// A page of the list filtered by a text and facets, newest first, is the
// page a look at every row gives.
func TestPagesByTextAndFacets(t *testing.T) {
	ctx := context.Background()
	a, units, subs := facetTestArchive(t)
	y := func(s string) Date { return archiveTestDay(t, s) }
	for name, base := range map[string]SubmissionFilter{"unit": {UnitID: units[0]}, "no unit": {UnitID: -1},
		"kind and a year": {Kind: "调研", From: y("2022-01-01"), To: y("2022-12-31")}} {
		for _, q := range []string{"党", "党建", "村级联合党委", "u3"} {
			f := base
			f.Text = q
			var want []*Submission
			for _, s := range subs {
				if wantCount([]*Submission{s}, f) == 1 {
					want = append(want, s)
				}
			}
			slices.SortFunc(want, func(x, y *Submission) int {
				return cmp.Or(y.Received.Compare(x.Received), cmp.Compare(y.ID, x.ID))
			})
			for _, page := range [][2]int{{0, 5}, {5, 5}, {0, 100}} {
				f.Sort, f.Desc, f.Offset, f.Limit = SortReceived, true, page[0], page[1]
				got, err := a.Submissions(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				w := want[min(page[0], len(want)):]
				w = w[:min(page[1], len(w))]
				var gotIDs, wantIDs []int64
				for _, s := range got {
					gotIDs = append(gotIDs, s.ID)
				}
				for _, s := range w {
					wantIDs = append(wantIDs, s.ID)
				}
				if !slices.Equal(gotIDs, wantIDs) {
					t.Errorf("%s, %q, rows %d+%d: %v, want %v", name, q, page[0], page[1], gotIDs, wantIDs)
				}
			}
		}
	}
}

func TestWholeYears(t *testing.T) {
	d := func(s string) Date { return parseDateText(s) }
	for _, c := range []struct {
		from, to string
		want     []int
	}{
		{"2022-01-01", "2022-12-31", []int{2022}},
		{"2021-01-01", "2023-12-31", []int{2021, 2022, 2023}},
		{"2022-01-02", "2022-12-31", nil},
		{"2022-01-01", "2022-12-30", nil},
		{"2023-01-01", "2022-12-31", nil},
		{"1990-01-01", "2022-12-31", nil}, // more than facetMaxYears
	} {
		t.Run(c.from+".."+c.to, func(t *testing.T) {
			got, ok := wholeYears(d(c.from), d(c.to))
			if fmt.Sprint(got) != fmt.Sprint(c.want) || ok != (c.want != nil) {
				t.Errorf("wholeYears = %v, %v; want %v", got, ok, c.want)
			}
		})
	}
}
