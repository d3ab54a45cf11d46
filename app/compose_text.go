package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/pages"
)

// composeText stands in for an item's body field while the editor is not
// in it: the text wrapped once by the page layout's Chinese rules
// (pages.Wrap, each character measured once) and drawn as one canvas.Text
// per row, only the rows in sight. Fyne's Entry wraps by measuring each
// row's text many times over, shaping it with HarfBuzz each time, and
// paints every row of every item laid out, seen or not: most of the
// seconds an issue took to open (scripts/compose-speed.sh). A press, a tap
// or Tab into it puts the real Entry in its place (open), with the caret
// where the mouse went down.
type composeText struct {
	widget.BaseWidget
	text        string
	placeholder string
	rows        []string
	width       float32 // the width rows were wrapped at
	guess       *float32
	open        func()                          // puts the entry in this one's place
	entry       *composeEntry                   // gets the press that opened it
	sight       func() (float32, float32, bool) // the part in sight, in its own coordinates
	onGrow      func()                          // its height changed (the page lays out again)
	r           *composeTextRenderer
}

// cull shows the rows now in sight and hides the others (on scrolling).
func (t *composeText) cull() {
	if t.r != nil && t.Visible() {
		t.r.place()
	}
}

func newComposeText(e *composeEntry, open func()) *composeText {
	t := &composeText{entry: e, open: open, placeholder: e.PlaceHolder, guess: e.width}
	t.ExtendBaseWidget(t)
	return t
}

// SetText shows text, wrapped at the present width.
func (t *composeText) SetText(text string) {
	if text == t.text && t.rows != nil {
		return
	}
	t.text = text
	before := len(t.rows)
	t.rewrap(t.wrapWidth())
	t.Refresh()
	if len(t.rows) != before && t.onGrow != nil {
		t.onGrow() // taller or shorter: the page lays out again
	}
}

func (t *composeText) wrapWidth() float32 {
	w := t.Size().Width
	if w <= 0 && t.guess != nil {
		w = *t.guess
	}
	if w <= 0 {
		w = 640
	}
	return w
}

// Resize wraps again when the width changed.
func (t *composeText) Resize(size fyne.Size) {
	if size.Width != t.width {
		before := len(t.rows)
		t.rewrap(size.Width)
		if len(t.rows) != before && t.onGrow != nil {
			defer t.onGrow()
		}
	}
	t.BaseWidget.Resize(size)
}

func (t *composeText) rewrap(width float32) {
	t.width = width
	t.rows = composeWrap(t.text, composeFieldTextWidth(width))
}

// composeFieldTextWidth is the width a field's text wraps at inside a
// field w wide (its padding and border off).
func composeFieldTextWidth(w float32) float32 {
	return w - 2*theme.InnerPadding() - 2*theme.InputBorderSize()
}

// composeWrap wraps text into rows avail wide by pages.Wrap's rules;
// paragraphs follow each other without a gap, as in Fyne's Entry.
func composeWrap(text string, avail float32) []string {
	if avail <= 0 {
		avail = 400
	}
	return pages.Wrap(text, float64(avail), composeRuneWidth)
}

// composeFitRows is how many rows tall a body field is: every row, and at
// least three. The Entry is given the same count, so putting it in the
// text's place moves nothing; its own wrapping never takes more rows
// than pages.Wrap's, which keeps more together.
func composeFitRows(rows []string) int { return max(len(rows), 3) }

func composeLineHeight() float32 {
	return fyne.MeasureText("国", theme.TextSize(), fyne.TextStyle{}).Height
}

// MouseDown puts the entry in place and hands it the press, so the caret
// lands where the mouse went down and a drag selects from there.
func (t *composeText) MouseDown(ev *desktop.MouseEvent) {
	t.open()
	t.entry.MouseDown(ev)
	t.focusEntry()
}

// MouseUp hands the release to the entry that took the press.
func (t *composeText) MouseUp(ev *desktop.MouseEvent) { t.entry.MouseUp(ev) }

// Tapped opens the entry where no mouse press came first (touch, tests).
func (t *composeText) Tapped(*fyne.PointEvent) {
	if t.Visible() {
		t.open()
		t.focusEntry()
	}
}

// FocusGained is Tab or Shift+Tab arriving: the keyboard goes on into the
// entry, so the fields keep their order.
func (t *composeText) FocusGained() {
	t.open()
	t.focusEntry()
}

// focusEntry asks the canvas of the text, not of the entry: an entry
// just shown was never painted, so the driver knows no canvas for it yet
// and the entry's own MouseDown could not take the keyboard (a click in a
// body went on typing into the lead above it, seen under Xvfb).
func (t *composeText) focusEntry() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(t); c != nil {
		c.Focus(t.entry)
	}
}

// FocusLost does nothing: the entry has the keyboard by then.
func (t *composeText) FocusLost() {}

// TypedRune and TypedKey are never reached: the focus moves on at once.
func (t *composeText) TypedRune(rune)          {}
func (t *composeText) TypedKey(*fyne.KeyEvent) {}

