package textarea

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
)

// CreateRenderer draws the field: its frame, one canvas.Text per row
// (those out of sight hidden), the selection's rectangles and the caret.
func (a *Area) CreateRenderer() fyne.WidgetRenderer {
	r := &renderer{a: a, bg: canvas.NewRectangle(nil), caret: canvas.NewRectangle(nil), holder: canvas.NewText("", nil)}
	a.r = r
	r.Refresh()
	return r
}

type renderer struct {
	a      *Area
	bg     *canvas.Rectangle
	texts  []*canvas.Text
	sels   []*canvas.Rectangle
	caret  *canvas.Rectangle
	holder *canvas.Text
	objs   []fyne.CanvasObject
	paras  int // the paragraph count the rows were made for
}

func (r *renderer) Destroy() {}

func (r *renderer) Objects() []fyne.CanvasObject { return r.objs }

// MinSize is every row, and at least MinRows (three).
func (r *renderer) MinSize() fyne.Size {
	_, y := r.a.inset()
	least := r.a.MinRows
	if least <= 0 {
		least = 3
	}
	return fyne.NewSize(0, float32(max(r.a.Rows(), least))*r.a.lineHeight()+2*y)
}

func (r *renderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.place()
	r.marks()
}

// Refresh redraws everything: colours, rows, selection and caret. Fyne
// rasterizes every text of a widget refreshed as a whole again, so typing,
// moving and focus refresh only the objects that changed (rowsChanged,
// parasChanged, marks, frame).
func (r *renderer) Refresh() {
	th, v := r.a.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.frame()
	r.caret.FillColor = th.Color(theme.ColorNamePrimary, v)
	r.holder.Text, r.holder.Color = r.a.PlaceHolder, th.Color(theme.ColorNamePlaceHolder, v)
	r.holder.TextSize = th.Size(theme.SizeNameText)
	fg := th.Color(theme.ColorNameForeground, v)
	for _, t := range r.texts {
		t.Color = fg
	}
	r.rowsChanged()
	r.holder.Refresh()
	for _, t := range r.texts {
		t.Refresh()
	}
	canvas.Refresh(r.a)
}

// frame draws the field's background and border, the border in the
// primary colour while the field has the keyboard.
func (r *renderer) frame() {
	th, v := r.a.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	r.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
	r.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	if r.a.focused && !r.a.readOnly {
		r.bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
	}
	r.bg.StrokeWidth = th.Size(theme.SizeNameInputBorder)
	r.bg.CornerRadius = th.Size(theme.SizeNameInputRadius)
	r.bg.Refresh()
}

// rowsChanged sets every row's text (the rows moved or their count did).
func (r *renderer) rowsChanged() {
	a := r.a
	n := a.Rows()
	th, v := a.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	for len(r.texts) < n {
		t := canvas.NewText("", th.Color(theme.ColorNameForeground, v))
		t.TextSize = th.Size(theme.SizeNameText)
		r.texts = append(r.texts, t)
	}
	r.texts = r.texts[:n]
	r.paras = len(a.paras)
	r.setRows(0, n)
	r.listObjects()
	r.place()
	r.marks() // refreshes the caret: the window paints again
}

// listObjects is the frame, the selection under the rows, the rows, the
// placeholder and the caret.
func (r *renderer) listObjects() {
	r.objs = append(r.objs[:0], r.bg)
	for _, s := range r.sels {
		r.objs = append(r.objs, s)
	}
	for _, t := range r.texts {
		r.objs = append(r.objs, t)
	}
	r.objs = append(r.objs, r.holder, r.caret)
}

// parasChanged sets the rows of paragraphs first…first+n, whose row
// count stayed: only rows whose text changed are drawn again.
func (r *renderer) parasChanged(first, n int) {
	from := r.a.firstRow(first)
	to := r.a.firstRow(first + n)
	r.setRows(from, to)
	r.marks()
}

// setRows gives rows from…to their text, refreshing those that changed.
func (r *renderer) setRows(from, to int) {
	a := r.a
	for i := from; i < to && i < len(r.texts); i++ {
		rw := a.rowAt(i)
		s := shownText(a.paras[rw.p].text[rw.from:rw.to])
		if t := r.texts[i]; t.Text != s {
			t.Text = s
			t.Refresh()
		}
	}
}

