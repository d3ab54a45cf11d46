package editor

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// revisionsTestTexts is an item's history as "author:body", newest first.
func revisionsTestTexts(t *testing.T, a *Archive, kind string, id int64) []string {
	t.Helper()
	revs, err := a.Revisions(context.Background(), kind, id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range revs {
		out = append(out, r.Author+":"+r.Text())
	}
	return out
}

// revisionsTestAge makes every revision look as if it began d ago, as
// after a pause in typing.
func revisionsTestAge(t *testing.T, a *Archive) {
	t.Helper()
	if _, err := a.db.Exec(`UPDATE revisions SET started_at = '2000-01-01T00:00:00.000000000Z'`); err != nil {
		t.Fatal(err)
	}
}

// A minute of typing, saved after every keystroke, is one revision holding
// the last text; a save after a pause starts the next one.
func TestItemRevisionsCoalesceAMinuteOfTyping(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := itemsTestIssue(t, a, "新建条目。")
	it := is.Sections[0].Items[0]
	me := a.UserName()
	for _, body := range []string{"第", "第一", "第一稿"} {
		it.Body = body
		if err := a.UpdateItem(ctx, &it); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{me + ":新建条目。第一稿"}
	if got := revisionsTestTexts(t, a, "item", it.ID); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("after typing: got %q, want %q", got, want)
	}
	revisionsTestAge(t, a)
	it.Body = "第二稿"
	if err := a.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	want = []string{me + ":新建条目。第二稿", me + ":新建条目。第一稿"}
	if got := revisionsTestTexts(t, a, "item", it.ID); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("after a pause: got %q, want %q", got, want)
	}
}

// A record that existed before revisions were kept (an adopted submission's
// item, an imported issue) keeps the text it had as its first revision.
func TestRevisionsKeepTheTextBeforeTheFirstSave(t *testing.T) {
	ctx := context.Background()
	a, _, is, sub := adoptTestSetup(t)
	it, err := a.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	first := itemRevisionText(it)
	it.Body = "改过的正文。"
	if err := a.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	want := []string{a.UserName() + ":" + itemRevisionText(it), ":" + first}
	if got := revisionsTestTexts(t, a, "item", it.ID); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Restoring an old revision brings its text back as a new revision, so
// that restoring the one before undoes it; a restore over a text another
// desktop saved since is refused like any stale save.
func TestRestoreRevision(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := itemsTestIssue(t, a, "标题句。")
	it := is.Sections[0].Items[0]
	it.Body, it.EditorNote = "旧正文。", "旧按语"
	if err := a.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	revisionsTestAge(t, a)
	it.Body, it.EditorNote = "新正文。", ""
	if err := a.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	revs, _ := a.Revisions(ctx, "item", it.ID)
	old := revs[1]
	got, err := a.RestoreRevision(ctx, old.ID, it.Version)
	if err != nil {
		t.Fatal(err)
	}
	back := got.(Item)
	if back.Body != "旧正文。" || back.EditorNote != "旧按语" {
		t.Errorf("restored item: body %q note %q, want 旧正文。/旧按语", back.Body, back.EditorNote)
	}
	if stored, _ := a.Item(ctx, it.ID); stored.Body != "旧正文。" {
		t.Errorf("stored body %q after restore, want 旧正文。", stored.Body)
	}
	if n := len(revisionsTestTexts(t, a, "item", it.ID)); n != 3 {
		t.Errorf("%d revisions after a restore, want 3 (the restore is one of its own)", n)
	}
	if _, err := a.RestoreRevision(ctx, revs[0].ID, it.Version); !errors.Is(err, ErrConflict) {
		t.Errorf("restore over a newer save: %v, want ErrConflict", err)
	}
	entries, _ := a.Audit(ctx, AuditFilter{Kind: "item", RowID: it.ID})
	if len(entries) == 0 || entries[0].Action != AuditRestore {
		t.Errorf("audit after restore: %+v, want a restore first", entries)
	}
}

// Issue headers and submissions keep revisions too, restorable the same way.
func TestIssueAndSubmissionRevisions(t *testing.T) {
	ctx := context.Background()
	a := archiveTestOpen(t)
	is := itemsTestIssue(t, a)
	is.Marks.Signer = "王五"
	if err := a.UpdateIssueHeader(ctx, &is); err != nil {
		t.Fatal(err)
	}
	revisionsTestAge(t, a)
	is.Marks.Signer = "赵六"
	if err := a.UpdateIssueHeader(ctx, &is); err != nil {
		t.Fatal(err)
	}
	revs, _ := a.Revisions(ctx, "issue", is.ID)
	if len(revs) != 3 || !strings.Contains(revs[1].Text(), "签发人：王五") || !strings.Contains(revs[0].Text(), "签发人：赵六") {
		t.Fatalf("issue revisions: %d, %q", len(revs), revisionsTestTexts(t, a, "issue", is.ID))
	}
	got, err := a.RestoreRevision(ctx, revs[1].ID, is.Version)
	if err != nil {
		t.Fatal(err)
	}
	if s := got.(Issue).Marks.Signer; s != "王五" {
		t.Errorf("restored 签发人 %q, want 王五", s)
	}

	subs := []*Submission{{Title: "来稿标题", Text: "来稿原文。"}}
	if err := a.AddSubmissions(ctx, subs); err != nil {
		t.Fatal(err)
	}
	s := *subs[0]
	s.Text = "来稿改文。"
	if err := a.UpdateSubmission(ctx, &s); err != nil {
		t.Fatal(err)
	}
	want := []string{a.UserName() + ":来稿标题\n来稿改文。", ":来稿标题\n来稿原文。"}
	if got := revisionsTestTexts(t, a, "submission", s.ID); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("submission revisions: got %q, want %q", got, want)
	}
}

