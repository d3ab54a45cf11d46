package editor

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// What a signed issue adopted stays adopted until its 签发 reopens it: the
// 来稿 keeps 采用 and its item, so the signed period's 被采用来稿 and 采用率
// do not move (review G25: 来稿 ▸ 状态 ▸ 待处理 did it after 签发).
func TestSignedIssueKeepsItsAdoptions(t *testing.T) {
	ctx := context.Background()
	a, _, is, sub := adoptTestSetup(t)
	it, err := a.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range []IssueAction{ActionSend, ActionReview, ActionSign} {
		if err := a.StepIssue(ctx, is.ID, act, "", Date{}); err != nil {
			t.Fatal(err)
		}
	}
	if err := a.SubmissionLocked(ctx, sub.ID); !errors.Is(err, ErrIssueSigned) {
		t.Errorf("SubmissionLocked of a 来稿 adopted in a signed issue = %v, want ErrIssueSigned", err)
	}
	for _, st := range []SubmissionStatus{SubmissionPending, SubmissionReserve} {
		if err := a.ReleaseSubmissions(ctx, []int64{sub.ID}, st); !errors.Is(err, ErrIssueSigned) {
			t.Errorf("releasing it as %s: err = %v, want ErrIssueSigned", st, err)
		}
	}
	if got, _ := a.Submission(ctx, sub.ID); got.Status != SubmissionAdopted || len(got.ItemIDs) != 1 || got.ItemIDs[0] != it.ID {
		t.Errorf("after the refusals: %s used by %v, want adopted by item %d", got.Status, got.ItemIDs, it.ID)
	}
	if err := a.StepIssue(ctx, is.ID, ActionReopen, "补充", Date{}); err != nil {
		t.Fatal(err)
	}
	if err := a.SubmissionLocked(ctx, sub.ID); err != nil {
		t.Errorf("SubmissionLocked once reopened = %v, want nil", err)
	}
	if err := a.ReleaseSubmissions(ctx, []int64{sub.ID}, SubmissionPending); err != nil {
		t.Errorf("releasing it once reopened: %v", err)
	}
	if got, _ := a.Submission(ctx, sub.ID); got.Status != SubmissionPending || len(got.ItemIDs) != 0 {
		t.Errorf("released once reopened: %s used by %v, want pending and no item", got.Status, got.ItemIDs)
	}
}

// The office archive refuses the same to a 编辑 login writing its own SQL
// (review G25, case 2: UPDATE submissions SET status / DELETE FROM
// adoptions in psql after 签发), and under review to all but 审核 and 签发.
func TestAdoptionsLockedOnTheServer(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	units := rolesTestUnit(t, owner)
	adopted := func(is Issue, title string) int64 {
		sub := &Submission{UnitID: units[0].ID, Title: title, Text: "该县建成联合党委8个。"}
		if err := owner.AddSubmissions(ctx, []*Submission{sub}); err != nil {
			t.Fatal(err)
		}
		if _, err := owner.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID); err != nil {
			t.Fatal(err)
		}
		return sub.ID
	}
	signed := lockedTestIssue(t, owner, "2026-03-02")
	inSigned := adopted(signed, "青山县推行茶园联建")
	spare := &Submission{UnitID: units[0].ID, Title: "临江区开展党员积分管理", Text: "全区建立积分台账。"}
	if err := owner.AddSubmissions(ctx, []*Submission{spare}); err != nil {
		t.Fatal(err)
	}
	for _, act := range []IssueAction{ActionSend, ActionReview, ActionSign} {
		if err := owner.StepIssue(ctx, signed.ID, act, "", Date{}); err != nil {
			t.Fatal(err)
		}
	}
	review := lockedTestIssue(t, owner, "2026-03-09")
	inReview := adopted(review, "白沙县选派驻村第一书记")
	if err := owner.StepIssue(ctx, review.ID, ActionSend, "", Date{}); err != nil {
		t.Fatal(err)
	}
	draft := lockedTestIssue(t, owner, "2026-03-16")
	inDraft := adopted(draft, "东林县培训村干部")
	ed, rv := open(logins["editor"]), open(logins["reviewer"])
	item := func(is Issue) string {
		return fmt.Sprintf(`(SELECT it.id FROM items it JOIN sections s ON s.id = it.section_id WHERE s.issue_id = %d LIMIT 1)`, is.ID)
	}
	if err := ed.SubmissionLocked(ctx, inReview); !errors.Is(err, ErrUnderReview) {
		t.Errorf("SubmissionLocked under review, for the editor = %v, want ErrUnderReview", err)
	}
	if err := rv.SubmissionLocked(ctx, inReview); err != nil {
		t.Errorf("SubmissionLocked under review, for the reviewer = %v, want nil", err)
	}
	tests := []struct {
		name string
		who  *Archive
		sql  string
		ok   bool
	}{
		{"editor sets a signed issue's 来稿 pending", ed, fmt.Sprintf(`UPDATE submissions SET status = 'pending' WHERE id = %d`, inSigned), false},
		{"editor deletes a signed issue's adoption", ed, fmt.Sprintf(`DELETE FROM adoptions WHERE submission_id = %d`, inSigned), false},
		{"editor adds an adoption to a signed item", ed, fmt.Sprintf(`INSERT INTO adoptions(item_id, submission_id) VALUES (%s, %d)`, item(signed), spare.ID), false},
		{"editor retitles a signed issue's 来稿", ed, fmt.Sprintf(`UPDATE submissions SET title = title || '（修改稿）' WHERE id = %d`, inSigned), true},
		{"editor sets a 来稿 under review pending", ed, fmt.Sprintf(`UPDATE submissions SET status = 'reserve' WHERE id = %d`, inReview), false},
		{"editor deletes an adoption under review", ed, fmt.Sprintf(`DELETE FROM adoptions WHERE submission_id = %d`, inReview), false},
		{"reviewer deletes an adoption under review", rv, fmt.Sprintf(`DELETE FROM adoptions WHERE submission_id = %d`, inReview), true},
		{"editor deletes a draft's adoption", ed, fmt.Sprintf(`DELETE FROM adoptions WHERE submission_id = %d`, inDraft), true},
		{"editor sets the draft's released 来稿 pending", ed, fmt.Sprintf(`UPDATE submissions SET status = 'pending' WHERE id = %d`, inDraft), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := tt.who.db.ExecContext(ctx, tt.sql)
			switch {
			case tt.ok && err != nil:
				t.Errorf("err = %v, want it allowed", err)
			case tt.ok:
				if n, _ := res.RowsAffected(); n != 1 {
					t.Errorf("%d rows changed, want 1", n)
				}
			case !errors.Is(tt.who.classify(err), ErrDenied):
				t.Errorf("err = %v, want permission denied", err)
			}
		})
	}
	if got, _ := owner.Submission(ctx, inSigned); got.Status != SubmissionAdopted || len(got.ItemIDs) != 1 {
		t.Errorf("the signed issue's 来稿: %s used by %v, want adopted by its item", got.Status, got.ItemIDs)
	}
	if err := ed.ReleaseSubmissions(ctx, []int64{inSigned}, SubmissionPending); !errors.Is(err, ErrIssueSigned) {
		t.Errorf("the editor releasing it in the app: err = %v, want ErrIssueSigned", err)
	}
}
