package app

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// submissionImportPreview is the look at the 来稿 files read, before any is
// saved: each file with its 报送单位 (as saving will recognise it, or
// 未识别; the file name's unit too when the text credits another), 字数
// (as saved) and 收稿日期 (today, said so, when the file has none), what
// the reader took from around the piece (the e-mail header, a signature,
// a cover letter, a 落款) and what to look at (a title taken from the
// first sentence); its title and unit in fields to correct
// (submission_import_fields.go);
// ticked to import; the files that could not be read, each with its
// problem. 导入 (or Enter) saves the ticked ones in one transaction; 取消
// (or Escape) saves nothing.
type submissionImportPreview struct {
	s         *submissionsScreen
	m         *editor.UnitMatcher
	unitNames []string // the archive's units, offered in the unit fields
	good      []*editor.Submission
	undated   []bool   // the file has no date: it is received today
	readUnits []string // the unit recognised from each file as read
	readNames []string // the unit each reader took (a 落款, a signature: Submission.UnitName), "" when none
	units     []string // the unit saving will give each, "" when none
	newUnit   []bool   // that unit is new: saving adds it
	near      []string // the archive's 来稿 it repeats or nearly repeats, said in its summary, "" when none
	bad       []importFailure
	checks    []*widget.Check
	labels    []*widget.Label // each file's summary, said again when its cover is put back
	covers    []*widget.Check // 放回正文 for a file with a cover set apart, else nil
	fields    []previewFields
	texts     []submissionCoverText
	dlg       dialog.Dialog
}

// submissionImportPreviewNew builds the preview of files read; undated is
// taken before newPendingSubmission dates them today. Each submission is
// fitted as saving fits it (a long title moved into the text) so the
// 字数 shown is the one saved; the units are found as saving finds them.
func submissionImportPreviewNew(s *submissionsScreen, good []*editor.Submission, bad []importFailure, units []editor.Unit) *submissionImportPreview {
	p := &submissionImportPreview{s: s, bad: bad, m: editor.NewUnitMatcher(units), unitNames: unitOptions(units)}
	for _, sub := range good {
		if err := editor.FitSubmission(sub); err != nil {
			p.bad = append(p.bad, importFailure{name: sub.Source, err: err})
			continue
		}
		sub.Words = editor.SubmissionWords(sub)
		unit, known := editor.SubmissionUnitAsRead(p.m, sub)
		p.good, p.units, p.newUnit = append(p.good, sub), append(p.units, unit), append(p.newUnit, unit != "" && !known)
		p.readUnits, p.readNames = append(p.readUnits, unit), append(p.readNames, sub.UnitName)
		p.undated = append(p.undated, sub.Received.IsZero())
		newPendingSubmission(sub)
		note, found := s.nearRead[sub] // found while the files were read
		if !found {
			note = s.nearNote(s.u.ctx(), sub)
		}
		p.near = append(p.near, note)
		c := widget.NewCheck(lang.L("导入"), nil)
		c.SetChecked(true)
		p.checks = append(p.checks, c)
		p.texts = append(p.texts, submissionCoverText{cover: sub.Cover, text: sub.Text})
		p.covers = append(p.covers, p.coverCheck(len(p.good)-1))
		p.fields = append(p.fields, p.newFields(len(p.good)-1))
	}
	return p
}

// show opens the preview dialog.
func (p *submissionImportPreview) show() {
	list := container.NewVBox()
	p.labels = make([]*widget.Label, len(p.good))
	for i, sub := range p.good {
		p.labels[i] = p.fileLabel(i, sub)
		if i > 0 { // each file's fields under its own line, not the next file's
			list.Add(widget.NewSeparator())
		}
		list.Add(container.NewBorder(nil, nil, p.checks[i], nil, p.fileBox(i)))
	}
	if len(p.bad) > 0 {
		list.Add(widget.NewLabelWithStyle(fmt.Sprintf(lang.L("以下 %d 个文件未能导入："), len(p.bad)), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	for _, b := range p.bad {
		l := widget.NewLabel("✗ " + filepath.Base(b.name) + "：" + importProblem(b.err))
		l.Wrapping = fyne.TextWrapWord
		list.Add(l)
	}
	head := widget.NewLabel(lang.L("读出{{.N}}篇来稿，保存前请看一下；取消则一篇也不保存。", map[string]any{"N": len(p.good)}))
	head.Wrapping = fyne.TextWrapWord
	save := widget.NewButton(lang.L("导入选中的来稿"), p.onImport)
	save.Importance = widget.HighImportance
	if len(p.good) == 0 {
		save.Disable()
	}
	cancel := widget.NewButton(lang.L("取消"), func() { p.dlg.Hide() })
	content := container.NewBorder(head, container.NewHBox(cancel, save), nil, nil, container.NewVScroll(list))
	p.dlg = dialog.NewCustomWithoutButtons(lang.L("导入来稿：预览"), content, p.s.u.win)
	p.dlg.Resize(fyne.NewSize(900, 600))
	p.keys(len(p.good) > 0)
	p.dlg.Show()
}

// keys lets Enter import the ticked files (when there are any) and Escape
// cancel, while the preview is open: the keys reach the window, as nothing
// in the dialog has the cursor until a tick is clicked.
func (p *submissionImportPreview) keys(enter bool) {
	c := p.s.u.win.Canvas()
	before := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			if enter {
				p.onImport()
			}
		case fyne.KeyEscape:
			p.dlg.Hide()
		}
	})
	p.dlg.SetOnClosed(func() { c.SetOnTypedKey(before) })
}

