package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Disable makes the field read-only (a signed issue, an archive opened
// read-only) without Fyne's disabled look: that greys the text on a grey
// field, and a signed issue was hard to read. The field takes no keyboard,
// no typing and no paste; its text keeps the normal colour.
func (e *composeEntry) Disable() {
	if !e.readOnly {
		e.readOnly = true
		if fyne.CurrentApp().Driver().CanvasForObject(e) != nil { // drawn: the cursor goes
			e.Refresh()
		}
	}
}

// Enable makes the field editable again (重新打开).
func (e *composeEntry) Enable() {
	e.readOnly = false
	e.Entry.Enable()
}

// Disabled is true while read-only: the window gives the field no
// keyboard focus then.
func (e *composeEntry) Disabled() bool { return e.readOnly || e.Entry.Disabled() }

// TypedRune types nothing into a read-only field.
func (e *composeEntry) TypedRune(r rune) {
	e.ime.Rune()
	if !e.readOnly {
		e.Entry.TypedRune(r)
	}
}

// TypedKey changes nothing in a read-only field.
func (e *composeEntry) TypedKey(k *fyne.KeyEvent) {
	if !e.readOnly && e.ime.Key(k) { // an input method's composing keys are its own (textarea.IMEGuard)
		e.Entry.TypedKey(k)
	}
}

// TappedSecondary offers 复制 and 全选 on a read-only field, not Fyne's
// 粘贴/剪切. The window passes a disabled field Ctrl+C but not Ctrl+A, so
// without this a field could be copied from only after a drag.
func (e *composeEntry) TappedSecondary(pe *fyne.PointEvent) {
	if !e.readOnly {
		e.Entry.TappedSecondary(pe)
		return
	}
	c := fyne.CurrentApp().Driver().CanvasForObject(e)
	if c == nil {
		return
	}
	c.Focus(e)
	copyText := fyne.NewMenuItem(lang.L("复制"), func() {
		text := e.SelectedText()
		if text == "" { // nothing selected: the whole field
			text = e.Text
		}
		fyne.CurrentApp().Clipboard().SetContent(text)
	})
	all := fyne.NewMenuItem(lang.L("全选"), func() { e.Entry.TypedShortcut(&fyne.ShortcutSelectAll{}) })
	widget.ShowPopUpMenuAtPosition(fyne.NewMenu("", copyText, all), c, pe.AbsolutePosition)
}
