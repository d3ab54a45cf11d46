package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// At 1024×700 the header's buttons fit the editing column (历史 was cut
// by the five export buttons), and 导出… offers the five formats.
func TestComposeHeaderFitsAt1024(t *testing.T) {
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县建立周例会。")
	u.win.Resize(fyne.NewSize(1024, 700))
	u.openIssue(is.ID)
	if need, have := s.header.row.MinSize().Width, s.header.row.Size().Width; need > have {
		t.Errorf("the header's buttons need %.0f px, the column gives %.0f", need, have)
	}
	test.Tap(bButton(t, u, "导出…"))
	items := -1
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if m, ok := o.(*widget.PopUpMenu); ok {
			items = len(m.Items)
			return true
		}
		return false
	})
	if items != 5 {
		t.Errorf("导出… offers %d formats, want five", items)
	}
}
