package textarea

import (
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// rune classes for a double-click's run
const (
	classWord = iota
	classSpace
	classMark
)

func runeClass(r rune) int {
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Han, r):
		return classWord
	case unicode.IsSpace(r):
		return classSpace
	}
	return classMark
}

// KeyDown follows the Shift and Control keys: Fyne sends Shift+arrow as a
// plain arrow, and gives a read-only field no shortcut but Copy, so its
// Ctrl+A is seen here.
func (a *Area) KeyDown(ev *fyne.KeyEvent) {
	switch ev.Name {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight:
		a.shift = true
	case desktop.KeyControlLeft, desktop.KeyControlRight:
		a.ctrl = true
	case fyne.KeyA:
		if a.ctrl && a.readOnly {
			a.selectAll()
		}
	}
}

// KeyUp follows the Shift and Control keys.
func (a *Area) KeyUp(ev *fyne.KeyEvent) {
	switch ev.Name {
	case desktop.KeyShiftLeft, desktop.KeyShiftRight:
		a.shift = false
	case desktop.KeyControlLeft, desktop.KeyControlRight:
		a.ctrl = false
	}
}

// TypedKey edits and moves the caret; with Shift down a move selects.
func (a *Area) TypedKey(ev *fyne.KeyEvent) {
	if !a.ime.Key(ev) {
		return // the input method's, for its composition
	}
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		a.replaceSelection("\n", editOther) // a new paragraph
	case fyne.KeyBackspace:
		if !a.readOnly {
			a.erase(true)
		}
	case fyne.KeyDelete:
		if !a.readOnly {
			a.erase(false)
		}
	default:
		a.move(ev.Name, a.shift)
	}
}

// move moves the caret for a navigation key; false for any other key.
func (a *Area) move(key fyne.KeyName, selecting bool) bool {
	var at pos
	eol, vertical := false, false
	switch key {
	case fyne.KeyLeft:
		at = a.step(-1)
	case fyne.KeyRight:
		at = a.step(1)
	case fyne.KeyUp, fyne.KeyDown, fyne.KeyPageUp, fyne.KeyPageDown:
		at, eol = a.vertical(key)
		vertical = true
	case fyne.KeyHome:
		rw := a.rowAt(a.rowOf(a.caret, a.eol))
		at = pos{rw.p, rw.from}
	case fyne.KeyEnd:
		rw := a.rowAt(a.rowOf(a.caret, a.eol))
		at, eol = pos{rw.p, rw.to}, rw.to < len(a.paras[rw.p].text)
	default:
		return false
	}
	if !selecting {
		if from, to := a.selection(); from != to && (key == fyne.KeyLeft || key == fyne.KeyRight) {
			at = to // an arrow ends a selection at its side
			if key == fyne.KeyLeft {
				at = from
			}
		}
	}
	a.put(at, eol, selecting, vertical)
	return true
}

// put places the caret, keeping the selection's other end when selecting.
func (a *Area) put(at pos, eol, selecting, vertical bool) {
	a.caret, a.eol = at, eol
	if !selecting {
		a.anchor = at
	}
	if !vertical {
		a.hasGoal = false
	}
	a.hist.last = editOther // typing after a move is a new undo step
	a.moved()
}

// step is the position one rune before (-1) or after (1) the caret.
func (a *Area) step(d int) pos {
	at := a.caret
	switch {
	case d < 0 && at.c > 0:
		at.c--
	case d < 0 && at.p > 0:
		at = pos{at.p - 1, len(a.paras[at.p-1].text)}
	case d > 0 && at.c < len(a.paras[at.p].text):
		at.c++
	case d > 0 && at.p < len(a.paras)-1:
		at = pos{at.p + 1, 0}
	}
	return at
}

// vertical is the position a row or a page up or down, at the same x.
func (a *Area) vertical(key fyne.KeyName) (pos, bool) {
	n := a.rowOf(a.caret, a.eol)
	if !a.hasGoal {
		x0, _ := a.inset()
		x, _ := a.caretXY(a.caret, a.eol)
		a.goalX, a.hasGoal = x-x0, true
	}
	page := a.pageRows()
	switch key {
	case fyne.KeyUp:
		n--
	case fyne.KeyDown:
		n++
	case fyne.KeyPageUp:
		n -= page
	case fyne.KeyPageDown:
		n += page
	}
	if n < 0 {
		return pos{}, false
	}
	if n >= a.Rows() {
		last := len(a.paras) - 1
		return pos{last, len(a.paras[last].text)}, false
	}
	rw := a.rowAt(n)
	c, eol := a.colAt(rw, a.goalX)
	return pos{rw.p, c}, eol
}

// pageRows is how many rows PgUp and PgDn move: the part in sight.
func (a *Area) pageRows() int {
	if a.Sight != nil {
		if top, bottom, ok := a.Sight(); ok {
			return max(1, int((bottom-top)/1.25/a.lineHeight())-1)
		}
	}
	return 10
}

// selectAll selects the whole text, the caret at its end.
func (a *Area) selectAll() {
	last := len(a.paras) - 1
	a.anchor, a.caret = pos{}, pos{last, len(a.paras[last].text)}
	a.eol = false
	a.moved()
}

// TypedShortcut: clipboard, select all, undo/redo, and Ctrl+Home/End
// (the start and end of the text; Ctrl+Shift selects to there). The owner
// sees each first (OnShortcut).
func (a *Area) TypedShortcut(sc fyne.Shortcut) {
	if a.OnShortcut != nil && !a.readOnly && a.OnShortcut(sc) {
		return
	}
	switch s := sc.(type) {
	case *fyne.ShortcutCopy:
		a.copyTo(s.Clipboard)
	case *fyne.ShortcutSelectAll:
		a.selectAll()
	case *fyne.ShortcutCut:
		if !a.readOnly && a.copyTo(s.Clipboard) {
			a.replaceSelection("", editOther)
		}
	case *fyne.ShortcutPaste:
		if !a.readOnly {
			a.paste(clipboard(s.Clipboard).Content())
		}
	case *fyne.ShortcutUndo:
		a.Undo()
	case *fyne.ShortcutRedo:
		a.Redo()
	case *desktop.CustomShortcut:
		a.customShortcut(s)
	}
}

func (a *Area) customShortcut(s *desktop.CustomShortcut) {
	ctrl := fyne.KeyModifierShortcutDefault
	switch {
	case s.Modifier == ctrl|fyne.KeyModifierShift && s.KeyName == fyne.KeyZ:
		a.Redo()
	case (s.Modifier == ctrl || s.Modifier == ctrl|fyne.KeyModifierShift) && (s.KeyName == fyne.KeyHome || s.KeyName == fyne.KeyEnd):
		at := pos{}
		if s.KeyName == fyne.KeyEnd {
			last := len(a.paras) - 1
			at = pos{last, len(a.paras[last].text)}
		}
		a.put(at, false, s.Modifier&fyne.KeyModifierShift != 0, false)
	}
}

// copyTo puts the selection on the clipboard; false when none is.
func (a *Area) copyTo(c fyne.Clipboard) bool {
	text := a.SelectedText()
	if text == "" {
		return false
	}
	clipboard(c).SetContent(text)
	return true
}

// clipboard is the shortcut's clipboard, or the app's.
func clipboard(c fyne.Clipboard) fyne.Clipboard {
	if c != nil {
		return c
	}
	return fyne.CurrentApp().Clipboard()
}
