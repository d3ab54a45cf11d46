package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestWheelMovesThreeRowsAStep: 200 wheel steps over the 52,000-row list
// moved some 50 rows; a step now moves 3 rows, as desktop lists do.
func TestWheelMovesThreeRowsAStep(t *testing.T) {
	u, ar := newDeskTestUI(t)
	var subs []*editor.Submission
	for i := range 300 {
		subs = append(subs, &editor.Submission{Title: fmt.Sprintf("第%d篇来稿", i), Text: fmt.Sprintf("正文%d。", i),
			Received: today(), Kind: "信息", Status: editor.SubmissionPending})
	}
	addTestSubmissions(t, ar, subs...)
	u.subs.reload()
	c := u.win.Canvas()
	tablePos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.subs.table)
	over := tablePos.Add(fyne.NewPos(200, 200))
	rowH := newSubmissionCell().MinSize().Height + theme.Padding()
	for range 10 {
		test.Scroll(c, over, 0, -fyneWheelStep) // one step down
	}
	w := (&tableWheel{table: u.subs.table}).current()
	if rows := w.Y / rowH; rows < 25 || rows > 35 {
		t.Errorf("10 wheel steps moved %.1f rows (%.0f px), want about 30", rows, w.Y)
	}
	for range 200 {
		test.Scroll(c, over, 0, -fyneWheelStep)
	}
	if got := (&tableWheel{table: u.subs.table}).current().Y / rowH; got < 250 {
		t.Errorf("210 steps moved %.0f rows, want the end of the 300 in reach", got)
	}
}
