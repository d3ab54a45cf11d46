// Package textarea is a multi-line text field for long Chinese text: the
// bodies of a bulletin's items. It wraps by the page layout's rules
// (pages.Breaks: closing marks never start a line, 96.5% and 2019年 stay
// whole), measures each character once per face, re-wraps only the
// paragraph being typed in, and draws only the rows in sight, repainting
// only the rows that changed. Fyne's Entry re-wraps and re-shapes its whole
// text with HarfBuzz on every key and wraps by its own rule; in a 770-字
// body that was most of a keystroke's 33–43 ms (scripts/compose-speed.sh).
//
// The field is the text as paragraphs of runes; the caret and the
// selection's other end are (paragraph, rune) positions. It uses only
// Fyne's public API.
package textarea

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// pos is a place between two runes: paragraph p, before rune c.
type pos struct{ p, c int }

func (a pos) less(b pos) bool { return a.p < b.p || (a.p == b.p && a.c < b.c) }

// para is one paragraph and the rune index where each of its rows starts.
type para struct {
	text   []rune
	starts []int
}

// Area is the editing widget. Set the hooks before it is shown.
type Area struct {
	widget.BaseWidget

	PlaceHolder string
	// MinRows is the least height in rows (3 when 0): the field is as tall
	// as its text, and its page scrolls.
	MinRows int
	// OnChanged runs after every edit the user makes (not after SetText).
	OnChanged func(text string)
	// OnFocus and OnBlur run when the keyboard comes and goes.
	OnFocus, OnBlur func()
	// OnShortcut sees every shortcut first and says whether it took it.
	OnShortcut func(fyne.Shortcut) bool
	// OnPaste may clean pasted text before it goes in.
	OnPaste func(text string) string
	// OnGrow runs when the number of rows changed: the area's height did.
	OnGrow func()
	// OnCaret runs when the caret moved, with its row's top and bottom in
	// the area's coordinates, so a scroller around can keep it in sight.
	OnCaret func(top, bottom float32)
	// Sight is the part of the area in sight, in its coordinates; rows
	// outside it are not drawn. Nil or !ok draws every row.
	Sight func() (top, bottom float32, ok bool)
	// WidthGuess is the width to wrap at before the area is laid out
	// (shared by the fields of a page); it is updated on every resize.
	WidthGuess *float32

	ime      IMEGuard // keys an input method took (see ime.go)
	paras    []para
	caret    pos
	anchor   pos // the selection's other end; == caret: nothing selected
	eol      bool
	goalX    float32 // the x Up and Down keep to
	hasGoal  bool
	width    float32 // the width rows were wrapped at
	readOnly bool
	focused  bool
	shift    bool // a Shift key is down
	ctrl     bool // a Control key is down (Ctrl+A in a read-only field)
	pressed  bool // a mouse press came before the tap that follows it
	text     string
	textOK   bool
	hist     history
	r        *renderer
}

// New is an empty area.
func New() *Area {
	a := &Area{paras: []para{{starts: []int{0}}}}
	a.ExtendBaseWidget(a)
	return a
}

// Text is the whole text, paragraphs joined by "\n".
func (a *Area) Text() string {
	if !a.textOK {
		var b strings.Builder
		for i, p := range a.paras {
			if i > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(string(p.text))
		}
		a.text, a.textOK = b.String(), true
	}
	return a.text
}

// SetText replaces the text without it counting as an edit: OnChanged
// does not run and the typing history starts again. The caret goes to
// the start.
func (a *Area) SetText(text string) {
	if a.textOK && text == a.text && a.caret == (pos{}) {
		return
	}
	a.load(normalize(text))
	a.caret, a.anchor = pos{}, pos{}
	a.hist = history{}
	a.afterReplace()
}

// load puts text in as paragraphs, wrapped.
func (a *Area) load(text string) {
	lines := strings.Split(text, "\n")
	a.paras = make([]para, len(lines))
	w := a.textWidth()
	for i, l := range lines {
		a.paras[i].text = []rune(l)
		a.wrap(i, w)
	}
	a.text, a.textOK = text, true
}

