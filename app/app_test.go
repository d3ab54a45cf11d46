package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

func TestDroppedFilesBecomeSubmissions(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keySettings)
	dir := t.TempDir()
	a := filepath.Join(dir, "枞阳县.txt")
	b := filepath.Join(dir, "桐城市.txt")
	os.WriteFile(a, []byte("枞阳县开展村级议事规范化建设。\n\n今年以来，枞阳县完善议事规则。\n"), 0o644)
	os.WriteFile(b, []byte("桐城市举办年轻干部讲坛。\n\n讲坛每月一期。\n"), 0o644)
	u.onDropped([]fyne.URI{storage.NewFileURI(a), storage.NewFileURI(b)})
	if got := len(allSubmissions(t, ar)); got != 0 || u.subs.preview == nil {
		t.Fatalf("%d submissions saved before the import preview's 导入", got)
	}
	u.subs.preview.onImport()
	if got := len(allSubmissions(t, ar)); got != 2 {
		t.Fatalf("archive has %d submissions after dropping two files, want 2", got)
	}
	if u.currentKey() != keySubmissions || u.subs.total != 2 {
		t.Errorf("after the drop the window shows %s with %d rows", u.currentKey(), u.subs.total)
	}
}

func TestMenuActionsSwitchScreens(t *testing.T) {
	u, _ := newDeskTestUI(t)
	cases := []struct {
		name   string
		action func()
		want   string
	}{
		{"find", u.onFind, keySearch},
		{"new submission", u.onNewSubmission, keySubmissions},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			u.showKey(keyUnits)
			c.action()
			if got := u.currentKey(); got != c.want {
				t.Errorf("went to %s, want %s", got, c.want)
			}
		})
	}
	if u.win.Canvas().Focused() != u.subs.detail.title {
		t.Errorf("a new submission does not put the cursor in its title")
	}
}

func TestReopensOnTheLastScreen(t *testing.T) {
	u, _ := newDeskTestUI(t)
	u.showKey(keyUnits)
	if got := u.app.Preferences().String(prefLastScreen); got != keyUnits {
		t.Fatalf("last screen stored as %q", got)
	}
	u.current = 0
	u.restoreLastPlace()
	if u.currentKey() != keyUnits {
		t.Errorf("reopened on %s, want %s", u.currentKey(), keyUnits)
	}
}

func TestStartingAgainReopensOnTheLastScreen(t *testing.T) {
	u, ar := newDeskTestUI(t)
	u.showKey(keyStats)
	w := test.NewWindow(nil)
	t.Cleanup(w.Close)
	again := newUI(u.app, ar, w) // the next start, on the same preferences
	again.restoreLastPlace()
	if again.currentKey() != keyStats {
		t.Errorf("the next start opened on %s, want %s where the editor left off", again.currentKey(), keyStats)
	}
}
