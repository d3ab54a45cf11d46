package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wheelRows is how many rows of the 来稿 list one wheel step moves, as
// desktop lists do; Fyne moved 25 px (under a row), so 200 steps crossed
// some 50 of the 52,000 rows.
const wheelRows = 3

// fyneWheelStep is what Fyne's desktop driver reports for one wheel step
// on Linux and Windows (scroll_speed_default.go).
const fyneWheelStep = 25

// tableWheel lies over a table and takes its wheel events, scaled to
// wheelRows rows a step. It is only Scrollable: clicks, hover and keys
// still reach the table under it.
type tableWheel struct {
	widget.BaseWidget
	table  *widget.Table
	rowH   float32
	offset fyne.Position // where we last scrolled to, when the table's own is unreadable
}

// withWheel stacks the wheel layer over table.
func withWheel(table *widget.Table, template fyne.CanvasObject) fyne.CanvasObject {
	w := &tableWheel{table: table, rowH: template.MinSize().Height + theme.Padding()}
	w.ExtendBaseWidget(w)
	return container.NewStack(table, w)
}

func (w *tableWheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// Scrolled moves the table by wheelRows rows for each step (a touchpad's
// smaller steps in proportion).
func (w *tableWheel) Scrolled(ev *fyne.ScrollEvent) {
	off := w.current()
	off.Y = max(0, off.Y-ev.Scrolled.DY/fyneWheelStep*wheelRows*w.rowH)
	off.X = max(0, off.X-ev.Scrolled.DX)
	w.table.ScrollToOffset(off) // the table stops it at the last row
	w.offset = w.current()
}

// current is the table's scroll offset (fyne_peek.go), or where we last
// scrolled to.
func (w *tableWheel) current() fyne.Position {
	if off, ok := tableOffset(w.table); ok {
		return off
	}
	return w.offset
}
