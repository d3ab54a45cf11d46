package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// composeSlot holds one item's view in the editing column. While the item
// is more than a quarter screen away from the visible part of the page its view is
// hidden and the slot keeps its height, so Fyne neither wraps the item's
// text nor paints it. Fyne paints every object of a scrolled page, seen or
// not, and wraps a long body by measuring each row's text many times over;
// laying out and painting every item was most of the seconds an issue took
// to open (scripts/compose-speed.sh).
type composeSlot struct {
	ie     *itemEditor
	view   fyne.CanvasObject
	box    *fyne.Container
	height float32 // the view's last height; an estimate until first shown
}

func (s *composeScreen) slot(ie *itemEditor, view fyne.CanvasObject) fyne.CanvasObject {
	sl := &composeSlot{ie: ie, view: view, height: composeSlotEstimate(ie)}
	if old := s.slotOf(ie.item.ID); old != nil && old.height > 0 {
		sl.height = old.height // the same item rebuilt: it keeps its place on the page
	}
	view.Hide() // shown by showNearSlots once the page knows where it is
	sl.box = container.New(composeSlotLayout{sl}, view)
	ie.slot = sl
	s.slots = append(s.slots, sl)
	return sl.box
}

func (s *composeScreen) slotOf(itemID int64) *composeSlot {
	for _, sl := range s.oldSlots {
		if sl.ie.item.ID == itemID {
			return sl
		}
	}
	return nil
}

// composeSlotEstimate is an item's height before it was ever laid out: its
// body's rows (composeEntry.fitText's count) and the rows around it.
func composeSlotEstimate(ie *itemEditor) float32 {
	line := theme.TextSize() * 1.35
	return float32(max(ie.body.rows, 3))*line + 6*theme.InputBorderSize() + 5*(theme.TextSize()*2+theme.Padding()*2)
}

type composeSlotLayout struct{ sl *composeSlot }

func (l composeSlotLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	if l.sl.view.Visible() {
		l.sl.height = l.sl.view.MinSize().Height
	}
	return fyne.NewSize(0, l.sl.height)
}

func (l composeSlotLayout) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	if l.sl.view.Visible() {
		l.sl.view.Move(fyne.Position{})
		l.sl.view.Resize(size)
	}
}

// showNearSlots shows the items within a quarter screen of the visible part of the
// page and hides the others; after building the page and on scrolling.
func (s *composeScreen) showNearSlots() {
	if s.scroll == nil {
		return
	}
	d := fyne.CurrentApp().Driver()
	view := s.scroll.Size().Height
	laidOut := view > 0
	if !laidOut {
		view = 800 // the window is not laid out yet: the first screen or two
	}
	top := d.AbsolutePositionForObject(s.scroll).Y
	changed := false
	y := -s.scroll.Offset.Y // the running estimate used before layout
	for _, sl := range s.slots {
		if laidOut {
			y = d.AbsolutePositionForObject(sl.box).Y - top
		}
		near := y+sl.height > -view/4 && y < 1.25*view
		if !laidOut {
			y += sl.height
		}
		if near == sl.view.Visible() {
			continue
		}
		if near {
			sl.view.Show()
		} else {
			sl.view.Hide()
		}
		if laidOut { // before, the box has no width yet: wrapping at none is one character a row
			sl.box.Refresh()
		}
		changed = true
	}
	if changed {
		s.relayout()
	}
	for _, sl := range s.slots {
		if sl.view.Visible() {
			sl.ie.bodyText.cull()
		}
	}
}

// showSlot shows one item now (the cursor or a search hit is going there).
func (s *composeScreen) showSlot(ie *itemEditor) {
	if ie.slot != nil && !ie.slot.view.Visible() {
		ie.slot.view.Show()
		ie.slot.box.Refresh()
		s.relayout()
	}
}