// Disabled follows the entry: a field Tab skips is skipped here too.
func (t *composeText) Disabled() bool { return t.entry.Entry.Disabled() }

// text is what the row objects show: the text, or the placeholder.
func (t *composeText) shown() ([]string, bool) {
	if t.text == "" {
		return []string{t.placeholder}, true
	}
	return t.rows, false
}

func (t *composeText) CreateRenderer() fyne.WidgetRenderer {
	r := &composeTextRenderer{t: t, bg: canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))}
	t.r = r
	r.Refresh()
	return r
}

type composeTextRenderer struct {
	t     *composeText
	bg    *canvas.Rectangle
	texts []*canvas.Text
	objs  []fyne.CanvasObject
}

func (r *composeTextRenderer) Destroy() {}

func (r *composeTextRenderer) Objects() []fyne.CanvasObject { return r.objs }

func (r *composeTextRenderer) MinSize() fyne.Size {
	if r.t.rows == nil {
		r.t.rewrap(r.t.wrapWidth())
	}
	return fyne.NewSize(0, float32(composeFitRows(r.t.rows))*composeLineHeight()+2*theme.InnerPadding())
}

func (r *composeTextRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.place()
}

// place puts each row at its line and shows only the rows in sight.
func (r *composeTextRenderer) place() {
	top, bottom, known := float32(0), float32(0), false
	if r.t.sight != nil {
		top, bottom, known = r.t.sight()
	}
	line := composeLineHeight()
	x, y := theme.InnerPadding()+theme.InputBorderSize(), theme.InnerPadding()
	for _, txt := range r.texts {
		txt.Move(fyne.NewPos(x, y))
		txt.Resize(fyne.NewSize(r.t.Size().Width-2*x, line))
		if !known || (y+line >= top && y <= bottom) {
			txt.Show()
		} else {
			txt.Hide()
		}
		y += line
	}
}

func (r *composeTextRenderer) Refresh() {
	th := r.t.Theme()
	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, fyne.CurrentApp().Settings().ThemeVariant())
	r.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, fyne.CurrentApp().Settings().ThemeVariant())
	r.bg.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	rows, holder := r.t.shown()
	for len(r.texts) < len(rows) {
		r.texts = append(r.texts, canvas.NewText("", nil))
	}
	r.texts = r.texts[:len(rows)]
	fg := th.Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
	if holder {
		fg = th.Color(theme.ColorNamePlaceHolder, fyne.CurrentApp().Settings().ThemeVariant())
	}
	r.objs = append(r.objs[:0], r.bg)
	for i, txt := range r.texts {
		txt.Text, txt.Color, txt.TextSize = rows[i], fg, th.Size(theme.SizeNameText)
		r.objs = append(r.objs, txt)
	}
	r.place()
	r.bg.Refresh()
	for _, txt := range r.texts {
		txt.Refresh()
	}
}

// openBody puts the body's Entry in place of its text, laid out at once
// so a press lands on the row it was aimed at.
func (ie *itemEditor) openBody() {
	if ie.body.Visible() {
		return
	}
	// laid out empty first, then given its text: the Entry wraps it once,
	// at its real width (compose_text's text was wrapped by pages.Wrap)
	stale, text := ie.pager.stale, ie.body.Text
	if stale {
		ie.body.Text = ""
	}
	if size := ie.bodyText.Size(); size.Width > 0 {
		ie.body.Resize(size)
	}
	if stale {
		ie.pager.setEntry(text)
		ie.body.fitText()
	}
	ie.bodyText.Hide()
	ie.body.Show()
}

// closeBody shows the body as text again once the editor left it.
func (ie *itemEditor) closeBody() {
	if !ie.body.Visible() {
		return
	}
	ie.bodyText.SetText(ie.body.Text)
	ie.body.Hide()
	ie.bodyText.Show()
	ie.bodyText.Resize(ie.body.Size())
}

// focusBody puts the cursor into the body (a search hit, the speed script).
func (ie *itemEditor) focusBody() {
	ie.openBody()
	ie.s.u.win.Canvas().Focus(ie.body)
}

// bodySight is the part of the body's text in sight, with an eighth of a
// screen to spare either side, in the text's own coordinates.
func (ie *itemEditor) bodySight() (top, bottom float32, ok bool) {
	s := ie.s
	if s.scroll == nil || s.scroll.Size().Height <= 0 {
		return 0, 0, false
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(ie.bodyText).Y - d.AbsolutePositionForObject(s.scroll).Y
	h := s.scroll.Size().Height
	return -y - h/8, -y + h*9/8, true
}

// composeSwapLayout stacks a field's text and its Entry, of which one is
// shown, and lays out only the one shown: Fyne's stack resizes hidden
// objects too, and a hidden Entry resized wraps its whole text.
type composeSwapLayout struct{}

func (composeSwapLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	for _, o := range objs {
		if o.Visible() {
			size = size.Max(o.MinSize())
		}
	}
	return size
}

func (composeSwapLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		if o.Visible() {
			o.Move(fyne.Position{})
			o.Resize(size)
		}
	}
}
