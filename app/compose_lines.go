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

	"github.com/bulletindesk/bulletindesk/pages"
)

// composeLines shows bulletin text as wrapped rows of a list. The rows are
// wrapped by the page layout's Chinese rules (pages.Wrap) with the width of
// each character measured once, and the list lays out and paints only the
// rows in sight. A Label wrapped the whole issue with Fyne's wrapping, which
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
	l.rows = pages.Wrap(strings.TrimRight(l.text, "\n"), float64(avail), composeRuneWidth)
	l.list.Refresh()
}

func (l *composeLines) createRow() fyne.CanvasObject {
	t := canvas.NewText("", color.Black)
	t.TextSize = theme.TextSize()
	p := theme.InnerPadding()
	return container.New(layout.NewCustomPaddedLayout(0, 0, p, p), t)
}

// updateRow draws row id, only when its text or colour changed: the
// preview is set again 300 ms after each pause in typing, and refreshing
// every row in sight drew each one anew (a text shaped and rasterized),
// though typing changes the rows of one paragraph.
func (l *composeLines) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	t := o.(*fyne.Container).Objects[0].(*canvas.Text)
	text := ""
	if id < len(l.rows) {
		text = l.rows[id]
	}
	fg := theme.Color(theme.ColorNameForeground)
	if text == t.Text && fg == t.Color {
		return
	}
	t.Text, t.Color = text, fg
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
var composeRuneWidths = map[rune]float64{}

func composeRuneWidth(r rune) float64 {
	if w, ok := composeRuneWidths[r]; ok {
		return w
	}
	w := float64(fyne.MeasureText(string(r), theme.TextSize(), fyne.TextStyle{}).Width)
	composeRuneWidths[r] = w
	return w
}
