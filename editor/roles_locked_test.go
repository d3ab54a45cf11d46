package editor

import (
	"context"
	"errors"
	"fmt"
	"testing"
)

// A signed issue's content is locked on the server for every login, and an
// issue under review for all but 审核 and 签发, whatever a client sends in
// its own SQL (review F8: a 编辑 login in psql renumbered a signed 第9期,
// deleted an item and added text, with no revision and no event).
func TestIssueContentLockedOnTheServer(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	signed := workflowTestIssue(t, owner)
	for _, act := range []IssueAction{ActionSend, ActionReview, ActionSign} {
		if err := owner.StepIssue(ctx, signed.ID, act, "", Date{}); err != nil {
			t.Fatal(err)
		}
	}
	review := lockedTestIssue(t, owner, "2026-03-09", ActionSend)
	draft := lockedTestIssue(t, owner, "2026-03-16")
	units := rolesTestUnit(t, owner)
	ed, rv, sg := open(logins["editor"]), open(logins["reviewer"]), open(logins["signer"])
	item := func(is Issue) string {
		return fmt.Sprintf(`(SELECT it.id FROM items it JOIN sections s ON s.id = it.section_id WHERE s.issue_id = %d LIMIT 1)`, is.ID)
	}
	tests := []struct {
		name string
		who  *Archive
		sql  string
		ok   bool
	}{
		{"editor changes a signed item", ed, `UPDATE items SET body = body || '签发后改' WHERE id = ` + item(signed), false},
		{"signer changes a signed item", sg, `UPDATE items SET body = body || '签发后改' WHERE id = ` + item(signed), false},
		{"editor renumbers a signed issue", ed, fmt.Sprintf(`UPDATE issues SET number = 99 WHERE id = %d`, signed.ID), false},
		{"editor deletes a signed item", ed, `DELETE FROM items WHERE id = ` + item(signed), false},
		{"editor adds a section to a signed issue", ed, fmt.Sprintf(`INSERT INTO sections(issue_id, position, name) VALUES (%d, 9, '增')`, signed.ID), false},
		{"editor renames a signed section", ed, fmt.Sprintf(`UPDATE sections SET name = '改' WHERE issue_id = %d`, signed.ID), false},
		{"editor changes a signed issue's 报送", ed, fmt.Sprintf(`INSERT INTO issue_distribution(issue_id, position, label, text) VALUES (%d, 9, '报', '某某')`, signed.ID), false},
		{"editor credits a signed item", ed, fmt.Sprintf(`INSERT INTO item_units(item_id, unit_id) VALUES (%s, %d)`, item(signed), units[0].ID), false},
		{"editor touches a signed issue's time", ed, fmt.Sprintf(`UPDATE issues SET updated_at = updated_at WHERE id = %d`, signed.ID), true},
		{"editor changes an item under review", ed, `UPDATE items SET body = body || '改' WHERE id = ` + item(review), false},
		{"reviewer changes an item under review", rv, `UPDATE items SET body = body || '审' WHERE id = ` + item(review), true},
		{"editor changes a draft's item", ed, `UPDATE items SET body = body || '草' WHERE id = ` + item(draft), true},
		{"editor renumbers a draft", ed, fmt.Sprintf(`UPDATE issues SET number = 98 WHERE id = %d`, draft.ID), true},
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
	got, err := owner.Issue(ctx, signed.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Number != signed.Number || len(got.Sections) != len(signed.Sections) ||
		got.Sections[0].Items[0].Body != signed.Sections[0].Items[0].Body {
		t.Errorf("the signed issue changed: 第%d期, %d sections, body %q", got.Number, len(got.Sections), got.Sections[0].Items[0].Body)
	}
	// reopened by its 签发, it is a draft the editor may change again
	if err := sg.StepIssue(ctx, signed.ID, ActionReopen, "补充", Date{}); err != nil {
		t.Fatal(err)
	}
	if _, err := ed.db.ExecContext(ctx, `UPDATE items SET body = body || '补' WHERE id = `+item(signed)); err != nil {
		t.Errorf("editing the reopened issue: %v", err)
	}
}

// lockedTestIssue is a new issue of one item dated day, taken through steps.
func lockedTestIssue(t *testing.T, a *Archive, day string, steps ...IssueAction) Issue {
	t.Helper()
	ctx := context.Background()
	is, err := a.NewIssue(ctx, issuesTestFirstBulletin(t, a), archiveTestDay(t, day))
	if err != nil {
		t.Fatal(err)
	}
	if err := a.AddItem(ctx, is.Sections[0].ID, &Item{Lead: "某镇推行积分制管理。", Body: "正文。"}); err != nil {
		t.Fatal(err)
	}
	for _, act := range steps {
		if err := a.StepIssue(ctx, is.ID, act, "", Date{}); err != nil {
			t.Fatal(err)
		}
	}
	is, _ = a.Issue(ctx, is.ID)
	return is
}
