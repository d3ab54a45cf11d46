package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestTickingKeepsStatusButtons (review F37): ticking a row made 共 10 篇
// read 共 10 篇，已选 2 篇 before the 标记为 buttons and moved them ~70 px, so
// a click aimed at 备用 landed between 采用 and 备用.
func TestTickingKeepsStatusButtons(t *testing.T) {
	u, ar := newDeskTestUI(t)
	for _, title := range []string{"甲县推进村级组织建设", "乙县开展人才驿站试点"} {
		addTestSubmissions(t, ar, &editor.Submission{Title: title, Text: title + "。", Received: today(), Kind: "信息", Status: editor.SubmissionPending})
	}
	u.subs.reload()
	u.win.Content().Refresh()
	at := func() fyne.Position {
		var b *widget.Button
		bWalk(u.win.Content(), func(o fyne.CanvasObject) bool {
			if w, ok := o.(*widget.Button); ok && w.Text == submissionStatusLabel(editor.SubmissionReserve) {
				b = w
			}
			return b != nil
		})
		if b == nil {
			t.Fatal("no 备用 button in the window")
		}
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(b)
	}
	before := at()
	u.subs.table.Select(widget.TableCellID{Row: 0, Col: 0})
	u.subs.table.Select(widget.TableCellID{Row: 1, Col: 0})
	if u.subs.count.Text != "共 2 篇，已选 2 篇" {
		t.Fatalf("count reads %q, want two ticked", u.subs.count.Text)
	}
	// lay the window out again, as a real window does when a label grows
	u.win.Resize(fyne.NewSize(1281, 800))
	u.win.Resize(fyne.NewSize(1280, 800))
	if after := at(); after != before {
		t.Errorf("备用 moved from %v to %v when rows were ticked", before, after)
	}
}
