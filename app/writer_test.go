package app

import (
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// waitFor polls cond until it holds; false after a generous while. (Not a
// speed threshold: it only bounds how long a broken test hangs.)
func waitFor(cond func() bool) bool {
	for end := time.Now().Add(30 * time.Second); time.Now().Before(end); time.Sleep(20 * time.Millisecond) {
		if cond() {
			return true
		}
	}
	return false
}

// While another program holds the archive's write lock, leaving a field
// returns at once (the window does not freeze), the status line says the
// window is waiting, and the edit lands once the lock is released. Before,
// the save ran on the UI goroutine: the window froze for the whole busy
// timeout and the edit failed with "locked".
func TestSaveWaitingForTheArchiveDoesNotFreezeTheWindow(t *testing.T) {
	u, ar := newDeskTestUI(t)
	addTestSubmissions(t, ar, &editor.Submission{Title: "来稿", Text: "正文。"})
	u.subs.reload()
	u.subs.selectSubmission(allSubmissions(t, ar)[0].ID)
	u.syncWork, u.asyncWrites = false, true

	// another program: a plain connection holding a write transaction
	other, err := sql.Open("sqlite", ar.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "BEGIN IMMEDIATE"); err != nil {
		t.Fatalf("hold the write lock: %v", err)
	}
	held := true
	release := func() {
		if held {
			conn.ExecContext(context.Background(), "ROLLBACK")
			held = false
		}
	}
	defer release()

	d := u.subs.detail
	u.win.Canvas().Focus(d.title)
	test.Type(d.title, "新")
	returned := make(chan struct{})
	go func() { u.win.Canvas().Unfocus(); close(returned) }() // leaving the field saves
	select {
	case <-returned:
	case <-time.After(30 * time.Second): // only bounds a hang, not a speed threshold:
		// a save on this goroutine gives up at the busy timeout and the
		// edit never lands, which the checks below catch
		t.Fatal("leaving the field waited for the archive's lock")
	}
	if !waitFor(func() bool { return u.status.Visible() && strings.Contains(u.status.Text, "正在等待档案") }) {
		t.Errorf("the status line never said the window waits for the archive")
	}
	release()
	if !waitFor(func() bool { return strings.HasPrefix(allSubmissions(t, ar)[0].Title, "新") }) {
		t.Fatalf("the title %q: the edit never reached the archive", allSubmissions(t, ar)[0].Title)
	}
	if !waitFor(func() bool { return !u.status.Visible() }) {
		t.Errorf("the status line still says %q after the save", u.status.Text)
	}
}
