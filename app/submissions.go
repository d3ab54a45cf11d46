package app

import (
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// subPageSize is how many rows one query fetches; the list loads pages as
// they scroll into view, so 50,000 submissions never load at once.
const subPageSize = 200

// subColumn is a column of the submissions list; sort "" cannot be sorted.
type subColumn struct {
	title string
	width float32
	sort  editor.SubmissionSort
}

var subColumns = []subColumn{
	{"", 36, ""}, // the check box of batch work (submission_batch.go)
	{"收稿日期", 118, editor.SortReceived},
	{"单位", 80, editor.SortUnit},
	{"类型", 46, ""},
	{"标题", subTitleMinWidth, editor.SortTitle}, // takes the width left over (stretchTitle)
	{"字数", 50, editor.SortWords},
	{"状态", 64, editor.SortStatus},
	// no 重复 column: 44 px for a word few rows show pushed 状态 out of
	// sight at 1,024 px; a duplicate's title starts with 重复· and shows in the warning colour
}

// submissionsScreen (来稿) is the filtered, paged list of submissions with
// the selected one's detail beside it.
type submissionsScreen struct {
	u      *ui
	filter editor.SubmissionFilter
	total  int
	pages  map[int][]editor.Submission
	asked  map[int]bool // pages being loaded
	gen    int          // bumps on every reload; late pages of older lists are dropped
	units  []editor.Unit
	kinds  []string

	table    *widget.Table
	checked  map[int64]bool                // ticked for batch work
	preview  *submissionImportPreview      // the last import preview shown
	nearRead map[*editor.Submission]string // while a preview is built: its duplicates, found off the UI goroutine
	split    *container.Split
	columns  *stretchTitle
	count    *widget.Label
	fStatus  *widget.Select
	fUnit    *widget.Select
	fKind    *widget.Select
	fFrom    *widget.Entry
	fTo      *widget.Entry
	fText    *widget.Entry
	typed    *debouncer
	selected int64 // submission shown in the detail
	detail   *submissionDetail

	detailShown  bool    // the split is at the detail's offset (submission_split.go)
	detailOffset float64 // the split's offset while a submission is shown
}

func newSubmissionsScreen(u *ui) *submissionsScreen {
	s := &submissionsScreen{u: u, pages: map[int][]editor.Submission{}, asked: map[int]bool{}, checked: map[int64]bool{}}
	s.filter = editor.SubmissionFilter{Sort: editor.SortReceived, Desc: true}
	s.typed = u.debounce(300*time.Millisecond, s.onFilter)
	s.detail = newSubmissionDetail(s)
	return s
}

func (s *submissionsScreen) view() fyne.CanvasObject {
	s.table = widget.NewTableWithHeaders(
		func() (int, int) { return s.total, len(subColumns) }, newSubmissionCell, s.updateCell)
	var statuses []string
	for _, st := range editor.SubmissionStatuses {
		statuses = append(statuses, submissionStatusLabel(st))
	}
	s.columns = &stretchTitle{table: s.table, widths: subColumnWidths(s.u.dateLabel, statuses)}
	s.table.ShowHeaderColumn = false
	s.table.CreateHeader = func() fyne.CanvasObject { return widget.NewButton("", nil) }
	s.table.UpdateHeader = s.updateHeader
	for i, w := range s.columns.widths {
		s.table.SetColumnWidth(i, w)
	}
	s.table.OnSelected = func(id widget.TableCellID) {
		if id.Col == 0 { // Space or a click on the box: tick it, keep the detail
			s.table.Unselect(id)
			s.toggleChecked(id.Row)
			return
		}
		s.onSelectRow(id.Row)
	}
	s.count = widget.NewLabel("")
	list := container.NewBorder(container.NewVBox(s.toolbar(), s.filters()),
		container.NewHBox(s.statusButtons(), widget.NewLabel(" "), s.count), nil, nil, // the count after: ticking moves no button (review F37)
		container.New(s.columns, withWheel(s.table, newSubmissionCell())))
	s.split = container.NewHSplit(list, s.detail.view())
	// nothing is selected yet: the list takes the width (submission_split.go);
	// at subSplitDetail the list's columns fit beside the detail at 1,024 px
	s.split.Offset, s.detailOffset = subSplitEmpty, subSplitDetail
	return s.split
}

// newSubmissionCell is one cell of the 来稿 table: text, or the tick box.
func newSubmissionCell() fyne.CanvasObject {
	l := widget.NewLabel("")
	l.Truncation = fyne.TextTruncateEllipsis
	return container.NewStack(l, widget.NewCheck("", nil), newUnitLines())
}

func (s *submissionsScreen) toolbar() fyne.CanvasObject {
	paste := widget.NewButtonWithIcon(lang.L("粘贴为新来稿"), theme.ContentPasteIcon(), s.onPaste)
	paste.Importance = widget.HighImportance
	return container.NewHBox(paste,
		widget.NewButtonWithIcon(lang.L("新建"), theme.ContentAddIcon(), s.onNew),
		widget.NewButtonWithIcon(lang.L("打开文件"), theme.FileIcon(), s.onOpenFile),
		widget.NewButtonWithIcon(lang.L("导入文件夹"), theme.FolderOpenIcon(), s.onOpenFolder),
	)
}

func (s *submissionsScreen) filters() fyne.CanvasObject {
	s.fStatus = widget.NewSelect(nil, nil)
	s.fUnit = widget.NewSelect(nil, nil)
	s.fKind = widget.NewSelect(nil, nil)
	s.fillStatusOptions()
	s.fStatus.OnChanged = func(string) { s.onFilter() }
	typed := func(string) { s.typed.poke() }
	s.fFrom, s.fTo, s.fText = widget.NewEntry(), widget.NewEntry(), widget.NewEntry()
	s.fFrom.SetPlaceHolder(lang.L("起始日期"))
	s.fTo.SetPlaceHolder(lang.L("截止日期"))
	s.fText.SetPlaceHolder(lang.L("标题或正文包含……"))
	for _, e := range []*widget.Entry{s.fFrom, s.fTo, s.fText} {
		e.OnChanged = typed
	}
	// the dates as wide as their placeholders, beside the text filter: in
	// the pickers' row they widened the list beyond 1,024 px
	dates := container.NewHBox(newDateFilter(s.fFrom, lang.L("起始日期")), newDateFilter(s.fTo, lang.L("截止日期")))
	row := container.NewGridWithColumns(3, s.fStatus, s.fUnit, s.fKind)
	return container.NewVBox(row, container.NewBorder(nil, nil, nil, dates, s.fText))
}

// statusButtons set the status of the ticked submissions, or of the one
// selected when none is ticked; 删除所选 deletes the ticked ones.
func (s *submissionsScreen) statusButtons() fyne.CanvasObject {
	box := container.NewHBox(widget.NewLabel(lang.L("标记为：")))
	for _, st := range editor.SubmissionStatuses {
		box.Add(widget.NewButton(submissionStatusLabel(st), func() { s.setStatusOfBatch(st) }))
	}
	box.Add(widget.NewButtonWithIcon(lang.L("删除所选"), theme.DeleteIcon(), s.onDeleteChecked))
	return box
}

func (s *submissionsScreen) fillStatusOptions() {
	opts := []string{lang.L("全部状态")}
	for _, st := range editor.SubmissionStatuses {
		opts = append(opts, submissionStatusLabel(st))
	}
	s.fStatus.SetOptions(opts)
	s.fStatus.SetSelectedIndex(0)
}

func (s *submissionsScreen) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	b := o.(*widget.Button)
	if id.Col < 0 || id.Col >= len(subColumns) {
		return
	}
	c := subColumns[id.Col]
	b.SetText("")
	if c.title != "" { // the tick column has none, and an empty key logs a failure
		b.SetText(lang.L(c.title))
	}
	b.Importance = widget.LowImportance
	b.SetIcon(nil)
	if c.sort != "" && c.sort == s.filter.Sort {
		b.SetIcon(theme.MoveUpIcon())
		if s.filter.Desc {
			b.SetIcon(theme.MoveDownIcon())
		}
	}
	b.OnTapped = func() { s.onSort(c.sort) }
}

