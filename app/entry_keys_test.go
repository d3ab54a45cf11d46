package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
)

// TestCtrlHomeEndInMultiLineField: Ctrl+Home and Ctrl+End did nothing in a
// submission's text; they go to the start and the end of the whole text.
func TestCtrlHomeEndInMultiLineField(t *testing.T) {
	u, _ := newDeskTestUI(t)
	e := newAutoEntry(true, nil, nil)
	u.win.SetContent(e)
	u.win.Resize(fyne.NewSize(400, 300))
	e.SetText(strings.Repeat("今年以来，全县推进村级组织建设。\n", 6) + "最后一段")
	u.win.Canvas().Focus(e)
	e.CursorRow, e.CursorColumn = 3, 2
	ctrl := func(k fyne.KeyName) {
		e.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
	}
	ctrl(fyne.KeyHome)
	if e.CursorRow != 0 || e.CursorColumn != 0 {
		t.Errorf("Ctrl+Home leaves the cursor at row %d column %d, want the start", e.CursorRow, e.CursorColumn)
	}
	ctrl(fyne.KeyEnd)
	test.Type(e, "。")
	if !strings.HasSuffix(e.Text, "最后一段。") {
		t.Errorf("after Ctrl+End typing lands inside the text: …%q", e.Text[max(0, len(e.Text)-40):])
	}
}

// TestWheelOverFieldScrollsRulesPage: the wheel over the 计分办法 number
// fields did not scroll the page (40 steps moved it 25 px).
func TestWheelOverFieldScrollsRulesPage(t *testing.T) {
	u, _ := newComposeTestUI(t)
	s := statsOf(t, u)
	u.showKey(keyStats)
	bTap(t, u, lang.L("计分办法"))
	u.win.Resize(fyne.NewSize(1024, 500))
	r := s.rules
	field := r.fields["short"]
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(field).Add(fyne.NewPos(10, 10))
	for i := 0; i < 10; i++ {
		test.Scroll(u.win.Canvas(), pos, 0, -25)
	}
	if got := r.page.Offset.Y; got < 200 {
		t.Errorf("10 wheel steps over a number field moved the page %.0f px, want about 250", got)
	}
}
