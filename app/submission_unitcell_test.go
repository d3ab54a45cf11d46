package app

import (
	"context"
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestLongUnitNamesShownWhole (issue 9): a unit longer than five
// characters without a short name (江州市白沙镇党委, 市人力资源和社会保障局)
// was cut in the 单位 column (「江州市白…」). At 1,024, 1,280 and 1,920 px
// every character of the name is shown and fits the column: on one line
// where the table has room, else on two; the window does not widen.
func TestLongUnitNamesShownWhole(t *testing.T) {
	names := []string{"江州市白沙镇党委", "市人力资源和社会保障局"}
	for _, width := range []float32{1024, 1280, 1920} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			u, ar := newDeskTestUI(t)
			for _, n := range names {
				if err := ar.SaveUnit(context.Background(), &editor.Unit{Name: n, Group: "其他", Active: true}); err != nil {
					t.Fatal(err)
				}
			}
			units, _ := ar.Units(context.Background())
			for _, un := range units {
				addTestSubmissions(t, ar, &editor.Submission{UnitID: un.ID, Title: "某地做法" + un.Name, Text: "全镇覆盖。", Received: today(), Kind: "信息", Status: editor.SubmissionPending})
			}
			u.subs.reload()
			u.win.Resize(fyne.NewSize(width, 700))
			col := u.subs.columns.unitNow
			oneLine := 0
			for row := range len(units) {
				cell := newSubmissionCell().(*fyne.Container)
				u.subs.updateCell(widget.TableCellID{Row: row, Col: subUnitColumn}, cell)
				shown, fits, lines := unitCellShown(cell, col)
				sub, _ := u.subs.row(row)
				if shown != sub.UnitName || !fits {
					t.Errorf("unit %q shown as %q in a %.0f px column (fits: %v)", sub.UnitName, shown, col, fits)
				}
				if lines == 1 {
					oneLine++
				}
			}
			if width == 1920 && oneLine != len(units) {
				t.Errorf("at 1,920 px %d of %d names on one line; the column has the room (%.0f px)", oneLine, len(units), col)
			}
			if got := u.win.Content().MinSize().Width; got > width {
				t.Errorf("window content needs %.0f px, more than the %.0f px window", got, width)
			}
		})
	}
}

// unitCellShown is the text a 单位 cell shows, whether each line fits the
// column's width as drawn, and on how many lines.
func unitCellShown(cell *fyne.Container, col float32) (string, bool, int) {
	room := col - 2*theme.InnerPadding()
	l, two := cell.Objects[0].(*widget.Label), cell.Objects[2].(*fyne.Container)
	if two.Visible() {
		a, b := two.Objects[0].(*canvas.Text), two.Objects[1].(*canvas.Text)
		fit := fyne.MeasureText(a.Text, a.TextSize, a.TextStyle).Width <= room && fyne.MeasureText(b.Text, b.TextSize, b.TextStyle).Width <= room
		return l.Text + a.Text + b.Text, fit && a.MinSize().Height+b.MinSize().Height <= cell.MinSize().Height, 2
	}
	return l.Text, fyne.MeasureText(l.Text, theme.TextSize(), l.TextStyle).Width <= room, 1
}
