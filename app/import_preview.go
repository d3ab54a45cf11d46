package app

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// importPreview is the look at an imported bulletin text before anything
// is saved: what the reader recognised (masthead, sections, items,
// attributions, footer) and what it was unsure of. The editor corrects it
// here — the bulletin it goes into (a text without a name goes into the
// chosen one; none is invented), its numbers and date, where an item
// starts, whose attribution it is — and 保存 stores it in one transaction.
type importPreview struct {
	u         *ui
	name      string // the file's name
	data      []byte // the file, read again when the editor marks the masthead
	is        *editor.Issue
	bulletins []editor.Bulletin
	bulSel    *widget.Select
	number    *widget.Entry
	total     *widget.Entry
	newUnits  *cjkLabel                 // the units saving would create (showNewUnits); wrapped by the Chinese rules
	newGroups *fyne.Container           // a group choice for each (import_preview_units.go)
	groups    map[string]string         // the group chosen for a new unit, by name, kept while attributions change
	groupSel  map[string]*widget.Select // the choices shown
	date      *widget.Entry
	unit      *widget.Entry // the 编辑单位 this issue prints: the source's as read, to correct
	unitNote  *widget.Label // whose the unit is: this issue's, and the bulletin's when it differs
	newName   *widget.Entry // the name of the new bulletin the masthead names, to correct
	read      intake.IssueSummary
	msg       *widget.Label
	rows      []importPreviewRow
	roles     []*widget.Select // what each top line is (import_preview_masthead.go)
	head      *fyne.Container  // the summary and the fields, filled again after a re-read
	items     *fyne.Container  // the items, likewise
	dlg       dialog.Dialog
	saved     func(*editor.Issue)
	// the splits (import_preview_split.go): the states to go back to, the
	// rows' ticks kept across a split, the rows a split made, and the
	// split dialog's buttons
	undo        []importPreviewState
	keep, split []bool
	splitAt     []*widget.Button
	marked      bool     // the editor marked the masthead's lines
	known       []string // the sections the reading knew (the chosen bulletin's)
}

// importPreviewRow is one item's corrections: does it start an item, and its attribution.
type importPreviewRow struct {
	sec, item int
	starts    *widget.Check
	attr      *widget.Entry
}

// importPreviewNew builds the preview of is, read from the file name; read
// is what the reader said of it (ReadIssueSummary: the page lines removed,
// the items found by their numbers).
// data is the file's bytes, read again with the masthead as the editor marks it.
func importPreviewNew(u *ui, name string, data []byte, is *editor.Issue, read intake.IssueSummary, bulletins []editor.Bulletin, saved func(*editor.Issue)) *importPreview {
	p := &importPreview{u: u, name: name, data: data, is: is, read: read, bulletins: bulletins, saved: saved, msg: widget.NewLabel("")}
	p.msg.Wrapping = fyne.TextWrapWord
	p.bulSel = widget.NewSelect(nil, func(string) { p.setUnit(); p.onBulletin() })
	p.number, p.total = importPreviewEntry(), importPreviewEntry()
	p.total.SetPlaceHolder(lang.L("原文没有总第（留空，不印）"))
	p.newUnits = newCJKLabel("")
	p.newGroups = container.NewVBox()
	p.date = widget.NewEntry()
	p.date.SetPlaceHolder(lang.L("原文没有日期"))
	p.unit = widget.NewEntry()
	p.unit.SetPlaceHolder(lang.L("原文没有编辑单位"))
	p.newName = widget.NewEntry()
	p.setFields()
	return p
}

// setFields shows what was read of the masthead in the fields, after the
// first reading and after each re-reading.
func (p *importPreview) setFields() {
	p.bulSel.Options = p.bulletinOptions()
	p.bulSel.SetSelected(p.defaultBulletin())
	p.number.SetText(importPreviewNumberText(p.is.Number))
	p.total.SetText(importPreviewNumberText(p.is.TotalNumber))
	p.date.SetText(p.u.dateLabel(p.is.Date))
	p.newName.SetText(p.is.BulletinName)
	p.setUnit()
}