// The audit list says who deleted, moved, adopted, signed and reopened
// what, newest first, recorded with the action.
func TestAuditRecordsActions(t *testing.T) {
	ctx := context.Background()
	a, _, is, sub := adoptTestSetup(t)
	if _, err := a.AdoptSubmission(ctx, sub.ID, is.Sections[0].ID); err != nil {
		t.Fatal(err)
	}
	if err := a.AddItem(ctx, is.Sections[0].ID, &Item{Lead: "第二条。"}); err != nil {
		t.Fatal(err)
	}
	is, _ = a.Issue(ctx, is.ID)
	second := is.Sections[0].Items[1]
	steps := []func() error{
		func() error { return a.MoveItem(ctx, second.ID, -1) },
		func() error { return a.MoveItemToSection(ctx, second.ID, is.Sections[1].ID) },
		func() error { _, err := a.DeleteItem(ctx, second.ID); return err },
		func() error { return a.RestoreItem(ctx, second) },
		func() error {
			return a.UpdateIssueHeader(ctx, &Issue{ID: is.ID, Number: is.Number, TotalNumber: is.TotalNumber, Date: archiveTestDay(t, "2022-06-15"), Version: is.Version})
		},
		func() error { return a.SetIssueStatus(ctx, is.ID, IssueSigned) },
		func() error { return a.SetIssueStatus(ctx, is.ID, IssueDraft) },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	entries, err := a.Audit(ctx, AuditFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		if e.Author != a.UserName() {
			t.Errorf("%s by %q, want %q", e.Action, e.Author, a.UserName())
		}
		got = append(got, fmt.Sprintf("%s %s", e.Action, e.Kind))
	}
	want := []string{"reopen issue", "sign issue", "restore item", "delete item", "move item", "move item", "adopt submission"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("audit: got %q, want %q", got, want)
	}
	if d := entries[4].Detail; !strings.Contains(d, "第二条") || !strings.Contains(d, "→") {
		t.Errorf("move detail %q, want the item and where it went", d)
	}
}