// fileLabel is one file's summary: file · 报送单位 · 字数 · 收稿日期, then
// what to check (the title is in its field under it).
func (p *submissionImportPreview) fileLabel(i int, sub *editor.Submission) *widget.Label {
	date := p.s.u.dateLabel(sub.Received)
	if p.undated[i] {
		date = lang.L("收稿日期为今天（文件中没有日期）")
	}
	unit := lang.L("报送单位未识别")
	switch {
	case p.newUnit[i]:
		unit = lang.L("报送单位：{{.Unit}}（新单位，保存时添加）", map[string]any{"Unit": p.units[i]})
	case p.units[i] != "":
		unit = lang.L("报送单位：{{.Unit}}", map[string]any{"Unit": p.units[i]})
	}
	source := sub.Source
	if source == "" {
		source = lang.L("粘贴的文字")
	}
	parts := []string{source, unit}
	if file := editor.SubmissionFileUnit(p.m, sub); file != "" { // review F32: the file name's unit lost silently
		parts = append(parts, lang.L("文件名指向{{.File}}，按正文署名计为{{.Unit}}：请核对", map[string]any{"File": file, "Unit": p.units[i]}))
	}
	parts = append(parts, lang.L("{{.N}}字", map[string]any{"N": sub.Words}), date)
	if sub.Title != "" && strings.Contains(sub.Text, sub.Title) { // a title line is not in the text
		parts = append(parts, lang.L("没有标题行：标题取自正文第一句"))
	}
	for _, c := range sub.Checks { // what the reader left out or doubts
		parts = append(parts, lang.L(c.Text, map[string]any{"N": c.N}))
	}
	if p.near[i] != "" {
		parts = append(parts, p.near[i])
	}
	text := strings.Join(parts, " · ")
	if read := intakeNotes(sub.Intake); read != "" {
		text += "\n" + read
	}
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// intakeNotes says what the reader took from around the piece (an
// e-mail's 发件人, 发送时间 and 主题, a signature, a cover letter, a 落款),
// so the editor sees where the date, the title and the unit came from.
func intakeNotes(notes []editor.IntakeNote) string {
	if len(notes) == 0 {
		return ""
	}
	parts := make([]string, len(notes))
	for i, n := range notes {
		parts[i] = lang.L(n.Label) + "：" + n.Value
	}
	return lang.L("文件中另有：") + strings.Join(parts, " · ")
}

// chosen are the ticked submissions.
func (p *submissionImportPreview) chosen() []*editor.Submission {
	var out []*editor.Submission
	for i, sub := range p.good {
		if p.checks[i].Checked {
			out = append(out, sub)
		}
	}
	return out
}

// onImport saves the ticked submissions in one transaction, off the UI goroutine.
func (p *submissionImportPreview) onImport() {
	subs := p.chosen()
	p.dlg.Hide()
	p.s.preview = nil
	if len(subs) == 0 {
		return
	}
	saved := false
	p.s.u.run(lang.L("导入来稿"), func(ctx context.Context, _ func(int, int)) error {
		if err := p.s.u.ar.AddSubmissions(ctx, subs); err != nil {
			return err
		}
		saved = true
		return nil
	}, func() {
		if saved {
			p.s.u.onSubmissionsChanged()
			p.s.reportImport(subs, nil)
		}
	})
}

// nearNote names the 来稿 already in the archive that this one repeats (or
// repeats ≥90%) with its number and date, so the editor can untick it
// before saving: the preview said nothing and the list said 重复 only
// after saving (review G15).
func (s *submissionsScreen) nearNote(ctx context.Context, sub *editor.Submission) string {
	near, err := s.u.ar.NearDuplicatesOf(ctx, *sub)
	if err != nil || len(near) == 0 {
		return ""
	}
	n := near[0] // the closest; a same-but-spacing one is 1 (NearDuplicatesOf)
	for _, m := range near[1:] {
		if m.Similarity > n.Similarity {
			n = m
		}
	}
	args := map[string]any{"N": n.Submission.ID, "Date": s.u.dateLabel(n.Submission.Received),
		"P": int(math.Floor(n.Similarity * 100))}
	if n.Similarity >= 1 {
		return lang.L("与来稿#{{.N}}（{{.Date}}收到）重复", args)
	}
	return lang.L("与来稿#{{.N}}（{{.Date}}收到）相似{{.P}}%", args)
}

// nearNotesRead are the nearNotes of files just read, looked up off the UI
// goroutine: each costs a year's texts of about its length (54 ms of CPU a
// file on a one-year archive of 4,865 来稿), which froze the window for a
// folder. Each is taken of the 来稿 as the preview fits and dates it.
func (s *submissionsScreen) nearNotesRead(ctx context.Context, good []*editor.Submission) map[*editor.Submission]string {
	notes := make(map[*editor.Submission]string, len(good))
	for _, sub := range good {
		c := *sub
		if editor.FitSubmission(&c) != nil || ctx.Err() != nil {
			continue
		}
		c.Words = editor.SubmissionWords(&c)
		newPendingSubmission(&c)
		notes[sub] = s.nearNote(ctx, &c)
	}
	return notes
}
