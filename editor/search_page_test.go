package editor

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
)

// searchTestTitles are the titles of the submissions a search finds.
func searchTestTitles(t *testing.T, a *Archive, query string) []string {
	t.Helper()
	hits, err := a.Search(context.Background(), query, 50)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, h := range hits {
		out = append(out, h.Title)
	}
	slices.Sort(out)
	return out
}

// Punctuation inside a Chinese query may be there in the text or not, and a
// symbol between digits is part of what is searched: “1+5” is not 1.5.
func TestSearchPunctuationInQuery(t *testing.T) {
	a := archiveTestOpen(t)
	subs := []*Submission{
		{Title: "甲", Text: "组建党建联盟12个。"},
		{Title: "乙", Text: "组建党建-联盟，覆盖全区。"},
		{Title: "丙", Text: "推行“1+5”工作模式。"},
		{Title: "丁", Text: "增长1.5个百分点，1、5两月最高。"},
		{Title: "戊", Text: "推行“1＋5”模式（全角）。"},
		{Title: "己", Text: "“1+50”计划。"},
	}
	if err := a.AddSubmissions(context.Background(), subs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query string
		want  []string
	}{
		{"党建-联盟", []string{"乙", "甲"}},
		{"党建联盟", []string{"甲"}},
		{"党建·联盟", []string{"乙", "甲"}},
		{"“1+5”", []string{"丙", "戊"}},
		{"1+5", []string{"丙", "己", "戊"}},
		{"1.5", []string{"丁"}},
		{"１＋５模式", []string{"戊"}},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			if got := searchTestTitles(t, a, tt.query); !slices.Equal(got, tt.want) {
				t.Errorf("Search(%q) = %v, want %v", tt.query, got, tt.want)
			}
		})
	}
}

// The page says how many match in all; beyond searchRankLimit matches the
// newest come first, by date.
func TestSearchPageCountsAndNewest(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	var subs []*Submission
	for i := range 30 {
		day := archiveTestDay(t, "2022-01-01").AddDate(0, 0, i)
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%02d", i), Text: "党建引领基层治理。", Received: day})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	for _, limit := range []int{1000, 10} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			old := searchRankLimit
			searchRankLimit = limit
			defer func() { searchRankLimit = old }()
			for _, q := range []string{"党建", "党"} {
				r, err := a.SearchPage(ctx, q, 5)
				if err != nil {
					t.Fatal(err)
				}
				if r.Submissions != 30 || r.Items != 0 || len(r.Hits) != 5 {
					t.Errorf("%s: %d submissions, %d items, %d hits; want 30, 0, 5", q, r.Submissions, r.Items, len(r.Hits))
				}
				if r.Newest != (limit < 30) {
					t.Errorf("%s: newest = %v with rank limit %d", q, r.Newest, limit)
				}
				if r.Newest && (r.Hits[0].Title != "稿29" || r.Hits[4].Title != "稿25") {
					t.Errorf("%s: newest first gave %s … %s, want 稿29 … 稿25", q, r.Hits[0].Title, r.Hits[4].Title)
				}
			}
		})
	}
}

// An archive indexed with the first token scheme is re-indexed when opened,
// so it finds what a new archive does.
func TestSearchReindexesOldArchive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.AddSubmissions(ctx, []*Submission{{Title: "甲", Text: "组建党建联盟12个。"}}); err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{`DELETE FROM submission_fts`, `DELETE FROM submission_chars`,
		`DELETE FROM settings WHERE key = 'search_tokens'`, `DELETE FROM migrations WHERE version = 6`} {
		if _, err := a.db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	if got := searchTestTitles(t, a, "党建-联盟"); len(got) != 0 {
		t.Fatalf("the emptied index still finds %v", got)
	}
	a.Close()
	if a, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	for _, q := range []string{"党建-联盟", "联", "12"} {
		if got := searchTestTitles(t, a, q); !slices.Equal(got, []string{"甲"}) {
			t.Errorf("after reopening, Search(%q) = %v, want [甲]", q, got)
		}
	}
}

// The text filter with other filters keeps exactly the records both keep,
// counted alike, whichever ids the other filters span.
func TestSubmissionTextFilterWithStatus(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	var subs []*Submission
	for i, st := range []SubmissionStatus{SubmissionAdopted, SubmissionPending, SubmissionAdopted, SubmissionPending, SubmissionRejected, SubmissionPending, SubmissionAdopted} {
		text := "其他工作。"
		if i%2 == 0 || i == 3 {
			text = "党建引领。"
		}
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%d", i), Text: text, Status: st})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		f    SubmissionFilter
		want []string
	}{
		{SubmissionFilter{Status: SubmissionPending, Text: "党建"}, []string{"稿3"}},
		{SubmissionFilter{Status: SubmissionPending, Text: "党"}, []string{"稿3"}},
		{SubmissionFilter{Status: SubmissionAdopted, Text: "党建"}, []string{"稿0", "稿2", "稿6"}},
		{SubmissionFilter{Text: "党建"}, []string{"稿0", "稿2", "稿3", "稿4", "稿6"}},
		{SubmissionFilter{Status: SubmissionReserve, Text: "党建"}, nil},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s/%s", tt.f.Status, tt.f.Text), func(t *testing.T) {
			list, err := a.Submissions(ctx, tt.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range list {
				got = append(got, s.Title)
			}
			slices.Sort(got)
			n, err := a.CountSubmissions(ctx, tt.f)
			if err != nil || !slices.Equal(got, tt.want) || n != len(tt.want) {
				t.Errorf("got %v (count %d, %v), want %v", got, n, err, tt.want)
			}
		})
	}
}

// The 来稿 list filtered by text, newest first, is the same page however
// the dates and the order of entry differ: a piece entered first but dated
// last still leads the list.
func TestSubmissionTextFilterNewestFirst(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	var subs []*Submission
	for i := range 120 {
		day := archiveTestDay(t, "2022-01-01").AddDate(0, 0, i)
		if i == 0 {
			day = archiveTestDay(t, "2023-06-01") // entered first, dated last
		}
		text := "党建引领。"
		if i%3 == 0 && i > 0 {
			text = "其他工作。"
		}
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%03d", i), Text: text, Received: day})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	for _, page := range []struct{ limit, offset int }{{5, 0}, {10, 20}, {200, 0}} {
		f := SubmissionFilter{Text: "党建", Sort: SortReceived, Desc: true, Limit: page.limit, Offset: page.offset}
		list, err := a.Submissions(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		all, err := a.Submissions(ctx, SubmissionFilter{Text: "党建", Sort: SortReceived, Desc: true}) // unpaged: the full query
		if err != nil {
			t.Fatal(err)
		}
		want := all[min(page.offset, len(all)):min(page.offset+page.limit, len(all))]
		if len(list) != len(want) || (len(list) > 0 && (list[0].ID != want[0].ID || list[len(list)-1].ID != want[len(want)-1].ID)) {
			t.Errorf("page %+v: got %d rows, want %d; first %s", page, len(list), len(want), list[0].Title)
		}
		if page.offset == 0 && list[0].Title != "稿000" {
			t.Errorf("page %+v starts with %s, want 稿000 (dated last)", page, list[0].Title)
		}
	}
}
