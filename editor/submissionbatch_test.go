package editor

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// batchTestSubs are n submissions of unit, each text its own (a number
// written in Chinese words, so that search can find each one).
func batchTestSubs(t *testing.T, n int, unit int64) []*Submission {
	t.Helper()
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	var subs []*Submission
	for i := range n {
		var num strings.Builder
		for _, d := range fmt.Sprintf("%04d", i) {
			num.WriteString(digits[d-'0'])
		}
		subs = append(subs, &Submission{UnitID: unit, Received: archiveTestDay(t, "2024-03-05"),
			Title: fmt.Sprintf("第%d份", i), Text: "石桥镇推行网格化服务，编号" + num.String() + "。"})
	}
	return subs
}

// An import of more submissions than one INSERT stores: every submission
// gets its own row and id in the order given, duplicates are found within a
// batch and across batches, and every text is in the search index.
func TestAddSubmissionsInBatches(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	u := Unit{Name: "石桥县委组织部", Active: true}
	if err := a.SaveUnit(ctx, &u); err != nil {
		t.Fatal(err)
	}
	n := 2*submissionBatch + 5
	subs := batchTestSubs(t, n, u.ID)
	subs[5].Text = subs[0].Text // the same batch
	subs[n-1].Text = subs[3].Text + "\n"
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	for i, s := range subs {
		if i > 0 && s.ID <= subs[i-1].ID {
			t.Fatalf("submission %d has id %d after %d", i, s.ID, subs[i-1].ID)
		}
		got, err := a.Submission(ctx, s.ID)
		if err != nil || got.Title != s.Title || got.Text != s.Text {
			t.Fatalf("id %d holds %q %q (%v), want %q %q", s.ID, got.Title, got.Text, err, s.Title, s.Text)
		}
	}
	for _, d := range []struct{ dup, of int }{{5, 0}, {n - 1, 3}} {
		if got := subs[d.dup].DuplicateOf; got != subs[d.of].ID {
			t.Errorf("submission %d: DuplicateOf = %d, want %d (submission %d)", d.dup, got, subs[d.of].ID, d.of)
		}
	}
	if got := subs[4].DuplicateOf; got != 0 {
		t.Errorf("submission 4: DuplicateOf = %d, want none", got)
	}
	for _, i := range []int{1, submissionBatch, n - 2} {
		hits, err := a.Search(ctx, "编号"+strings.TrimSuffix(strings.TrimPrefix(subs[i].Text, "石桥镇推行网格化服务，编号"), "。"), 10)
		if err != nil || len(hits) != 1 || hits[0].ID != subs[i].ID {
			t.Errorf("search for submission %d's number: %+v (%v), want its id %d", i, hits, err, subs[i].ID)
		}
	}
}

// A submission of a unit that is not in the archive, in the middle of a
// batch, fails the import with its title, and nothing of it is stored.
func TestAddSubmissionsBatchRefused(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	u := Unit{Name: "石桥县委组织部", Active: true}
	if err := a.SaveUnit(ctx, &u); err != nil {
		t.Fatal(err)
	}
	subs := batchTestSubs(t, submissionBatch+10, u.ID)
	subs[submissionBatch+3].UnitID = u.ID + 99
	err := a.AddSubmissions(ctx, subs)
	if !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), subs[submissionBatch+3].Title) {
		t.Fatalf("AddSubmissions = %v, want ErrNotFound naming %q", err, subs[submissionBatch+3].Title)
	}
	got, err := a.Submissions(ctx, SubmissionFilter{})
	if err != nil || len(got) != 0 {
		t.Errorf("after the refused import the archive holds %d submissions (%v), want none", len(got), err)
	}
}
