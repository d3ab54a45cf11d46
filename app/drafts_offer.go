package app

import (
	"errors"
	"log"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// offerDrafts shows, once the window is up, what an earlier run typed and
// could not save (drafts.go), with 保存到档案, 以后再说 (asked again at the
// next start) and 放弃这些修改.
func (u *ui) offerDrafts() {
	ds := u.drafts().pending()
	if len(ds) == 0 || u.readOnly {
		return
	}
	list := container.NewVBox()
	for _, d := range ds {
		list.Add(newCJKLabel(u.draftLine(d)))
	}
	note := newCJKLabel(lang.L("上次关闭窗口时，下面 {{.Count}} 处修改还没有保存到档案（当时档案连不上），已保留在这台电脑上。",
		map[string]any{"Count": len(ds)}))
	how := newCJKLabel(lang.L("保存时，此后没有人改过的直接保存；有人改过的，两边的文字都会显示，由您选择。"))
	var d *dialog.CustomDialog
	save := widget.NewButton(lang.L("保存到档案"), func() { d.Hide(); u.restoreDrafts(ds) })
	save.Importance = widget.HighImportance
	later := widget.NewButton(lang.L("以后再说"), func() { d.Hide() })
	drop := widget.NewButton(lang.L("放弃这些修改"), func() {
		u.confirm(lang.L("放弃这些修改"), lang.L("放弃后这些文字无法找回。确定放弃吗？"), lang.L("放弃"), true, func() {
			d.Hide()
			for _, x := range ds {
				u.drafts().settle(x)
			}
		})
	})
	d = dialog.NewCustomWithoutButtons(lang.L("有修改尚未保存到档案"), container.NewBorder(note,
		container.NewVBox(how, container.NewCenter(container.NewHBox(drop, later, save))), nil, nil,
		container.NewVScroll(list)), u.win)
	d.Resize(fyne.NewSize(640, 420))
	u.draftOffer = d
	d.Show()
}

// draftLine names a draft in the offer: what it is and when it was kept.
func (u *ui) draftLine(d localDraft) string {
	when := u.dateLabel(d.Kept.Local()) + " " + d.Kept.Local().Format("15:04")
	if d.Item != nil {
		return lang.L("条目“{{.Lead}}”，保留于 {{.When}}", map[string]any{"Lead": shortText(d.Item.Lead), "When": when})
	}
	title := ""
	if d.Submission != nil {
		title = shortText(d.Submission.Title)
	}
	return lang.L("来稿“{{.Title}}”，保留于 {{.When}}", map[string]any{"Title": title, "When": when})
}

// shortText is s cut to 30 characters for a line of a list.
func shortText(s string) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > 30 {
		return string(r[:30]) + "…"
	}
	return s
}

// restoreDrafts saves each draft over the version it was typed on; one
// refused as a conflict (someone saved since) shows both texts, and one
// that cannot be saved yet stays kept, for the next start.
func (u *ui) restoreDrafts(ds []localDraft) {
	saved, asked := 0, false
	for _, d := range ds {
		done, err := u.restoreDraft(d)
		switch {
		case errors.Is(err, editor.ErrNotFound):
			u.info(lang.L("有修改尚未保存到档案"), lang.L("{{.What}}已不在档案中（可能已被删除），这处修改仍保留在这台电脑上，下次打开时还会提醒。",
				map[string]any{"What": u.draftLine(d)}))
			continue
		case err != nil:
			u.info(lang.L("有修改尚未保存到档案"), officeMessage(err)+"\n"+lang.L("这些修改仍保留在这台电脑上，下次打开时还会提醒。"))
			u.markDirty()
			return
		case done:
			saved++
		default:
			asked = true
		}
	}
	u.markDirty()
	if saved > 0 && !asked {
		u.info(lang.L("有修改尚未保存到档案"), lang.L("已把 {{.Count}} 处保留的修改保存到档案。", map[string]any{"Count": saved}))
	}
}

// restoreDraft saves d; true when it is saved or needed no saving, false
// when a conflict dialog now shows it beside the archive's text.
func (u *ui) restoreDraft(d localDraft) (bool, error) {
	var err error
	switch {
	case d.Item != nil:
		it := *d.Item
		err = u.ar.UpdateItem(u.ctx(), &it)
	case d.Submission != nil:
		sub := *d.Submission
		err = u.ar.UpdateSubmission(u.ctx(), &sub)
	default:
		u.drafts().settle(d) // nothing in it
		return true, nil
	}
	if c, ok := conflictOf(err); ok {
		return u.draftConflict(d, c), nil
	}
	if err != nil {
		return false, err
	}
	u.drafts().settle(d)
	return true, nil
}

// draftConflict shows d beside what the archive holds now (someone saved
// after d was typed), unless both say the same: the save had reached the
// archive before the connection went. True when there was nothing to choose.
func (u *ui) draftConflict(d localDraft, c *editor.ConflictError) bool {
	fields, read, save := u.draftSides(d, c)
	same := true
	for _, f := range fields {
		same = same && f.theirs == f.mine
	}
	if same {
		if err := u.ar.DiscardDraft(u.ctx(), c.DraftID); err != nil {
			log.Printf("discard the unsaved draft: %v", err)
		}
		u.drafts().settle(d)
		return true
	}
	u.showConflict(c, fields, read, func(texts []string, version int64) {
		if err := save(texts, version); err != nil {
			if c2, ok := conflictOf(err); ok {
				u.draftConflict(d, c2)
				return
			}
			u.showError(err)
			return
		}
		u.drafts().settle(d)
		u.markDirty()
	}, func() { u.drafts().settle(d); u.markDirty() })
	return false
}

// draftSides are a draft's fields beside the archive's, how to read the
// record again and how to save the editor's choice over a version.
func (u *ui) draftSides(d localDraft, c *editor.ConflictError) ([]conflictField, func() (conflictSide, error), func([]string, int64) error) {
	if d.Item != nil {
		theirs, _ := c.Stored.(editor.Item)
		mine := *d.Item
		fields := []conflictField{
			{lang.L("标题句（第一句）"), theirs.Lead, mine.Lead},
			{lang.L("正文"), theirs.Body, mine.Body},
			{lang.L("署名"), theirs.Attribution, mine.Attribution},
		}
		read := func() (conflictSide, error) {
			it, err := u.ar.Item(u.ctx(), d.ID)
			return conflictSide{texts: []string{it.Lead, it.Body, it.Attribution}, version: it.Version, at: it.UpdatedAt}, err
		}
		return fields, read, func(texts []string, version int64) error {
			mine.Lead, mine.Body, mine.Attribution, mine.Version = texts[0], texts[1], texts[2], version
			return u.ar.UpdateItem(u.ctx(), &mine)
		}
	}
	theirs, _ := c.Stored.(editor.Submission)
	mine := *d.Submission
	fields := []conflictField{
		{lang.L("标题"), theirs.Title, mine.Title},
		{lang.L("联系人"), theirs.Contact, mine.Contact},
		{lang.L("正文"), theirs.Text, mine.Text},
	}
	read := func() (conflictSide, error) {
		sub, err := u.ar.Submission(u.ctx(), d.ID)
		return conflictSide{texts: []string{sub.Title, sub.Contact, sub.Text}, version: sub.Version, at: sub.UpdatedAt}, err
	}
	return fields, read, func(texts []string, version int64) error {
		mine.Title, mine.Contact, mine.Text, mine.Version = texts[0], texts[1], texts[2], version
		return u.ar.UpdateSubmission(u.ctx(), &mine)
	}
}
