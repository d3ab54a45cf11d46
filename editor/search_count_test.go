package editor

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// The count a search or the 来稿 list shows is the number of submissions whose text holds
// the query, also after some were edited and deleted: one-token queries are
// counted from the index's per-token count, which must forget the old texts.
func TestSearchCountAfterEditsAndDeletes(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	texts := []string{"党建引领基层治理。", "党委书记抓党建。", "村级联合党委成立。", "人才驿站开门。", "其他工作。", "党员先锋。"}
	var subs []*Submission
	for i := range 60 {
		subs = append(subs, &Submission{Title: fmt.Sprintf("稿%02d", i), Text: texts[i%len(texts)]})
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	for i, s := range subs[:12] { // six lose their 党, six gain 人才驿站
		s.Text = map[bool]string{true: "其他工作。", false: "人才驿站又开一家。"}[i%2 == 0]
		if err := a.UpdateSubmission(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	var gone []int64
	for _, s := range subs[40:50] {
		gone = append(gone, s.ID)
	}
	if err := a.DeleteSubmissions(ctx, gone); err != nil {
		t.Fatal(err)
	}
	left := append(append([]*Submission{}, subs[:40]...), subs[50:]...)
	for _, q := range []string{"党", "党建", "党委", "人才驿站", "驿", "村级联合党委", "工作"} {
		t.Run(q, func(t *testing.T) {
			want := 0
			for _, s := range left {
				if strings.Contains(s.Title+s.Text, q) {
					want++
				}
			}
			r, err := a.SearchPage(ctx, q, 5)
			if err != nil {
				t.Fatal(err)
			}
			if r.Submissions != want {
				t.Errorf("SearchPage(%q) counts %d submissions, want %d", q, r.Submissions, want)
			}
			n, err := a.CountSubmissions(ctx, SubmissionFilter{Text: q, Sort: SortReceived, Desc: true, Limit: 200})
			if err != nil || n != want {
				t.Errorf("the 来稿 list filtered by %q counts %d (%v), want %d", q, n, err, want)
			}
		})
	}
}
