package app

import (
	"errors"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// composeUndoShown is how long the banner offering 撤销 stays; Ctrl+Z still
// takes the change back after it went.
const composeUndoShown = 10 * time.Second

// composeStep is one change to the issue's items (delete, move, replace)
// that Ctrl+Z takes back and Ctrl+Shift+Z or Ctrl+Y makes again.
type composeStep struct {
	label      string // what the banner says: 已删除一条：…
	undo, redo func() error
}

// composeUndo keeps the issue's recent item changes and shows the banner
// for the latest. The banner floats over the foot of the page: shown in
// the page's flow it pushed everything 40 px down under the pointer, and a
// click aimed at 签发 opened 计分单位.
type composeUndo struct {
	s      *composeScreen
	done   []composeStep // the latest last
	undone []composeStep // taken back, the latest last
	typed  bool          // typing since the last step: Ctrl+Z belongs to the field
	bar    fyne.CanvasObject
	label  *widget.Label
	redoB  *widget.Button
	timer  stopper
	shown  int // counts showings, so an old timer does not hide a newer banner
}

func newComposeUndo(s *composeScreen) *composeUndo {
	c := &composeUndo{s: s, label: widget.NewLabel("")}
	btn := widget.NewButtonWithIcon(lang.L("撤销"), theme.ContentUndoIcon(), c.restore)
	btn.Importance = widget.HighImportance
	c.redoB = widget.NewButtonWithIcon(lang.L("重做"), theme.ContentRedoIcon(), func() { c.again() })
	closeBtn := widget.NewButtonWithIcon("", theme.CancelIcon(), c.hide)
	closeBtn.Importance = widget.LowImportance
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	box := container.NewStack(bg, container.NewPadded(container.NewHBox(c.label, btn, c.redoB, closeBtn)))
	c.bar = container.NewPadded(container.NewHBox(box, layout.NewSpacer()))
	c.bar.Hide()
	return c
}

// record adds a change that just happened and shows the banner for it.
func (c *composeUndo) record(st composeStep) {
	c.done = append(c.done, st)
	c.undone = nil
	c.typed = false
	c.show(st.label)
}

// offer records the deletion of it (DeleteItem returned it).
func (c *composeUndo) offer(it editor.Item) {
	gone := it
	ar, ctx := c.s.u.ar, c.s.u.ctx
	c.record(composeStep{
		label: lang.L("已删除一条：{{.Lead}}", map[string]any{"Lead": composeShort(it.Lead, 24)}),
		undo: func() error {
			err := ar.RestoreItem(ctx(), gone)
			if errors.Is(err, editor.ErrNotFound) { // its section was deleted since
				return errors.New(lang.L("这一条原来所在的栏目已被删除，无法撤销。"))
			}
			return err
		},
		redo: func() error {
			id := c.s.itemAt(gone.SectionID, gone.Position, gone.Lead)
			if id == 0 {
				return nil
			}
			var err error
			gone, err = ar.DeleteItem(ctx(), id)
			return err
		},
	})
}

func (c *composeUndo) show(text string) {
	c.label.SetText(text)
	c.redoB.Hide()
	c.bar.Show()
	c.shown++
	n := c.shown
	if c.timer != nil {
		c.timer.Stop()
	}
	c.timer = c.s.u.now().AfterFunc(composeUndoShown, func() {
		fyne.Do(func() {
			if c.shown == n {
				c.hide()
			}
		})
	})
}

// hide takes the banner away; the changes can still be taken back.
func (c *composeUndo) hide() { c.bar.Hide() }

// clear forgets the changes: another issue, or the issue signed.
func (c *composeUndo) clear() {
	c.done, c.undone = nil, nil
	c.hide()
}

// restore takes the latest change back (撤销, Ctrl+Z).
func (c *composeUndo) restore() {
	if len(c.done) == 0 || c.s.signed() {
		return
	}
	st := c.done[len(c.done)-1]
	c.done = c.done[:len(c.done)-1]
	c.s.do(st.undo)
	c.undone = append(c.undone, st)
	c.label.SetText(lang.L("已撤销：{{.What}}", map[string]any{"What": st.label}))
	c.bar.Show()
	c.redoB.Show()
}

// again makes the latest change taken back again (重做, Ctrl+Shift+Z, Ctrl+Y).
func (c *composeUndo) again() {
	if len(c.undone) == 0 || c.s.signed() {
		return
	}
	st := c.undone[len(c.undone)-1]
	c.undone = c.undone[:len(c.undone)-1]
	c.s.do(st.redo)
	c.done = append(c.done, st)
	c.show(st.label)
}

// shortcut handles Ctrl+Z and Ctrl+Shift+Z / Ctrl+Y when the latest thing
// the editor did was an item change; after typing, the field undoes its
// own typing instead. It says whether it took the shortcut.
func (c *composeUndo) shortcut(sc fyne.Shortcut) bool {
	if c.typed {
		return false
	}
	switch {
	case composeIsUndo(sc) && len(c.done) > 0:
		c.restore()
		return true
	case composeIsRedo(sc) && len(c.undone) > 0:
		c.again()
		return true
	}
	return false
}

func composeIsUndo(sc fyne.Shortcut) bool {
	_, ok := sc.(*fyne.ShortcutUndo)
	return ok
}

func composeIsRedo(sc fyne.Shortcut) bool {
	if _, ok := sc.(*fyne.ShortcutRedo); ok {
		return true
	}
	cs, ok := sc.(*desktop.CustomShortcut)
	return ok && cs.KeyName == fyne.KeyZ && cs.Modifier == fyne.KeyModifierShortcutDefault|fyne.KeyModifierShift
}

// listen takes Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y on 组版 when no field has
// the keyboard (a focused field passes them on through composeEntry).
func (c *composeUndo) listen(cv fyne.Canvas) {
	on := func(sc fyne.Shortcut) {
		if c.s.u.currentKey() == keyCompose && !c.s.u.dialogOpen() { // not behind a dialog
			c.shortcut(sc)
		}
	}
	cv.AddShortcut(&fyne.ShortcutUndo{}, on)
	cv.AddShortcut(&fyne.ShortcutRedo{}, on)
	cv.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}, on)
}

