package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// issueRow is a row of 档案's list: a tap selects the issue and a double
// click opens it in 组版, as lists open in WPS and Explorer (review F34:
// a double click only selected it and 打开 was needed).
type issueRow struct {
	widget.BaseWidget
	s   *issuesScreen
	id  widget.ListItemID
	box *fyne.Container
}

func newIssueRow(s *issuesScreen, box *fyne.Container) *issueRow {
	r := &issueRow{s: s, box: box}
	r.ExtendBaseWidget(r)
	return r
}

func (r *issueRow) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(r.box) }

// Tapped selects the row: the list's own tap handling is below this widget.
func (r *issueRow) Tapped(*fyne.PointEvent) { r.s.list.Select(r.id) }

// DoubleTapped selects the row and opens its issue.
func (r *issueRow) DoubleTapped(*fyne.PointEvent) {
	r.s.list.Select(r.id)
	r.s.onOpen()
}
