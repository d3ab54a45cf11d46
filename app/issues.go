package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// issuesScreen is 档案: the issues of a year, to open, read, duplicate,
// export again or delete, and the import of an issue from a text file.
type issuesScreen struct {
	u         *ui
	years     []int
	year      int  // 0: all years
	chosen    bool // the editor picked the year (else the latest is shown)
	quietYear bool // the year select is being set by reload
	rows      []editor.IssueSummary
	selected  int
	yearSel   *widget.Select
	bulSel    *widget.Select // 全部刊物 or one; shown with several bulletins
	bulletins []editor.Bulletin
	list      *widget.List
	count     *widget.Label
	actions   []*widget.Button // need a selected issue
	del       *widget.Button
	root      fyne.CanvasObject
}

func newIssuesScreen(u *ui) *issuesScreen {
	s := &issuesScreen{u: u, selected: -1, count: widget.NewLabel("")}
	s.yearSel = widget.NewSelect(nil, func(string) { s.onYear() })
	s.bulSel = widget.NewSelect(nil, nil)
	s.bulSel.Hide()
	s.list = widget.NewList(func() int { return len(s.rows) }, s.createRow, s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) { s.selected = id; s.enable() }
	s.list.OnUnselected = func(widget.ListItemID) { s.selected = -1; s.enable() }
	open := widget.NewButtonWithIcon(lang.L("打开"), theme.DocumentCreateIcon(), s.onOpen)
	open.Importance = widget.HighImportance
	read := widget.NewButtonWithIcon(lang.L("阅读"), theme.VisibilityIcon(), s.onRead)
	dup := widget.NewButtonWithIcon(lang.L("复制为新一期"), theme.ContentCopyIcon(), s.onDuplicate)
	exp := widget.NewButtonWithIcon(lang.L("导出…"), theme.DocumentSaveIcon(), s.onExport)
	s.del = widget.NewButtonWithIcon(lang.L("删除草稿"), theme.DeleteIcon(), s.onDelete)
	s.actions = []*widget.Button{open, read, dup, exp, s.del}
	imp := widget.NewButtonWithIcon(lang.L("从文本导入…"), theme.FolderOpenIcon(), s.onImport)
	top := container.NewHBox(widget.NewLabel(lang.L("年份")), s.yearSel, s.bulSel, s.count, layout.NewSpacer(), imp)
	bottom := container.NewHBox(open, read, dup, exp, layout.NewSpacer(), s.del)
	s.root = container.NewBorder(container.NewVBox(top, s.header()), bottom, nil, nil, s.list)
	s.enable()
	return s
}

func (s *issuesScreen) view() fyne.CanvasObject { return s.root }

// issuesColumns are the list's column widths: issue, date, status, items, 字数, bulletin.
var issuesColumns = []float32{220, 150, 110, 70, 90, 180}

func issuesRow(texts ...string) *fyne.Container {
	row := container.NewHBox()
	for i, t := range texts {
		l := widget.NewLabel(t)
		l.Truncation = fyne.TextTruncateEllipsis
		row.Add(container.NewGridWrap(fyne.NewSize(issuesColumns[i], l.MinSize().Height), l))
	}
	return row
}

func (s *issuesScreen) header() fyne.CanvasObject {
	h := issuesRow(lang.L("期号"), lang.L("日期"), lang.L("状态"), lang.X("column|条目", "条目"), lang.L("字数"), lang.L("刊物"))
	for _, o := range h.Objects {
		o.(*fyne.Container).Objects[0].(*widget.Label).TextStyle.Bold = true
	}
	return h
}

func (s *issuesScreen) createRow() fyne.CanvasObject {
	return newIssueRow(s, issuesRow("", "", "", "", "", ""))
}

func (s *issuesScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.rows) {
		return
	}
	r := s.rows[id]
	texts := []string{
		issueNumberLabel(r.Number, r.TotalNumber),
		s.u.dateLabel(r.Date), issueStatusLabel(r.Status), strconv.Itoa(r.Items), strconv.Itoa(r.Words), r.BulletinName,
	}
	row := o.(*issueRow)
	row.id = id
	for i, c := range row.box.Objects {
		c.(*fyne.Container).Objects[0].(*widget.Label).SetText(texts[i])
	}
}

// reload reads the years and the issues of the chosen year.
func (s *issuesScreen) reload() {
	years, err := s.u.ar.Years(s.u.ctx(), 0)
	if err != nil {
		s.u.showError(fmt.Errorf("list the years: %w", err))
		return
	}
	s.years = years
	opts := []string{lang.L("全部年份")}
	for _, y := range years {
		opts = append(opts, lang.L("{{.Y}}年", map[string]any{"Y": y}))
	}
	if s.year == 0 && !s.chosen && len(years) > 0 {
		s.year = years[issuesMaxIndex(years)] // the latest year first
	}
	idx := 0
	for i, y := range years {
		if y == s.year {
			idx = i + 1
		}
	}
	s.quietYear = true
	s.yearSel.SetOptions(opts)
	s.yearSel.SetSelectedIndex(idx)
	s.quietYear = false
	s.loadBulletins()
	s.load()
}