// itemAt is the id of the item at position pos of section sectionID in the
// open issue, preferring one with the given lead (a restored item may have
// got a new id).
func (s *composeScreen) itemAt(sectionID int64, pos int, lead string) int64 {
	if s.issue == nil {
		return 0
	}
	for _, sec := range s.issue.Sections {
		if sec.ID != sectionID {
			continue
		}
		for i, it := range sec.Items {
			if it.Lead == lead && (i == pos || pos >= len(sec.Items)) {
				return it.ID
			}
		}
		for _, it := range sec.Items {
			if it.Lead == lead {
				return it.ID
			}
		}
	}
	return 0
}

// positionOf is an item's place in its section in the open issue, -1 when
// it is not there.
func (s *composeScreen) positionOf(id int64) int {
	if s.issue == nil {
		return -1
	}
	for _, sec := range s.issue.Sections {
		for i, it := range sec.Items {
			if it.ID == id {
				return i
			}
		}
	}
	return -1
}

// leadOf is an item's lead in the open issue.
func (s *composeScreen) leadOf(id int64) string {
	if ie := s.editors[id]; ie != nil {
		return ie.item.Lead
	}
	return ""
}

// recordMove makes an up/down move (delta places) undoable.
func (s *composeScreen) recordMove(id int64, delta int) {
	ar, ctx := s.u.ar, s.u.ctx
	label := lang.L("已上移一条：{{.Lead}}", map[string]any{"Lead": composeShort(s.leadOf(id), 24)})
	if delta > 0 {
		label = lang.L("已下移一条：{{.Lead}}", map[string]any{"Lead": composeShort(s.leadOf(id), 24)})
	}
	s.undo.record(composeStep{label: label,
		undo: func() error { return ar.MoveItem(ctx(), id, -delta) },
		redo: func() error { return ar.MoveItem(ctx(), id, delta) },
	})
}

// moveToSection moves an item to the end of another section, undoably:
// undoing puts it back at its old place (two writes: to the section's end,
// then up to the place).
func (s *composeScreen) moveToSection(id, from, to int64) {
	ar, ctx := s.u.ar, s.u.ctx
	pos := s.positionOf(id)
	lead := s.leadOf(id)
	if !s.do(func() error { return ar.MoveItemToSection(ctx(), id, to) }) {
		return
	}
	s.undo.record(composeStep{
		label: lang.L("已移到其他栏目：{{.Lead}}", map[string]any{"Lead": composeShort(lead, 24)}),
		undo: func() error {
			if err := ar.MoveItemToSection(ctx(), id, from); err != nil {
				return err
			}
			return ar.MoveItem(ctx(), id, pos-s.sectionLen(from))
		},
		redo: func() error { return ar.MoveItemToSection(ctx(), id, to) },
	})
}

// sectionLen is how many items a section of the open issue holds.
func (s *composeScreen) sectionLen(id int64) int {
	if s.issue != nil {
		for _, sec := range s.issue.Sections {
			if sec.ID == id {
				return len(sec.Items)
			}
		}
	}
	return 0
}
