package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/app/textarea"
	"github.com/bulletindesk/bulletindesk/export/intake"
)

// newBody is an item's body field: textarea's editing widget, which wraps
// by the page layout's Chinese rules and, on a key, re-wraps and redraws
// only the paragraph typed in. Fyne's Entry re-wrapped and re-shaped the
// whole body at every key (33–43 ms a key in a 770-字 body), so the body
// was shown as drawn text and swapped for an Entry only while edited.
func (ie *itemEditor) newBody(text string) *textarea.Area {
	b := textarea.New()
	b.PlaceHolder = lang.L("正文")
	b.WidthGuess = &ie.s.bodyWidth
	b.SetText(text)
	b.OnChanged = func(string) { ie.changed() }
	b.OnPaste = intake.CleanPaste // as an import would take it: no zero-width characters
	b.OnFocus = ie.focusedIn
	b.OnBlur = ie.save.flush // leaving a field never leaves typing unsaved
	b.OnShortcut = ie.bodyShortcut
	b.OnCaret = ie.keepCaret
	b.Sight = ie.bodySight
	b.OnGrow = ie.s.relayout // set after the text: the page is not built yet
	ie.editable(b)
	return b
}

// bodyShortcut is what 组版 does with a shortcut in a body before the
// field does: Ctrl+Z/Y after an item change (the history), Alt+Up/Down
// (move the item).
func (ie *itemEditor) bodyShortcut(sc fyne.Shortcut) bool {
	if ie.s.undo.shortcut(sc) {
		return true
	}
	cs, ok := sc.(*desktop.CustomShortcut)
	if !ok || cs.Modifier != fyne.KeyModifierAlt {
		return false
	}
	switch cs.KeyName {
	case fyne.KeyUp:
		ie.s.moveItem(ie.item.ID, -1)
	case fyne.KeyDown:
		ie.s.moveItem(ie.item.ID, 1)
	default:
		return false
	}
	return true
}

// keepCaret scrolls the page so the caret's row, top…bottom in the body,
// stays in sight, with a row to spare.
func (ie *itemEditor) keepCaret(top, bottom float32) {
	s := ie.s
	if ie.slot == nil || !ie.slot.view.Visible() {
		return
	}
	if scrollToShow(s.scroll, ie.body, top, bottom) {
		s.showNearSlots()
	}
}

// scrollToShow scrolls sc so the band top…bottom of obj (in obj's
// coordinates) is in sight with as much again to spare; false when it
// already was.
func scrollToShow(sc *container.Scroll, obj fyne.CanvasObject, top, bottom float32) bool {
	y, ok := scrollY(sc, obj)
	if !ok {
		return false
	}
	view, spare := sc.Size().Height, bottom-top
	var by float32
	switch {
	case y+top-spare < 0:
		by = y + top - spare
	case y+bottom+spare > view:
		by = y + bottom + spare - view
	default:
		return false
	}
	sc.ScrollToOffset(fyne.NewPos(0, max(0, sc.Offset.Y+by)))
	return true
}

// scrollY is obj's top in the part of sc in sight (0 at its top edge),
// found through the containers of sc's page. Fyne's absolute positions
// walk the whole window's tree at each call (twice at every key), and are
// 0,0 for objects the window has not painted yet: on a newly opened issue
// the bodies culled their rows by that and stayed blank.
func scrollY(sc *container.Scroll, obj fyne.CanvasObject) (float32, bool) {
	if sc == nil || sc.Size().Height <= 0 {
		return 0, false
	}
	root := sc.Content
	if q, ok := root.(*composeQuiet); ok {
		root = q.page
	}
	if c, ok := root.(*fyne.Container); ok {
		if at, ok := composeOffset(c, obj); ok {
			return root.Position().Y + at.Y - sc.Offset.Y, true
		}
	}
	d := fyne.CurrentApp().Driver() // not in containers all the way down
	return d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(sc).Y, true
}

// composeOffset is where target sits in root, through the containers
// between them; false when it is not among them.
func composeOffset(root *fyne.Container, target fyne.CanvasObject) (fyne.Position, bool) {
	for _, o := range root.Objects {
		if o == target {
			return o.Position(), true
		}
		if c, ok := o.(*fyne.Container); ok {
			if at, ok := composeOffset(c, target); ok {
				return o.Position().Add(at), true
			}
		}
	}
	return fyne.Position{}, false
}

// focusBody puts the cursor into the body (a search hit, the speed script).
func (ie *itemEditor) focusBody() {
	ie.s.showSlot(ie)
	ie.s.u.win.Canvas().Focus(ie.body)
}

// bodySight is the part of the body in sight, with an eighth of a
// screen to spare either side, in the body's own coordinates.
func (ie *itemEditor) bodySight() (top, bottom float32, ok bool) {
	return scrollSight(ie.s.scroll, ie.body)
}

// scrollSight is the part of obj in sight in sc, with an eighth of sc's
// height to spare either side, in obj's coordinates.
func scrollSight(sc *container.Scroll, obj fyne.CanvasObject) (top, bottom float32, ok bool) {
	y, ok := scrollY(sc, obj)
	if !ok {
		return 0, 0, false
	}
	h := sc.Size().Height
	return -y - h/8, -y + h*9/8, true
}
