package editor

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// notifyTestDesktops opens the same archive twice, as two desktops would
// (two connections; on PostgreSQL, two sessions of the same schema).
func notifyTestDesktops(t *testing.T) (one, two *Archive) {
	t.Helper()
	dsn := testArchiveDSN(t, "office.db")
	ctx := context.Background()
	var err error
	if one, err = Open(ctx, dsn); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { one.Close() })
	if two, err = Open(ctx, dsn); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { two.Close() })
	return one, two
}

// Two editors each editing a different item of one issue both keep their
// work: each save's version check concerns its own item only.
func TestTwoDesktopsEditDifferentItemsBothKept(t *testing.T) {
	ctx := context.Background()
	one, two := notifyTestDesktops(t)
	is := itemsTestIssue(t, one, "甲条目。", "乙条目。")
	theirs, _ := two.Issue(ctx, is.ID)
	mine := is.Sections[0].Items[0]
	other := theirs.Sections[0].Items[1]
	mine.Body, other.Body = "甲改。", "乙改。"
	if err := one.UpdateItem(ctx, &mine); err != nil {
		t.Fatal(err)
	}
	if err := two.UpdateItem(ctx, &other); err != nil {
		t.Fatalf("the second desktop's save of another item: %v", err)
	}
	got, _ := one.Issue(ctx, is.ID)
	if a, b := got.Sections[0].Items[0].Body, got.Sections[0].Items[1].Body; a != "甲改。" || b != "乙改。" {
		t.Errorf("bodies %q and %q, want 甲改。 and 乙改。", a, b)
	}
}

// Two editors saving the same item at the same moment, both from the same
// version: one save lands, the other is refused with ErrConflict and its
// text is kept as an unsaved draft — never silently overwritten.
func TestTwoDesktopsRaceOnOneItem(t *testing.T) {
	ctx := context.Background()
	one, two := notifyTestDesktops(t)
	is := itemsTestIssue(t, one, "同一条目。")
	it := is.Sections[0].Items[0]
	var wg sync.WaitGroup
	start := make(chan struct{})
	errs := make([]error, 2)
	for i, a := range []*Archive{one, two} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := it
			mine.Body = []string{"桌面一的正文。", "桌面二的正文。"}[i]
			<-start
			errs[i] = a.UpdateItem(ctx, &mine)
		}()
	}
	close(start)
	wg.Wait()
	winner, loser := 0, 1
	if errs[0] != nil {
		winner, loser = 1, 0
	}
	if errs[winner] != nil || !errors.Is(errs[loser], ErrConflict) {
		t.Fatalf("saves: %v and %v, want one nil and one ErrConflict", errs[0], errs[1])
	}
	stored, _ := one.Item(ctx, it.ID)
	if want := []string{"桌面一的正文。", "桌面二的正文。"}[winner]; stored.Body != want {
		t.Errorf("stored body %q, want the winner's %q", stored.Body, want)
	}
	drafts, err := one.UnsavedDrafts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	loserText := []string{"桌面一的正文。", "桌面二的正文。"}[loser]
	if len(drafts) != 1 || !strings.Contains(drafts[0].Content, loserText) {
		t.Errorf("unsaved drafts %+v, want one holding %q", drafts, loserText)
	}
}

// notifyTestWatch starts a's Watch and returns its changes as they come.
func notifyTestWatch(t *testing.T, a *Archive) <-chan Change {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan Change, 100)
	done := make(chan struct{})
	go func() { defer close(done); a.Watch(ctx, func(c Change) { ch <- c }) }()
	t.Cleanup(func() { cancel(); <-done })
	return ch
}

// notifyTestWait is the first change on ch that matches, failing the test
// when none comes in 30 seconds (the path is broken, not slow).
func notifyTestWait(t *testing.T, ch <-chan Change, match func(Change) bool) Change {
	t.Helper()
	deadline := time.After(30 * time.Second)
	for {
		select {
		case c := <-ch:
			if match(c) {
				return c
			}
		case <-deadline:
			t.Fatal("no change arrived")
		}
	}
}

// notifyTestReady waits until a's watcher has started (it delivers only
// what is committed after): a change of two's is seen by it.
func notifyTestReady(t *testing.T, ch <-chan Change, two *Archive) {
	t.Helper()
	for i := 0; ; i++ {
		if err := two.MarkEditing(context.Background(), "issue", 0, 0); err != nil {
			t.Fatal(err)
		}
		select {
		case <-ch:
			return
		case <-time.After(time.Second):
			if i == 30 {
				t.Fatal("the watcher never started")
			}
		}
	}
}

