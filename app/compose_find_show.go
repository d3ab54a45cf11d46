package app

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/bulletindesk/bulletindesk/editor"
)

// entryOf is the one-line field a match is in (nil: none, the body, or
// its item is gone).
func (f *composeFind) entryOf(m *editor.Match) *composeEntry {
	if m == nil {
		return nil
	}
	ie := f.s.editors[m.ItemID]
	if ie == nil {
		return nil
	}
	switch m.Field {
	case editor.FieldNote:
		return ie.note
	case editor.FieldLead:
		return ie.lead
	case editor.FieldBody:
		return nil
	default:
		return ie.attr
	}
}

// fieldOf is the field a match is in, the body too (nil: none).
func (f *composeFind) fieldOf(m *editor.Match) fyne.Focusable {
	if m != nil && m.Field == editor.FieldBody {
		if ie := f.s.editors[m.ItemID]; ie != nil {
			return ie.body
		}
		return nil
	}
	if e := f.entryOf(m); e != nil {
		return e
	}
	return nil
}

// revealBody shows a match in a body: selected, scrolled to and marked.
func (f *composeFind) revealBody(ie *itemEditor, m editor.Match) {
	s := f.s
	s.showSlot(ie)
	s.focused = ie
	ie.body.Select(m.Start, m.End)
	s.scrollToMatch(ie, ie.body, func() float32 { return ie.body.CaretPosition().Y })
	f.marked = composeMarked{at: func() (fyne.CanvasObject, fyne.Position, fyne.Position) {
		return ie.body, ie.body.PositionOf(m.Start), ie.body.PositionOf(m.End)
	}}
	s.markMatch(ie.body, ie.body.PositionOf(m.Start), ie.body.PositionOf(m.End))
	s.preview.follow(ie.item)
}

// reveal shows a match: its item laid out, a long body turned to the page
// holding it, the text selected and scrolled to a third down the page,
// and the preview at the item.
func (f *composeFind) reveal(m editor.Match) {
	s := f.s
	ie := s.editors[m.ItemID]
	if ie != nil && s.scroll != nil && m.Field == editor.FieldBody {
		f.revealBody(ie, m)
		return
	}
	e := f.entryOf(&m)
	if e == nil || s.scroll == nil {
		return
	}
	start, end := m.Start, m.End
	if ie.slot != nil && !ie.slot.view.Visible() {
		ie.slot.view.Show()
		composeLayoutNow(ie.slot.box)
		s.scroll.Refresh() // laid out now: the selection needs the rows as wrapped
	}
	s.focused = ie
	composeSelect(e, start, end)
	s.scrollToMatch(ie, e, func() float32 { return e.CursorPosition().Y })
	from, to := composeSelect(e, start, end) // again: the rows are where they are now
	s.markMatch(e, from, to)
	f.marked = composeMarked{at: func() (fyne.CanvasObject, fyne.Position, fyne.Position) {
		from, to := composeSelect(e, start, end)
		return e, from, to
	}}
	s.preview.follow(ie.item)
}

// composeMarked is the match the mark is over: at gives its field and
// where it starts and ends in it, as laid out now.
type composeMarked struct {
	at func() (e fyne.CanvasObject, from, to fyne.Position)
}

// remark puts the mark back over its match after the page was laid out
// again (items coming into sight take their real heights, and what is
// below them moves).
func (f *composeFind) remark() {
	m := f.marked
	if !f.s.mark.Visible() || m.at == nil {
		return
	}
	e, from, to := m.at()
	f.s.markMatch(e, from, to)
}

