package textarea

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/bulletindesk/bulletindesk/pages"
)

// face is what a character's width depends on.
type face struct {
	size  float32
	style fyne.TextStyle
}

// widths caches each character's width per face: measuring one is a
// HarfBuzz shaping, and a body has a few hundred distinct characters.
// The UI goroutine only.
var widths = map[face]map[rune]float32{}

func runeWidth(f face, r rune) float32 {
	m := widths[f]
	if m == nil {
		m = map[rune]float32{}
		widths[f] = m
	}
	w, ok := m[r]
	if !ok {
		w = fyne.MeasureText(string(shown(r)), f.size, f.style).Width
		m[r] = w
	}
	return w
}

// shown is the character drawn, and measured, for r: a tab as a gap of a
// full-width space, any other control character as U+FFFD. Fyne drew a
// tab as a wide run of its own, so a row holding one was measured as one
// thing and drawn as another: its text repeated, its end past the edge,
// the caret away from where it edited (review F7).
func shown(r rune) rune {
	switch {
	case r == '\t':
		return '　'
	case r < 0x20 || (r >= 0x7f && r < 0xa0):
		return '\ufffd'
	}
	return r
}

// shownText is the row text as drawn (see shown).
func shownText(rs []rune) string {
	for i, r := range rs {
		if shown(r) != r {
			out := append([]rune(nil), rs...)
			for j := i; j < len(out); j++ {
				out[j] = shown(out[j])
			}
			return string(out)
		}
	}
	return string(rs)
}

func (a *Area) face() face { return face{size: a.Theme().Size(theme.SizeNameText)} }

// inset is the room between the field's edge and its text.
func (a *Area) inset() (x, y float32) {
	th := a.Theme()
	return th.Size(theme.SizeNameInnerPadding) + th.Size(theme.SizeNameInputBorder), th.Size(theme.SizeNameInnerPadding)
}

// lineHeight is one row's height.
func (a *Area) lineHeight() float32 {
	return fyne.MeasureText("国", a.face().size, fyne.TextStyle{}).Height
}

// textWidth is the width rows wrap at: the field's, its inset off.
func (a *Area) textWidth() float32 {
	w := a.Size().Width
	if w <= 0 && a.WidthGuess != nil {
		w = *a.WidthGuess
	}
	if w <= 0 {
		w = 640
	}
	x, _ := a.inset()
	return max(w-2*x, 40)
}

// wrap breaks paragraph i into rows w wide.
func (a *Area) wrap(i int, w float32) {
	f := a.face()
	a.paras[i].starts = pages.Breaks(string(a.paras[i].text), float64(w), func(r rune) float64 {
		return float64(runeWidth(f, r))
	})
}

// Resize wraps every paragraph again when the width changed.
func (a *Area) Resize(size fyne.Size) {
	if size.Width != a.Size().Width && size.Width > 0 {
		if a.WidthGuess != nil {
			*a.WidthGuess = size.Width
		}
		before := a.Rows()
		a.BaseWidget.Resize(size)
		w := a.textWidth()
		for i := range a.paras {
			a.wrap(i, w)
		}
		a.width = size.Width
		if a.Rows() != before && a.OnGrow != nil {
			defer a.OnGrow()
		}
		if a.r != nil {
			a.r.rowsChanged()
		}
		return
	}
	a.BaseWidget.Resize(size)
}

// rowsDrawn is the row count the renderer last drew (or the model's).
func (a *Area) rowsDrawn() int {
	if a.r != nil {
		return len(a.r.texts)
	}
	return a.Rows()
}

// row is one wrapped row: paragraph p, runes from…to.
type row struct{ p, from, to int }

// rowAt is the n-th row of the text.
func (a *Area) rowAt(n int) row {
	for i, p := range a.paras {
		if n < len(p.starts) {
			to := len(p.text)
			if n+1 < len(p.starts) {
				to = p.starts[n+1]
			}
			return row{i, p.starts[n], to}
		}
		n -= len(p.starts)
	}
	return row{}
}

// firstRow is the index of paragraph p's first row.
func (a *Area) firstRow(p int) int {
	n := 0
	for i := 0; i < p; i++ {
		n += len(a.paras[i].starts)
	}
	return n
}

// rowOf is the row the position is drawn on: a position where a row
// wraps is at the start of the next row, unless eol keeps it at the end
// of the one before.
func (a *Area) rowOf(at pos, eol bool) int {
	st := a.paras[at.p].starts
	k := len(st) - 1
	for k > 0 && st[k] > at.c {
		k--
	}
	if eol && k > 0 && st[k] == at.c {
		k--
	}
	return a.firstRow(at.p) + k
}

// xIn is the x of column c in row rw, from the text's left edge.
func (a *Area) xIn(rw row, c int) float32 {
	f := a.face()
	x := float32(0)
	for _, r := range a.paras[rw.p].text[rw.from:min(c, len(a.paras[rw.p].text))] {
		x += runeWidth(f, r)
	}
	return x
}

// caretXY is where the caret of position at is drawn, in the area.
func (a *Area) caretXY(at pos, eol bool) (x, y float32) {
	n := a.rowOf(at, eol)
	x0, y0 := a.inset()
	return x0 + a.xIn(a.rowAt(n), at.c), y0 + float32(n)*a.lineHeight()
}

// colAt is the column in row rw nearest to x (from the text's edge), and
// whether it is the row's end where the row wraps.
func (a *Area) colAt(rw row, x float32) (int, bool) {
	f := a.face()
	text := a.paras[rw.p].text
	at := float32(0)
	last := rw.p < len(a.paras) && rw.to == len(text)
	for c := rw.from; c < rw.to; c++ {
		w := runeWidth(f, text[c])
		if x < at+w/2 {
			return c, false
		}
		at += w
	}
	if last {
		return rw.to, false
	}
	return rw.to, true // past a wrapped row's end: the caret stays on it
}

// posAt is the position nearest to point p in the area.
func (a *Area) posAt(p fyne.Position) (pos, bool) {
	x0, y0 := a.inset()
	n := int((p.Y - y0) / a.lineHeight())
	n = max(0, min(n, a.Rows()-1))
	if p.Y < y0 {
		n = 0
	}
	rw := a.rowAt(n)
	c, eol := a.colAt(rw, p.X-x0)
	return pos{rw.p, c}, eol
}
