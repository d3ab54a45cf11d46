package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// A screen the window shows and keeps answering on is the one the app
// reopens on; one whose drawing never let the window answer again (the
// editor killed the app) is not, so the app never reopens into a hang.
func TestReopensOnlyOnAScreenThatWasDrawn(t *testing.T) {
	cases := []struct {
		name    string
		answers bool // the window went on answering after showing 单位
		want    string
	}{
		{"the window answered", true, keyUnits},
		{"the window hung", false, keySubmissions},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			u, ar := newDeskTestUI(t)
			clk := &fakeClock{now: time.Unix(0, 0)}
			u.clock, u.syncWork = clk, false
			u.showKey(keyUnits)
			if c.answers {
				clk.advance(3 * time.Second)
			}
			w := test.NewWindow(nil)
			t.Cleanup(w.Close)
			again := newUI(u.app, ar, w) // the next start, on the same preferences
			again.restoreLastPlace()
			if got := again.currentKey(); got != c.want {
				t.Errorf("the next start opened on %s, want %s", got, c.want)
			}
		})
	}
}
