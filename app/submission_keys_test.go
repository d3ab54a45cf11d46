package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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
	key := func(k fyne.KeyName) { u.subs.table.TypedKey(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyDown)
	key(fyne.KeySpace)               // on the tick box: ticks the row
	want := allSubmissions(t, ar)[0] // the list shows the newest first
	if ids := u.subs.batchIDs(); len(ids) != 1 || ids[0] != want.ID {
		t.Errorf("Down and Space tick %v, want the second row %d", ids, want.ID)
	}
	key(fyne.KeyRight)
	key(fyne.KeySpace) // on the row: shows it
	if u.subs.selected != want.ID {
		t.Errorf("Right and Space select submission %d, want the second row %d (%s)", u.subs.selected, want.ID, want.Title)
	}
}

// TestBatchStatusAndDelete: several submissions are ticked in the list,
// marked 备用 together, then deleted together (one transaction each).
func TestBatchStatusAndDelete(t *testing.T) {
	u, ar := newDeskTestUI(t)
	for _, title := range []string{"甲县推进村级组织建设", "乙县开展人才驿站试点", "丙县建强网格党支部"} {
		addTestSubmissions(t, ar, &editor.Submission{Title: title, Text: title + "。", Received: today(), Kind: "信息", Status: editor.SubmissionPending})
	}
	u.subs.reload()
	// rows are newest first: tick the first two (丙, 乙) with the boxes
	u.subs.table.Select(widget.TableCellID{Row: 0, Col: 0})
	u.subs.table.Select(widget.TableCellID{Row: 1, Col: 0})
	if got := u.subs.count.Text; got != "共 3 篇，已选 2 篇" {
		t.Errorf("count reads %q", got)
	}
	u.subs.setStatusOfBatch(editor.SubmissionReserve)
	got := map[string]editor.SubmissionStatus{}
	for _, s := range allSubmissions(t, ar) {
		got[s.Title] = s.Status
	}
	if got["丙县建强网格党支部"] != editor.SubmissionReserve || got["乙县开展人才驿站试点"] != editor.SubmissionReserve || got["甲县推进村级组织建设"] != editor.SubmissionPending {
		t.Errorf("statuses after marking the ticked ones 备用: %v", got)
	}
	u.subs.onDeleteChecked()
	confirmTop(t, u)
	left := allSubmissions(t, ar)
	if len(left) != 1 || left[0].Title != "甲县推进村级组织建设" {
		t.Errorf("after deleting the ticked ones: %v", left)
	}
}

// confirmTop presses the confirm button of the dialog on top.
func confirmTop(t *testing.T, u *ui) {
	t.Helper()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	for _, o := range test.LaidOutObjects(top) {
		if b, ok := o.(*widget.Button); ok && b.Text == "删除" {
			test.Tap(b)
			return
		}
	}
	t.Fatal("no 删除 button in the dialog")
}
