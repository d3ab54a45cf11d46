package app

import (
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// adoptRow is one row: a tick to adopt it with others, the title and
// the unit, date, kind and length.
type adoptRow struct {
	*fyne.Container
	id    widget.ListItemID
	tick  *tickBox
	title *widget.Label
	meta  *widget.Label
}

func (p *adoptPicker) createRow() fyne.CanvasObject {
	r := &adoptRow{title: widget.NewLabel(""), meta: widget.NewLabel("")}
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.title.TextStyle.Bold = true
	r.meta.Truncation = fyne.TextTruncateEllipsis
	r.tick = newTickBox(func(on bool) { p.setTicked(r.id, on) })
	text := container.New(layout.NewCustomPaddedVBoxLayout(0), r.title, r.meta)
	r.Container = container.NewBorder(nil, nil, container.NewCenter(r.tick), nil, text)
	p.rowOf[r.Container] = r
	return r.Container
}

// setTicked ticks or unticks the submission in row id.
func (p *adoptPicker) setTicked(id widget.ListItemID, on bool) {
	if id < 0 || id >= len(p.rows) {
		return
	}
	sub := p.rows[id].ID
	had := slices.Contains(p.ticked, sub)
	switch {
	case on && !had:
		p.ticked = append(p.ticked, sub)
	case !on && had:
		p.ticked = slices.DeleteFunc(p.ticked, func(t int64) bool { return t == sub })
	default:
		return
	}
	p.list.RefreshItem(id)
	p.showTicked()
}

// showTicked says how many are ticked, beside the count.
func (p *adoptPicker) showTicked() {
	text := lang.L("共{{.N}}篇", map[string]any{"N": p.total})
	if len(p.ticked) > 0 {
		text += lang.L("，已勾选{{.N}}篇", map[string]any{"N": len(p.ticked)})
	}
	p.count.SetText(text)
}

// adoptList is the picker's list, reachable with Tab: arrows move, Space
// ticks the row (and shows it), Enter adopts what is ticked or selected.
type adoptList struct {
	widget.List
	p *adoptPicker
}

func newAdoptList(p *adoptPicker) *adoptList {
	l := &adoptList{p: p}
	l.Length = func() int { return len(p.rows) }
	l.CreateItem, l.UpdateItem = p.createRow, p.updateRow
	l.OnSelected = p.onSelected
	l.ExtendBaseWidget(l)
	return l
}

func (l *adoptList) TypedKey(ev *fyne.KeyEvent) {
	p := l.p
	if row, ok := listFocus(&l.List); ok {
		p.focus = row // a click moves it too, even on the row already selected
	}
	switch ev.Name {
	case fyne.KeySpace:
		l.List.TypedKey(ev) // selects the row, so its text shows
		p.setTicked(p.focus, !slices.Contains(p.ticked, p.rowID(p.focus)))
	case fyne.KeyReturn, fyne.KeyEnter:
		p.adopt()
	case fyne.KeyEscape:
		if p.close != nil {
			p.close()
		}
	case fyne.KeyDown:
		if p.focus < len(p.rows)-1 {
			p.focus++
		}
		l.List.TypedKey(ev)
	case fyne.KeyUp:
		if p.focus > 0 {
			p.focus--
		}
		l.List.TypedKey(ev)
	default:
		l.List.TypedKey(ev)
	}
}

func (p *adoptPicker) rowID(i int) int64 {
	if i < 0 || i >= len(p.rows) {
		return 0
	}
	return p.rows[i].ID
}
