package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The 单位 of a 来稿 row, whole (issue 9). A unit without a short name is
// often longer than five characters (江州市白沙镇党委, 市人力资源和社会保障局)
// and the column, narrow so that 标题 keeps its room at 1,024 px, cut it
// to 「江州市白…」. With room to spare the column grows to the longest name
// (stretchTitle); where there is none the name goes on two lines in the
// caption size, which fit the row's height, rather than be cut. The window
// never grows for it.

// newUnitLines is the two-line form of a unit cell, hidden until needed.
func newUnitLines() *fyne.Container {
	fg := theme.Color(theme.ColorNameForeground)
	c := container.New(twoLines{}, canvas.NewText("", fg), canvas.NewText("", fg))
	c.Hide()
	return c
}

// twoLines stacks two texts with no gap, centred in the cell's height, at
// the label's inner padding from the left.
type twoLines struct{}

func (twoLines) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		s = fyne.NewSize(max(s.Width, m.Width), s.Height+m.Height)
	}
	return s.AddWidthHeight(2*theme.InnerPadding(), 0)
}

func (t twoLines) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	h := t.MinSize(objects).Height
	y := (size.Height - h) / 2
	for _, o := range objects {
		m := o.MinSize()
		o.Move(fyne.NewPos(theme.InnerPadding(), y))
		o.Resize(fyne.NewSize(size.Width-2*theme.InnerPadding(), m.Height))
		y += m.Height
	}
}

// showUnit puts name into the cell: in the label when it fits the column's
// width, else on two lines in the caption size.
func showUnit(l *widget.Label, lines *fyne.Container, name string, width float32) {
	room := width - 2*theme.InnerPadding()
	style := l.TextStyle
	if fyne.MeasureText(name, theme.TextSize(), style).Width <= room {
		l.SetText(name)
		lines.Hide()
		return
	}
	l.SetText("")
	size := theme.Size(theme.SizeNameCaptionText)
	first, second := splitUnitName(name, func(s string) bool { return fyne.MeasureText(s, size, style).Width <= room })
	for i, part := range []string{first, second} {
		t := lines.Objects[i].(*canvas.Text)
		t.Text, t.TextSize, t.TextStyle = part, size, style
		t.Color = theme.Color(theme.ColorNameForeground)
		t.Refresh()
	}
	lines.Show()
}

// unitPlaceEnds end the place part of a name, where a line breaks best
// (江州市 / 白沙镇党委).
const unitPlaceEnds = "市县区镇乡"

// splitUnitName cuts name in two lines that each fit (fits), as even as
// may be, after a place (市县区镇乡) when one stands next to the middle; a
// second line still too long ends in …, the first never does.
func splitUnitName(name string, fits func(string) bool) (string, string) {
	rs := []rune(name)
	k := (len(rs) + 1) / 2
	for _, at := range []int{k, k + 1, k - 1} {
		if at > 0 && at < len(rs) && strings.ContainsRune(unitPlaceEnds, rs[at-1]) && fits(string(rs[:at])) {
			k = at
			break
		}
	}
	for k > 1 && !fits(string(rs[:k])) {
		k--
	}
	second := rs[k:]
	for len(second) > 1 && !fits(string(second)) {
		second = append(second[:len(second)-2:len(second)-2], '…')
	}
	return string(rs[:k]), string(second)
}
