package editor

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

// txnTestHoldWrite starts a write transaction on path from another
// connection, as another program would, and holds it until the test ends.
func txnTestHoldWrite(t *testing.T, path string) {
	t.Helper()
	ctx := context.Background()
	other, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(ctx, "UPDATE settings SET value = value"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn.ExecContext(ctx, "ROLLBACK")
		conn.Close()
		other.Close()
	})
}

// While another program holds a write, every read the screens and the
// command line make answers (before, each waited the busy timeout and failed
// with ErrLocked), and opening the archive again writes nothing.
func TestReadsDoNotWaitForWrites(t *testing.T) {
	ctx := context.Background()
	old := archiveBusyTimeout
	archiveBusyTimeout = 50
	defer func() { archiveBusyTimeout = old }()
	path := filepath.Join(t.TempDir(), "a.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	is, err := a.NewIssue(ctx, 0, archiveTestDay(t, "2022-06-15"))
	if errors.Is(err, ErrNotFound) {
		bs, _ := a.Bulletins(ctx)
		is, err = a.NewIssue(ctx, bs[0].ID, archiveTestDay(t, "2022-06-15"))
	}
	if err != nil {
		t.Fatal(err)
	}
	txnTestHoldWrite(t, path)

	reads := []struct {
		name string
		run  func(a *Archive) error
	}{
		{"issues", func(a *Archive) error { _, err := a.Issues(ctx, IssueFilter{}); return err }},
		{"load an issue", func(a *Archive) error { _, err := a.Issue(ctx, is.ID); return err }},
		{"latest issue", func(a *Archive) error { _, err := a.LatestIssue(ctx); return err }},
		{"search", func(a *Archive) error { _, err := a.Search(ctx, "组织", 10); return err }},
		{"submissions", func(a *Archive) error { _, err := a.Submissions(ctx, SubmissionFilter{}); return err }},
		{"units", func(a *Archive) error { _, err := a.Units(ctx); return err }},
		{"preferences", func(a *Archive) error { _, err := a.Preferences(ctx); return err }},
		{"statistics", func(a *Archive) error {
			_, err := a.Statistics(ctx, StatsQuery{From: archiveTestDay(t, "2022-01-01"), To: archiveTestDay(t, "2022-12-31")})
			return err
		}},
		{"open again", func(*Archive) error {
			b, err := Open(ctx, path)
			if err == nil {
				b.Close()
			}
			return err
		}},
	}
	for _, r := range reads {
		t.Run(r.name, func(t *testing.T) {
			if err := r.run(a); err != nil {
				t.Errorf("%s while another program writes: %v, want it to answer", r.name, err)
			}
		})
	}
}

// A write that waits for another program's lock says so (the app shows it)
// and says when the wait is over; it still ends with ErrLocked.
func TestWriteThatWaitsIsVisible(t *testing.T) {
	ctx := context.Background()
	oldBusy, oldNotice := archiveBusyTimeout, lockWaitNotice
	archiveBusyTimeout, lockWaitNotice = 300, time.Millisecond
	defer func() { archiveBusyTimeout, lockWaitNotice = oldBusy, oldNotice }()
	path := filepath.Join(t.TempDir(), "a.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	var mu sync.Mutex
	var got []bool
	a.OnLockWait(func(w bool) { mu.Lock(); got = append(got, w); mu.Unlock() })
	txnTestHoldWrite(t, path)
	if err := a.SetSetting(ctx, "x", "y"); !errors.Is(err, ErrLocked) {
		t.Errorf("write while another program writes: err = %v, want ErrLocked", err)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(got) != 2 || !got[0] || got[1] {
		t.Errorf("lock-wait notices = %v, want [true false]", got)
	}
}
