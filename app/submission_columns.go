package app

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// subTitleMinWidth is the narrowest the 标题 column gets; below it the
// table scrolls sideways rather than hide the title.
const subTitleMinWidth = 100

// subTitleColumn and subUnitColumn are the indexes of 标题 and 单位 in
// subColumns.
const (
	subTitleColumn = 4
	subUnitColumn  = 2
)

// 单位 takes up to subUnitGrowth px more once 标题 has subTitleRoomy, and
// up to the longest unit name (at most subUnitMaxWant px) where the table
// has the room.
const (
	subUnitGrowth  = 30
	subTitleRoomy  = 260
	subUnitMaxWant = 240
)

// stretchTitle lays out the submissions table and gives 标题 every pixel
// the other columns do not need: with fixed widths 标题 was 216 px and cut
// while the table had empty space to its right at 1,920 px.
type stretchTitle struct {
	table    *widget.Table
	widths   []float32 // every column's, 标题's the least it gets (subColumnWidths)
	last     float32
	unitWant float32 // the width the longest unit name wants, 0 until known
	unitNow  float32 // 单位's width now
	objects  []fyne.CanvasObject
	size     fyne.Size // the last layout's
}

// wantUnits lets 单位 grow, where there is room, to the widest of names
// in bold (the selected row); the next layout applies it.
func (l *stretchTitle) wantUnits(names []string) {
	w := float32(0)
	for _, n := range names {
		w = max(w, fyne.MeasureText(n, theme.TextSize(), fyne.TextStyle{Bold: true}).Width+2*theme.InnerPadding())
	}
	if w = min(w, subUnitMaxWant); w != l.unitWant {
		l.unitWant, l.last = w, -1
		if l.objects != nil {
			l.Layout(l.objects, l.size)
		}
	}
}

// unitNames are the names the 单位 column shows for these units.
func unitNames(units []editor.Unit) []string {
	names := make([]string, 0, len(units))
	for _, un := range units {
		if un.ShortName != "" {
			names = append(names, un.ShortName)
		} else {
			names = append(names, un.Name)
		}
	}
	return names
}

func (l *stretchTitle) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return objects[0].MinSize()
}

func (l *stretchTitle) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.objects, l.size = objects, size
	if l.unitNow == 0 {
		l.unitNow = l.widths[subUnitColumn]
	}
	if w := subTitleWidth(l.widths, size.Width); w != l.last {
		// with room to spare 单位 grows to a five-character short name
		// (江州高新区, 农业农村局), which it cut at 80 px, and on to the
		// longest unit name; a name still too wide goes on two lines
		want := max(subUnitGrowth, l.unitWant-l.widths[subUnitColumn])
		grow := max(0, min(want, w-subTitleRoomy))
		l.last = w - grow
		l.unitNow = l.widths[subUnitColumn] + grow
		l.table.SetColumnWidth(subUnitColumn, l.unitNow)
		l.table.SetColumnWidth(subTitleColumn, l.last)
	}
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(size)
}

// subTitleWidth is the title column's width in a table that wide: what
// the other columns, the cell gaps and a scroll bar leave over.
func subTitleWidth(widths []float32, tableWidth float32) float32 {
	fixed := float32(0)
	for i, w := range widths {
		if i != subTitleColumn {
			fixed += w
		}
	}
	gaps := float32(len(widths)+1) * theme.Padding()
	return max(subTitleMinWidth, tableWidth-fixed-gaps-theme.ScrollBarSize())
}

// subColumnWidths is each column's width: wide enough for its heading with
// the sort arrow and for its widest value in bold (the selected row), in
// the language shown. Fixed widths cut 「2026年12月31日」 (bold, selected) at
// every window width, and the headings of 字数 and 状态 once sorted.
func subColumnWidths(dateLabel func(editor.Date) string, statuses []string) []float32 {
	bold := fyne.TextStyle{Bold: true}
	size := theme.TextSize()
	pad := 2 * theme.InnerPadding()
	widest := func(texts ...string) float32 {
		w := float32(0)
		for _, t := range texts {
			w = max(w, fyne.MeasureText(t, size, bold).Width)
		}
		return w + pad
	}
	widths := make([]float32, len(subColumns))
	for i, c := range subColumns {
		widths[i] = c.width
		if c.title != "" {
			head := fyne.MeasureText(lang.L(c.title), size, fyne.TextStyle{}).Width + pad
			if c.sort != "" {
				head += theme.IconInlineSize() + theme.Padding()
			}
			widths[i] = max(widths[i], head)
		}
	}
	widths[1] = max(widths[1], widest(dateLabel(time.Date(2026, 12, 31, 0, 0, 0, 0, time.UTC))))
	// five characters, the length of many units' names (松岭镇党委,
	// 市委网信办), which 80 px cut to 「松岭镇…」
	widths[subUnitColumn] = max(widths[subUnitColumn], widest("松岭镇党委"))
	widths[5] = max(widths[5], widest("88888"))
	widths[6] = max(widths[6], widest(statuses...))
	return widths
}
