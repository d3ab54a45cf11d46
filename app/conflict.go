package app

import (
	"errors"
	"fmt"
	"log"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// conflictField is one text of a record as another window or program saved
// it (theirs) and as the editor typed it (mine).
type conflictField struct {
	label, theirs, mine string
}

// openConflict is a conflict dialog on screen: the editor's entries and
// every draft kept for the record since it opened.
type openConflict struct {
	mine   []*widget.Entry
	drafts []int64
}

// conflictOf is the conflict a save was refused with, if it was.
func conflictOf(err error) (*editor.ConflictError, bool) {
	var c *editor.ConflictError
	return c, errors.As(err, &c)
}

// showConflict tells the editor that what they typed was not saved because
// someone else saved the same record meanwhile, and shows both texts side by
// side: theirs to read, mine to edit (to merge the two). 保留我的 hands the
// (edited) texts to keepMine, 采用对方的 calls takeTheirs; either way the
// kept draft is then discarded, since what it held is now on screen or
// saved. Until the editor chooses, the draft stays in the archive, so a
// crash in between loses nothing. A second conflict on the same record
// while the dialog is open (a save that was already waiting) shows no second
// dialog but puts its texts into the first.
func (u *ui) showConflict(c *editor.ConflictError, fields []conflictField, keepMine func(texts []string), takeTheirs func()) {
	key := fmt.Sprintf("%s %d", c.Kind, c.ID)
	if open := u.conflicts[key]; open != nil { // a later save of the same typing: show its texts
		open.drafts = append(open.drafts, c.DraftID)
		for i, f := range fields {
			open.mine[i].SetText(f.mine)
		}
		return
	}
	open := &openConflict{drafts: []int64{c.DraftID}}
	if u.conflicts == nil {
		u.conflicts = map[string]*openConflict{}
	}
	u.conflicts[key] = open
	open.mine = make([]*widget.Entry, len(fields))
	mine := open.mine
	rows := container.NewVBox()
	for i, f := range fields {
		mine[i] = widget.NewMultiLineEntry()
		mine[i].Wrapping = fyne.TextWrapWord
		mine[i].SetText(f.mine)
		theirs := widget.NewLabel(f.theirs)
		theirs.Wrapping = fyne.TextWrapWord
		if f.theirs == f.mine {
			continue // the same in both: nothing to choose
		}
		rows.Add(widget.NewLabelWithStyle(f.label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
		rows.Add(container.NewGridWithColumns(2, theirs, mine[i]))
	}
	when := ""
	if !c.StoredAt.IsZero() {
		when = u.dateLabel(c.StoredAt) + " " + c.StoredAt.Local().Format("15:04")
	}
	note := wrapLabel(lang.L("在您编辑的同时，另一个窗口或程序（{{.When}}）保存了这里的内容。您的修改没有覆盖它，也没有丢失。左边是对方保存的，右边是您的（可以修改、合并）。",
		map[string]any{"When": when}))
	head := container.NewVBox(note, container.NewGridWithColumns(2,
		widget.NewLabelWithStyle(lang.L("对方保存的"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true}),
		widget.NewLabelWithStyle(lang.L("您的"), fyne.TextAlignLeading, fyne.TextStyle{Italic: true})))
	var d *dialog.CustomDialog
	done := func(choose func()) {
		d.Hide()
		delete(u.conflicts, key)
		choose()
		for _, id := range open.drafts {
			if err := u.ar.DiscardDraft(u.ctx(), id); err != nil {
				log.Printf("discard the unsaved draft: %v", err)
			}
		}
	}
	keep := widget.NewButton(lang.L("保留我的"), func() {
		texts := make([]string, len(fields))
		for i := range fields {
			texts[i] = mine[i].Text
		}
		done(func() { keepMine(texts) })
	})
	keep.Importance = widget.HighImportance
	take := widget.NewButton(lang.L("采用对方的"), func() { done(takeTheirs) })
	d = dialog.NewCustomWithoutButtons(lang.L("内容已被另一处修改"),
		container.NewBorder(head, container.NewCenter(container.NewHBox(take, keep)), nil, nil, container.NewVScroll(rows)), u.win)
	d.Resize(fyne.NewSize(900, 560)) // fits a 1024×700 screen
	d.Show()
}

// resolveConflict handles a submission save refused as a conflict; false
// when err is not one.
func (d *submissionDetail) resolveConflict(err error) bool {
	c, ok := conflictOf(err)
	if !ok {
		return false
	}
	theirs, _ := c.Stored.(editor.Submission)
	mine, _ := c.Mine.(editor.Submission)
	fields := []conflictField{
		{lang.L("标题"), theirs.Title, mine.Title},
		{lang.L("联系人"), theirs.Contact, mine.Contact},
		{lang.L("正文"), theirs.Text, mine.Text},
	}
	reload := func() {
		if d.has && d.cur.ID == c.ID {
			d.load(c.ID)
			d.s.replaceRow(d.cur)
		}
		d.s.u.markOthersDirty()
	}
	d.saved.SetText(lang.L("未保存：另一处已修改这篇来稿"))
	d.s.u.showConflict(c, fields, func(texts []string) {
		mine.Title, mine.Contact, mine.Text = texts[0], texts[1], texts[2]
		mine.Version = c.StoredVersion
		if err := d.s.u.ar.UpdateSubmission(d.s.u.ctx(), &mine); err != nil && !d.resolveConflict(err) {
			d.s.u.showError(err)
		}
		reload()
	}, reload)
	return true
}

// resolveConflict handles an item save refused as a conflict; false when
// err is not one.
func (ie *itemEditor) resolveConflict(err error) bool {
	c, ok := conflictOf(err)
	if !ok {
		return false
	}
	theirs, _ := c.Stored.(editor.Item)
	mine, _ := c.Mine.(editor.Item)
	fields := []conflictField{
		{lang.L("标题句（第一句）"), theirs.Lead, mine.Lead},
		{lang.L("正文"), theirs.Body, mine.Body},
		{lang.L("署名"), theirs.Attribution, mine.Attribution},
	}
	show := func(lead, body, attr string) {
		ie.item.Version = c.StoredVersion // what is shown next is saved over theirs
		ie.lead.SetText(lead)             // each saves through OnChanged
		ie.body.SetText(body)
		ie.attr.SetText(attr)
		ie.changed()
		ie.save.flush()
	}
	ie.s.u.showConflict(c, fields, func(texts []string) {
		show(texts[0], texts[1], texts[2])
	}, func() { show(theirs.Lead, theirs.Body, theirs.Attribution) })
	return true
}
