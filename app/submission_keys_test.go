package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestSubmissionRowsReachableByKeyboard: the rows of the 来稿 table could
// not be reached with Tab, so choosing a submission needed the mouse.
func TestSubmissionRowsReachableByKeyboard(t *testing.T) {
	u, ar := newDeskTestUI(t)
	addTestSubmissions(t, ar,
		&editor.Submission{Title: "甲县推进村级组织建设", Text: "甲县推进村级组织建设。", Received: today(), Kind: "信息", Status: editor.SubmissionPending},
		&editor.Submission{Title: "乙县开展人才驿站试点", Text: "乙县开展人才驿站试点。", Received: today(), Kind: "信息", Status: editor.SubmissionPending})
	u.subs.reload()
	c := u.win.Canvas()
	c.Focus(u.subs.fText)
	reached := false
	for i := 0; i < 12 && !reached; i++ {
		test.FocusNext(c)
		reached = c.Focused() == fyne.Focusable(u.subs.table)
	}
	if !reached {
		t.Fatalf("Tab from the text filter never reaches the list (stopped in %T)", c.Focused())
	}
	u.subs.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	u.subs.table.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	want := allSubmissions(t, ar)[0] // the list shows the newest first
	if u.subs.selected != want.ID {
		t.Errorf("Down and Space select submission %d, want the second row %d (%s)", u.subs.selected, want.ID, want.Title)
	}
}
