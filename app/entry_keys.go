package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// TypedShortcut adds Ctrl+Home and Ctrl+End, the start and end of the
// whole text, to what Fyne's Entry does (Home and End keep to the line).
func (e *autoEntry) TypedShortcut(sc fyne.Shortcut) {
	if entryJump(&e.Entry, sc) {
		return
	}
	e.Entry.TypedShortcut(sc)
}

// entryJump moves the cursor of a multi-line field to the start of its text
// for Ctrl+Home and to its end for Ctrl+End; false for any other shortcut.
// Fyne ignored both keys.
func entryJump(e *widget.Entry, sc fyne.Shortcut) bool {
	cs, ok := sc.(*desktop.CustomShortcut)
	if !ok || cs.Modifier != fyne.KeyModifierShortcutDefault {
		return false
	}
	var key fyne.KeyName
	switch cs.KeyName {
	case fyne.KeyHome:
		key = fyne.KeyUp
	case fyne.KeyEnd:
		key = fyne.KeyDown
	default:
		return false
	}
	// walk row by row through the Entry's own key handling: its rows are the
	// wrapped lines on screen, which only it knows, and its scrolling follows
	rows := len(e.Text) + 1
	press := func(k fyne.KeyName) { e.TypedKey(&fyne.KeyEvent{Name: k}) }
	for i := 0; i < rows && !(key == fyne.KeyUp && e.CursorRow == 0); i++ {
		before := e.CursorRow
		press(key)
		if e.CursorRow == before {
			break
		}
	}
	if key == fyne.KeyUp {
		press(fyne.KeyHome)
	} else {
		press(fyne.KeyEnd)
	}
	return true
}

// passWheel lets the mouse wheel over a one-line field scroll the page
// around it: the field's own sideways scroller took the wheel, and on the
// 计分办法 page 40 wheel steps over its number fields moved it 25 px.
func passWheel(e *autoEntry) *autoEntry {
	e.Scroll = container.ScrollNone
	return e
}