// place puts each row on its line and shows only the rows in sight.
func (r *renderer) place() {
	a := r.a
	top, bottom, known := float32(0), float32(0), false
	if a.Sight != nil {
		top, bottom, known = a.Sight()
	}
	line := a.lineHeight()
	x, y := a.inset()
	w := a.Size().Width - 2*x
	for _, t := range r.texts {
		t.Move(fyne.NewPos(x, y))
		t.Resize(fyne.NewSize(w, line))
		if !known || (y+line >= top && y <= bottom) {
			t.Show()
		} else {
			t.Hide()
		}
		y += line
	}
	_, y = a.inset()
	r.holder.Move(fyne.NewPos(x, y))
	r.holder.Resize(fyne.NewSize(w, line))
	if a.Text() == "" && a.PlaceHolder != "" {
		r.holder.Show()
	} else {
		r.holder.Hide()
	}
}

// marks draws the selection and the caret.
func (r *renderer) marks() {
	a := r.a
	from, to := a.selection()
	th, v := a.Theme(), fyne.CurrentApp().Settings().ThemeVariant()
	line := a.lineHeight()
	used, made := 0, len(r.sels)
	if from != to {
		first, last := a.rowOf(from, false), a.rowOf(to, a.eol && to == a.caret)
		for n := first; n <= last; n++ {
			rw := a.rowAt(n)
			x0, y0 := a.inset()
			l, rt := rw.from, rw.to
			if n == first {
				l = from.c
			}
			if n == last {
				rt = to.c
			}
			xl, xr := a.xIn(rw, l), a.xIn(rw, rt)
			if n != last && rw.to == len(a.paras[rw.p].text) {
				xr += runeWidth(a.face(), ' ') // the paragraph's end is selected too
			}
			if xr <= xl {
				continue
			}
			if used == len(r.sels) {
				r.sels = append(r.sels, canvas.NewRectangle(nil))
			}
			s := r.sels[used]
			s.FillColor = th.Color(theme.ColorNameSelection, v)
			s.Move(fyne.NewPos(x0+xl, y0+float32(n)*line))
			s.Resize(fyne.NewSize(xr-xl, line))
			s.Show()
			s.Refresh()
			used++
		}
	}
	for _, s := range r.sels[used:] {
		s.Hide()
	}
	if len(r.sels) != made {
		r.listObjects()
	}
	x, y := a.caretXY(a.caret, a.eol)
	r.caret.Move(fyne.NewPos(x-1, y))
	r.caret.Resize(fyne.NewSize(2, line))
	r.caret.Hidden = !a.focused || a.readOnly || from != to
	r.caret.Refresh()
	// the window paints again only for an object it has drawn before: not
	// for rectangles or rows just made, nor for a hidden caret (a read-only
	// field's Ctrl+A showed its selection only at the next repaint); the
	// frame is always drawn, and a rectangle costs no texture
	canvas.Refresh(r.bg)
}

// moved redraws the caret and selection and lets the owner keep the caret
// in sight.
func (a *Area) moved() {
	if a.r != nil {
		a.r.marks()
	}
	if a.OnCaret != nil && a.focused {
		_, y := a.caretXY(a.caret, a.eol)
		a.OnCaret(y, y+a.lineHeight())
	}
}

// Cull shows the rows now in sight and hides the others (after scrolling).
func (a *Area) Cull() {
	if a.r != nil && a.Visible() {
		a.r.place()
	}
}

// CaretPosition is the top left of the caret's row, in the area.
func (a *Area) CaretPosition() fyne.Position {
	x, y := a.caretXY(a.caret, a.eol)
	return fyne.NewPos(x, y)
}

// PositionOf is where rune off of the whole text is drawn: the top left
// of its place on its row, in the area.
func (a *Area) PositionOf(off int) fyne.Position {
	x, y := a.caretXY(a.posOf(off), false)
	return fyne.NewPos(x, y)
}
