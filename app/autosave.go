package app

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/app/textarea"
)

// autoEntry is an Entry that also saves when it loses focus, so leaving a
// field never waits for the debounce.
type autoEntry struct {
	widget.Entry
	onLeave func()
	ime     textarea.IMEGuard
}

// TypedKey leaves the keys an input method takes to it (textarea.IMEGuard).
func (e *autoEntry) TypedKey(k *fyne.KeyEvent) {
	if e.ime.Key(k) {
		e.Entry.TypedKey(k)
	}
}

// TypedRune types r; a composition is over.
func (e *autoEntry) TypedRune(r rune) {
	e.ime.Rune()
	e.Entry.TypedRune(r)
}

func newAutoEntry(multiLine bool, onChange, onLeave func()) *autoEntry {
	e := &autoEntry{onLeave: onLeave}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = 3 // fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	disableWhenReadOnly(e)
	e.OnChanged = func(string) {
		if onChange != nil {
			onChange()
		}
	}
	return e
}

// AcceptsTab is false: Tab goes on to the next field; a multi-line Entry
// would type a tab into a submission's text.
func (e *autoEntry) AcceptsTab() bool { return false }

// FocusLost saves at once.
func (e *autoEntry) FocusLost() {
	e.ime.Reset()
	e.Entry.FocusLost()
	if e.onLeave != nil {
		e.onLeave()
	}
}

// splitList turns "甲，乙, 丙、丁" into its parts, trimmed, empty ones dropped.
func deskSplitList(s string) []string {
	f := func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' || r == '\n' }
	var out []string
	for _, p := range strings.FieldsFunc(s, f) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func deskItoa(n int) string { return strconv.Itoa(n) }

// wrapLabel is a label that wraps, so long (translated) notes never widen
// their pane.
func wrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
