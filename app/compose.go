package app

import (
	"errors"
	"fmt"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// composeScreen is 组版: the current issue's header, sections and items,
// edited in place and saved as typed, beside the live preview of the text
// the export writes.
type composeScreen struct {
	u       *ui
	issueID int64
	issue   *editor.Issue // nil when there is no issue yet
	prefs   editor.Preferences
	units   []editor.Unit
	matcher *editor.UnitMatcher

	editors map[int64]*itemEditor // by item id
	focused *itemEditor           // the item the keyboard was last in
	widgets []fyne.Disableable    // every editing widget, disabled when signed
	header  *composeHeader
	preview *composePreview
	pages   *composePages // 版面 (compose_pages.go)
	undo    *composeUndo
	find    *composeFind      // 查找/替换 in the issue (compose_find.go)
	targets *composeTargets   // 篇幅目标 warnings (compose_targets.go)
	mark    *canvas.Rectangle // over the match the find bar shows (compose_find_show.go)
	quiet   bool              // set while this screen's own change is announced
	picker  *adoptPicker      // the last 从来稿采用 dialog opened

	relayoutDue bool                    // a relayout is queued
	builtID     int64                   // the issue the editors were built for
	reuse       map[int64]*itemEditor   // during build: editors that may be kept
	bodyWidth   float32                 // the width item bodies were laid out at
	slots       []*composeSlot          // the items' places on the page, in order
	oldSlots    []*composeSlot          // during build: the previous page's
	counts      map[int64]*widget.Label // each section's 条/字 count, by section id

	body   *fyne.Container // the editing column, rebuilt on refresh
	page   *fyne.Container // what the editing column scrolls: header marks, sections, 报/送/发
	scroll *container.Scroll
	root   fyne.CanvasObject
}

func newComposeScreen(u *ui) *composeScreen {
	s := &composeScreen{u: u, editors: map[int64]*itemEditor{}}
	s.targets = newComposeTargets(s)
	s.mark = canvas.NewRectangle(color.NRGBA{R: 0xFF, G: 0xC0, B: 0x00, A: 0x70})
	s.mark.Hide()
	s.preview = newComposePreview(s)
	s.undo = newComposeUndo(s)
	s.header = newComposeHeader(s)
	s.body = container.NewStack()
	split := container.NewHSplit(s.body, s.rightPane())
	split.Offset = 0.6
	s.find = newComposeFind(s)
	// the banners float over the foot of the screen: in the page's flow they
	// pushed it down under the pointer
	s.root = container.NewStack(split, container.NewVBox(layout.NewSpacer(), s.undo.bar, s.find.bar))
	s.undo.listen(u.win.Canvas())
	u.findInIssue = s.find.show
	u.showItemHit = s.find.showHit
	u.showIssue = s.open
	u.onNewIssue = s.newIssue
	u.onExport = func() { s.export("txt") }
	u.onMoveUp = func() { s.moveFocused(-1) }
	u.onMoveDown = func() { s.moveFocused(1) }
	u.adoptToCurrentIssue = s.adoptToCurrentIssue
	return s
}

func (s *composeScreen) view() fyne.CanvasObject { return s.root }

// reload reads units, preferences and the issue again; edits in progress
// are saved first.
func (s *composeScreen) reload() {
	if s.quiet {
		return
	}
	s.flush()
	ctx := s.u.ctx()
	if units, err := s.u.ar.Units(ctx); err == nil {
		s.units = units
		s.matcher = editor.NewUnitMatcher(units)
	}
	if p, err := s.u.ar.Preferences(ctx); err == nil {
		s.prefs = p
	}
	if s.issueID == 0 {
		s.issueID = s.lastIssueID()
	}
	s.refresh()
}

// open shows issue id on the screen (from 档案, or after 新建一期).
func (s *composeScreen) open(id int64) {
	if id == s.issueID && s.issue != nil {
		return // already shown (and reloaded when it changed)
	}
	s.flush()
	if id != s.issueID {
		s.undo.clear()
		s.scroll = nil // another issue starts at its top
	}
	s.issueID = id
	s.u.rememberIssue(id)
	s.reload()
}

// lastIssueID is the issue open when the app last closed, else the latest.
func (s *composeScreen) lastIssueID() int64 {
	ctx := s.u.ctx()
	if id := s.u.lastIssue(); id != 0 {
		if _, err := s.u.ar.Issue(ctx, id); err == nil {
			return id
		}
	}
	if is, err := s.u.ar.LatestIssue(ctx); err == nil {
		return is.ID
	}
	return 0
}

// refresh reloads only the issue and rebuilds the editing column, keeping
// the scroll position; after structural changes (add, move, delete).
func (s *composeScreen) refresh() {
	s.flush() // before the read: the page must come back with every edit typed
	if s.issueID == 0 {
		s.showEmpty()
		return
	}
	is, err := s.u.ar.Issue(s.u.ctx(), s.issueID)
	if errors.Is(err, editor.ErrNotFound) { // deleted from 档案: show the latest instead
		gone := s.issueID
		s.issueID = s.lastIssueID()
		if s.issueID == gone {
			s.issueID = 0
		}
		s.undo.clear()
		s.refresh()
		return
	}
	if err != nil {
		s.u.showError(fmt.Errorf("open the issue: %w", err))
		return
	}
	s.issue = &is
	s.build()
}

// build makes the editing widgets for s.issue.
func (s *composeScreen) build() {
	offset := fyne.Position{}
	if s.scroll != nil {
		offset = s.scroll.Offset
	}
	s.flush() // nothing typed may be lost to the rebuild
	s.reuse = nil
	if s.builtID == s.issue.ID {
		s.reuse = s.editors // same issue: keep the laid-out fields (wrapping long text is slow)
	}
	s.builtID = s.issue.ID
	s.editors = map[int64]*itemEditor{}
	s.focused = nil
	s.widgets = nil
	s.oldSlots, s.slots = s.slots, nil
	s.counts = map[int64]*widget.Label{}
	if s.reuse == nil {
		s.oldSlots = nil // another issue: no heights to keep
	}
	sections := container.NewVBox()
	for i := range s.issue.Sections {
		sections.Add(s.sectionView(i))
	}
	add := s.button(lang.L("添加栏目"), theme.ContentAddIcon(), s.addSection)
	content := container.NewVBox(s.header.marksView(), sections, container.NewHBox(add), widget.NewSeparator(), s.header.distributionView())
	// the wheel anywhere over the page goes through one pass, three lines a notch
	wheel := newComposeScrollPass(func() fyne.Scrollable { return s.scroll })
	s.mark.Hide() // the page is new: the match, if any, is marked again
	s.page = container.NewStack(container.NewPadded(content), container.NewWithoutLayout(s.mark), wheel)
	s.scroll = container.NewVScroll(newComposeQuiet(s.page))
	s.scroll.Offset = offset
	s.scroll.OnScrolled = func(fyne.Position) { s.showNearSlots() }
	s.body.Objects = []fyne.CanvasObject{container.NewBorder(s.header.view(), nil, nil, nil, s.scroll)}
	s.oldSlots = nil
	s.showNearSlots() // before the layout: by estimate, so the layout wraps only these
	composeLayoutNow(s.body)
	canvas.Refresh(s.body)
	s.showNearSlots() // and by the real positions
	if s.readOnlyPage() {
		for _, w := range s.widgets {
			w.Disable()
		}
	}
	for _, sl := range s.slots { // the others as they come into sight
		if sl.view.Visible() {
			s.lockSlot(sl)
		}
	}
	s.reuse = nil
	s.dropLostFocus()
	if s.relayoutDue && s.u.syncWork {
		s.relayoutDue = false
		s.scroll.Refresh()
	}
	s.find.rebuilt()
	s.preview.changed() // a moment later: the editing column shows first
}

// dropLostFocus takes the keyboard out of a field the rebuild left off the
// page (the header's, another issue's item): on the desktop a button click
// leaves the cursor where it was, and keys typed next would go on, unseen,
// into that field and its record.
func (s *composeScreen) dropLostFocus() {
	c := s.u.win.Canvas()
	f, ok := c.Focused().(*composeEntry)
	if !ok {
		return
	}
	for _, w := range s.widgets {
		if w == fyne.Disableable(f) {
			return
		}
	}
	for _, ie := range s.editors {
		if slices.Contains(ie.widgets, fyne.Disableable(f)) {
			return
		}
	}
	c.Unfocus()
}

// readOnlyPage says the editing widgets are off: signed, under review for
// this user, or the archive opened read-only.
func (s *composeScreen) readOnlyPage() bool { return s.signed() || s.u.readOnly }

// lockSlot disables an item's editing widgets, when the page is read-only,
// as its slot comes into sight: disabling one draws it, and disabling the
// widgets of every item drew the items out of sight too.
func (s *composeScreen) lockSlot(sl *composeSlot) {
	if s.readOnlyPage() {
		for _, w := range sl.ie.widgets {
			w.Disable()
		}
	}
}

func (s *composeScreen) showEmpty() {
	s.issue = nil
	s.builtID = 0
	s.slots = nil
	s.editors = map[int64]*itemEditor{}
	s.focused = nil
	s.widgets = nil
	s.dropLostFocus()
	msg := widget.NewLabel(lang.L("还没有打开的一期。新建一期，或在“档案”中打开一期。"))
	// one line: a wrapped label in a centring box is given its narrowest
	// width, and the sentence stood four characters wide down the page
	msg.Alignment = fyne.TextAlignCenter
	btn := widget.NewButtonWithIcon(lang.L("新建一期"), theme.DocumentCreateIcon(), s.newIssue)
	btn.Importance = widget.HighImportance
	s.body.Objects = []fyne.CanvasObject{container.NewCenter(container.NewVBox(msg, btn))}
	s.body.Refresh()
	s.preview.update()
}

// relayout lays the page out again after fields changed their height:
// once, after the current layout pass, however many fields grew in it
// (laying out at once for each would re-wrap every field each time).
func (s *composeScreen) relayout() {
	if s.relayoutDue {
		return
	}
	s.relayoutDue = true
	if s.u.syncWork {
		return // tests: build lays out once at its end; the test driver's fyne.Do would run on the goroutine
	}
	go fyne.Do(func() {
		s.relayoutDue = false
		if s.scroll != nil {
			s.scroll.Refresh()
			s.cullTexts() // the items below a grown one moved
			s.find.remark()
		}
	})
}

// signed says whether the editing widgets are off: the issue is signed
// off, or under review and this user may not change it (locked, in
// compose_workflow.go).
func (s *composeScreen) signed() bool { return s.locked() }

// flush writes every pending edit now.
func (s *composeScreen) flush() {
	for _, ie := range s.editors {
		ie.save.flush()
	}
	s.header.save.flush()
}

// do runs a structural change: pending edits first, then op, then the
// rebuilt screen and the other screens told; ok is false when op failed.
func (s *composeScreen) do(op func() error) (ok bool) {
	s.flush()
	if err := op(); err != nil {
		s.fail(err)
		return false
	}
	s.refresh()
	s.notifyOthers()
	return true
}

// notifyOthers tells the other screens the issue changed without
// rebuilding this one under the editor's cursor.
func (s *composeScreen) notifyOthers() {
	s.quiet = true
	defer func() { s.quiet = false }()
	s.u.onIssuesChanged()
}

// fail shows err; a signed issue gets the plain explanation, never the raw error.
func (s *composeScreen) fail(err error) {
	switch {
	case errors.Is(err, editor.ErrIssueSigned):
		dialog.ShowInformation(lang.L("本期已签发"),
			lang.L("本期已签发，内容已锁定。如需修改，请先点击“重新打开”。"), s.u.win)
		s.refresh()
	case errors.Is(err, editor.ErrUnderReview), errors.Is(err, editor.ErrWrongStage):
		dialog.ShowInformation(lang.L("本期正在审核"), userMessage(err), s.u.win)
		s.refresh()
	case errors.Is(err, editor.ErrNotFound):
		s.refresh()
	case errors.Is(err, editor.ErrInUse): // DeleteItem, DeleteSection
		dialog.ShowInformation(lang.L("不能删除"),
			lang.L("条目已登记上级采用或批示，删除会丢失这些记录，所以不能删除。"), s.u.win)
	default:
		s.u.showError(err)
	}
}

// button is an editing button: disabled with the rest when signed.
func (s *composeScreen) button(label string, icon fyne.Resource, fn func()) *widget.Button {
	b := widget.NewButtonWithIcon(label, icon, fn)
	s.editable(b)
	return b
}

func (s *composeScreen) editable(w fyne.Disableable) { s.widgets = append(s.widgets, w) }

// unitNames names the units of ids, in the order given.
func (s *composeScreen) unitNames(ids []int64) []string {
	names := make([]string, 0, len(ids))
	for _, id := range ids {
		for _, u := range s.units {
			if u.ID == id {
				names = append(names, u.Name)
				break
			}
		}
	}
	return names
}

// composeIssueLabel is 第12期（总第345期）.
func composeIssueLabel(is *editor.Issue) string { return issueNumberLabel(is.Number, is.TotalNumber) }

// issueNumberLabel is 第12期（总第345期）, or 第12期 for an issue whose 总第
// is empty (imported from a source that printed none).
func issueNumberLabel(n, total int) string {
	if total <= 0 {
		return lang.L("第{{.N}}期", map[string]any{"N": n})
	}
	return lang.L("第{{.N}}期（总第{{.M}}期）", map[string]any{"N": n, "M": total})
}

// moveItem moves an item up (-1) or down (+1) inside its section.
func (s *composeScreen) moveItem(id int64, delta int) {
	if s.signed() || id == 0 {
		return
	}
	before := s.positionOf(id)
	if s.do(func() error { return s.u.ar.MoveItem(s.u.ctx(), id, delta) }) && s.positionOf(id) != before {
		s.recordMove(id, delta)
	}
	s.focusItem(id)
}

// focusItem puts the cursor in an item's lead and scrolls it into view
// (after a move it may have left the visible part of the page).
func (s *composeScreen) focusItem(id int64) {
	ie := s.editors[id]
	if ie == nil || s.scroll == nil {
		return
	}
	s.focused = ie
	s.showSlot(ie)
	s.u.win.Canvas().Focus(ie.lead)
	if s.u.syncWork {
		s.reveal(ie)
		return
	}
	go fyne.Do(func() { s.reveal(ie) }) // after the queued relayout
}

// reveal scrolls so an item's lead sits a little below the top of the page
// when it is out of sight or at the very edge.
func (s *composeScreen) reveal(ie *itemEditor) {
	if s.scroll == nil || s.editors[ie.item.ID] != ie {
		return
	}
	top, ok := scrollY(s.scroll, ie.slot.box)
	if !ok {
		return
	}
	margin := 3 * ie.lead.MinSize().Height
	if top < margin || top > s.scroll.Size().Height-margin {
		s.scroll.ScrollToOffset(fyne.NewPos(0, max(0, s.scroll.Offset.Y+top-margin)))
	}
}

// moveFocused moves the item the keyboard was last in (Alt+Up/Down, menu).
func (s *composeScreen) moveFocused(delta int) {
	if s.focused != nil && s.u.currentKey() == keyCompose {
		s.moveItem(s.focused.item.ID, delta)
	}
}
