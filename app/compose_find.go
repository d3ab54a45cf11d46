package app

import (
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

// composeFind is 查找 (Ctrl+F) and 替换 (Ctrl+H) within the open issue: a
// bar over the foot of 组版 with the text, the count, 上一处/下一处, and for
// replacing the new text with 替换 and 全部替换. The matching is editor's
// (FindInIssue, ReplaceMatch, ReplaceAll); a replacement is one write and
// one step Ctrl+Z takes back. The archive's 检索 keeps Ctrl+Shift+F.
type composeFind struct {
	s          *composeScreen
	query      *findEntry
	with       *findEntry
	count      *widget.Label
	replaceRow composeBoth // 替换为 and its buttons
	bar        fyne.CanvasObject
	matches    []editor.Match
	cur        int // the match shown, -1 none
	marked     composeMarked
}

func newComposeFind(s *composeScreen) *composeFind {
	f := &composeFind{s: s, count: widget.NewLabel(""), cur: -1}
	f.query = newFindEntry(lang.L("在本期中查找"), f.hide)
	f.query.OnChanged = func(string) { f.search(0) }
	f.query.OnSubmitted = func(string) { f.step(1) }
	f.with = newFindEntry(lang.L("替换为"), f.hide)
	f.with.OnSubmitted = func(string) { f.replaceOne() }
	prev := newFindButton("", theme.MoveUpIcon(), func() { f.step(-1) }, f.hide)
	next := newFindButton("", theme.MoveDownIcon(), func() { f.step(1) }, f.hide)
	closeBtn := newFindButton("", theme.CancelIcon(), f.hide, f.hide)
	closeBtn.Importance = widget.LowImportance
	one := newFindButton(lang.L("替换"), nil, f.replaceOne, f.hide)
	all := newFindButton(lang.L("全部替换"), nil, f.replaceAll, f.hide)
	// the two fields stand in one column and the buttons beside them, so
	// Tab goes from 查找 to 替换为 and then to the buttons: with the rows
	// built one after the other Tab went to ↑, and a replacement typed
	// "after Tab" went nowhere while 全部替换 deleted every match
	replaceButtons := container.NewHBox(layout.NewSpacer(), one, all)
	f.replaceRow = composeBoth{f.with, replaceButtons}
	fields := container.NewVBox(f.query, f.with)
	buttons := container.NewVBox(container.NewHBox(f.count, prev, next, closeBtn), replaceButtons)
	rows := container.NewBorder(nil, nil, nil, buttons, fields)
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	bg.CornerRadius = theme.InputRadiusSize()
	box := container.NewStack(bg, container.NewPadded(rows))
	f.bar = container.NewPadded(container.NewHBox(layout.NewSpacer(), composeSized(box, 520)))
	f.bar.Hide()
	return f
}

// show opens the bar with the cursor in the text; replace shows 替换为 too.
// Text selected in the item being edited becomes the text to find.
func (f *composeFind) show(replace bool) {
	if e, ok := f.s.u.win.Canvas().Focused().(interface{ SelectedText() string }); ok && e.SelectedText() != "" {
		f.query.SetText(e.SelectedText())
	}
	if replace && !f.s.signed() && !f.s.u.readOnly {
		f.replaceRow.Show()
	} else {
		f.replaceRow.Hide()
	}
	f.bar.Show()
	f.search(0)
	f.s.u.win.Canvas().Focus(f.query)
}

// hide closes the bar (Escape) and leaves the cursor at the match shown.
func (f *composeFind) hide() {
	f.bar.Hide()
	f.s.mark.Hide()
	if e := f.fieldOf(f.current()); e != nil {
		f.s.u.win.Canvas().Focus(e)
	} else {
		f.s.u.win.Canvas().Unfocus()
	}
}

func (f *composeFind) current() *editor.Match {
	if f.cur < 0 || f.cur >= len(f.matches) {
		return nil
	}
	return &f.matches[f.cur]
}

// search finds the text again and shows the first match from index from.
func (f *composeFind) search(from int) {
	f.matches = nil
	if f.s.issue != nil {
		f.matches = editor.FindInIssue(f.s.issue, f.query.Text)
	}
	f.cur = -1
	if len(f.matches) > 0 {
		f.cur = min(max(from, 0), len(f.matches)-1)
		f.reveal(f.matches[f.cur])
	} else {
		f.s.mark.Hide() // it stayed over the last match while the bar said 没有找到
	}
	f.showCount()
}

// step shows the next (+1) or previous (-1) match, going round at the ends.
func (f *composeFind) step(delta int) {
	cur := f.cur
	f.matches = editor.FindInIssue(f.s.issue, f.query.Text) // the text may have been typed in since
	if len(f.matches) == 0 {
		f.search(0)
		return
	}
	f.cur = (cur + delta + len(f.matches)) % len(f.matches)
	f.reveal(f.matches[f.cur])
	f.showCount()
}

func (f *composeFind) showCount() {
	switch {
	case f.query.Text == "":
		f.count.SetText("")
	case len(f.matches) == 0:
		f.count.SetText(lang.L("没有找到"))
	default:
		f.count.SetText(lang.L("第{{.I}}处，共{{.N}}处", map[string]any{"I": f.cur + 1, "N": len(f.matches)}))
	}
}

// replaceOne replaces the match shown and shows the next one.
func (f *composeFind) replaceOne() {
	m := f.current()
	if m == nil || f.s.signed() {
		return
	}
	s := f.s
	s.flush()
	it, ok := editor.ReplaceMatch(s.issue, *m, f.query.Text, f.with.Text)
	if !ok {
		f.search(f.cur)
		return
	}
	at := f.cur
	s.replaceItems([]editor.Item{it}, lang.L("已替换一处：{{.Old}} → {{.New}}", map[string]any{"Old": f.query.Text, "New": f.with.Text}))
	f.search(at)
}

// replaceAll replaces every match in one write.
func (f *composeFind) replaceAll() {
	s := f.s
	if s.issue == nil || s.signed() || f.query.Text == "" {
		return
	}
	s.flush()
	items, n := editor.ReplaceAll(s.issue, f.query.Text, f.with.Text)
	if n == 0 {
		return
	}
	s.replaceItems(items, lang.L("已全部替换{{.N}}处：{{.Old}} → {{.New}}", map[string]any{"N": n, "Old": f.query.Text, "New": f.with.Text}))
	f.search(0)
}

// rebuilt counts again after the page was built anew (an item deleted,
// another issue opened), without moving the page.
func (f *composeFind) rebuilt() {
	if !f.bar.Visible() {
		return
	}
	f.matches = nil
	if f.s.issue != nil {
		f.matches = editor.FindInIssue(f.s.issue, f.query.Text)
	}
	f.cur = min(f.cur, len(f.matches)-1)
	f.showCount()
}

// composeBoth shows and hides two objects together.
type composeBoth [2]fyne.CanvasObject

func (b composeBoth) Show() { b[0].Show(); b[1].Show() }

func (b composeBoth) Hide() { b[0].Hide(); b[1].Hide() }

func (b composeBoth) Visible() bool { return b[0].Visible() }

// findEntry is the bar's one-line field: Escape closes the bar.
type findEntry struct {
	widget.Entry
	onEscape func()
}

func newFindEntry(placeholder string, onEscape func()) *findEntry {
	e := &findEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	e.SetPlaceHolder(placeholder)
	return e
}

// TypedKey closes the bar on Escape.
func (e *findEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(k)
}

// findButton is one of the bar's buttons: Escape closes the bar from it
// too. A focused button gets the window's keys, and Fyne's ignores all but
// Space, so after Tab to ↓ or 替换 Escape did nothing.
type findButton struct {
	widget.Button
	onEscape func()
}

func newFindButton(label string, icon fyne.Resource, tapped, onEscape func()) *findButton {
	b := &findButton{onEscape: onEscape}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey closes the bar on Escape.
func (b *findButton) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape {
		b.onEscape()
		return
	}
	b.Button.TypedKey(k)
}

// composeSelect selects runes start…end of an entry (laid out) without
// taking the keyboard from where it is: the find bar keeps it. Fyne shows
// a selection only in the field with the keyboard, so it returns where
// the match starts and ends in the entry, for the mark drawn over it.
func composeSelect(e *composeEntry, start, end int) (from, to fyne.Position) {
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome}) // ends any selection
	e.CursorRow, e.CursorColumn = composeRowCol(e, start)
	from = e.CursorPosition()
	e.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // starts selecting from start
	e.CursorRow, e.CursorColumn = composeRowCol(e, end)
	to = e.CursorPosition()
	e.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	e.Refresh()
	return from, to
}

// composeRowCol is the entry's row and column (rows as wrapped on screen)
// of the rune offset off, found through Entry.CursorTextOffset.
func composeRowCol(e *composeEntry, off int) (row, col int) {
	keepR, keepC := e.CursorRow, e.CursorColumn
	defer func() { e.CursorRow, e.CursorColumn = keepR, keepC }()
	begin := 0
	for r := 1; ; r++ {
		e.CursorRow, e.CursorColumn = r, 0
		b := e.CursorTextOffset()
		if b <= begin || b > off {
			return r - 1, off - begin
		}
		begin = b
	}
}
