package app

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// composeLines shows bulletin text as wrapped rows of a list. The rows are
// wrapped here in one pass over each paragraph with the width of each
// character measured once, and the list lays out and paints only the rows
// in sight. A Label wrapped the whole issue with Fyne's wrapping, which
// measures each row's text many times over, and painted every row, seen or
// not: seconds of CPU for each change of a long issue.
type composeLines struct {
	widget.BaseWidget
	text  string
	rows  []string
	width float32 // the width rows were wrapped at
	list  *widget.List
}

func newComposeLines() *composeLines {
	l := &composeLines{}
	l.list = widget.NewList(func() int { return len(l.rows) }, l.createRow, l.updateRow)
	l.list.HideSeparators = true // one text, not a list of records
	l.ExtendBaseWidget(l)
	return l
}

func (l *composeLines) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(l.list)
}

// SetText shows text, wrapped at the present width.
func (l *composeLines) SetText(text string) {
	l.text = text
	l.rewrap()
}

// Resize wraps the rows again when the width changed.
func (l *composeLines) Resize(size fyne.Size) {
	l.BaseWidget.Resize(size)
	if size.Width != l.width {
		l.rewrap()
	}
}

func (l *composeLines) rewrap() {
	l.width = l.Size().Width
	avail := l.width - 2*theme.Padding() - theme.ScrollBarSize() - 2*theme.InnerPadding()
	if avail <= 0 {
		avail = 400 // not laid out yet; wrapped again at the real width
	}
	l.rows = l.rows[:0]
	for _, p := range strings.Split(strings.TrimRight(l.text, "\n"), "\n") {
		l.rows = append(l.rows, composeWrap(p, avail, composeRuneWidth)...)
	}
	l.list.Refresh()
}

func (l *composeLines) createRow() fyne.CanvasObject {
	t := canvas.NewText("", color.Black)
	t.TextSize = theme.TextSize()
	p := theme.InnerPadding()
	return container.New(layout.NewCustomPaddedLayout(0, 0, p, p), t)
}

func (l *composeLines) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	t := o.(*fyne.Container).Objects[0].(*canvas.Text)
	if id < len(l.rows) {
		t.Text = l.rows[id]
	}
	t.Color = theme.Color(theme.ColorNameForeground)
	t.Refresh()
}

// rowOf is the first row showing prefix, -1 when none does.
func (l *composeLines) rowOf(prefix string) int {
	for i, r := range l.rows {
		if strings.Contains(r, prefix) {
			return i
		}
	}
	return -1
}

// composeRuneWidths caches each character's width at the text size; UI
// goroutine only.
var composeRuneWidths = map[rune]float32{}

func composeRuneWidth(r rune) float32 {
	if w, ok := composeRuneWidths[r]; ok {
		return w
	}
	w := fyne.MeasureText(string(r), theme.TextSize(), fyne.TextStyle{}).Width
	composeRuneWidths[r] = w
	return w
}

// Chinese line-breaking rules (避头尾): closing marks never start a row,
// opening marks never end one, and a number or Latin word is not split.
const (
	composeNoStart = "，。、；：？！）」』”’》〉】…%·,.;:?!)"
	composeNoEnd   = "（「『“‘《〈【("
)

func composeWordRune(r rune) bool {
	return r < 128 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '.')
}

// composeWrap cuts one paragraph into rows no wider than avail; a closing
// mark that does not fit hangs at the end of the row, as in print.
func composeWrap(p string, avail float32, width func(rune) float32) []string {
	rs := []rune(p)
	var out []string
	start, w := 0, float32(0)
	for i := 0; i < len(rs); {
		cw := width(rs[i])
		if w+cw <= avail || i == start {
			w += cw
			i++
			continue
		}
		brk := i
		switch {
		case strings.ContainsRune(composeNoStart, rs[i]):
			brk = i + 1
		case composeWordRune(rs[i]) && composeWordRune(rs[i-1]):
			j := i
			for j > start && composeWordRune(rs[j-1]) {
				j--
			}
			if j > start {
				brk = j
			}
		}
		if brk == i && brk-1 > start && strings.ContainsRune(composeNoEnd, rs[brk-1]) {
			brk--
		}
		out = append(out, string(rs[start:brk]))
		start, w, i = brk, 0, brk
	}
	return append(out, string(rs[start:]))
}
