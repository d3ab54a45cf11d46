package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/pages"
)

// cjkLabel is a label wrapped by the Chinese rules (pages.Wrap, as the
// text field and the preview wrap): no row starts with ，、。 or a closing
// mark, and 96.5% stays whole. Fyne's word wrapping broke before them
// (review F9: the conflict dialog's note wrapped 「（可以修改」/「、合并）。」).
// It takes the width its container gives and is as tall as its rows; its
// least width is small, so a long text never widens the window.
type cjkLabel struct {
	widget.BaseWidget
	text  string
	label *widget.Label // the rows joined by "\n", not wrapped again
	width float32       // the width the rows were made for
}

func newCJKLabel(text string) *cjkLabel {
	l := &cjkLabel{label: widget.NewLabel("")}
	l.ExtendBaseWidget(l)
	l.SetText(text)
	return l
}

// Text is the text as given, without the row breaks.
func (l *cjkLabel) Text() string { return l.text }

// SetText shows text, wrapped at the present width.
func (l *cjkLabel) SetText(text string) {
	l.text = text
	l.rewrap()
}

func (l *cjkLabel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(l.label)
}

// MinSize is the rows' height, and no more width than a few characters.
func (l *cjkLabel) MinSize() fyne.Size {
	m := l.label.MinSize()
	return fyne.NewSize(min(m.Width, 4*theme.TextSize()+2*theme.InnerPadding()), m.Height)
}

// Resize wraps the rows again when the width changed; the height they
// need then reaches the layout through Refresh.
func (l *cjkLabel) Resize(size fyne.Size) {
	l.BaseWidget.Resize(size)
	if size.Width != l.width {
		l.rewrap()
		l.Refresh()
	}
}

func (l *cjkLabel) rewrap() {
	l.width = l.Size().Width
	avail := l.width - 2*theme.InnerPadding()
	if avail <= 0 {
		avail = 400 // not laid out yet; wrapped again at the real width
	}
	var rows []string
	for _, p := range strings.Split(l.text, "\n") {
		if p == "" {
			rows = append(rows, "")
			continue
		}
		rows = append(rows, pages.Wrap(p, float64(avail), composeRuneWidth)...)
	}
	l.label.SetText(strings.Join(rows, "\n"))
}