// afterReplace redraws after the whole text changed. An area not drawn
// yet is left to draw itself when shown: refreshing it made its renderer,
// a text object for every row of the body, for each item of an opened
// issue, in sight or not.
func (a *Area) afterReplace() {
	before := a.rowsDrawn()
	a.refreshDrawn()
	if a.Rows() != before && a.OnGrow != nil {
		a.OnGrow()
	}
}

// refreshDrawn refreshes the area if it has been drawn.
func (a *Area) refreshDrawn() {
	if a.r != nil {
		a.Refresh()
	}
}

// Rows is the number of rows the text wraps into.
func (a *Area) Rows() int {
	n := 0
	for _, p := range a.paras {
		n += len(p.starts)
	}
	return n
}

// SelectedText is the text selected, "" when none is.
func (a *Area) SelectedText() string {
	from, to := a.selection()
	if from == to {
		return ""
	}
	return a.slice(from, to)
}

// slice is the text between two positions, from before to.
func (a *Area) slice(from, to pos) string {
	if from.p == to.p {
		return string(a.paras[from.p].text[from.c:to.c])
	}
	var b strings.Builder
	b.WriteString(string(a.paras[from.p].text[from.c:]))
	for p := from.p + 1; p < to.p; p++ {
		b.WriteByte('\n')
		b.WriteString(string(a.paras[p].text))
	}
	b.WriteByte('\n')
	b.WriteString(string(a.paras[to.p].text[:to.c]))
	return b.String()
}

// selection is the selected range in text order.
func (a *Area) selection() (from, to pos) {
	if a.anchor.less(a.caret) {
		return a.anchor, a.caret
	}
	return a.caret, a.anchor
}

// Select selects runes start…end of the whole text (a find's match) and
// puts the caret at end.
func (a *Area) Select(start, end int) {
	a.anchor, a.caret = a.posOf(start), a.posOf(end)
	a.eol, a.hasGoal = false, false
	a.moved()
}

// MoveToEnd puts the caret after the last rune.
func (a *Area) MoveToEnd() {
	last := len(a.paras) - 1
	a.caret = pos{last, len(a.paras[last].text)}
	a.anchor = a.caret
	a.moved()
}

// CursorOffset is the caret's place in the whole text, in runes.
func (a *Area) CursorOffset() int { return a.offsetOf(a.caret) }

// posOf is the position off runes into the whole text.
func (a *Area) posOf(off int) pos {
	for i, p := range a.paras {
		if off <= len(p.text) || i == len(a.paras)-1 {
			return pos{i, max(0, min(off, len(p.text)))}
		}
		off -= len(p.text) + 1
	}
	return pos{}
}

func (a *Area) offsetOf(at pos) int {
	off := 0
	for i := 0; i < at.p; i++ {
		off += len(a.paras[i].text) + 1
	}
	return off + at.c
}

// Disable makes the area read-only: its text can be selected and copied,
// not changed, and Tab passes it by. The text keeps its normal colours
// (Fyne's disabled grey on grey was hard to read).
func (a *Area) Disable() {
	if !a.readOnly {
		a.readOnly = true
		a.refreshDrawn()
	}
}

// Enable makes the area editable again.
func (a *Area) Enable() {
	if a.readOnly {
		a.readOnly = false
		a.refreshDrawn()
	}
}

// Disabled is true while read-only; the window gives a disabled field the
// keyboard only on a click, since it has SelectedText.
func (a *Area) Disabled() bool { return a.readOnly }

// Focused says the area has the keyboard.
func (a *Area) Focused() bool { return a.focused }

// FocusGained shows the caret.
func (a *Area) FocusGained() {
	a.focused = true
	a.focusChanged()
	if a.OnFocus != nil {
		a.OnFocus()
	}
	a.moved()
}

// FocusLost hides the caret; the selection stays.
func (a *Area) FocusLost() {
	a.focused, a.shift, a.ctrl = false, false, false
	a.ime.Reset()
	a.focusChanged()
	if a.OnBlur != nil {
		a.OnBlur()
	}
}

// focusChanged redraws the frame and the caret, not the rows.
func (a *Area) focusChanged() {
	if a.r != nil {
		a.r.frame()
		a.r.marks()
	}
}

// normalize turns CRLF and CR (Windows clipboards) into "\n".
func normalize(s string) string {
	if !strings.ContainsRune(s, '\r') {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}
