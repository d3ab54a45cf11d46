package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/app/textarea"
	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// submissionDetail is the editable view of one submission; every change is
// written to the archive shortly after typing stops, and at once when a
// field loses focus.
type submissionDetail struct {
	s       *submissionsScreen
	cur     editor.Submission
	has     bool
	loading bool
	save    *debouncer
	text    *textarea.Area // the 来稿's text, the whole of it however long

	title, received, contact *autoEntry
	unit                     *widget.Select
	kind                     *widget.SelectEntry
	status                   *widget.Select
	statusLock               *widget.Label // why status is greyed (submission_locked.go), hidden when it is not
	info, saved              *widget.Label
	cover                    *widget.Label // the cover letter or greeting set apart (Submission.Cover), hidden when none
	dupBox                   *fyne.Container
	adopt, del               *widget.Button
	records                  *recordsPanel
	body                     *fyne.Container
	empty                    fyne.CanvasObject
	scroll                   *container.Scroll
	near                     []editor.NearDuplicate // of cur, found after it was shown
}

func newSubmissionDetail(s *submissionsScreen) *submissionDetail {
	d := &submissionDetail{s: s}
	d.save = s.u.autosaveTaken(d.take)
	changed := func() { d.changed() }
	// the title wraps so a 46-character headline is seen whole
	d.title = newAutoEntry(true, changed, d.flush)
	d.title.SetMinRowsVisible(3)
	d.received = newAutoEntry(false, changed, d.flush)
	d.contact = newAutoEntry(false, changed, d.flush)
	d.text = d.newText(changed)
	d.unit = widget.NewSelect(nil, func(string) { changed(); d.flush() })
	d.kind = widget.NewSelectEntry(editor.DefaultKinds)
	d.kind.OnChanged = func(string) { changed() }
	var labels []string
	for _, st := range editor.SubmissionStatuses {
		labels = append(labels, submissionStatusLabel(st))
	}
	// a picker, not four radio buttons in a row, which needed 400 px
	d.status = widget.NewSelect(labels, d.onStatus)
	d.statusLock = wrappedLabel("")
	d.statusLock.Hide()
	d.info = wrappedLabel("")
	d.saved = wrappedLabel("")
	d.cover = wrappedLabel("")
	d.dupBox = container.NewVBox()
	d.records = newRecordsPanel(s.u, nil)
	return d
}

