package app

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The start builds the screen it reopens on and no other: reopening on 档案
// had built and filled 来稿's ten-year list first, then 档案.
func TestStartBuildsOnlyTheScreenItReopensOn(t *testing.T) {
	cases := []struct {
		last, want string
	}{
		{keyIssues, keyIssues},
		{keyStats, keyStats},
		{"", keySubmissions},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			u, ar := newDeskTestUI(t)
			u.app.Preferences().SetString(prefLastScreen, c.last)
			w := test.NewWindow(nil)
			t.Cleanup(w.Close)
			again := newUI(u.app, ar, w)
			again.restoreLastPlace()
			var built []string
			for _, e := range again.entries {
				if e.obj != nil {
					built = append(built, e.key)
				}
			}
			if got := again.currentKey(); got != c.want || len(built) != 1 || built[0] != c.want {
				t.Errorf("the start shows %s and built %v, want %s alone", got, built, c.want)
			}
		})
	}
}

// Every screen once shown stays in the window, hidden while another shows,
// so coming back draws it as it was left instead of refreshing every one of
// its widgets (a switch to 档案 had cost 0.25–0.5 s of CPU).
func TestScreensStayBuiltWhileHidden(t *testing.T) {
	u, _ := newDeskTestUI(t)
	first := u.entries[u.indexOf(keySubmissions)].obj
	for _, key := range []string{keyIssues, keyStats, keySubmissions, keyIssues} {
		u.showKey(key)
	}
	var shown []string
	for _, e := range u.entries {
		if e.shown != nil && e.shown.Visible() {
			shown = append(shown, e.key)
		}
	}
	if len(u.content.Objects) != 3 || len(shown) != 1 || shown[0] != keyIssues {
		t.Errorf("the content holds %d screens, %v visible; want 来稿, 档案, 统计 with 档案 alone visible", len(u.content.Objects), shown)
	}
	if got := u.entries[u.indexOf(keySubmissions)].obj; got != first {
		t.Errorf("来稿 was built again after being left")
	}
}

// The daily backup starts a while after the window, not while it is being
// drawn; the window closed before then leaves it to the next start.
func TestAutoBackupWaitsForTheStart(t *testing.T) {
	u, ar := newDeskTestUI(t)
	clk := &fakeClock{now: time.Now()}
	u.clock, u.syncWork = clk, false
	u.startAutoBackup()
	backups := func() int {
		got, _, _ := editor.ArchiveBackups(ar.Path())
		return len(got)
	}
	for deadline := time.Now().Add(time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if n := backups(); n != 0 { // a backup made at once takes well under a second here
			t.Fatalf("%d backups as the window starts, want none yet", n)
		}
	}
	clk.advance(autoBackupDelay)
	if n := backups(); n != 1 {
		t.Errorf("%d backups %v after the start, want today's", n, autoBackupDelay)
	}
}

// An archive that needs no upgrade is open before the window first shows,
// and its screens are built then: the window's first picture is the
// archive's. An upgrade, or an archive slow to open, shows 正在打开档案 first.
func TestQuickOpenBeforeTheWindowShows(t *testing.T) {
	cases := []struct {
		name       string
		upgrade    bool
		delay      time.Duration
		wantInline bool
	}{
		{"up to date", false, 0, true},
		{"upgraded", true, 0, false},
		{"slow to open", false, 300 * time.Millisecond, false},
	}
	path := filepath.Join(t.TempDir(), "archive.db")
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			test.NewTempApp(t)
			w := test.NewWindow(nil)
			t.Cleanup(w.Close)
			w.Resize(fyne.NewSize(1280, 800))
			o := newOpening(w, path)
			open := func(ctx context.Context, p string, progress func(int, int)) (*editor.Archive, error) {
				if c.upgrade {
					progress(0, 1)
					progress(1, 1)
				}
				time.Sleep(c.delay)
				return nil, errors.New("not opened in this test")
			}
			ran := make(chan bool, 1)
			inline := o.startWaiting(open, 50*time.Millisecond, func(*editor.Archive, error) { ran <- true })
			ranBefore := len(ran) == 1
			<-o.done
			if inline != c.wantInline || inline && !ranBefore {
				t.Errorf("opened before the window showed: %v (screens built: %v), want %v", inline, ranBefore, c.wantInline)
			}
			select {
			case <-ran:
			case <-time.After(5 * time.Second):
				t.Errorf("the screens were never built")
			}
		})
	}
}
