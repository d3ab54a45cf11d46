package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/app/textarea"
)

// composeEntry is an Entry that reports focus changes (so edits are saved
// the moment the editor leaves a field) and Alt+Up/Down (move the item).
type composeEntry struct {
	widget.Entry
	onFocus func()
	onBlur  func()
	onMove  func(delta int)
	onPaste func(text string) bool // handles a paste itself (true) or lets it through
	// onShortcut sees every shortcut first and says whether it took it
	// (Ctrl+Z after deleting an item undoes the deletion, not typing)
	onShortcut func(fyne.Shortcut) bool
	readOnly   bool // Disable()d: no typing, normal colours (compose_readonly.go)
	ime        textarea.IMEGuard
}

func newComposeEntry(multiLine bool) *composeEntry {
	return newComposeField(multiLine, "", "")
}

// newComposeField is an entry holding text, with a placeholder. They are
// set before the entry is drawn: Entry.SetText and SetPlaceHolder refresh
// it, which made the renderer of every field of every item of an opened
// issue, in sight or not, and measured its text.
func newComposeField(multiLine bool, text, placeholder string) *composeEntry {
	e := &composeEntry{}
	e.Text, e.PlaceHolder = text, placeholder
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	return e
}

// AcceptsTab is false: Tab goes on to the next field (body to 署名), as in
// a form; a multi-line Entry would type a tab into the bulletin's text.
func (e *composeEntry) AcceptsTab() bool { return false }

// FocusGained remembers which item the keyboard is in, for the move shortcuts.
func (e *composeEntry) FocusGained() {
	e.Entry.FocusGained()
	if e.onFocus != nil {
		e.onFocus()
	}
}

// FocusLost saves at once: leaving a field must never leave typing unsaved.
func (e *composeEntry) FocusLost() {
	e.ime.Reset()
	e.Entry.FocusLost()
	if e.onBlur != nil {
		e.onBlur()
	}
}

// TypedShortcut handles Alt+Up/Down when no menu item took them first.
func (e *composeEntry) TypedShortcut(sc fyne.Shortcut) {
	if e.readOnly { // selecting and copying is all a read-only field does
		switch sc.(type) {
		case *fyne.ShortcutCopy, *fyne.ShortcutSelectAll:
			e.Entry.TypedShortcut(sc)
		}
		return
	}
	if e.onShortcut != nil && e.onShortcut(sc) {
		return
	}
	if text, ok := composeClipboardText(sc); ok && e.onPaste != nil && e.onPaste(text) {
		return
	}
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
	if e.MultiLine && entryJump(&e.Entry, sc) { // Ctrl+Home, Ctrl+End
		return
	}
	e.Entry.TypedShortcut(sc)
}

// composeScrollPass is a transparent layer over an item's fields that hands
// the mouse wheel to the page: without it the fields' own scrollers swallow
// the wheel and the issue cannot be scrolled with the pointer over the text.
// It takes no taps, so clicks and typing reach the fields below.
type composeScrollPass struct {
	widget.BaseWidget
	target func() fyne.Scrollable
}

func newComposeScrollPass(target func() fyne.Scrollable) *composeScrollPass {
	p := &composeScrollPass{target: target}
	p.ExtendBaseWidget(p)
	return p
}

func (p *composeScrollPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Scrolled forwards the wheel to the page, a notch moving it about
// composeWheelLines lines of text.
func (p *composeScrollPass) Scrolled(ev *fyne.ScrollEvent) {
	if t := p.target(); t != nil {
		k := composeWheelStep() / composeWheelNotch
		t.Scrolled(&fyne.ScrollEvent{PointEvent: ev.PointEvent, Scrolled: fyne.NewDelta(ev.Scrolled.DX*k, ev.Scrolled.DY*k)})
	}
}

// composeWheelLines is how many lines of text one wheel notch scrolls 组版,
// as desktop editors do; Fyne moves a page 25 px a notch, about one line.
const composeWheelLines = 3

// composeWheelNotch is what Fyne's desktop driver reports for one notch
// on Windows and Linux.
const composeWheelNotch = 25

// composeWheelStep is the pixels one notch should move the page.
func composeWheelStep() float32 {
	line := fyne.MeasureText("国", theme.TextSize(), fyne.TextStyle{}).Height + theme.LineSpacing()
	return composeWheelLines * line
}
