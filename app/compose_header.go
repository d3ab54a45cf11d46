package app

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// composeHeader edits the issue's masthead numbers, date, status, the
// 报/送/发 lines and 印数. They are saved together (UpdateIssueHeader), as
// typed, like the items.
type composeHeader struct {
	s                   *composeScreen
	number, total, date *composeEntry
	copies              *composeEntry
	distLabels          []*composeEntry
	distTexts           []*composeEntry
	marks               *composeMarks // 版头与版记 (compose_marks.go)
	msg                 *widget.Label // why the last header edit was not saved
	save                *debouncer
	row                 *fyne.Container // the actions, for the fit test
}

func newComposeHeader(s *composeScreen) *composeHeader {
	h := &composeHeader{s: s, msg: widget.NewLabel("")}
	h.msg.Importance = widget.DangerImportance
	h.msg.Wrapping = fyne.TextWrapWord
	h.save = s.u.autosave(h.store)
	return h
}

// entry makes a header field saved like the items.
func (h *composeHeader) entry(text string, multi bool) *composeEntry {
	e := newComposeEntry(multi)
	e.SetText(text)
	e.OnChanged = func(string) {
		h.s.undo.typed = true
		h.save.poke()
		h.typing()
	}
	e.onBlur = h.save.flush
	e.onShortcut = h.s.undo.shortcut
	h.s.editable(e)
	return e
}

