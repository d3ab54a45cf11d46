package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// submissionImportPreview is the look at the 来稿 files read, before any is
// saved: each file with its title, 字数 and 收稿日期 (today, said so, when
// the file has none) and what to look at (a title taken from the first
// sentence), ticked to import; the files that could not be read, each with
// its problem. 导入 saves the ticked ones in one transaction; 取消 saves
// nothing.
type submissionImportPreview struct {
	s       *submissionsScreen
	good    []*editor.Submission
	undated []bool // the file has no date: it is received today
	bad     []importFailure
	checks  []*widget.Check
	dlg     dialog.Dialog
}

// submissionImportPreviewNew builds the preview of files read; undated is
// taken before newPendingSubmission dates them today.
func submissionImportPreviewNew(s *submissionsScreen, good []*editor.Submission, bad []importFailure) *submissionImportPreview {
	p := &submissionImportPreview{s: s, good: good, bad: bad}
	for _, sub := range good {
		p.undated = append(p.undated, sub.Received.IsZero())
		newPendingSubmission(sub)
		c := widget.NewCheck(lang.L("导入"), nil)
		c.SetChecked(true)
		p.checks = append(p.checks, c)
	}
	return p
}

// show opens the preview dialog.
func (p *submissionImportPreview) show() {
	list := container.NewVBox()
	for i, sub := range p.good {
		list.Add(container.NewBorder(nil, nil, p.checks[i], nil, p.fileLabel(i, sub)))
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

// keys lets Enter import the ticked files and Escape cancel, as in any
// desktop dialog: Fyne's took neither, so a keyboard user who had chosen
// the files by keyboard needed the mouse for 导入选中的来稿. Nothing in the
// dialog has the cursor, so the keys reach the window's handler, which
// comes back when the dialog closes.
func (p *submissionImportPreview) keys(canImport bool) {
	c := p.s.u.win.Canvas()
	before := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		switch ev.Name {
		case fyne.KeyReturn, fyne.KeyEnter:
			if canImport {
				p.onImport()
			}
		case fyne.KeyEscape:
			p.dlg.Hide()
		}
	})
	p.dlg.SetOnClosed(func() { c.SetOnTypedKey(before) })
}

// fileLabel is one file's summary: file · title · 字数 · 收稿日期, then what to check.
func (p *submissionImportPreview) fileLabel(i int, sub *editor.Submission) *widget.Label {
	title := sub.Title
	if utf8.RuneCountInString(title) > 40 {
		title = string([]rune(title)[:40]) + "…"
	}
	date := p.s.u.dateLabel(sub.Received)
	if p.undated[i] {
		date = lang.L("收稿日期为今天（文件中没有日期）")
	}
	parts := []string{sub.Source, title, lang.L("{{.N}}字", map[string]any{"N": sub.Words}), date}
	if sub.Title != "" && strings.Contains(sub.Text, sub.Title) { // a title line is not in the text
		parts = append(parts, lang.L("没有标题行：标题取自正文第一句"))
	}
	l := widget.NewLabel(strings.Join(parts, " · "))
	l.Wrapping = fyne.TextWrapWord
	return l
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