// A save on one desktop reaches the other's Watch, naming the item and
// who saved it; a desktop does not hear of its own saves.
func TestWatchSeesTheOtherDesktopsChanges(t *testing.T) {
	ctx := context.Background()
	one, two := notifyTestDesktops(t)
	is := itemsTestIssue(t, one, "条目。")
	it := is.Sections[0].Items[0]
	seenByTwo, seenByOne := notifyTestWatch(t, two), notifyTestWatch(t, one)
	notifyTestReady(t, seenByTwo, one)
	notifyTestReady(t, seenByOne, two)
	it.Body = "桌面一改的。"
	if err := one.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	c := notifyTestWait(t, seenByTwo, func(c Change) bool { return c.Kind == "item" })
	if c.RowID != it.ID || c.Author != one.UserName() {
		t.Errorf("change %+v, want item %d by %s", c, it.ID, one.UserName())
	}
	if err := two.DeleteIssue(ctx, is.ID); err != nil {
		t.Fatal(err)
	}
	c = notifyTestWait(t, seenByOne, func(c Change) bool { return c.Kind != "presence" })
	if c.Kind != "issue" || c.RowID != is.ID {
		t.Errorf("desktop one first heard %+v, want the other's deletion of issue %d (not its own save)", c, is.ID)
	}
}

// On the office archive, a listening desktop whose connection the server
// drops connects again and still hears of the changes made meanwhile.
func TestWatchReconnectsAfterALostConnection(t *testing.T) {
	if !onServer() {
		t.Skip("LISTEN/NOTIFY is the office archive's; a file is polled")
	}
	ctx := context.Background()
	one, two := notifyTestDesktops(t)
	is := itemsTestIssue(t, one, "条目。")
	seen := notifyTestWatch(t, two)
	notifyTestReady(t, seen, one)
	if _, err := one.db.ExecContext(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = ?`,
		"bulletindesk listen "+two.client); err != nil {
		t.Fatal(err)
	}
	it := is.Sections[0].Items[0]
	it.Body = "断线期间改的。"
	if err := one.UpdateItem(ctx, &it); err != nil {
		t.Fatal(err)
	}
	notifyTestWait(t, seen, func(c Change) bool { return c.Kind == "item" && c.RowID == it.ID })
}

// Someone typing in an item is listed on the other desktops, not on their
// own, until they stop.
func TestPresenceShowsWhoIsTyping(t *testing.T) {
	ctx := context.Background()
	one, two := notifyTestDesktops(t)
	is := itemsTestIssue(t, one, "条目。")
	it := is.Sections[0].Items[0]
	if err := one.MarkEditing(ctx, "item", it.ID, is.ID); err != nil {
		t.Fatal(err)
	}
	got, err := two.EditingIn(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Author != one.UserName() || got[0].Kind != "item" || got[0].RowID != it.ID {
		t.Errorf("the other desktop sees %+v, want %s typing in item %d", got, one.UserName(), it.ID)
	}
	if mine, _ := one.EditingIn(ctx, is.ID); len(mine) != 0 {
		t.Errorf("the typing desktop sees itself: %+v", mine)
	}
	if err := one.StopEditing(ctx); err != nil {
		t.Fatal(err)
	}
	if got, _ := two.EditingIn(ctx, is.ID); len(got) != 0 {
		t.Errorf("after stopping: %+v, want nobody", got)
	}
}

// On the office archive the marks are timed by the server's clock: a
// desktop whose clock is an hour slow still shows on the other desktop as
// typing (by its own clock its mark had expired an hour ago), for
// PresenceTTL, by the other desktop's clock.
func TestPresenceTimedByTheServersClock(t *testing.T) {
	if !onServer() {
		t.Skip("a file's desktops share one machine's clock")
	}
	ctx := context.Background()
	one, two := notifyTestDesktops(t)
	is := itemsTestIssue(t, one, "条目。")
	desktopClock = func() time.Time { return time.Now().Add(-time.Hour) }
	err := one.MarkEditing(ctx, "issue", is.ID, is.ID)
	desktopClock = time.Now
	if err != nil {
		t.Fatal(err)
	}
	got, err := two.EditingIn(ctx, is.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Kind != "issue" || got[0].RowID != is.ID {
		t.Fatalf("the other desktop sees %+v, want %s typing in the header of issue %d", got, one.UserName(), is.ID)
	}
	if left := time.Until(got[0].Expires); left <= PresenceTTL/2 || left > PresenceTTL {
		t.Errorf("the mark expires in %v by the other desktop's clock, want about %v", left, PresenceTTL)
	}
}