// setUnit shows the editing unit this issue prints: the one its source
// printed (a back issue keeps it, migration 028), or the chosen bulletin's
// when the source has none.
func (p *importPreview) setUnit() {
	unit := p.is.EditingUnit
	if b, ok := p.chosenBulletin(); ok && unit == "" {
		unit = b.EditingUnit
	}
	p.unit.SetText(unit)
	if p.unitNote != nil {
		p.unitNote.SetText(p.unitNoteText())
	}
}

// chosenBulletin is the existing bulletin chosen, ok false for a new one.
func (p *importPreview) chosenBulletin() (editor.Bulletin, bool) {
	for _, b := range p.bulletins {
		if b.Name == p.bulSel.Selected {
			return b, true
		}
	}
	return editor.Bulletin{}, false
}

func importPreviewEntry() *widget.Entry {
	e := widget.NewEntry()
	e.SetPlaceHolder(lang.L("自动编号"))
	return e
}

func importPreviewNumberText(n int) string {
	if n > 0 {
		return strconv.Itoa(n)
	}
	return ""
}

// bulletinOptions are the archive's bulletins and, when the text names
// one the archive lacks, that name as a new bulletin.
func (p *importPreview) bulletinOptions() []string {
	var out []string
	known := false
	for _, b := range p.bulletins {
		out = append(out, b.Name)
		known = known || b.Name == p.is.BulletinName
	}
	if p.is.BulletinName != "" && !known {
		out = append(out, p.newBulletinLabel())
	}
	return out
}

// offersNew: the masthead names a bulletin the archive lacks.
func (p *importPreview) offersNew() bool {
	opts := p.bulletinOptions()
	return p.is.BulletinName != "" && len(opts) > 0 && opts[len(opts)-1] == p.newBulletinLabel()
}

func (p *importPreview) newBulletinLabel() string {
	return lang.L("{{.Name}}（新建刊物）", map[string]any{"Name": p.is.BulletinName})
}

// defaultBulletin: the one the masthead names, else the first (the default).
func (p *importPreview) defaultBulletin() string {
	if p.is.BulletinName != "" {
		for _, b := range p.bulletins {
			if b.Name == p.is.BulletinName {
				return b.Name
			}
		}
		return p.newBulletinLabel()
	}
	if len(p.bulletins) > 0 {
		return p.bulletins[0].Name
	}
	return ""
}

// show opens the preview dialog.
func (p *importPreview) show() {
	p.head, p.items = container.NewVBox(), container.NewVBox()
	if known := p.knownSections(); len(known) > 0 && p.data != nil && p.readAgain() { // with the bulletin's sections
		p.setFields()
	}
	p.fill()
	// one scroll: on a 768-high screen the fields above left the items a strip
	body := container.NewVScroll(container.NewVBox(p.head, p.mastheadBox(), p.items))
	save := widget.NewButton(lang.L("保存"), p.onSave)
	save.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("取消"), func() { p.dlg.Hide() })
	content := container.NewBorder(nil, container.NewHBox(cancel, save), nil, nil, body)
	p.dlg = dialog.NewCustomWithoutButtons(lang.L("导入预览：{{.File}}", map[string]any{"File": p.name}), content, p.u.win)
	p.dlg.Resize(fyne.NewSize(900, 640))
	p.u.showClosableEnter(p.dlg, func() {}) // Escape cancels, as in the 来稿 preview; Enter saves nothing unasked
}

// fill lays out the summary, the fields and the items of the issue as read.
func (p *importPreview) fill() {
	form := widget.NewForm(widget.NewFormItem(lang.L("刊物"), p.bulSel))
	if p.offersNew() {
		// the masthead read starts a new bulletin: its name is corrected here
		form.Append(lang.L("新刊物的刊名"), p.newName)
	}
	form.Append(lang.L("编辑单位"), p.unit)
	form.Append(lang.L("期号"), p.number)
	form.Append(lang.L("总期号"), p.total)
	form.Append(lang.L("日期"), p.date)
	p.unitNote = widget.NewLabel(p.unitNoteText())
	p.unitNote.Wrapping = fyne.TextWrapWord
	p.head.Objects = []fyne.CanvasObject{widget.NewLabel(p.summaryText()), form, p.unitNote, p.newUnits, p.newGroups, p.msg}
	p.head.Refresh()
	p.items.Objects = []fyne.CanvasObject{p.itemsBox()}
	p.items.Refresh()
	p.showNewUnits()
}