// loadBulletins offers 全部刊物 and each bulletin when there are several.
func (s *issuesScreen) loadBulletins() {
	if bs, ok := s.u.fillBulletinSelect(s.bulSel, s.load); ok {
		s.bulletins = bs
	}
}

func issuesMaxIndex(ys []int) int {
	m := 0
	for i, y := range ys {
		if y > ys[m] {
			m = i
		}
	}
	return m
}

func (s *issuesScreen) onYear() {
	if s.quietYear {
		return
	}
	s.chosen = true
	i := s.yearSel.SelectedIndex()
	year := 0
	if i > 0 && i-1 < len(s.years) {
		year = s.years[i-1]
	}
	if year != s.year {
		s.year = year
		s.load()
	}
}

// load lists the issues of s.year; the list only draws the visible rows.
func (s *issuesScreen) load() {
	f := editor.IssueFilter{Year: s.year}
	if i := s.bulSel.SelectedIndex(); i > 0 && i-1 < len(s.bulletins) {
		f.BulletinID = s.bulletins[i-1].ID
	}
	rows, err := s.u.ar.Issues(s.u.ctx(), f)
	if err != nil {
		s.u.showError(fmt.Errorf("list the issues: %w", err))
		return
	}
	s.rows = rows
	s.selected = -1
	s.list.UnselectAll()
	s.list.Refresh()
	s.count.SetText(lang.L("共{{.N}}期", map[string]any{"N": len(rows)}))
	s.enable()
}

