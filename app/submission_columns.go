package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// subTitleMinWidth is the narrowest the 标题 column gets; below it the
// table scrolls sideways rather than hide the title.
const subTitleMinWidth = 100

// subTitleColumn is the index of 标题 in subColumns.
const subTitleColumn = 4

// stretchTitle lays out the submissions table and gives 标题 every pixel
// the other columns do not need: with fixed widths 标题 was 216 px and cut
// while the table had empty space to its right at 1,920 px.
type stretchTitle struct {
	table *widget.Table
	last  float32
}

func (l *stretchTitle) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return objects[0].MinSize()
}

func (l *stretchTitle) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if w := subTitleWidth(size.Width); w != l.last {
		l.last = w
		l.table.SetColumnWidth(subTitleColumn, w)
	}
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(size)
}

// subTitleWidth is the title column's width in a table that wide: what
// the other columns, the cell gaps and a scroll bar leave over.
func subTitleWidth(tableWidth float32) float32 {
	fixed := float32(0)
	for i, c := range subColumns {
		if i != subTitleColumn {
			fixed += c.width
		}
	}
	gaps := float32(len(subColumns)+1) * theme.Padding()
	return max(subTitleMinWidth, tableWidth-fixed-gaps-theme.ScrollBarSize())
}