// unitNote says whose the editing unit is, and what the text said.
func (p *importPreview) unitNoteText() string {
	read := p.is.EditingUnit
	if read == "" {
		read = lang.L("（没有）")
	}
	if b, ok := p.chosenBulletin(); ok && b.EditingUnit != "" {
		return lang.L("这一期印上面的编辑单位（原文的：{{.Unit}}）；刊物的编辑单位“{{.Bulletin}}”不变，新编的各期仍印它。",
			map[string]any{"Unit": read, "Bulletin": b.EditingUnit})
	}
	return lang.L("这一期印上面的编辑单位，刊物也以它为编辑单位。原文的编辑单位：{{.Unit}}", map[string]any{"Unit": read})
}

// summaryText says what was recognised and what to look at, in the editor's words.
func (p *importPreview) summaryText() string {
	s := intake.SummarizeIssue(p.is)
	foot := lang.L("有报送范围（报/送/发）")
	if !s.Footer {
		foot = lang.L("原文没有报送范围（报/送/发），不会补上默认的")
	}
	lines := []string{lang.L("识别出{{.S}}个栏目、{{.I}}条信息，其中{{.A}}条有署名；{{.F}}。",
		map[string]any{"S": s.Sections, "I": s.Items, "A": s.Attributions, "F": foot})}
	if s.BulletinName == "" {
		lines = append(lines, lang.L("原文没有刊名：存入下面选定的刊物。"))
	}
	if !s.HasDate {
		lines = append(lines, lang.L("原文没有日期：保存时留空，签发前须补上。"))
	}
	if s.Number > 0 && s.TotalNumber == 0 {
		lines = append(lines, lang.L("原文没有总第：保存时留空，不印，签发前须补上。"))
	}
	if s.Contents || s.EditorNotes > 0 {
		contents := importPreviewYesNo(s.Contents)
		if s.KeptContents > 0 {
			contents = lang.L("有，按原文保留{{.N}}行（在组版中关掉再打开本期要目，即按各条标题重新生成）", map[string]any{"N": s.KeptContents})
		}
		lines = append(lines, lang.L("本期要目：{{.C}}；编者按{{.N}}则（与条目分开）。", map[string]any{"C": contents, "N": s.EditorNotes}))
	}
	if p.read.NumberedItems > 0 {
		lines = append(lines, lang.L("原文没有△：{{.N}}条信息按编号（1. 一、）或【标题】分开，请核对每条的开头。", map[string]any{"N": p.read.NumberedItems}))
	}
	if p.read.MarkedItems > 0 {
		lines = append(lines, lang.L("原文用{{.M}}标出{{.N}}条信息（不是△）：印出时用△。", map[string]any{"N": p.read.MarkedItems, "M": p.read.ItemMarks}))
	}
	if p.read.Removed > 0 {
		lines = append(lines, lang.L("已去掉PDF留下的{{.N}}行页码和页眉，其余文字一字未删。", map[string]any{"N": p.read.Removed}))
	}
	lines = append(lines, p.readingLines()...)
	for _, b := range s.Brackets {
		lines = append(lines, lang.L("第{{.N}}条以{{.B}}结尾，没有当作署名，请看一下。", map[string]any{"N": b.Item, "B": b.Bracket}))
	}
	return strings.Join(lines, "\n")
}

// readingLines say what the reading did to the text beyond the page
// numbers: a web page's lines left out, its 发布时间 taken as the date, two
// columns read one after the other, a 版记 moved to the end, an editing
// unit without 编 (the command line's check lines, in the editor's words).
func (p *importPreview) readingLines() []string {
	r := p.read
	var lines []string
	if n := len(r.WebLines); n > 0 {
		lines = append(lines, lang.L("已去掉网页上的{{.N}}行（导航、来源、上一篇、版权等），如“{{.First}}”；其余文字一字未删。",
			map[string]any{"N": n, "First": r.WebLines[0]}))
	}
	if r.DateProposed {
		lines = append(lines, lang.L("日期取自网页的发布时间，本期自己的日期可能不同，请核对。"))
	}
	switch {
	case r.Columns > 0 && r.ColumnCount > 2:
		lines = append(lines, lang.L("原文是{{.C}}栏排版：{{.N}}行按从左到右逐栏读出，请核对分栏处的条目。", map[string]any{"N": r.Columns, "C": r.ColumnCount}))
	case r.Columns > 0:
		lines = append(lines, lang.L("原文是两栏排版：{{.N}}行按先左栏、后右栏读出，请核对分栏处的条目。", map[string]any{"N": r.Columns}))
	}
	if r.FooterMoved {
		lines = append(lines, lang.L("报送范围（报/送/发）原在正文中间，已当作版记放到最后，请核对。"))
	}
	if r.UnitWithoutBian != "" {
		lines = append(lines, lang.L("原文的编辑单位后没有“编”字：照原文保存，导出时印作“{{.Unit}}”，不加“编”。", map[string]any{"Unit": r.UnitWithoutBian}))
	}
	return lines
}