// enable greys the actions that need a selected issue (delete: a draft).
func (s *issuesScreen) enable() {
	r, ok := s.current()
	for _, b := range s.actions {
		if ok {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if ok && r.Status != editor.IssueDraft {
		s.del.Disable()
	}
}

func (s *issuesScreen) current() (editor.IssueSummary, bool) {
	if s.selected < 0 || s.selected >= len(s.rows) {
		return editor.IssueSummary{}, false
	}
	return s.rows[s.selected], true
}

func (s *issuesScreen) onOpen() {
	if r, ok := s.current(); ok {
		s.u.openIssue(r.ID)
	}
}

// onRead shows the issue as the text export writes it, read-only.
func (s *issuesScreen) onRead() {
	r, ok := s.current()
	if !ok {
		return
	}
	is, err := s.u.ar.Issue(s.u.ctx(), r.ID)
	if err != nil {
		s.u.showError(fmt.Errorf("read the issue: %w", err))
		return
	}
	prefs, _ := s.u.ar.Preferences(s.u.ctx())
	text, err := composeRender(&is, prefs)
	if err != nil {
		s.u.showError(err)
		return
	}
	l := issueTextLabel("")
	d := dialog.NewCustom(is.BulletinName+composeIssueLabel(&is), lang.L("关闭"), container.NewVScroll(l), s.u.win)
	d.Resize(fyne.NewSize(760, 640))
	d.Show()
	l.SetText(text) // wrapped once, at the dialog's width
}

// onDuplicate starts a new issue from this one and opens it.
func (s *issuesScreen) onDuplicate() {
	r, ok := s.current()
	if !ok {
		return
	}
	is, err := s.u.ar.DuplicateIssue(s.u.ctx(), r.ID)
	if err != nil {
		s.u.showError(fmt.Errorf("duplicate the issue: %w", err))
		return
	}
	s.u.onIssuesChanged()
	s.u.openIssue(is.ID)
}

// onExport asks for the format, then the file.
func (s *issuesScreen) onExport() {
	r, ok := s.current()
	if !ok {
		return
	}
	var d dialog.Dialog
	box := container.NewVBox()
	for _, f := range []string{"txt", "docx", "pdf", "html", "xlsx"} {
		box.Add(widget.NewButton(lang.L(composeFormatNames[f])+" (."+f+")", func() {
			d.Hide()
			exportIssue(s.u, r.ID, f)
		}))
	}
	d = dialog.NewCustom(lang.L("导出格式"), lang.L("取消"), box, s.u.win)
	d.Show()
}

// onDelete deletes a draft after confirmation; signed issues stay.
func (s *issuesScreen) onDelete() {
	r, ok := s.current()
	if !ok || r.Status != editor.IssueDraft {
		return
	}
	msg := lang.L("删除草稿第{{.N}}期（总第{{.M}}期）及其全部条目？删除后不能恢复。",
		map[string]any{"N": r.Number, "M": r.TotalNumber})
	s.u.confirm(lang.L("删除草稿"), msg, lang.L("删除"), true, func() {
		if err := s.u.ar.DeleteIssue(s.u.ctx(), r.ID); err != nil {
			s.u.showError(fmt.Errorf("delete the issue: %w", err))
		}
		s.u.onIssuesChanged()
	})
}

// onImport reads an issue from a bulletin text file into the archive.
func (s *issuesScreen) onImport() {
	req := fileRequest{Title: lang.L("导入一期"), Kind: lang.L("简报文本"), Exts: intake.IssueSourceExts}
	s.u.chooseFiles(req, func(paths []string) {
		rc, err := storage.Reader(storage.NewFileURI(paths[0]))
		if err != nil {
			s.u.showError(err)
			return
		}
		s.importFrom(rc)
	})
}

// importFrom reads the file off the UI goroutine and shows what was read
// in the import preview (import_preview.go), which saves it in one
// transaction once the editor has looked; an error names the file.
func (s *issuesScreen) importFrom(rc fyne.URIReadCloser) {
	name := filepath.Base(rc.URI().Path())
	var is *editor.Issue
	var read intake.IssueSummary
	var bulletins []editor.Bulletin
	var data []byte
	s.u.run(lang.L("正在读取"), func(ctx context.Context, _ func(int, int)) error {
		defer rc.Close()
		var err error
		if data, err = io.ReadAll(io.LimitReader(rc, importIssueMaxBytes)); err != nil {
			return errors.New(issuesImportMessage(name, nil, err))
		}
		if is, read, err = readIssueText(name, bytes.NewReader(data)); err != nil {
			return err
		}
		bulletins, err = s.u.ar.Bulletins(ctx)
		return err
	}, func() {
		if is == nil || bulletins == nil {
			return
		}
		importPreviewNew(s.u, name, data, is, read, bulletins, func(is *editor.Issue) {
			s.u.onIssuesChanged()
			msg := lang.L("已从{{.File}}导入{{.Label}}。", map[string]any{"File": name, "Label": composeIssueLabel(is)})
			id := is.ID
			s.u.confirm(lang.L("导入完成"), msg, lang.L("打开"), false, func() { s.u.openIssue(id) })
		}).show()
	})
}

// importIssueMaxBytes bounds the bulletin text read into memory for the
// preview (an issue's text is tens of KB; a mistaken choice of a video
// should not fill the memory).
const importIssueMaxBytes = 32 << 20

// readIssueText reads a bulletin text for the preview, with what the
// reader said of it; its error is the sentence the editor reads, naming
// the file.
func readIssueText(name string, r io.Reader) (*editor.Issue, intake.IssueSummary, error) {
	is, read, err := intake.ReadIssueSummary(r)
	if err != nil {
		return nil, read, errors.New(issuesImportMessage(name, is, err))
	}
	return is, read, nil
}

// importIssueText is the import without the window, for tests too. Its
// error is the sentence the editor reads, naming the file.
func importIssueText(ctx context.Context, ar *editor.Archive, name string, r io.Reader) (*editor.Issue, error) {
	is, err := intake.ReadIssue(r)
	if err == nil {
		err = ar.ImportIssue(ctx, is)
	}
	if err != nil {
		return nil, errors.New(issuesImportMessage(name, is, err))
	}
	return is, nil
}

// issuesImportMessage says why a file was not imported.
func issuesImportMessage(name string, is *editor.Issue, err error) string {
	err = intake.IssueFileError(name, err)
	data := map[string]any{"File": name, "Err": importProblem(err)} // a Word file's problems as a 来稿's
	switch {
	case errors.Is(err, editor.ErrDuplicateNumber) && is != nil:
		data["N"], data["M"] = is.Number, is.TotalNumber
		return lang.L("{{.File}}：档案中已有第{{.N}}期（总第{{.M}}期），没有导入。", data)
	case errors.Is(err, intake.ErrEmpty):
		return lang.L("{{.File}}：文件是空的，没有导入。", data)
	case errors.Is(err, intake.ErrPDF):
		return lang.L("{{.File}}：这是 PDF 文件，不是文本；请先把它另存为文本（pdftotext -layout），再导入。", data)
	case errors.Is(err, intake.ErrBinary):
		return lang.L("{{.File}}：不是文本文件（或编码无法识别），没有导入。", data)
	case errors.Is(err, intake.ErrNoIssue):
		return lang.L("{{.File}}：没有找到简报内容（报头、栏目或△条目），没有导入。", data)
	}
	return lang.L("无法导入{{.File}}：{{.Err}}", data)
}
