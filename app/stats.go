package app

import (
	"fmt"
	"io"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/workbook"
)

// statsCustom is the period choice for a free date range.
const statsCustom = "custom"

// statsScreen is 统计: pick a period, see every unit's numbers with group
// subtotals, the total and the ranking; click a unit for what lies behind
// its numbers; export the workbook and the 通报 draft. 计分办法 opens from here.
type statsScreen struct {
	u        *ui
	kind     string      // month, quarter, year or custom
	anchor   editor.Date // a day inside the period shown (not custom)
	st       *editor.Statistics
	cols     []statsColumn
	rows     []statsRow
	sortCol  int // -1: the archive's order
	sortDesc bool
	gen      int  // the latest computation; older results are dropped
	ready    bool // shown once: computing before that would slow the start

	kindSel    *widget.Select
	periodLbl  *widget.Label
	prev, next *widget.Button
	from, to   *widget.Entry
	signedOnly *widget.Check
	bulletin   *widget.Select // 全部刊物 or one; shown when there are several
	bulletins  []editor.Bulletin
	status     *widget.Label
	table      *widget.Table
	rules      *rulesScreen
	main       fyne.CanvasObject
	root       *fyne.Container
}

func newStatsScreen(u *ui) *statsScreen {
	s := &statsScreen{u: u, kind: string(editor.PeriodMonth), anchor: time.Now(), sortCol: -1,
		status: widget.NewLabel(""), periodLbl: widget.NewLabel("")}
	s.status.Wrapping = fyne.TextWrapWord // the note on 采用率 must not widen the window
	s.table = s.newTable()
	s.rules = newRulesScreen(u, s.showStats)
	s.main = container.NewBorder(s.controls(), s.status, nil, nil, s.table)
	s.root = container.NewStack(s.main)
	return s
}

func (s *statsScreen) view() fyne.CanvasObject { return s.root }

// reload computes the statistics of the chosen period again.
func (s *statsScreen) reload() {
	s.ready = true
	s.loadBulletins()
	s.compute()
}

// loadBulletins offers 全部刊物 and each bulletin when there are several
// (正刊, 增刊, 专报); with one there is nothing to choose.
func (s *statsScreen) loadBulletins() {
	if bs, ok := s.u.fillBulletinSelect(s.bulletin, s.compute); ok {
		s.bulletins = bs
	}
}

// controls: the period, 只计已签发, the exports and 计分办法.
func (s *statsScreen) controls() fyne.CanvasObject {
	kinds := []string{string(editor.PeriodMonth), string(editor.PeriodQuarter), string(editor.PeriodYear), statsCustom}
	labels := []string{lang.L("按月"), lang.L("按季度"), lang.L("按年"), lang.L("自定义")}
	s.kindSel = widget.NewSelect(labels, nil)
	s.kindSel.SetSelectedIndex(0)
	s.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { s.step(-1) })
	s.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { s.step(1) })
	s.from, s.to = widget.NewEntry(), widget.NewEntry()
	p := editor.PeriodOf(editor.PeriodYear, s.anchor)
	s.from.SetText(s.u.dateLabel(p.From))
	s.to.SetText(s.u.dateLabel(s.anchor))
	s.from.OnSubmitted = func(string) { s.compute() }
	s.to.OnSubmitted = func(string) { s.compute() }
	apply := widget.NewButtonWithIcon(lang.L("统计"), theme.ViewRefreshIcon(), s.compute)
	s.signedOnly = widget.NewCheck(lang.L("只计已签发的期"), func(bool) { s.compute() })
	custom := container.NewHBox(composeSized(s.from, 140), widget.NewLabel(lang.L("至")), composeSized(s.to, 140), apply)
	nav := container.NewHBox(s.prev, composeSized(s.periodLbl, 150), s.next)
	period := container.NewStack(nav, custom)
	custom.Hide()
	s.kindSel.OnChanged = func(string) {
		s.kind = kinds[s.kindSel.SelectedIndex()]
		nav.Hidden, custom.Hidden = s.kind == statsCustom, s.kind != statsCustom
		period.Refresh()
		s.periodChanged()
	}
	rules := widget.NewButtonWithIcon(lang.L("计分办法"), theme.SettingsIcon(), s.showRules)
	xlsx := widget.NewButtonWithIcon(lang.L("导出统计表"), theme.DocumentSaveIcon(), s.exportWorkbook)
	notice := widget.NewButtonWithIcon(lang.L("导出通报"), theme.DocumentSaveIcon(), s.exportNotice)
	s.periodChanged()
	s.bulletin = widget.NewSelect(nil, func(string) { s.compute() })
	s.bulletin.Hide()
	return container.NewHBox(s.kindSel, period, s.bulletin, s.signedOnly, layout.NewSpacer(), rules, xlsx, notice)
}

