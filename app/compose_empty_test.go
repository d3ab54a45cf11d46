package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// With no issue open, 组版 says what to do; the sentence stood in a column
// four characters wide in the middle of the page (seen at 1280×800).
func TestComposeEmptyMessageOnOneLine(t *testing.T) {
	u, _ := newComposeTestUI(t)
	s := composeOf(t, u)
	for i, e := range u.entries {
		if e.s == screen(s) {
			u.showScreen(i)
		}
	}
	s.showEmpty()
	u.win.Resize(fyne.NewSize(1280, 800))
	var msg *widget.Label
	bWalk(s.body, func(o fyne.CanvasObject) bool {
		msg, _ = o.(*widget.Label)
		return msg != nil
	})
	if msg == nil {
		t.Fatal("no message in the empty 组版")
	}
	want := fyne.MeasureText(msg.Text, 14, fyne.TextStyle{}).Width * 0.9
	if got := msg.Size().Width; got < want {
		t.Errorf("message %q laid out %.0f px wide, want at least %.0f (one line)", msg.Text, got, want)
	}
}
