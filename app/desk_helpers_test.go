package app

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

func init() { startSync = true }

// newDeskTestUI opens a fresh archive and the whole window on Fyne's test
// driver, in Chinese; saves and background work happen at once.
func newDeskTestUI(t *testing.T) (*ui, *editor.Archive) {
	t.Helper()
	ar, err := editor.Open(context.Background(), filepath.Join(t.TempDir(), "archive.db"))
	if err != nil {
		t.Fatalf("open the archive: %v", err)
	}
	t.Cleanup(func() { ar.Close() })
	p, _ := ar.Preferences(context.Background())
	p.Language = "zh"
	if err := ar.SavePreferences(context.Background(), p); err != nil {
		t.Fatalf("save preferences: %v", err)
	}
	a := test.NewTempApp(t)
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	u := newUI(a, ar, w)
	u.syncWork = true
	u.win.Resize(fyne.NewSize(1280, 800))
	u.subs.reload()
	return u, ar
}

// allSubmissions is the archive's submissions, oldest first.
func allSubmissions(t *testing.T, ar *editor.Archive) []editor.Submission {
	t.Helper()
	subs, err := ar.Submissions(context.Background(), editor.SubmissionFilter{Sort: editor.SortReceived})
	if err != nil {
		t.Fatalf("list submissions: %v", err)
	}
	return subs
}

// addTestSubmissions stores submissions directly in the archive.
func addTestSubmissions(t *testing.T, ar *editor.Archive, subs ...*editor.Submission) {
	t.Helper()
	if err := ar.AddSubmissions(context.Background(), subs); err != nil {
		t.Fatalf("add submissions: %v", err)
	}
}
