package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// composeAutosaveDelay is how long typing must pause before an edit is
// written to the archive; well inside the one second the brief allows.
const composeAutosaveDelay = 400 * time.Millisecond

// composeEntry is an Entry that reports focus changes (so edits are saved
// the moment the editor leaves a field) and Alt+Up/Down (move the item).
type composeEntry struct {
	widget.Entry
	onFocus func()
	onBlur  func()
	onMove  func(delta int)
}

func newComposeEntry(multiLine bool) *composeEntry {
	e := &composeEntry{}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// FocusGained remembers which item the keyboard is in, for the move shortcuts.
func (e *composeEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus()
	}
}

// FocusLost saves at once: leaving a field must never leave typing unsaved.
func (e *composeEntry) FocusLost() {
	e.Entry.FocusLost()
	if e.onBlur != nil {
		e.onBlur()
	}
}

// TypedShortcut handles Alt+Up/Down when no menu item took them first.
func (e *composeEntry) TypedShortcut(sc fyne.Shortcut) {
	if cs, ok := sc.(*desktop.CustomShortcut); ok && cs.Modifier == fyne.KeyModifierAlt && e.onMove != nil {
		switch cs.KeyName {
		case fyne.KeyUp:
			e.onMove(-1)
			return
		case fyne.KeyDown:
			e.onMove(1)
			return
		}
	}
	e.Entry.TypedShortcut(sc)
}