// periodChanged shows the period's name and computes it.
func (s *statsScreen) periodChanged() {
	if s.kind != statsCustom {
		s.periodLbl.SetText(s.u.periodLabel(editor.PeriodOf(editor.PeriodKind(s.kind), s.anchor)))
	}
	s.compute()
}

// step moves to the previous or next month, quarter or year.
func (s *statsScreen) step(delta int) {
	p := editor.PeriodOf(editor.PeriodKind(s.kind), s.anchor)
	if delta < 0 {
		s.anchor = p.From.AddDate(0, 0, -1)
	} else {
		s.anchor = p.To.AddDate(0, 0, 1)
	}
	s.periodChanged()
}

// query is the StatsQuery of the chosen period; false with a message when
// the custom dates cannot be read.
func (s *statsScreen) query() (editor.StatsQuery, bool) {
	q := editor.StatsQuery{SignedOnly: s.signedOnly != nil && s.signedOnly.Checked}
	if i := s.bulletin.SelectedIndex(); i > 0 && i-1 < len(s.bulletins) {
		q.BulletinID = s.bulletins[i-1].ID
	}
	if s.kind != statsCustom {
		p := editor.PeriodOf(editor.PeriodKind(s.kind), s.anchor)
		q.From, q.To, q.By = p.From, p.To, editor.PeriodMonth
		if s.kind == string(editor.PeriodYear) {
			q.By = editor.PeriodQuarter
		}
		return q, true
	}
	from, ok1 := editor.ParseDate(s.from.Text)
	to, ok2 := editor.ParseDate(s.to.Text)
	if !ok1 || !ok2 || to.Before(from) {
		s.status.SetText(lang.L("请填写起止日期，如 2022年1月1日 至 2022年6月30日，起始不晚于截止。"))
		return q, false
	}
	q.From, q.To, q.By = from, to, editor.PeriodMonth
	if to.Sub(from) > 400*24*time.Hour {
		q.By = editor.PeriodYear
	}
	return q, true
}

// compute runs the statistics off the UI goroutine; a later request
// supersedes an earlier one still running.
func (s *statsScreen) compute() {
	if !s.ready || s.table == nil || s.signedOnly == nil {
		return
	}
	q, ok := s.query()
	if !ok {
		return
	}
	s.gen++
	gen := s.gen
	s.status.SetText(lang.L("正在统计……"))
	work := func() {
		st, err := s.u.ar.Statistics(s.u.ctx(), q)
		fyne.Do(func() { s.show(gen, st, err) })
	}
	if s.u.syncWork {
		st, err := s.u.ar.Statistics(s.u.ctx(), q)
		s.show(gen, st, err)
		return
	}
	go work()
}

func (s *statsScreen) show(gen int, st *editor.Statistics, err error) {
	if gen != s.gen {
		return
	}
	if err != nil {
		s.status.SetText(userMessage(err))
		return
	}
	s.st = st
	cols := statsColumns(st)
	rows := statsFlatten(st, cols, s.sortCol, s.sortDesc)
	// Fyne redraws the whole table on each SetColumnWidth: with its cells
	// there, that shaped every visible cell's text once a column (ten
	// years by quarter, 1.4 s of CPU to show the screen); empty, it draws nothing
	s.cols, s.rows = nil, nil
	for i, c := range cols {
		s.table.SetColumnWidth(i, statsColumnWidth(c, rows))
	}
	s.cols, s.rows = cols, rows
	s.table.Refresh()
	s.status.SetText(lang.L("{{.From}}至{{.To}}：报送{{.S}}篇，其中被采用{{.R}}篇；采用{{.A}}条。点击单位查看明细，点击表头排序。",
		map[string]any{"From": s.u.dateLabel(st.Query.From), "To": s.u.dateLabel(st.Query.To),
			"S": st.Total.Submissions, "R": st.Total.SubmissionsAdopted, "A": st.Total.Adopted}) + s.rulesNote(st) +
		"\n" + lang.L("采用率＝被采用来稿÷报送来稿，每篇来稿只计一次，不会超过100%；综合稿件计入每个署名单位的“采用”和“综合采用”，不计入采用率。"))
}

// rulesNote names the versions of 计分办法 the scores were computed under.
func (s *statsScreen) rulesNote(st *editor.Statistics) string {
	var from []string
	for _, v := range st.Rules {
		from = append(from, rulesVersionLabel(s.u, v.EffectiveFrom))
	}
	if len(from) == 0 {
		return ""
	}
	return " " + lang.L("计分办法：{{.Versions}}。", map[string]any{"Versions": strings.Join(from, "、")})
}

