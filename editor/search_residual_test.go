package editor

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"testing"
)

// The 来稿 list's count of a text with a status, or with a period that
// cuts a year (counted from the index's facets and the rows the index does
// not tell: search_residual.go), is the count of a look at every row: for
// each status, both when few rows have it and when many do, for periods
// cutting one year, two, or spanning whole years between cut ones, a single
// day, and with a unit and a kind besides; and it follows a status change.
func TestCountByTextWithStatusAndPeriod(t *testing.T) {
	ctx := context.Background()
	a, units, subs := facetTestArchive(t)
	statuses := map[int64]SubmissionStatus{}
	for i, s := range subs {
		statuses[s.ID] = SubmissionPending
		if st := []SubmissionStatus{SubmissionPending, SubmissionRejected, SubmissionReserve, SubmissionRejected, SubmissionAdopted}[i%5]; st != SubmissionPending && st != SubmissionAdopted {
			if err := a.SetSubmissionStatus(ctx, []int64{s.ID}, st); err != nil {
				t.Fatal(err)
			}
			statuses[s.ID] = st
		}
	}
	y := func(s string) Date { return archiveTestDay(t, s) }
	periods := map[string][2]Date{
		"none": {}, "part of a year": {y("2022-03-15"), y("2022-09-14")}, "across two years": {y("2021-07-01"), y("2022-06-30")},
		"whole years between cut ones": {y("2021-02-01"), y("2023-11-30")}, "one day": {y("2022-05-05"), y("2022-05-05")},
		"whole years": {y("2021-01-01"), y("2022-12-31")},
	}
	want := func(f SubmissionFilter) int {
		var kept []*Submission
		for _, s := range subs {
			if f.Status == "" || statuses[s.ID] == f.Status {
				kept = append(kept, s)
			}
		}
		return wantCount(kept, f)
	}
	check := func(when string) {
		t.Helper()
		for name, p := range periods {
			for _, st := range append([]SubmissionStatus{""}, SubmissionStatuses...) {
				for _, q := range []string{"党", "党建", "村级联合党委", "y2022", "无此文字"} {
					for _, other := range []SubmissionFilter{{}, {UnitID: units[0], Kind: "调研"}, {UnitID: -1}} {
						f := other
						f.Text, f.Status, f.From, f.To = q, st, p[0], p[1]
						got, err := a.CountSubmissions(ctx, f)
						if err != nil || got != want(f) {
							t.Errorf("%s: %q, %s, status %q, unit %d, kind %q: counts %d (%v), want %d", when, q, name, st, f.UnitID, f.Kind, got, err, want(f))
						}
					}
				}
			}
		}
	}
	check("few rows of a status")
	old := residualStatusMax
	residualStatusMax = 10
	defer func() { residualStatusMax = old }()
	check("many rows of a status")
	for _, s := range subs[:40] {
		if err := a.SetSubmissionStatus(ctx, []int64{s.ID}, SubmissionReserve); err != nil {
			t.Fatal(err)
		}
		statuses[s.ID] = SubmissionReserve
	}
	check(fmt.Sprintf("after %d were set aside", 40))
}

// A page of the 来稿 list filtered by a text and a status (found from the
// newest matches having the status: searchNewestStatusSQL) holds the rows
// a look at every row gives, newest first, on the first page and further
// down, alone and with a unit, a kind or a year besides.
func TestPageByTextAndStatus(t *testing.T) {
	ctx := context.Background()
	a, units, subs := facetTestArchive(t)
	status := map[int64]SubmissionStatus{}
	for i, s := range subs {
		status[s.ID] = SubmissionPending
		if i%3 != 0 {
			if err := a.SetSubmissionStatus(ctx, []int64{s.ID}, SubmissionRejected); err != nil {
				t.Fatal(err)
			}
			status[s.ID] = SubmissionRejected
		}
	}
	old := residualStatusMax
	defer func() { residualStatusMax = old }()
	for _, many := range []int{old, 10} { // few rows of each status; many of 未采用 and 待处理
		residualStatusMax = many
		checkPagesByTextAndStatus(t, a, units, subs, status)
	}
}

func checkPagesByTextAndStatus(t *testing.T, a *Archive, units []int64, subs []*Submission, status map[int64]SubmissionStatus) {
	t.Helper()
	ctx := context.Background()
	y := func(s string) Date { return archiveTestDay(t, s) }
	for _, st := range []SubmissionStatus{SubmissionRejected, SubmissionPending, SubmissionAdopted} {
		for _, other := range []SubmissionFilter{{}, {UnitID: units[1]}, {Kind: "简讯"}, {From: y("2022-01-01"), To: y("2022-12-31")}} {
			for _, page := range [][2]int{{5, 0}, {5, 7}, {40, 0}} {
				for _, q := range []string{"党", "党建", "村级联合党委"} {
					f := other
					f.Text, f.Status, f.Sort, f.Desc, f.Limit, f.Offset = q, st, SortReceived, true, page[0], page[1]
					var want []int64
					for _, s := range slices.SortedFunc(slices.Values(subs), func(x, y *Submission) int {
						return cmp.Or(y.Received.Compare(x.Received), cmp.Compare(y.ID, x.ID))
					}) {
						if status[s.ID] == st && wantCount([]*Submission{s}, f) == 1 {
							want = append(want, s.ID)
						}
					}
					want = want[min(f.Offset, len(want)):]
					want = want[:min(f.Limit, len(want))]
					list, err := a.Submissions(ctx, f)
					if err != nil {
						t.Fatal(err)
					}
					var got []int64
					for _, s := range list {
						got = append(got, s.ID)
					}
					if !slices.Equal(got, want) {
						t.Errorf("%q, status %q (many above %d), unit %d, kind %q, year %v, page %v: got %v, want %v",
							q, st, residualStatusMax, f.UnitID, f.Kind, !f.From.IsZero(), page, got, want)
					}
				}
			}
		}
	}
}
