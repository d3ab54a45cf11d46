package app

import (
	"errors"
	"fmt"
	"log"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/app/textarea"
	"github.com/bulletindesk/bulletindesk/editor"
)

// conflictField is one text of a record as another window or program saved
// it (theirs) and as the editor typed it (mine).
type conflictField struct {
	label, theirs, mine string
}

// conflictSide is the record as the archive holds it now: its texts in the
// order of the dialog's fields, its version and when it was saved.
type conflictSide struct {
	texts   []string
	version int64
	at      time.Time
	by      string // who saved it (a login), "" when unknown (review G14: the editor needs whom to talk to)
}

// openConflict is a conflict dialog on screen: the editor's entries, the
// other side's texts, and every draft kept for the record since it opened.
type openConflict struct {
	mine   []*textarea.Area       // the editor's, to edit and merge
	theirs []*textarea.Area       // read-only: selectable, to copy from
	rows   [][2]fyne.CanvasObject // each field's name and its two columns, hidden while both say the same
	when   *widget.Label
	side   conflictSide                 // what the left column shows
	read   func() (conflictSide, error) // the stored record, read again
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
// (edited) texts and the version the left column shows to keepMine,
// 采用对方的 calls takeTheirs, which reads the record again and saves
// nothing; either way the kept draft is then discarded, since what it held
// is now on screen or saved. Until the editor chooses, the draft stays in
// the archive, so a crash in between loses nothing. A second conflict on
// the same record while the dialog is open (a save that was already
// waiting) shows no second dialog but puts its texts into the first; a
// newer save by the other side (refreshConflicts) updates the left column.
func (u *ui) showConflict(c *editor.ConflictError, fields []conflictField, read func() (conflictSide, error),
	keepMine func(texts []string, version int64), takeTheirs func()) {
	key := fmt.Sprintf("%s %d", c.Kind, c.ID)
	theirs := conflictSide{version: c.StoredVersion, at: c.StoredAt, by: c.StoredBy}
	for _, f := range fields {
		theirs.texts = append(theirs.texts, f.theirs)
	}
	if open := u.conflicts[key]; open != nil { // a later save of the same typing: show its texts
		open.drafts = append(open.drafts, c.DraftID)
		for i, f := range fields {
			open.mine[i].SetText(f.mine)
		}
		open.show(u, theirs)
		return
	}
	open := &openConflict{drafts: []int64{c.DraftID}, read: read}
	if u.conflicts == nil {
		u.conflicts = map[string]*openConflict{}
	}
	u.conflicts[key] = open
	rows := open.build(fields)
	open.show(u, theirs)
	note := newCJKLabel(conflictNote(c.StoredBy))
	head := container.NewVBox(note, open.when, container.NewGridWithColumns(2,
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
			texts[i] = open.mine[i].Text()
		}
		if slices.Equal(texts, open.side.texts) { // merged into exactly theirs: nothing of mine to save
			done(takeTheirs)
			return
		}
		done(func() { keepMine(texts, open.side.version) })
	})
	keep.Importance = widget.HighImportance
	take := widget.NewButton(lang.L("采用对方的"), func() { done(takeTheirs) })
	d = dialog.NewCustomWithoutButtons(lang.L("内容已被另一处修改"),
		container.NewBorder(head, container.NewCenter(container.NewHBox(take, keep)), nil, nil, container.NewVScroll(rows)), u.win)
	d.Resize(fyne.NewSize(900, 560)) // fits a 1024×700 screen
	d.Show()
}

// conflictNote says what happened, naming who saved when the archive knows.
func conflictNote(by string) string {
	if by == "" {
		return lang.L("在您编辑的同时，另一个窗口或程序保存了这里的内容。您的修改没有覆盖它，也没有丢失。左边是对方保存的，右边是您的（可以修改、合并）。")
	}
	return lang.L("在您编辑的同时，{{.Who}} 保存了这里的内容。您的修改没有覆盖它，也没有丢失。左边是 {{.Who}} 保存的，右边是您的（可以修改、合并）。",
		map[string]any{"Who": by})
}