// onSort sorts by a column; a second click on it reverses the order.
func (s *submissionsScreen) onSort(by editor.SubmissionSort) {
	if by == "" {
		return
	}
	if s.filter.Sort == by {
		s.filter.Desc = !s.filter.Desc
	} else {
		s.filter.Sort, s.filter.Desc = by, by == editor.SortReceived || by == editor.SortWords
	}
	s.reloadRows()
}

func (s *submissionsScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	cell := o.(*fyne.Container)
	l, box, lines := cell.Objects[0].(*widget.Label), cell.Objects[1].(*widget.Check), cell.Objects[2].(*fyne.Container)
	lines.Hide()
	sub, ok := s.row(id.Row)
	if id.Col == 0 {
		l.Hide()
		s.showCheck(box, sub, ok)
		return
	}
	l.Show()
	box.Hide()
	if !ok {
		l.SetText("…")
		return
	}
	l.TextStyle.Bold = sub.ID == s.selected
	l.Importance = widget.MediumImportance
	switch id.Col - 1 {
	case 0:
		l.SetText(s.u.dateLabel(sub.Received))
	case 1:
		name := unitDisplayName(sub, s.units)
		if sub.UnitID == 0 && sub.UnitName == "" {
			name = lang.L("未识别") // the brackets of （未识别） cut it in the narrow column
		}
		showUnit(l, lines, name, s.columns.unitNow)
	case 2:
		l.SetText(sub.Kind)
	case 3:
		if sub.DuplicateOf != 0 {
			l.Importance = widget.WarningImportance
			l.SetText(lang.L("重复·") + sub.Title)
		} else {
			l.SetText(sub.Title)
		}
	case 4:
		l.SetText(strconv.Itoa(sub.Words))
	case 5:
		l.SetText(submissionStatusLabel(sub.Status))
	}
}