// markMatch draws the mark over a match, from and to in entry e; a match
// over a line break is marked to the end of its first line.
func (s *composeScreen) markMatch(e fyne.CanvasObject, from, to fyne.Position) {
	at, ok := composeOffset(s.page, e) // on the page, where the mark's layer is
	if !ok {
		d := fyne.CurrentApp().Driver()
		at = d.AbsolutePositionForObject(e).Subtract(d.AbsolutePositionForObject(s.scroll.Content))
	}
	at = at.Add(from)
	h := fyne.MeasureText("国", theme.TextSize(), fyne.TextStyle{}).Height
	w := to.X - from.X
	if to.Y != from.Y || w <= 0 {
		w = e.Size().Width - from.X - theme.InnerPadding()
	}
	s.mark.Move(at.AddXY(0, theme.InputBorderSize()))
	s.mark.Resize(fyne.NewSize(w, h))
	s.mark.Show()
	s.mark.Refresh()
}

// scrollToMatch scrolls so the cursor row of field e (caretY down it), in
// item ie, sits a third down the page. The driver places only what is in
// sight, so the item is brought into sight first by its slot, then the
// row by its position.
func (s *composeScreen) scrollToMatch(ie *itemEditor, e fyne.CanvasObject, caretY func() float32) {
	view := s.scroll.Size().Height
	to := func(y float32) {
		s.scroll.ScrollToOffset(fyne.NewPos(0, max(0, s.scroll.Offset.Y+y)))
		s.showNearSlots()
	}
	if y, ok := scrollY(s.scroll, ie.slot.box); ok && (y > view || y+ie.slot.box.Size().Height < 0) {
		to(y - view/8)
	}
	y, ok := scrollY(s.scroll, e)
	if y += caretY(); ok && (y < view/8 || y > view*3/4) {
		to(y - view/3)
	}
}

// replaceItems writes the texts of items (a find's replacement) in one
// transaction, as one step that Ctrl+Z takes back.
func (s *composeScreen) replaceItems(items []editor.Item, label string) {
	before := map[int64]editor.Item{}
	ptrs := make([]*editor.Item, len(items))
	for i := range items {
		ptrs[i] = &items[i]
		if ie := s.editors[items[i].ID]; ie != nil {
			before[items[i].ID] = *ie.item
		}
	}
	ar, ctx := s.u.ar, s.u.ctx
	if !s.do(func() error { return ar.UpdateItems(ctx(), ptrs) }) {
		return
	}
	// the texts to put back or again, at the versions the archive has then
	swap := func(texts map[int64]editor.Item) func() error {
		return func() error {
			var now []*editor.Item
			for id, t := range texts {
				ie := s.editors[id]
				if ie == nil {
					continue
				}
				it := *ie.item
				it.Lead, it.Body, it.Attribution, it.EditorNote = t.Lead, t.Body, t.Attribution, t.EditorNote
				now = append(now, &it)
			}
			return ar.UpdateItems(ctx(), now)
		}
	}
	after := map[int64]editor.Item{}
	for _, it := range items {
		after[it.ID] = it
	}
	s.undo.record(composeStep{label: label, undo: swap(before), redo: swap(after)})
}

// showHit shows a 检索 hit in the open issue: the find bar holding the text
// the search matched, at its first place in the item, selected and
// scrolled to; when the text is not there as written (the search also
// matches across punctuation), the item's lead is selected instead.
func (f *composeFind) showHit(itemID int64, text string) {
	s := f.s
	if s.issue == nil || s.editors[itemID] == nil {
		return
	}
	changed := f.query.OnChanged
	f.query.OnChanged = nil
	f.query.SetText(text)
	f.query.OnChanged = changed
	f.replaceRow.Hide()
	f.bar.Show()
	f.matches = editor.FindInIssue(s.issue, text)
	f.cur = -1
	for i, m := range f.matches {
		if m.ItemID == itemID {
			f.cur = i
			break
		}
	}
	f.showCount()
	if f.cur >= 0 {
		f.reveal(f.matches[f.cur])
		s.u.win.Canvas().Focus(f.query)
		return
	}
	f.bar.Hide()
	if lead := utf8.RuneCountInString(s.editors[itemID].lead.Text); lead > 0 {
		f.reveal(editor.Match{ItemID: itemID, Field: editor.FieldLead, Start: 0, End: lead})
	}
}
