package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// typeDuringAnOutage opens a 来稿 in a window whose drafts go to dir,
// types 在线 (saved), loses the archive (the office server going away:
// here the archive closed under the window), types 断网时 and closes the
// window as quit does. It returns the archive's path and the 来稿's id.
func typeDuringAnOutage(t *testing.T, dir string) (string, int64) {
	t.Helper()
	u, ar := newDeskTestUI(t)
	u.draftDir = dir
	addTestSubmissions(t, ar, &editor.Submission{Title: "甲", Text: "原文。"})
	u.subs.reload()
	sub := allSubmissions(t, ar)[0]
	u.clock = &fakeClock{now: time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)}
	u.subs.selectSubmission(sub.ID)
	d := u.subs.detail
	u.win.Canvas().Focus(d.text)
	d.text.MoveToEnd()
	test.Type(d.text, "在线")
	d.flush()
	ar.Close()
	test.Type(d.text, "断网时")
	d.flush()
	u.jobs.flushAll() // what quit does before the app ends
	u.waitWrites()
	u.cancel()
	return ar.Path(), sub.ID
}

// reopen is the next start on the archive at path, with the drafts in dir.
func reopen(t *testing.T, path, dir string) (*ui, *editor.Archive) {
	t.Helper()
	ar, err := editor.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ar.Close() })
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	u := newUI(fyne.CurrentApp(), ar, w)
	u.syncWork = true
	u.draftDir = dir
	u.win.Resize(fyne.NewSize(1280, 800))
	return u, ar
}

// Text typed while the archive cannot be reached, in a window closed before
// it came back, is kept on this computer and saved at the next start when
// the editor says so (review F36: it was gone).
func TestDraftTypedDuringAnOutageIsOfferedAtTheNextStart(t *testing.T) {
	dir := t.TempDir()
	path, id := typeDuringAnOutage(t, dir)
	files, _ := filepath.Glob(filepath.Join(dir, "drafts-*.json"))
	if len(files) != 1 {
		t.Fatalf("%d draft files in %s, want 1", len(files), dir)
	}
	if raw, _ := os.ReadFile(files[0]); !strings.Contains(string(raw), "原文。在线断网时") {
		t.Errorf("the draft file does not hold the text typed during the outage:\n%s", raw)
	}
	u, ar := reopen(t, path, dir)
	if got, _ := ar.Submission(context.Background(), id); got.Text != "原文。在线" {
		t.Fatalf("before the offer the archive holds %q, want %q", got.Text, "原文。在线")
	}
	u.offerDrafts()
	if u.draftOffer == nil {
		t.Fatal("no offer of the kept edit at the start")
	}
	bTap(t, u, "保存到档案")
	got, err := ar.Submission(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if want := "原文。在线断网时"; got.Text != want {
		t.Errorf("after 保存到档案 the archive holds %q, want %q", got.Text, want)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "drafts-*")); len(files) != 0 {
		t.Errorf("the draft file is still there once saved: %v", files)
	}
	u2, _ := reopen(t, path, dir)
	u2.offerDrafts()
	if u2.draftOffer != nil {
		t.Error("a saved draft is offered again at the following start")
	}
}

// A draft is never saved over a text someone saved after it was typed:
// both are shown, the archive keeps theirs until the editor chooses, and
// 以后再说 keeps the draft for the next start.
func TestDraftBesideANewerTextIsShownNotSaved(t *testing.T) {
	dir := t.TempDir()
	path, id := typeDuringAnOutage(t, dir)
	other, err := editor.Open(context.Background(), path) // another desktop, meanwhile
	if err != nil {
		t.Fatal(err)
	}
	theirs, _ := other.Submission(context.Background(), id)
	theirs.Text = "原文。在线（王芳改过）"
	if err := other.UpdateSubmission(context.Background(), &theirs); err != nil {
		t.Fatal(err)
	}
	other.Close()

	u, _ := reopen(t, path, dir)
	u.offerDrafts()
	bTap(t, u, "以后再说")
	if files, _ := filepath.Glob(filepath.Join(dir, "drafts-*.json")); len(files) != 1 {
		t.Fatalf("以后再说 left %d draft files, want the one", len(files))
	}
	u, ar := reopen(t, path, dir)
	u.offerDrafts()
	bTap(t, u, "保存到档案")
	if got, _ := ar.Submission(context.Background(), id); got.Text != theirs.Text {
		t.Fatalf("the newer text was overwritten: the archive holds %q, want %q", got.Text, theirs.Text)
	}
	open := u.conflicts["submission "+itoa64(id)]
	if open == nil {
		t.Fatal("no dialog showing both texts")
	}
	if got, want := open.theirs[2].Text(), theirs.Text; got != want {
		t.Errorf("the dialog's other side is %q, want %q", got, want)
	}
	if got, want := open.mine[2].Text(), "原文。在线断网时"; got != want {
		t.Errorf("the dialog's own side is %q, want %q", got, want)
	}
	if want := ar.UserName() + " 保存于 "; !strings.HasPrefix(open.when.Text, want) { // review G14
		t.Errorf("the dialog says %q, want who saved the other text (%q…)", open.when.Text, want)
	}
	bTap(t, u, "保留我的")
	if got, _ := ar.Submission(context.Background(), id); got.Text != "原文。在线断网时" {
		t.Errorf("after 保留我的 the archive holds %q, want the kept draft", got.Text)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "drafts-*")); len(files) != 0 {
		t.Errorf("the draft file is still there once chosen: %v", files)
	}
}

// A draft whose save had reached the archive before the connection went
// (the server took it, the answer was lost) is settled without a dialog.
func TestDraftAlreadyInTheArchiveIsSettledQuietly(t *testing.T) {
	dir := t.TempDir()
	path, id := typeDuringAnOutage(t, dir)
	other, err := editor.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	same, _ := other.Submission(context.Background(), id)
	same.Text = "原文。在线断网时"
	if err := other.UpdateSubmission(context.Background(), &same); err != nil {
		t.Fatal(err)
	}
	other.Close()
	u, ar := reopen(t, path, dir)
	u.offerDrafts()
	bTap(t, u, "保存到档案")
	if len(u.conflicts) != 0 {
		t.Errorf("%d conflict dialogs for a text the archive already holds", len(u.conflicts))
	}
	if got, _ := ar.Submission(context.Background(), id); got.Text != "原文。在线断网时" {
		t.Errorf("the archive holds %q", got.Text)
	}
	if files, _ := filepath.Glob(filepath.Join(dir, "drafts-*")); len(files) != 0 {
		t.Errorf("the draft file is still there: %v", files)
	}
}

// The drafts of one archive are not offered on another, and a password in
// the connection does not make another archive.
func TestDraftArchiveName(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"postgres://liwei@10.1.2.3/bulletin", "postgres://liwei:secret@10.1.2.3:5432/bulletin"},
		{"host=10.1.2.3 dbname=bulletin user=liwei", "postgres://liwei@10.1.2.3/bulletin"},
	} {
		if got, want := draftArchiveName(c.a), draftArchiveName(c.b); got != want {
			t.Errorf("%q names %q, %q names %q: want one archive", c.a, got, c.b, want)
		}
	}
	if draftArchiveName("postgres://liwei@10.1.2.3/bulletin") == draftArchiveName("postgres://wangfang@10.1.2.3/bulletin") {
		t.Error("two logins' drafts share a file")
	}
	if strings.Contains(draftArchiveName("postgres://liwei:secret@10.1.2.3/bulletin"), "secret") {
		t.Error("the password is in the draft file's archive name")
	}
}

func itoa64(n int64) string { return deskItoa(int(n)) }