// unitDisplayName is the unit's short name when it has one.
func unitDisplayName(sub editor.Submission, units []editor.Unit) string {
	for _, un := range units {
		if un.ID == sub.UnitID && un.ShortName != "" {
			return un.ShortName
		}
	}
	if sub.UnitName == "" {
		return lang.L("（未识别）")
	}
	return sub.UnitName
}

// reload reads units and kinds, then the rows under the current filter.
func (s *submissionsScreen) reload() {
	s.detail.flush()
	if units, err := s.u.ar.Units(s.u.ctx()); err == nil {
		s.units = units
		s.columns.wantUnits(unitNames(units))
	} else {
		s.u.showError(err)
	}
	kinds, _ := s.u.ar.Kinds(s.u.ctx())
	s.kinds = mergeKinds(kinds)
	s.fillFilterOptions()
	s.detail.setChoices(s.units, s.kinds)
	s.reloadRowsFirst(true)
	if s.selected != 0 {
		s.detail.load(s.selected)
	}
}

// mergeKinds is the default kinds followed by any others the archive holds.
func mergeKinds(found []string) []string {
	out := append([]string(nil), editor.DefaultKinds...)
	for _, k := range found {
		if k != "" && deskIndexOf(out, k) < 0 {
			out = append(out, k)
		}
	}
	return out
}

// fillFilterOptions keeps the chosen unit and kind across reloads.
func (s *submissionsScreen) fillFilterOptions() {
	unitOpts := []string{lang.L("全部单位"), lang.L("（未识别）")}
	for _, un := range s.units {
		unitOpts = append(unitOpts, un.Name)
	}
	keepUnit, keepKind := s.fUnit.Selected, s.fKind.Selected
	s.fUnit.OnChanged, s.fKind.OnChanged = nil, nil
	s.fUnit.SetOptions(unitOpts)
	s.fKind.SetOptions(append([]string{lang.L("全部类型")}, s.kinds...))
	s.fUnit.SetSelectedIndex(max(0, deskIndexOf(unitOpts, keepUnit)))
	s.fKind.SetSelectedIndex(max(0, deskIndexOf(s.fKind.Options, keepKind)))
	s.fUnit.OnChanged = func(string) { s.onFilter() }
	s.fKind.OnChanged = func(string) { s.onFilter() }
}

// onFilter reads the filter widgets into the filter and reloads the rows.
func (s *submissionsScreen) onFilter() {
	f := s.filter
	f.Status = ""
	if i := s.fStatus.SelectedIndex(); i > 0 {
		f.Status = editor.SubmissionStatuses[i-1]
	}
	f.UnitID = 0
	switch i := s.fUnit.SelectedIndex(); {
	case i == 1:
		f.UnitID = -1
	case i > 1 && i-2 < len(s.units):
		f.UnitID = s.units[i-2].ID
	}
	f.Kind = ""
	if i := s.fKind.SelectedIndex(); i > 0 {
		f.Kind = s.fKind.Selected
	}
	f.From, _ = editor.ParseDate(s.fFrom.Text)
	f.To, _ = editor.ParseDate(s.fTo.Text)
	f.Text = strings.TrimSpace(s.fText.Text)
	s.filter = f
	s.checked = map[int64]bool{} // ticks on rows no longer listed would act unseen
	s.reloadRows()
	// the list changed under the detail: what it showed may not be listed
	// any more, and its buttons acted on it
	s.selected = 0
	s.detail.clear()
}

func (s *submissionsScreen) onSelectRow(row int) {
	sub, ok := s.row(row)
	if !ok || sub.ID == s.selected {
		return
	}
	s.selectSubmission(sub.ID)
}

// selectSubmission shows that submission in the detail pane.
func (s *submissionsScreen) selectSubmission(id int64) {
	s.detail.flush()
	s.selected = id
	s.detail.load(id)
	if s.table != nil {
		s.table.Refresh()
	}
}

// setStatus sets a submission's status from the list buttons.
func (s *submissionsScreen) setStatus(id int64, st editor.SubmissionStatus) {
	if id == 0 {
		return
	}
	s.detail.flush()
	s.u.setSubmissionStatus([]int64{id}, st, func() { // asks first when an item uses it
		if sub, err := s.u.ar.Submission(s.u.ctx(), id); err == nil {
			s.replaceRow(sub)
			if id == s.selected {
				s.detail.load(id)
			}
		}
	})
}
