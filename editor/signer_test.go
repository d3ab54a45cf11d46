package editor

import (
	"context"
	"errors"
	"testing"
)

// signerTestReviewed is a draft taken to 已审核, ready for 签发.
func signerTestReviewed(t *testing.T, a *Archive, day string) Issue {
	t.Helper()
	return lockedTestIssue(t, a, day, ActionSend, ActionReview)
}

// TestSignIssueStoresTheSigner (review G29): 签发 puts the 签发人 typed in its
// dialog on the masthead in the same step, and the next 签发 proposes it.
// Before, the field stayed empty and, once signed, could not be typed.
// Both engines.
func TestSignIssueStoresTheSigner(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	first := signerTestReviewed(t, a, "2026-03-02")
	if got, err := a.ProposedSigner(ctx, first.ID); err != nil || got != "" {
		t.Fatalf("proposed for the first issue = %q, %v; want none (nothing signed yet, users carry no 姓名)", got, err)
	}
	if err := a.SignIssue(ctx, first.ID, "同意印发。", Date{}, "  王军 "); err != nil {
		t.Fatal(err)
	}
	got, _ := a.Issue(ctx, first.ID)
	if got.Status != IssueSigned || got.Marks.Signer != "王军" {
		t.Fatalf("after 签发: status %q, 签发人 %q; want signed by 王军", got.Status, got.Marks.Signer)
	}
	if got.Review.Signed == nil || got.Review.Signed.Note != "同意印发。" {
		t.Errorf("the 签发 step on record = %+v, want its note", got.Review.Signed)
	}
	second := signerTestReviewed(t, a, "2026-03-16")
	tests := []struct {
		name   string
		typed  string // in 组版 before 签发
		signer string
		want   string
	}{
		{"proposes the last signed issue's", "", "", "王军"},
		{"the issue's own comes first", "李明", "", "李明"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, _ := a.Issue(ctx, second.ID)
			is.Marks.Signer = tt.typed
			if err := a.UpdateIssueHeader(ctx, &is); err != nil {
				t.Fatal(err)
			}
			if got, err := a.ProposedSigner(ctx, second.ID); err != nil || got != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
	if err := a.SignIssue(ctx, second.ID, "", Date{}, ""); err != nil {
		t.Fatal(err)
	}
	if got, _ := a.Issue(ctx, second.ID); got.Marks.Signer != "" {
		t.Errorf("signed with the field emptied: 签发人 %q, want none printed", got.Marks.Signer)
	}
}

// TestSignIssueRefusedKeepsTheSigner: a 签发 the stage refuses writes no
// 签发人 either — one step, one transaction. Both engines.
func TestSignIssueRefusedKeepsTheSigner(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	draft := lockedTestIssue(t, a, "2026-03-02")
	if err := a.SignIssue(ctx, draft.ID, "", Date{}, "王军"); !errors.Is(err, ErrWrongStage) {
		t.Fatalf("signing a draft: err = %v, want ErrWrongStage", err)
	}
	if got, _ := a.Issue(ctx, draft.ID); got.Marks.Signer != "" || got.Status != IssueDraft {
		t.Errorf("after the refused 签发: 签发人 %q, status %q; want none, draft", got.Marks.Signer, got.Status)
	}
}

// TestOfficeSignerSetsTheSigner: on the office archive a 签发 login stores
// the 签发人 through the server's locks (the issue is 已审核 then), and an
// editor's 签发 is refused for the role with nothing written.
func TestOfficeSignerSetsTheSigner(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	is := signerTestReviewed(t, owner, "2026-03-02")
	var re *RoleError
	if err := open(logins["editor"]).SignIssue(ctx, is.ID, "", Date{}, "张三"); !errors.As(err, &re) {
		t.Fatalf("an editor signing: err = %v, want a RoleError", err)
	}
	if err := open(logins["signer"]).SignIssue(ctx, is.ID, "", Date{}, "王军"); err != nil {
		t.Fatal(err)
	}
	got, _ := owner.Issue(ctx, is.ID)
	if got.Status != IssueSigned || got.Marks.Signer != "王军" {
		t.Errorf("signed by the 签发 login: status %q, 签发人 %q; want signed, 王军", got.Status, got.Marks.Signer)
	}
}
