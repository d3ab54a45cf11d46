package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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
// body's rows and the rows around it. A row is as tall as the body's (the
// window font's line: 1.45 em with Noto Sans CJK, 1.36 with Fyne's own).
func composeSlotEstimate(ie *itemEditor) float32 {
	line := fyne.MeasureText("国", theme.TextSize(), fyne.TextStyle{}).Height
	return float32(max(ie.body.Rows(), 3))*line + 6*theme.InputBorderSize() + 5*(theme.TextSize()*2+theme.Padding()*2)
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
	view := s.scroll.Size().Height
	laidOut := view > 0 && s.page != nil
	if !laidOut {
		view = 800 // the window is not laid out yet: the first screen or two
	}
	var tops map[fyne.CanvasObject]float32
	if laidOut {
		tops = s.slotTops()
	}
	changed := false
	y := -s.scroll.Offset.Y // the running estimate used before layout
	for _, sl := range s.slots {
		if laidOut {
			y = tops[sl.box] - s.scroll.Offset.Y
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
			s.lockSlot(sl)
		} else {
			sl.view.Hide()
		}
		if laidOut { // before, the box has no width yet: wrapping at none is one character a row
			composeLayoutNow(sl.box)
		}
		changed = true
	}
	if changed {
		s.relayout()
	}
	s.cullTexts()
}

// slotTops is where each item's slot starts on the page, found in one walk
// through the page's containers (Fyne's absolute positions walk the whole
// window once per object asked for).
func (s *composeScreen) slotTops() map[fyne.CanvasObject]float32 {
	tops := make(map[fyne.CanvasObject]float32, len(s.slots))
	for _, sl := range s.slots {
		tops[sl.box] = 0
	}
	var walk func(c *fyne.Container, y float32)
	walk = func(c *fyne.Container, y float32) {
		for _, o := range c.Objects {
			if _, ok := tops[o]; ok {
				tops[o] = y + o.Position().Y
			} else if inner, ok := o.(*fyne.Container); ok {
				walk(inner, y+o.Position().Y)
			}
		}
	}
	walk(s.page, s.page.Position().Y)
	return tops
}

// cullTexts shows the rows of the bodies' texts now in sight and hides the
// others; after scrolling, and after a relayout moved the items.
func (s *composeScreen) cullTexts() {
	for _, sl := range s.slots {
		if sl.view.Visible() {
			sl.ie.body.Cull()
		}
	}
}

// showSlot shows one item now (the cursor or a search hit is going there).
func (s *composeScreen) showSlot(ie *itemEditor) {
	if ie.slot != nil && !ie.slot.view.Visible() {
		ie.slot.view.Show()
		s.lockSlot(ie.slot)
		composeLayoutNow(ie.slot.box)
		s.relayout()
	}
}

// composeLayoutNow lays c out again without refreshing everything in it:
// Container.Refresh refreshes each object inside, which made every widget
// of every item, hidden or not, build its renderer, and each Entry wrap
// its text again.
func composeLayoutNow(c *fyne.Container) {
	if c.Layout != nil {
		c.Layout.Layout(c.Objects, c.Size())
	}
}

// composeQuiet holds the page in its scroller. Fyne's Scroll refreshes its
// content on every refresh, and a container's refresh refreshes every
// object in it: each field that grew by a row while typing refreshed the
// whole issue, every Entry wrapping its text again. Here a refresh lays the
// page's containers out again and repaints.
type composeQuiet struct {
	widget.BaseWidget
	page *fyne.Container
	dot  *canvas.Rectangle // refreshed to have the window painted again
}

func newComposeQuiet(page *fyne.Container) *composeQuiet {
	q := &composeQuiet{page: page, dot: canvas.NewRectangle(color.Transparent)}
	q.ExtendBaseWidget(q)
	return q
}

func (q *composeQuiet) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewStack(q.page, container.NewWithoutLayout(q.dot)))
}

// Refresh lays the page out again and repaints it, without refreshing
// every object in it (a theme change still reaches them: Fyne refreshes
// the whole window then). The repaint is asked for through a dot of its
// own: Fyne drops the texture of every object inside one it refreshes, so
// refreshing the page drew every text in sight anew, at each row a body
// grew by while typing.
func (q *composeQuiet) Refresh() {
	composeLayoutDeep(q.page)
	canvas.Refresh(q.dot)
}

// composeLayoutDeep lays out c and every container shown inside it, as
// Container.Refresh does, without refreshing the widgets: their heights
// were what changed, and they are moved and resized as the layouts say.
func composeLayoutDeep(c *fyne.Container) {
	composeLayoutNow(c)
	for _, o := range c.Objects {
		if inner, ok := o.(*fyne.Container); ok && inner.Visible() {
			composeLayoutDeep(inner)
		}
	}
}
