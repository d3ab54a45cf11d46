package editor

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"testing"
)

// A signed issue prints the name and editing unit it was signed under:
// renaming the bulletin (设置) changes the drafts and the issues signed
// after, not the back issues (review G3: every signed issue's masthead
// followed the rename). Reopened, it keeps them.
func TestSignedIssueKeepsItsMasthead(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	signed := workflowTestIssue(t, a)
	for _, act := range []IssueAction{ActionSend, ActionReview, ActionSign} {
		if err := a.StepIssue(ctx, signed.ID, act, "", Date{}); err != nil {
			t.Fatal(err)
		}
	}
	draft := lockedTestIssue(t, a, "2026-03-16")
	b := masthead(t, a, draft.ID)
	was := b
	b.Name, b.EditingUnit = "组工快讯", "某某单位"
	if err := a.SaveBulletin(ctx, &b); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		id         int64
		title, org string
	}{
		{"the signed issue", signed.ID, was.Name, was.EditingUnit},
		{"the draft", draft.ID, "组工快讯", "某某单位"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			is, err := a.Issue(ctx, tt.id)
			if err != nil {
				t.Fatal(err)
			}
			if is.BulletinName != tt.title || is.EditingUnit != tt.org {
				t.Errorf("masthead %q / %q, want %q / %q", is.BulletinName, is.EditingUnit, tt.title, tt.org)
			}
			if got := listedName(t, a, tt.id); got != tt.title {
				t.Errorf("档案 lists it as %q, want %q", got, tt.title)
			}
		})
	}
	if err := a.StepIssue(ctx, signed.ID, ActionReopen, "补充", Date{}); err != nil {
		t.Fatal(err)
	}
	if is, _ := a.Issue(ctx, signed.ID); is.BulletinName != was.Name {
		t.Errorf("reopened, the issue prints %q, want %q, the name it went out under", is.BulletinName, was.Name)
	}
}

// On the server a login cannot change a signed issue's masthead in SQL.
func TestSignedMastheadLockedOnTheServer(t *testing.T) {
	ctx := context.Background()
	owner, logins, open := rolesTestLogins(t)
	signed := workflowTestIssue(t, owner)
	for _, act := range []IssueAction{ActionSend, ActionReview, ActionSign} {
		if err := owner.StepIssue(ctx, signed.ID, act, "", Date{}); err != nil {
			t.Fatal(err)
		}
	}
	for _, role := range []string{"editor", "signer"} {
		who := open(logins[role])
		_, err := who.db.ExecContext(ctx, fmt.Sprintf(`UPDATE issues SET masthead_name = '组工快讯' WHERE id = %d`, signed.ID))
		if !errors.Is(who.classify(err), ErrDenied) {
			t.Errorf("%s changing a signed masthead: err = %v, want permission denied", role, err)
		}
	}
	if is, _ := owner.Issue(ctx, signed.ID); is.BulletinName == "组工快讯" {
		t.Error("the signed masthead changed")
	}
}

func masthead(t *testing.T, a *Archive, issue int64) Bulletin {
	t.Helper()
	is, err := a.Issue(context.Background(), issue)
	if err != nil {
		t.Fatal(err)
	}
	bs, err := a.Bulletins(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bs {
		if b.ID == is.BulletinID {
			return b
		}
	}
	t.Fatalf("no bulletin %d", is.BulletinID)
	return Bulletin{}
}

func listedName(t *testing.T, a *Archive, id int64) string {
	t.Helper()
	list, err := a.Issues(context.Background(), IssueFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range list {
		if s.ID == id {
			return s.BulletinName
		}
	}
	t.Fatalf("issue %d not listed", id)
	return ""
}

// An imported back issue prints the editing unit its source printed, not
// the bulletin's, and keeps it when the bulletin is renamed (review G3's
// addendum: every 组织部's bulletin is called 《组工信息》, so a back issue
// of another unit landing in one's 组工信息 is the usual case).
func TestImportedIssueKeepsItsSourcesUnit(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	draft := lockedTestIssue(t, a, "2026-03-16")
	b := masthead(t, a, draft.ID)
	is := &Issue{BulletinName: b.Name, EditingUnit: "中共南岭市委组织部", Year: 2025, Number: 12,
		Date: archiveTestDay(t, "2025-06-15"), Sections: []Section{{Name: "市内信息", Items: []Item{{Lead: "某县开展培训。", Body: "正文。"}}}}}
	if err := a.ImportIssue(ctx, is); err != nil {
		t.Fatal(err)
	}
	b.Name, b.EditingUnit = "组工快讯", "某某单位"
	if err := a.SaveBulletin(ctx, &b); err != nil {
		t.Fatal(err)
	}
	got, err := a.Issue(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.EditingUnit != "中共南岭市委组织部" || got.BulletinName == "组工快讯" {
		t.Errorf("the imported issue prints %q / %q, want its source's unit and the name it came with", got.BulletinName, got.EditingUnit)
	}
	if d, _ := a.Issue(ctx, draft.ID); d.EditingUnit != "某某单位" {
		t.Errorf("the draft prints %q, want the bulletin's unit", d.EditingUnit)
	}
}

// Two desktops importing 来稿 of one new unit at the same moment: the one
// whose transaction read the units before the other added it takes that
// unit instead of failing its whole batch (review G28). Only the server
// lets the two overlap; a file's writers take turns.
func TestNewUnitAddedMeanwhileIsTaken(t *testing.T) {
	if !onServer() {
		t.Skip("a file's write transactions take turns: run under scripts/with-postgres.sh")
	}
	ctx := context.Background()
	dsn := testArchiveDSN(t, "")
	a, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	var first Submission
	err = a.tx(ctx, func(tx *sql.Tx) error {
		book, err := newUnitBookTx(ctx, tx) // read before the other desktop adds the unit
		if err != nil {
			return err
		}
		other := []*Submission{{Title: "乙县来稿", Text: "正文。（东林县委组织部）"}}
		if err := b.AddSubmissions(ctx, other); err != nil {
			return fmt.Errorf("the other desktop: %w", err)
		}
		return creditNamedUnitTx(ctx, tx, book, &first, "东林县委组织部")
	})
	if err != nil {
		t.Fatalf("the second import failed: %v", err)
	}
	units, _ := a.Units(ctx)
	n := 0
	for _, u := range units {
		if u.Name == "东林县委组织部" {
			n++
			if u.ID != first.UnitID {
				t.Errorf("credited unit %d, want the one added meanwhile (%d)", first.UnitID, u.ID)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d units named 东林县委组织部, want 1", n)
	}
}
