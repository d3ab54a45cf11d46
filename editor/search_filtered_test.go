package editor

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The 来稿 list filtered by text and by a unit, a kind or a period shows,
// page by page, the submissions a plain look at every row would show: the
// quick way (the first rows of the other conditions, tested against the
// text) and the full query it falls back on give the same pages.
func TestSubmissionsFilteredByTextAndMore(t *testing.T) {
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
	texts := []string{"党建引领基层治理。", "其他工作。", "抓党建促发展。", "人才工作。"}
	var subs []*Submission
	for i := range 240 {
		text := texts[i%len(texts)]
		if i == 7 || i == 11 {
			text = "人才驿站开门。" // rare, and among the oldest: the quick way finds too few
		}
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%03d", i), Text: text, UnitID: units[i%3%2],
			Kind: []string{"信息", "调研", "简讯"}[i%3], Received: archiveTestDay(t, fmt.Sprintf("2022-%02d-%02d", 1+i/28, 1+i%28))})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	from, to := archiveTestDay(t, "2022-03-01"), archiveTestDay(t, "2022-06-30")
	filters := map[string]SubmissionFilter{
		"unit": {UnitID: units[0]}, "kind": {Kind: "调研"}, "period": {From: from, To: to},
		"unit and kind": {UnitID: units[1], Kind: "调研"},
	}
	for name, base := range filters {
		for _, q := range []string{"党建", "人才驿站", "党", "无此文字"} {
			var want []string // newest first, as the list shows them
			for _, s := range slices.Backward(subs) {
				if strings.Contains(s.Title+s.Text, q) && (base.UnitID == 0 || s.UnitID == base.UnitID) &&
					(base.Kind == "" || s.Kind == base.Kind) && (base.From.IsZero() || !s.Received.Before(base.From) && !s.Received.After(base.To)) {
					want = append(want, s.Title)
				}
			}
			for _, page := range [][2]int{{0, 5}, {5, 5}, {0, 100}, {30, 10}} {
				f := base
				f.Text, f.Sort, f.Desc, f.Offset, f.Limit = q, SortReceived, true, page[0], page[1]
				got, err := a.Submissions(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				var titles []string
				for _, s := range got {
					titles = append(titles, s.Title)
				}
				w := want[min(page[0], len(want)):]
				w = w[:min(page[1], len(w))]
				if !slices.Equal(titles, w) {
					t.Errorf("%s, %q, rows %d+%d: %v, want %v", name, q, page[0], page[1], titles, w)
				}
			}
		}
	}
}
