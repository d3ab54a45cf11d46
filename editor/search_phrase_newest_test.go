package editor

import (
	"context"
	"fmt"
	"strings"
	"testing"
)

// Beyond searchRankLimit matches a phrase's newest come first, and only
// texts holding the phrase in order: a newer text holding each of its pairs
// apart (基层, 层党, 党建 — but not 基层党建) is neither counted nor shown.
// (On the office archive the newest are found among the documents holding
// every pair, checked in order until enough match.)
func TestSearchPhraseNewestSkipsTextsWithThePairsApart(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	var subs []*Submission
	for i := range 24 {
		day := archiveTestDay(t, "2022-01-01").AddDate(0, 0, i)
		s := &Submission{Title: fmt.Sprintf("稿%02d", i), Text: "推进基层党建联盟建设。", Received: day}
		if i%2 == 1 || i >= 20 { // the newest four and every other one
			s.Title, s.Text = fmt.Sprintf("散%02d", i), "基层干部与上层党组织一起抓党建。"
		}
		subs = append(subs, s)
	}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	old := searchRankLimit
	searchRankLimit = 5
	defer func() { searchRankLimit = old }()
	r, err := a.SearchPage(ctx, "基层党建", 4)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range r.Hits {
		got = append(got, h.Title)
	}
	if r.Submissions != 10 || !r.Newest || strings.Join(got, " ") != "稿18 稿16 稿14 稿12" {
		t.Errorf("基层党建: %d submissions (newest %v), hits %v; want 10, newest first: 稿18 稿16 稿14 稿12", r.Submissions, r.Newest, got)
	}
}
