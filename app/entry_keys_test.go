package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// TestCtrlHomeEndInMultiLineField: Ctrl+Home and Ctrl+End did nothing in a
// submission's text; they go to the start and the end of the whole text.
func TestCtrlHomeEndInMultiLineField(t *testing.T) {
	for _, tc := range []struct {
		name    string
		compose bool
	}{{"来稿", false}, {"组版", true}} {
		t.Run(tc.name, func(t *testing.T) { ctrlHomeEnd(t, tc.compose) })
	}
}

// ctrlHomeEnd: in 组版's body too (a composeEntry, which never had them:
// under Xvfb Ctrl+End then typing landed at the click point).
func ctrlHomeEnd(t *testing.T, compose bool) {
	u, _ := newDeskTestUI(t)
	var e interface {
		fyne.Focusable
		fyne.Shortcutable
	}
	var en *widget.Entry
	if compose {
		ce := newComposeEntry(true)
		e, en = ce, &ce.Entry
	} else {
		ae := newAutoEntry(true, nil, nil)
		e, en = ae, &ae.Entry
	}
	u.win.SetContent(e.(fyne.CanvasObject))
	u.win.Resize(fyne.NewSize(400, 300))
	en.SetText(strings.Repeat("今年以来，全县推进村级组织建设。\n", 6) + "最后一段")
	u.win.Canvas().Focus(e)
	en.CursorRow, en.CursorColumn = 3, 2
	ctrl := func(k fyne.KeyName) {
		e.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault})
	}
	ctrl(fyne.KeyHome)
	if en.CursorRow != 0 || en.CursorColumn != 0 {
		t.Errorf("Ctrl+Home leaves the cursor at row %d column %d, want the start", en.CursorRow, en.CursorColumn)
	}
	ctrl(fyne.KeyEnd)
	test.Type(e, "。")
	if !strings.HasSuffix(en.Text, "最后一段。") {
		t.Errorf("after Ctrl+End typing lands inside the text: …%q", en.Text[max(0, len(en.Text)-40):])
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