// newTable is the virtualised table with clickable headers.
func (s *statsScreen) newTable() *widget.Table {
	t := widget.NewTable(func() (int, int) { return len(s.rows), len(s.cols) }, statsCell, s.updateCell)
	t.ShowHeaderRow = true
	t.CreateHeader = func() fyne.CanvasObject {
		b := widget.NewButton("", nil)
		b.Importance = widget.LowImportance
		return b
	}
	t.UpdateHeader = func(id widget.TableCellID, o fyne.CanvasObject) {
		b := o.(*widget.Button)
		if id.Col < 0 || id.Col >= len(s.cols) {
			b.SetText("")
			return
		}
		text := s.cols[id.Col].title
		if id.Col == s.sortCol {
			text += map[bool]string{true: " ▼", false: " ▲"}[s.sortDesc]
		}
		b.SetText(text)
		col := id.Col
		b.OnTapped = func() { s.sortBy(col) }
	}
	t.OnSelected = func(id widget.TableCellID) {
		t.UnselectAll()
		if id.Row >= 0 && id.Row < len(s.rows) && s.rows[id.Row].unit != nil {
			s.showDetail(s.rows[id.Row].unit)
		}
	}
	return t
}

func (s *statsScreen) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row >= len(s.rows) || id.Col >= len(s.cols) {
		l.SetText("")
		return
	}
	r := s.rows[id.Row]
	l.TextStyle.Bold = r.unit == nil
	l.Alignment = fyne.TextAlignTrailing
	if id.Col == 1 {
		l.Alignment = fyne.TextAlignLeading
	}
	l.SetText(s.cols[id.Col].text(r))
}

// sortBy sorts the units inside their groups by column col; a second click
// reverses. Numbers sort largest first, rank and name from the top.
func (s *statsScreen) sortBy(col int) {
	if col == s.sortCol {
		s.sortDesc = !s.sortDesc
	} else {
		s.sortCol, s.sortDesc = col, col > 1
	}
	if s.st != nil {
		s.rows = statsFlatten(s.st, s.cols, s.sortCol, s.sortDesc)
	}
	s.table.Refresh()
}

// statsFileStem is 组工信息统计2022年6月 for the save dialogs.
func (s *statsScreen) statsFileStem() string {
	st := s.st
	name := st.BulletinName
	if s.kind != statsCustom {
		return name + lang.L("统计") + editor.PeriodOf(editor.PeriodKind(s.kind), s.anchor).Label
	}
	return fmt.Sprintf("%s%s%s至%s", name, lang.L("统计"), st.Query.From.Format(editor.DateLayout), st.Query.To.Format(editor.DateLayout))
}

// exportWorkbook saves the statistics workbook (.xlsx); the detail sheet
// streams from the archive inside the save's background work.
func (s *statsScreen) exportWorkbook() {
	if s.st != nil {
		s.u.saveFile(s.statsFileStem()+".xlsx", s.workbookWriter(s.st))
	}
}

func (s *statsScreen) workbookWriter(st *editor.Statistics) func(io.Writer) error {
	ctx := s.u.ctx()
	return func(w io.Writer) error {
		rows := func(fn func(editor.DetailRow) error) error { return s.u.ar.EachStatsRow(ctx, st.Query, fn) }
		return workbook.WriteStatsWorkbook(w, st, rows)
	}
}

// exportNotice saves the 通报 draft (.txt), signed by the bulletin's editing unit.
func (s *statsScreen) exportNotice() {
	if s.st != nil {
		s.u.saveFile(s.statsFileStem()+lang.L("通报")+".txt", s.noticeWriter(s.st))
	}
}

func (s *statsScreen) noticeWriter(st *editor.Statistics) func(io.Writer) error {
	o := workbook.NoticeOptions{Date: time.Now()}
	if bs, err := s.u.ar.Bulletins(s.u.ctx()); err == nil && len(bs) > 0 {
		o.Issuer = bs[0].EditingUnit
	}
	return func(w io.Writer) error { return workbook.WriteNotice(w, st, o) }
}

// showRules puts 计分办法 in place of the table; its 返回统计 comes back.
func (s *statsScreen) showRules() {
	s.root.Objects = []fyne.CanvasObject{s.rules.view()}
	s.root.Refresh()
	s.rules.reload()
}

// showStats returns from 计分办法 and recomputes under the saved rules.
func (s *statsScreen) showStats() {
	s.root.Objects = []fyne.CanvasObject{s.main}
	s.root.Refresh()
	s.compute()
}
