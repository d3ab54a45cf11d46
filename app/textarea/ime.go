package textarea

import "fyne.io/fyne/v2"

// IMEGuard tells the keys an input method took for its composition from
// the keys meant for the field. GLFW 3.3, under Fyne, passes every key
// event on even when the X input method (fcitx5, ibus over XIM) filtered
// it: Backspace pressed to correct the pinyin also deleted the text before
// the caret, Enter that commits the letters also started a paragraph, an
// arrow moving within the pinyin also moved the caret (review F31).
//
// What shows a composition is that a letter key came and no character
// followed it: without an input method each letter key is followed by its
// character at once; with one the letters go into the pinyin, and the
// characters come only when it commits. While letters are pending, the
// editing and moving keys are the input method's; the count follows
// Backspace, and a committed character, Escape or the focus leaving end it.
type IMEGuard struct {
	pending int // letter keys since the last character
}

// Key says whether the field should act on ev.
func (g *IMEGuard) Key(ev *fyne.KeyEvent) bool {
	if imeLetter(ev.Name) {
		g.pending++
		return true // a letter key does nothing in a field; its character does
	}
	if g.pending == 0 {
		return true
	}
	switch ev.Name {
	case fyne.KeyBackspace:
		g.pending--
		return false
	case fyne.KeyEscape:
		g.pending = 0
		return false
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyDelete, fyne.KeyTab,
		fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown,
		fyne.KeyHome, fyne.KeyEnd, fyne.KeyPageUp, fyne.KeyPageDown:
		return false
	}
	return true
}

// Rune notes a character typed or committed: no composition is pending.
func (g *IMEGuard) Rune() { g.pending = 0 }

// Reset forgets a composition, when the field loses the keyboard.
func (g *IMEGuard) Reset() { g.pending = 0 }

// Composing says letters are pending in an input method's composition.
func (g *IMEGuard) Composing() bool { return g.pending > 0 }

func imeLetter(k fyne.KeyName) bool {
	return len(k) == 1 && k[0] >= 'A' && k[0] <= 'Z'
}
