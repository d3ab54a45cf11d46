package editor

import (
	"context"
	"errors"
	"testing"
)

// workflowTestIssue is a draft dated 2026-03-02 with one item and a 印发日期.
func workflowTestIssue(t *testing.T, a *Archive) Issue {
	t.Helper()
	ctx := context.Background()
	is, err := a.NewIssue(ctx, issuesTestFirstBulletin(t, a), archiveTestDay(t, "2026-03-02"))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.AddItem(ctx, is.Sections[0].ID, &Item{Lead: "某县推行党建引领网格治理。", Body: "正文。"}); err != nil {
		t.Fatal(err)
	}
	is, _ = a.Issue(ctx, is.ID)
	is.Marks.PrintedDate = archiveTestDay(t, "2026-03-01")
	if err := a.UpdateIssueHeader(ctx, &is); err != nil {
		t.Fatal(err)
	}
	is, _ = a.Issue(ctx, is.ID)
	return is
}

func TestIssueReviewOnRecord(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	me, err := a.Me(ctx)
	if err != nil || me.Login == "" {
		t.Fatalf("Me = %+v, %v", me, err)
	}
	is := workflowTestIssue(t, a)
	day := archiveTestDay(t, "2026-03-05")
	for _, s := range []struct {
		act  IssueAction
		note string
		want IssueStatus
	}{
		{ActionSend, "请审核", IssueSubmitted},
		{ActionReview, "同意。建议第二条压缩。", IssueReviewed},
		{ActionSign, "", IssueSigned},
	} {
		if err := a.StepIssue(ctx, is.ID, s.act, s.note, day); err != nil {
			t.Fatalf("%s: %v", s.act, err)
		}
		if got, _ := a.Issue(ctx, is.ID); got.Status != s.want {
			t.Errorf("after %s: status %q, want %q", s.act, got.Status, s.want)
		}
	}
	got, _ := a.Issue(ctx, is.ID)
	r := got.Review
	if r.Sent == nil || r.Reviewed == nil || r.Signed == nil || r.Returned != nil {
		t.Fatalf("review = %+v, want sent, reviewed and signed", r)
	}
	if r.Reviewed.Note != "同意。建议第二条压缩。" || r.Sent.Note != "请审核" {
		t.Errorf("notes: sent %q, reviewed %q", r.Sent.Note, r.Reviewed.Note)
	}
	for _, e := range []*IssueEvent{r.Sent, r.Reviewed, r.Signed} {
		if e.Actor != me.Login || e.At.IsZero() {
			t.Errorf("%s by %q at %v, want by %q at a time", e.Action, e.Actor, e.At, me.Login)
		}
	}
	if got.Date != day || got.Marks.PrintedDate != day {
		t.Errorf("signed on %s: date %s, 印发日期 %s; want both the 签发 day", dateText(day), dateText(got.Date), dateText(got.Marks.PrintedDate))
	}
	list, _ := a.Issues(ctx, IssueFilter{})
	if len(list) != 1 || list[0].Status != IssueSigned {
		t.Errorf("issues list = %+v, want it signed", list)
	}
}