// importPreviewYesNo is 有 or 无.
func importPreviewYesNo(ok bool) string {
	if ok {
		return lang.L("有（导出时按各条标题重新生成）")
	}
	return lang.L("无")
}

// collect applies the corrections to a copy of the issue; problem says
// what cannot be read.
func (p *importPreview) collect() (is *editor.Issue, problem string) {
	c := *importPreviewCopy(p.is)
	for _, r := range p.rows {
		it := &c.Sections[r.sec].Items[r.item]
		it.Attribution = strings.TrimSpace(r.attr.Text)
		it.Words = editor.CountWords(it.Lead) + editor.CountWords(it.Body) + editor.CountWords(it.Attribution)
	}
	for k := len(p.rows) - 1; k >= 0; k-- { // from the end, so the indexes stay right
		if r := p.rows[k]; !r.starts.Checked {
			editor.MergeItemIntoPrevious(&c, r.sec, r.item)
		}
	}
	c.BulletinID, c.BulletinName, c.EditingUnit = 0, "", strings.TrimSpace(p.unit.Text)
	if b, ok := p.chosenBulletin(); ok {
		c.BulletinID, c.BulletinName = b.ID, b.Name
	}
	if c.BulletinID == 0 && p.is.BulletinName != "" {
		c.BulletinName = strings.TrimSpace(p.newName.Text) // the new bulletin the masthead names, as corrected
		if c.BulletinName == "" {
			problem = lang.L("新刊物须有刊名，或在上面选一个已有的刊物。")
		}
	}
	var err1, err2 error
	c.Number, err1 = importPreviewNumber(p.number.Text)
	c.TotalNumber, err2 = importPreviewNumber(p.total.Text)
	if err1 != nil || err2 != nil {
		problem = lang.L("期号须为正整数（留空自动编号），总期号须为正整数或留空（不印）。")
	}
	c.Date = editor.Date{}
	if t := strings.TrimSpace(p.date.Text); t != "" {
		d, ok := editor.ParseDate(t)
		if !ok {
			problem = lang.L("日期写法如 2022年6月15日 或 2022-06-15。")
		}
		c.Date, c.Year = d, d.Year()
	}
	return &c, problem
}

func importPreviewNumber(s string) (int, error) {
	if s = strings.TrimSpace(s); s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err == nil && n < 1 {
		err = strconv.ErrRange
	}
	return n, err
}

// onSave stores the corrected issue in one transaction, off the UI goroutine.
func (p *importPreview) onSave() {
	is, problem := p.collect()
	if problem != "" {
		p.msg.SetText(problem)
		return
	}
	p.dlg.Hide()
	ok := false
	// the issue prints the unit in the field (the source's, as corrected);
	// a bulletin without one takes it too (editor.ImportIssueCorrectingUnit),
	// a new one is created with it, an existing one's stays as it is
	unit := ""
	if b, ok := p.chosenBulletin(); ok && b.EditingUnit == "" {
		unit, is.EditingUnit = is.EditingUnit, ""
	}
	groups := p.chosenGroups()
	p.u.run(lang.L("正在导入"), func(ctx context.Context, _ func(int, int)) error {
		if err := p.u.ar.ImportIssueChoosing(ctx, is, editor.ImportChoices{EditingUnit: unit, Groups: groups}); err != nil {
			return errorText(issuesImportMessage(p.name, is, err))
		}
		ok = true
		return nil
	}, func() {
		if ok {
			p.saved(is)
		}
	})
}

// errorText is an error whose text is already the sentence to show.
type errorText string

func (e errorText) Error() string { return string(e) }
