package editor

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// A count kept from an earlier search is the true count after every kind
// of write: this opening's, and another program's on the same file (which
// this opening learns of only through the archive itself). Each step
// searches twice, so the second search answers from what the first kept.
func TestSearchCountsKeptFollowEveryWrite(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	other, err := Open(ctx, a.dsn) // another desktop or the command line
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	var subs []*Submission
	for i := range 6 {
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%d", i), Text: "村级联合党委议事。"})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	pending := SubmissionFilter{Status: SubmissionPending, Text: "联合党委", Sort: SortReceived, Desc: true, Limit: 50}
	steps := []struct {
		name  string
		write func() error
		want  int
	}{
		{"as added", func() error { return nil }, 6},
		{"one edited here", func() error {
			subs[0].Text = "其他工作。"
			return a.UpdateSubmission(ctx, subs[0])
		}, 5},
		{"two added by another program", func() error {
			return other.AddSubmissions(ctx, []*Submission{{Title: "新一", Text: "联合党委成立。"}, {Title: "新二", Text: "村级联合党委。"}})
		}, 7},
		{"one deleted by another program", func() error { return other.DeleteSubmissions(ctx, []int64{subs[1].ID}) }, 6},
		{"one set aside by another program", func() error {
			return other.SetSubmissionStatus(ctx, []int64{subs[2].ID}, SubmissionReserve)
		}, 6},
	}
	wantPending := []int{6, 5, 7, 6, 5}
	for i, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if err := st.write(); err != nil {
				t.Fatal(err)
			}
			for round := range 2 {
				r, err := a.SearchPage(ctx, "联合党委", 10)
				if err != nil {
					t.Fatal(err)
				}
				n, err := a.CountSubmissions(ctx, pending)
				if err != nil {
					t.Fatal(err)
				}
				if r.Submissions != st.want || n != wantPending[i] {
					t.Errorf("search %d: 联合党委 counts %d submissions, %d pending; want %d, %d", round+1, r.Submissions, n, st.want, wantPending[i])
				}
			}
		})
	}
}

// The counts kept are named by the statement and every argument: two
// queries, or one query with two filters, never share a count.
func TestSearchCountKeyTellsArgumentsApart(t *testing.T) {
	keys := map[string]string{}
	for _, c := range []struct {
		query string
		args  []any
	}{
		{"SELECT 1", []any{"党", 3}},
		{"SELECT 1", []any{"党", "3"}},
		{"SELECT 1", []any{"党\x003"}},
		{"SELECT 1", []any{"党建"}},
		{"SELECT 2", []any{"党建"}},
		{"SELECT 1", nil},
	} {
		k := countKey(c.query, c.args)
		name := c.query + " " + strings.TrimSpace(fmt.Sprintf("%#v", c.args))
		if was, ok := keys[k]; ok {
			t.Errorf("%s and %s share a key", was, name)
		}
		keys[k] = name
	}
}
