package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// One wheel notch scrolls 组版 about three lines of text, over a field or
// between them (Fyne's 25 px is about one line).
func TestComposeWheelScrollsThreeLines(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bFindIssue(t, ar)
	u.openIssue(is.ID)
	line := fyne.MeasureText("国", theme.TextSize(), fyne.TextStyle{}).Height + theme.LineSpacing()
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(s.scroll)
	for _, pos := range []fyne.Position{at.AddXY(300, 300), at.AddXY(5, 200)} {
		before := s.scroll.Offset.Y
		test.Scroll(u.win.Canvas(), pos, 0, -composeWheelNotch) // one notch down
		moved := s.scroll.Offset.Y - before
		if moved < 2.5*line || moved > 3.5*line {
			t.Errorf("one notch at %v moved the page %.0f px, want about three lines (%.0f px)", pos, moved, 3*line)
		}
	}
}