func TestIssueReviewSteps(t *testing.T) {
	ctx := context.Background()
	tests := []struct {
		name    string
		before  []IssueAction
		act     IssueAction
		wantErr error
		want    IssueStatus
	}{
		{"sign a draft", nil, ActionSign, ErrWrongStage, IssueDraft},
		{"review a draft", nil, ActionReview, ErrWrongStage, IssueDraft},
		{"return a draft", nil, ActionReturn, ErrWrongStage, IssueDraft},
		{"send twice", []IssueAction{ActionSend}, ActionSend, ErrWrongStage, IssueSubmitted},
		{"sign before review", []IssueAction{ActionSend}, ActionSign, ErrWrongStage, IssueSubmitted},
		{"return from review", []IssueAction{ActionSend}, ActionReturn, nil, IssueDraft},
		{"return after review", []IssueAction{ActionSend, ActionReview}, ActionReturn, nil, IssueDraft},
		{"reopen signed", []IssueAction{ActionSend, ActionReview, ActionSign}, ActionReopen, nil, IssueDraft},
		{"return signed", []IssueAction{ActionSend, ActionReview, ActionSign}, ActionReturn, ErrWrongStage, IssueSigned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := archiveTestOpen(t)
			is := workflowTestIssue(t, a)
			for _, act := range tt.before {
				if err := a.StepIssue(ctx, is.ID, act, "", Date{}); err != nil {
					t.Fatalf("%s: %v", act, err)
				}
			}
			err := a.StepIssue(ctx, is.ID, tt.act, "第二条数据需核实", Date{})
			if (tt.wantErr == nil && err != nil) || (tt.wantErr != nil && !errors.Is(err, tt.wantErr)) {
				t.Fatalf("%s: err = %v, want %v", tt.act, err, tt.wantErr)
			}
			got, _ := a.Issue(ctx, is.ID)
			if got.Status != tt.want {
				t.Errorf("status %q, want %q", got.Status, tt.want)
			}
			events, _ := a.IssueEvents(ctx, is.ID)
			if want := len(tt.before) + map[bool]int{true: 1}[err == nil]; len(events) != want {
				t.Errorf("%d events on record, want %d: %+v", len(events), want, events)
			}
			if tt.wantErr == nil && tt.want == IssueDraft {
				if r := got.Review.Returned; r == nil || r.Note != "第二条数据需核实" || r.Action != tt.act {
					t.Errorf("returned = %+v, want the %s with its note kept", r, tt.act)
				}
			}
		})
	}
}

// TestIssueUnderReviewEdits: a file's one user is also the reviewer, so
// they may still correct an issue under review; a signed one stays locked.
func TestIssueUnderReviewEdits(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := workflowTestIssue(t, a)
	it := is.Sections[0].Items[0]
	if err := a.StepIssue(ctx, is.ID, ActionSend, "", Date{}); err != nil {
		t.Fatal(err)
	}
	it.Lead = "审核时改的标题句。"
	if err := a.UpdateItem(ctx, &it); err != nil {
		t.Errorf("the reviewer correcting an item under review: %v", err)
	}
	if err := a.SetIssueStatus(ctx, is.ID, IssueSigned); err != nil {
		t.Fatal(err)
	}
	it.Lead = "签发后改的。"
	if err := a.UpdateItem(ctx, &it); !errors.Is(err, ErrIssueSigned) {
		t.Errorf("editing a signed issue: err = %v, want ErrIssueSigned", err)
	}
	events, _ := a.IssueEvents(ctx, is.ID)
	var acts []IssueAction
	for _, e := range events {
		acts = append(acts, e.Action)
	}
	if want := []IssueAction{ActionSend, ActionReview, ActionSign}; len(acts) != 3 || acts[0] != want[0] || acts[1] != want[1] || acts[2] != want[2] {
		t.Errorf("SetIssueStatus(signed) from 送审 recorded %v, want %v", acts, want)
	}
}

// TestSignedBeforeTheRecord: an issue signed before migration 008 is
// 已签发 with 签发人 and time unknown, not invented.
func TestSignedBeforeTheRecord(t *testing.T) {
	ctx := context.Background()
	path := testArchiveDSN(t, "archive.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	is := workflowTestIssue(t, a)
	if err := a.SetIssueStatus(ctx, is.ID, IssueSigned); err != nil {
		t.Fatal(err)
	}
	undo := []string{`DROP TRIGGER issue_stage_event`, `DROP TABLE issue_events`}
	if onServer() {
		undo = []string{`DROP TRIGGER issue_stage ON issues`, `DROP FUNCTION bd_issue_stage()`, `DROP TABLE issue_events`}
	}
	for _, col := range []string{"review_stage", "stage_by", "stage_at", "stage_note"} {
		undo = append(undo, `ALTER TABLE issues DROP COLUMN `+col)
	}
	undo = append(undo, `DELETE FROM migrations WHERE version = 8`)
	for _, q := range undo {
		if _, err := a.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	a.Close()
	if a, err = Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	got, _ := a.Issue(ctx, is.ID)
	if s := got.Review.Signed; got.Status != IssueSigned || s == nil || s.Actor != "" || !s.At.IsZero() || got.Review.Sent != nil {
		t.Errorf("after the migration: status %q, review %+v; want signed by nobody known at no known time", got.Status, got.Review)
	}
}