func (d *submissionDetail) view() fyne.CanvasObject {
	// 收稿日期 as the list beside it shows it (2022年6月15日 in Chinese, review
	// F34); ParseDate reads that, ISO and 2022/6/15 back
	d.received.SetPlaceHolder(d.s.u.dateLabel(time.Date(2022, 6, 15, 0, 0, 0, 0, time.UTC)))
	// short English words on the buttons (lang.X): the row of them is the
	// pane's least width, and "Adopt into current issue", "Delete
	// submission" pushed the split over the navigation (review F21)
	d.adopt = widget.NewButtonWithIcon(lang.X("button|采用到当前期", "采用到当前期"), theme.ConfirmIcon(), d.onAdopt)
	d.del = widget.NewButtonWithIcon(lang.X("button|删除来稿", "删除来稿"), theme.DeleteIcon(), d.onDelete)
	pick := widget.NewButtonWithIcon("", theme.CalendarIcon(), d.onPickDate)
	form := widget.NewForm(
		widget.NewFormItem(lang.L("标题"), d.title),
		widget.NewFormItem(lang.L("单位"), d.unit),
		widget.NewFormItem(lang.L("类型"), d.kind),
		widget.NewFormItem(lang.L("收稿日期"), container.NewBorder(nil, nil, nil, pick, d.received)),
		widget.NewFormItem(lang.L("联系人"), d.contact),
		widget.NewFormItem(lang.L("状态"), container.NewVBox(d.status, d.statusLock)),
	)
	// the buttons come first and the notes (字数, duplicate) after the text,
	// so selecting a duplicate moves nothing the pointer is aiming at
	hist := widget.NewButtonWithIcon(lang.L("历史"), theme.HistoryIcon(), d.onHistory) // app/history.go
	actions := container.NewHBox(d.adopt, d.del, hist)
	d.body = container.NewVBox(container.NewBorder(nil, nil, actions, nil, d.saved), form,
		widget.NewLabel(lang.L("正文")), d.text, d.info, d.cover, d.dupBox, widget.NewSeparator(),
		widget.NewLabelWithStyle(lang.L("上级采用与批示"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		d.records.buttons(), d.records.box)
	hint := newCJKLabel(lang.L("在左侧选择一篇来稿，或粘贴、打开文件添加来稿。")) // wrapped by the Chinese rules: no row starts with 。
	d.empty = container.NewVBox(layout.NewSpacer(), hint, layout.NewSpacer())
	d.body.Hide()
	// the pane scrolls the text, which is as tall as it is: its holder lays
	// the pane out again when the text grows without redrawing every row
	d.scroll = container.NewVScroll(newComposeQuiet(container.NewPadded(d.body)))
	d.scroll.OnScrolled = func(fyne.Position) { d.text.Cull() }
	return container.NewStack(d.empty, d.scroll)
}

// newText is the 来稿's text field: textarea's editing widget, as in 组版's
// bodies. It wraps by the Chinese rules, re-wraps only the paragraph typed
// in and draws only the rows in sight; Fyne's Entry re-wrapped the whole
// text at every key (17.5 ms a key in a 907-字 text), and a long text was
// shown a page of 3,000 字 at a time.
func (d *submissionDetail) newText(changed func()) *textarea.Area {
	t := textarea.New()
	t.MinRows = 14
	t.OnChanged = func(string) { changed() }
	t.OnPaste = intake.CleanPaste
	t.OnBlur = d.flush // leaving the field saves at once
	t.Sight = func() (float32, float32, bool) { return scrollSight(d.scroll, t) }
	t.OnCaret = func(top, bottom float32) { scrollToShow(d.scroll, t, top, bottom) }
	t.OnGrow = func() {
		if d.scroll != nil {
			d.scroll.Refresh()
		}
	}
	disableWhenReadOnly(t)
	return t
}

// wrappedLabel is a label that wraps instead of widening the window: a
// label's one-line width is a minimum the whole window would have to meet.
func wrappedLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// setChoices fills the unit and kind pickers.
func (d *submissionDetail) setChoices(units []editor.Unit, kinds []string) {
	opts := []string{lang.L("（未识别）")}
	for _, un := range units {
		opts = append(opts, un.Name)
	}
	d.loading = true
	d.unit.SetOptions(opts)
	d.kind.SetOptions(kinds)
	d.loading = false
}

// load shows a submission from the archive.
func (d *submissionDetail) load(id int64) {
	sub, err := d.s.u.ar.Submission(d.s.u.ctx(), id)
	if err != nil {
		d.has = false
		d.body.Hide()
		d.empty.Show()
		d.s.fitSplit(d.has)
		d.s.u.showError(err)
		return
	}
	d.cur, d.has = sub, true
	d.loading = true
	d.title.SetText(sub.Title)
	d.unit.SetSelectedIndex(0)
	for i, un := range d.s.units {
		if un.ID == sub.UnitID {
			d.unit.SetSelectedIndex(i + 1)
		}
	}
	d.kind.SetText(sub.Kind)
	d.received.SetText(d.s.u.dateLabel(sub.Received))
	d.contact.SetText(sub.Contact)
	d.status.SetSelected(submissionStatusLabel(sub.Status))
	d.showStatusLock(sub)
	d.text.SetText(sub.Text) // the caret at its start
	d.showCover(sub.Cover)
	// a new title opens at its start: the cursor stayed where it was in the
	// previous submission
	d.title.CursorRow, d.title.CursorColumn = 0, 0
	d.title.Refresh()
	d.loading = false
	d.saved.SetText("")
	d.near = nil
	d.showInfo()
	d.findNear()
	d.records.show(sub.ID, 0)
	d.adopt.Disable()
	if d.s.u.adoptToCurrentIssue != nil {
		d.adopt.Enable()
	}
	d.empty.Hide()
	d.body.Show()
	d.s.fitSplit(d.has)
	d.scroll.ScrollToTop()
}

// clear shows no submission: its buttons must not act on one that is no
// longer listed.
func (d *submissionDetail) clear() {
	d.flush()
	d.has = false
	d.body.Hide()
	d.empty.Show()
	d.s.fitSplit(d.has)
}

// showInfo is 字数, the source file and, for a duplicate, a link to the original.
func (d *submissionDetail) showInfo() {
	parts := []string{fmt.Sprintf(lang.L("字数：%d"), d.cur.Words)}
	if d.cur.Source != "" {
		parts = append(parts, lang.L("来源文件：")+d.cur.Source)
	}
	if len(d.cur.ItemIDs) > 0 {
		parts = append(parts, fmt.Sprintf(lang.L("已被 %d 个条目采用"), len(d.cur.ItemIDs)))
	}
	d.info.SetText(strings.Join(parts, "　"))
	d.renderDups()
}

// showCover shows what the import set apart from the text — kept with the
// 来稿, not counted in 字数, not adopted — or nothing.
func (d *submissionDetail) showCover(cover string) {
	if cover == "" {
		d.cover.SetText("")
		d.cover.Hide()
		return
	}
	d.cover.SetText(lang.L("随稿的报送函或问候（另存，不计字数、不采用）：") + "\n" + cover)
	d.cover.Show()
}

func (d *submissionDetail) changed() {
	if d.loading || !d.has {
		return
	}
	d.saved.SetText("")
	d.save.poke()
}

// flush saves now if an edit is waiting.
func (d *submissionDetail) flush() { d.save.flush() }

// take is the write of the form as it is now (UI goroutine, at each
// change); the autosave queues it when due.
func (d *submissionDetail) take() func() {
	if !d.has {
		return nil
	}
	sub := d.cur
	sub.Title = strings.TrimSpace(strings.ReplaceAll(d.title.Text, "\n", ""))
	sub.Kind = strings.TrimSpace(d.kind.Text)
	sub.Contact = strings.TrimSpace(d.contact.Text)
	sub.Text = d.text.Text()
	sub.UnitID, sub.UnitName = 0, ""
	if i := d.unit.SelectedIndex(); i > 0 && i-1 < len(d.s.units) {
		sub.UnitID, sub.UnitName = d.s.units[i-1].ID, d.s.units[i-1].Name
	}
	if i := d.status.Selected; i != "" {
		for _, st := range editor.SubmissionStatuses {
			if submissionStatusLabel(st) == i {
				sub.Status = st
			}
		}
	}
	if t, ok := editor.ParseDate(d.received.Text); ok {
		sub.Received = t
	} else if strings.TrimSpace(d.received.Text) != "" {
		d.saved.SetText(lang.L("日期格式应为 2022-06-15，日期未保存。"))
	}
	return func() { d.store(sub) }
}

// store writes sub, the form taken, into the archive (off the UI goroutine).
func (d *submissionDetail) store(sub editor.Submission) {
	u := d.s.u
	key := fmt.Sprintf("submission %d", sub.ID)
	turn := u.jobs.turn(key)
	u.write(func(ctx context.Context) error { return u.saveSubmission(ctx, &sub) }, func(err error) {
		if err != nil {
			switch {
			case d.resolveConflict(err):
			case u.retrySave(err, key, turn, func() { d.store(sub) }):
				if d.has && d.cur.ID == sub.ID {
					d.saved.SetText(lang.L("未保存，正在重试")) // short: a long line here pushed the pane down
				}
			default:
				d.saved.SetText(lang.L("未保存：") + userMessage(err))
			}
			return
		}
		if d.has && d.cur.ID == sub.ID {
			d.cur = sub
			if d.saved.Text == "" {
				d.saved.SetText(lang.L("已保存"))
			}
			d.showInfo()
		}
		d.s.replaceRow(sub)
		d.s.u.markOthersDirty()
	})
}

// onStatus saves a status chosen; an adopted 来稿's follows its item, so
// changing it asks first (u.setSubmissionStatus) and shows 采用 until then.
func (d *submissionDetail) onStatus(label string) {
	if d.loading || !d.has {
		return
	}
	var st editor.SubmissionStatus
	for _, x := range editor.SubmissionStatuses {
		if submissionStatusLabel(x) == label {
			st = x
		}
	}
	if d.cur.Status != editor.SubmissionAdopted || st == editor.SubmissionAdopted || len(d.cur.ItemIDs) == 0 {
		d.changed()
		d.flush()
		return
	}
	d.flush()
	d.loading = true
	d.status.SetSelected(submissionStatusLabel(editor.SubmissionAdopted))
	d.loading = false
	id := d.cur.ID
	d.s.u.setSubmissionStatus([]int64{id}, st, func() {
		if sub, err := d.s.u.ar.Submission(d.s.u.ctx(), id); err == nil {
			d.s.replaceRow(sub)
		}
		d.load(id)
	})
}

// onAdopt hands the submission to 组版 (engineer B's hook chooses the section).
func (d *submissionDetail) onAdopt() {
	d.flush()
	if d.has && d.s.u.adoptToCurrentIssue != nil {
		d.s.u.adoptToCurrentIssue(d.cur.ID)
	}
}

func (d *submissionDetail) onDelete() {
	if !d.has {
		return
	}
	d.flush()
	id, title := d.cur.ID, d.cur.Title
	d.s.u.confirm(lang.L("删除来稿"), fmt.Sprintf(lang.L("确定删除来稿《%s》？此操作不能撤销。"), title), lang.L("删除"), true, func() {
		err := d.s.u.ar.DeleteSubmission(d.s.u.ctx(), id)
		if errors.Is(err, editor.ErrInUse) {
			d.s.u.info(lang.L("不能删除"), lang.L("这篇来稿已被条目采用，或已登记上级采用或批示，删除会丢失这些记录，所以不能删除。"))
			return
		}
		if err != nil {
			d.s.u.showError(err)
			return
		}
		d.clear()
		d.s.selected = 0
		d.s.u.onSubmissionsChanged()
	})
}

// onPickDate offers a calendar for the received date.
func (d *submissionDetail) onPickDate() {
	var pop *widget.PopUp
	cal := widget.NewCalendar(time.Now(), func(t time.Time) {
		d.received.SetText(d.s.u.dateLabel(t))
		pop.Hide()
		d.flush()
	})
	pop = widget.NewModalPopUp(container.NewVBox(cal, widget.NewButton(lang.L("取消"), func() { pop.Hide() })), d.s.u.win.Canvas())
	pop.Show()
}

// dateISO is 2006-01-02, "" for no date.
func dateISO(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(editor.DateLayout)
}