// view is the top bar: title and status, numbers and date, the actions.
func (h *composeHeader) view() fyne.CanvasObject {
	s := h.s
	is := s.issue
	h.msg.SetText("")
	h.msg.Hide()
	h.number = h.entry(strconv.Itoa(is.Number), false)
	h.total = h.entry(importPreviewNumberText(is.TotalNumber), false) // empty: the source printed none
	h.total.SetPlaceHolder(lang.L("（没有）"))                            // the source printed none: not printed, asked for at 签发
	h.date = h.entry(s.u.dateLabel(is.Date), false)
	title := widget.NewLabelWithStyle(is.BulletinName, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	status := widget.NewLabel(issueStatusLabel(is.Status))
	if s.issue.Status == editor.IssueSigned {
		status.Importance = widget.SuccessImportance
	}
	fields := container.NewBorder(nil, nil, container.NewHBox(title,
		widget.NewLabel(lang.L("期号")), composeSized(h.number, 70),
		widget.NewLabel(lang.L("总期号")), composeSized(h.total, 80),
		widget.NewLabel(lang.L("日期")), composeSized(h.date, 150), status), nil, s.targets.label)
	top := container.NewVBox(fields)
	h.presence(top)
	top.Add(h.actions())
	top.Add(s.reviewRecord()) // who sent, reviewed, signed: one row at every stage (compose_workflow.go)
	top.Add(h.msg)
	top.Add(widget.NewSeparator())
	return top
}

// presence is 「张三正在编辑本期的期号、日期或报送范围」 while someone on
// another desktop types in this header, hidden otherwise (live.go).
func (h *composeHeader) presence(top *fyne.Container) {
	l := h.s.u.live()
	if l.headerIssue != h.s.issue.ID {
		l.headerLabel().Hide() // it spoke of another issue's header
	}
	top.Add(l.headerLabel())
	l.headerRow = top // laid out again when the mark comes or goes
}

// typing tells the other desktops this editor types in the header (live.go).
func (h *composeHeader) typing() {
	if h.s.issue != nil {
		h.s.u.live().typingHeader(h.s.issue.ID)
	}
}

// actions: new issue, sign/reopen, the exports.
func (h *composeHeader) actions() fyne.CanvasObject {
	s := h.s
	newBtn := widget.NewButtonWithIcon(lang.L("新建一期"), theme.DocumentCreateIcon(), s.newIssue)
	exp := h.exportButton()
	hist := widget.NewButtonWithIcon(lang.L("历史"), theme.HistoryIcon(), h.showHistory) // app/history.go
	row := container.NewHBox(newBtn)
	for _, b := range s.workflowButtons() { // 送审, 审核通过, 退回, 签发, 重新打开 by role (compose_workflow.go)
		row.Add(b)
	}
	row.Objects = append(row.Objects, hist, layout.NewSpacer(), exp)
	h.row = row
	return row
}

// exportButton is 导出…, opening the five formats: five buttons of their
// own did not fit beside the review's buttons at 1,024 px (历史 was cut).
func (h *composeHeader) exportButton() *widget.Button {
	s := h.s
	b := widget.NewButtonWithIcon(lang.L("导出…"), theme.DocumentSaveIcon(), nil)
	b.OnTapped = func() {
		m := fyne.NewMenu("",
			fyne.NewMenuItem(lang.L("导出文本"), func() { s.export("txt") }),
			fyne.NewMenuItem(lang.L("导出 Word"), func() { s.export("docx") }),
			fyne.NewMenuItem(lang.L("导出PDF"), s.exportPDF),
			fyne.NewMenuItem(lang.L("导出网页"), func() { s.export("html") }),
			fyne.NewMenuItem(lang.L("导出 Excel"), func() { s.export("xlsx") }))
		at := fyne.CurrentApp().Driver().AbsolutePositionForObject(b).AddXY(0, b.Size().Height)
		widget.ShowPopUpMenuAtPosition(m, s.u.win.Canvas(), at)
	}
	return b
}

// distributionView edits the 报/送/发 lines and 印数.
func (h *composeHeader) distributionView() fyne.CanvasObject {
	is := h.s.issue
	h.distLabels, h.distTexts = nil, nil
	rows := container.NewVBox(widget.NewLabelWithStyle(lang.L("报送范围与印数"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	for _, d := range is.Distribution {
		l := h.entry(d.Label, false)
		t := h.entry(d.Text, false)
		h.distLabels = append(h.distLabels, l)
		h.distTexts = append(h.distTexts, t)
		rows.Add(container.NewBorder(nil, nil, composeSized(l, 60), nil, t))
	}
	add := h.s.button(lang.L("添加一行"), theme.ContentAddIcon(), h.addLine)
	h.copies = h.entry(strconv.Itoa(is.CopyCount), false)
	rows.Add(container.NewHBox(add, layout.NewSpacer(), widget.NewLabel(lang.L("印数")), composeSized(h.copies, 90), widget.NewLabel(lang.L("份"))))
	rows.Add(widget.NewLabel(lang.L("清空一行的内容即删除该行。")))
	return rows
}

// addLine appends an empty 发 line and rebuilds.
func (h *composeHeader) addLine() {
	h.save.flush()
	is := *h.s.issue
	is.Distribution = append(append([]editor.DistributionLine(nil), is.Distribution...), editor.DistributionLine{Label: "发"})
	h.s.do(func() error { return h.s.u.ar.UpdateIssueHeader(h.s.u.ctx(), &is) })
}

// store validates the fields and saves the header. A field that cannot be
// saved (a number another issue has, a date that cannot be read) keeps its
// stored value and is explained under the header; the other fields are saved
// all the same, so nothing typed elsewhere waits on it or is lost with it.
func (h *composeHeader) store() {
	s := h.s
	if s.issue == nil || h.number == nil {
		return
	}
	is, problem := h.collect()
	err := s.u.ar.UpdateIssueHeader(s.u.ctx(), &is)
	if errors.Is(err, editor.ErrDuplicateNumber) {
		problem = lang.L("第{{.N}}期或总第{{.M}}期已被另一期使用，期号未保存。请改用其他期号。",
			map[string]any{"N": is.Number, "M": is.TotalNumber})
		is.Number, is.TotalNumber = s.issue.Number, s.issue.TotalNumber
		err = s.u.ar.UpdateIssueHeader(s.u.ctx(), &is)
	}
	if errors.Is(err, editor.ErrDuplicateNumber) { // the new date's year has the stored numbers too
		h.show(problem)
		return
	}
	if err != nil {
		s.fail(fmt.Errorf("save the issue header: %w", err))
		return
	}
	if problem != "" {
		h.show(problem)
	} else {
		h.msg.Hide()
	}
	s.issue.Number, s.issue.TotalNumber, s.issue.Year, s.issue.Date = is.Number, is.TotalNumber, is.Year, is.Date
	s.issue.CopyCount, s.issue.Distribution, s.issue.Version = is.CopyCount, is.Distribution, is.Version
	s.issue.Marks, s.issue.EditorNote = is.Marks, is.EditorNote
	s.preview.changed()
	s.notifyOthers()
}

// collect reads the fields into a copy of the issue; a field that cannot be
// read keeps the stored value, and problem says what is wrong with it.
func (h *composeHeader) collect() (is editor.Issue, problem string) {
	is = *h.s.issue
	n, err1 := strconv.Atoi(strings.TrimSpace(h.number.Text))
	t, err2 := importPreviewNumber(h.total.Text) // empty stays empty (not printed; asked for at 签发)
	if err1 != nil || err2 != nil || n < 1 {
		problem = lang.L("期号和总期号须为正整数。")
	} else {
		is.Number, is.TotalNumber = n, t
	}
	if strings.TrimSpace(h.date.Text) == "" {
		is.Date = editor.Date{} // no date yet (imported without one); asked for at 签发
	} else if d, ok := editor.ParseDate(h.date.Text); !ok {
		problem = lang.L("日期写法如 2022年6月15日 或 2022-06-15。")
	} else {
		is.Date, is.Year = d, d.Year()
	}
	c, err := strconv.Atoi(strings.TrimSpace(h.copies.Text))
	if strings.TrimSpace(h.copies.Text) == "" {
		c, err = 0, nil
	}
	if err != nil || c < 0 {
		problem = lang.L("印数须为整数。")
	} else {
		is.CopyCount = c
	}
	if h.marks != nil {
		if p := h.marks.collect(&is); p != "" {
			problem = p
		}
	}
	is.Distribution = nil
	for i := range h.distTexts {
		l, txt := strings.TrimSpace(h.distLabels[i].Text), strings.TrimSpace(h.distTexts[i].Text)
		if txt != "" {
			is.Distribution = append(is.Distribution, editor.DistributionLine{Label: l, Text: txt})
		}
	}
	return is, problem
}

func (h *composeHeader) show(problem string) {
	h.msg.SetText(problem)
	h.msg.Show()
}

// composeSized gives an entry a fixed width inside an HBox.
func composeSized(o fyne.CanvasObject, width float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(width, o.MinSize().Height), o)
}

// newIssue proposes the next 第N期/总第M期 for today's date and creates the
// issue with the bulletin's sections and distribution lines on confirmation.
func (s *composeScreen) newIssue() {
	s.flush()
	bulletins, err := s.u.ar.Bulletins(s.u.ctx())
	if err != nil || len(bulletins) == 0 {
		s.u.showError(fmt.Errorf("read the bulletins: %w", err))
		return
	}
	n := &composeNewIssue{s: s, bulletins: bulletins, date: widget.NewEntry(), numbers: widget.NewLabel("")}
	names := make([]string, len(bulletins))
	for i, b := range bulletins {
		names[i] = b.Name
	}
	n.pick = widget.NewSelect(names, func(string) { n.propose() })
	n.date.SetText(s.u.dateLabel(time.Now()))
	n.date.OnChanged = func(string) { n.propose() }
	n.pick.SetSelectedIndex(s.currentBulletin(bulletins))
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("刊物"), n.pick),
		widget.NewFormItem(lang.L("日期"), n.date),
		widget.NewFormItem(lang.L("期号"), n.numbers),
	}
	d := dialog.NewForm(lang.L("新建一期"), lang.L("创建"), lang.L("取消"), items, func(ok bool) {
		if ok {
			n.create()
		}
	}, s.u.win)
	s.u.showForm(d, items, n.date) // Ctrl+Shift+N, Enter: today's issue
}

// composeNewIssue is the 新建一期 dialog.
type composeNewIssue struct {
	s         *composeScreen
	bulletins []editor.Bulletin
	pick      *widget.Select
	date      *widget.Entry
	numbers   *widget.Label
}

// propose shows the numbers the issue will get for the chosen bulletin and date.
func (n *composeNewIssue) propose() {
	d, ok := editor.ParseDate(n.date.Text)
	if !ok || n.pick.SelectedIndex() < 0 {
		n.numbers.SetText(lang.L("日期写法如 2022年6月15日 或 2022-06-15。"))
		return
	}
	num, total, err := n.s.u.ar.NextNumbers(n.s.u.ctx(), n.bulletins[n.pick.SelectedIndex()].ID, d)
	if err != nil {
		n.numbers.SetText(userMessage(err))
		return
	}
	n.numbers.SetText(lang.L("第{{.N}}期（总第{{.M}}期）", map[string]any{"N": num, "M": total}))
}

func (n *composeNewIssue) create() {
	d, ok := editor.ParseDate(n.date.Text)
	if !ok || n.pick.SelectedIndex() < 0 {
		return
	}
	is, err := n.s.u.ar.NewIssue(n.s.u.ctx(), n.bulletins[n.pick.SelectedIndex()].ID, d)
	if err != nil {
		n.s.u.showError(fmt.Errorf("create the issue: %w", err))
		return
	}
	n.s.open(is.ID)
	n.s.notifyOthers()
}

// currentBulletin is the index of the open issue's bulletin, else 0.
func (s *composeScreen) currentBulletin(bs []editor.Bulletin) int {
	for i, b := range bs {
		if s.issue != nil && b.ID == s.issue.BulletinID {
			return i
		}
	}
	return 0
}
