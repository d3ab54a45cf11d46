package textarea

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// MouseDown takes the keyboard and puts the caret where the mouse went
// down (Shift+click selects to there); a drag then selects from it.
func (a *Area) MouseDown(ev *desktop.MouseEvent) {
	if ev.Button != desktop.MouseButtonPrimary {
		return
	}
	a.pressed = true
	a.takeFocus()
	at, eol := a.posAt(ev.Position)
	a.put(at, eol, ev.Modifier&fyne.KeyModifierShift != 0 || a.shift, false)
}

// MouseUp ends the press.
func (a *Area) MouseUp(*desktop.MouseEvent) {}

// Tapped places the caret where no mouse press did (touch, the test
// driver); after a press it is already there.
func (a *Area) Tapped(ev *fyne.PointEvent) {
	if a.pressed {
		a.pressed = false
		return
	}
	a.takeFocus()
	at, eol := a.posAt(ev.Position)
	a.put(at, eol, false, false)
}

// DoubleTapped selects the word-ish run under the pointer.
func (a *Area) DoubleTapped(ev *fyne.PointEvent) {
	a.pressed = false
	at, _ := a.posAt(ev.Position)
	from, to := a.wordAt(at)
	a.anchor, a.caret, a.eol = pos{at.p, from}, pos{at.p, to}, false
	a.moved()
}

// Dragged selects from the press to the pointer.
func (a *Area) Dragged(ev *fyne.DragEvent) {
	at, eol := a.posAt(ev.Position)
	if at != a.caret || eol != a.eol {
		a.put(at, eol, true, false)
	}
}

// DragEnd ends a drag's selection.
func (a *Area) DragEnd() { a.pressed = false }

// Cursor is the text cursor over the field.
func (a *Area) Cursor() desktop.Cursor { return desktop.TextCursor }

// takeFocus gives the area the keyboard through its own canvas.
func (a *Area) takeFocus() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(a); c != nil && c.Focused() != a {
		c.Focus(a)
	}
}

// TappedSecondary offers 剪切, 复制, 粘贴 and 全选 (a read-only field: 复制
// and 全选, its whole text copied when nothing is selected).
func (a *Area) TappedSecondary(ev *fyne.PointEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(a)
	if c == nil {
		return
	}
	a.takeFocus()
	cb := fyne.CurrentApp().Clipboard()
	copyText := fyne.NewMenuItem(lang.L("复制"), func() {
		if !a.copyTo(cb) && a.readOnly {
			cb.SetContent(a.Text())
		}
	})
	all := fyne.NewMenuItem(lang.L("全选"), a.selectAll)
	menu := fyne.NewMenu("", copyText, all)
	if !a.readOnly {
		cut := fyne.NewMenuItem(lang.L("剪切"), func() { a.TypedShortcut(&fyne.ShortcutCut{Clipboard: cb}) })
		paste := fyne.NewMenuItem(lang.L("粘贴"), func() { a.TypedShortcut(&fyne.ShortcutPaste{Clipboard: cb}) })
		menu = fyne.NewMenu("", cut, copyText, paste, all)
	}
	widget.ShowPopUpMenuAtPosition(menu, c, ev.AbsolutePosition)
}

// AcceptsTab is false: Tab goes on to the next field, as in a form; a
// bulletin's text has no tab characters.
func (a *Area) AcceptsTab() bool { return false }