// build makes the dialog's rows: per field its name, theirs to read and
// mine to edit.
func (open *openConflict) build(fields []conflictField) *fyne.Container {
	rows := container.NewVBox()
	open.when = widget.NewLabel("") // a line of its own: inside the note the time wrapped after 日
	for _, f := range fields {
		// the texts are app/textarea's fields, which wrap by the Chinese
		// rules (Fyne's Label and Entry started rows with ，and 、, review
		// F9) and take a 来稿 of any length
		mine := textarea.New()
		mine.SetText(f.mine)
		theirs := textarea.New()
		theirs.Disable()
		name := widget.NewLabelWithStyle(f.label, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		cols := container.NewGridWithColumns(2, theirs, mine)
		rows.Add(name)
		rows.Add(cols)
		open.mine = append(open.mine, mine)
		open.theirs = append(open.theirs, theirs)
		open.rows = append(open.rows, [2]fyne.CanvasObject{name, cols})
	}
	return rows
}

// show puts side into the left column; a field both sides now hold alike
// is hidden (nothing to choose).
func (open *openConflict) show(u *ui, side conflictSide) {
	open.side = side
	for i, t := range side.texts {
		open.theirs[i].SetText(t)
		for _, o := range open.rows[i] {
			if t == open.mine[i].Text() {
				o.Hide()
			} else {
				o.Show()
			}
		}
	}
	open.when.SetText("")
	if side.at.IsZero() {
		return
	}
	when := u.dateLabel(side.at) + " " + side.at.Local().Format("15:04")
	if side.by != "" {
		open.when.SetText(lang.L("{{.Who}} 保存于 {{.When}}", map[string]any{"Who": side.by, "When": when}))
		return
	}
	open.when.SetText(lang.L("对方保存于 {{.When}}", map[string]any{"When": when}))
}

// refreshConflicts reads again the records whose conflict dialog is open,
// when another desktop changed something: the left column must show what
// 采用对方的 would give, not the text of the moment the save was refused.
func (u *ui) refreshConflicts() {
	for _, open := range u.conflicts {
		if open.read == nil {
			continue
		}
		side, err := open.read()
		if err != nil {
			log.Printf("read the record in conflict again: %v", err)
			continue
		}
		if side.version != open.side.version {
			open.show(u, side)
		}
	}
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
	u := d.s.u
	read := func() (conflictSide, error) {
		sub, err := u.ar.Submission(u.ctx(), c.ID)
		return conflictSide{texts: []string{sub.Title, sub.Contact, sub.Text}, version: sub.Version, at: sub.UpdatedAt}, err
	}
	reload := func() {
		if d.has && d.cur.ID == c.ID {
			d.load(c.ID)
			d.s.replaceRow(d.cur)
		}
		u.markOthersDirty()
	}
	d.saved.SetText(lang.L("未保存：另一处已修改这篇来稿"))
	u.showConflict(c, fields, read, func(texts []string, version int64) {
		mine.Title, mine.Contact, mine.Text = texts[0], texts[1], texts[2]
		mine.Version = version
		if err := u.ar.UpdateSubmission(u.ctx(), &mine); err != nil && !d.resolveConflict(err) {
			u.showError(err)
		}
		reload()
	}, reload)
	return true
}

// resolveConflict handles an item save refused as a conflict; false when
// err is not one. 采用对方的 reads the item again and saves nothing: it
// used to write the dialog's copy of theirs back over a newer save, which
// was refused in its turn, one dialog after another.
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
	s, id := ie.s, c.ID
	read := func() (conflictSide, error) {
		it, err := s.u.ar.Item(s.u.ctx(), id)
		return conflictSide{texts: []string{it.Lead, it.Body, it.Attribution}, version: it.Version, at: it.UpdatedAt}, err
	}
	s.u.showConflict(c, fields, read, func(texts []string, version int64) {
		cur := s.editorOf(id, ie)
		cur.item.Version = version // what is shown next is saved over theirs
		cur.lead.SetText(texts[0]) // each saves through OnChanged
		cur.body.SetText(texts[1])
		cur.attr.SetText(texts[2])
		cur.changed()
		cur.save.flush()
	}, func() { s.takeStored(id, ie) })
	return true
}

// editorOf is the editor item id has now: another desktop's save read in
// while a dialog was open builds a new one; ie when there is none.
func (s *composeScreen) editorOf(id int64, ie *itemEditor) *itemEditor {
	if cur := s.editors[id]; cur != nil {
		return cur
	}
	return ie
}

// takeStored drops what the editor typed in item id and shows the item as
// the archive holds it now, writing nothing.
func (s *composeScreen) takeStored(id int64, ie *itemEditor) {
	ie.save.cancel()
	s.editorOf(id, ie).save.cancel()
	s.reload() // keeps an editor only when it shows the stored text (shows)
}
