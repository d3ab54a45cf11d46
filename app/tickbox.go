package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// tickBox is a tick in a list row that a click toggles but Tab skips: with
// a widget.Check in every row, Tab stopped on each row's box (six presses
// to cross a short list) instead of reaching the list, whose arrows and
// Space do the same work.
type tickBox struct {
	widget.BaseWidget
	Checked   bool
	OnChanged func(bool)
	icon      *widget.Icon
}

func newTickBox(changed func(bool)) *tickBox {
	t := &tickBox{OnChanged: changed, icon: widget.NewIcon(theme.CheckButtonIcon())}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tickBox) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(t.icon)
}

func (t *tickBox) MinSize() fyne.Size {
	s := theme.IconInlineSize() + 2*theme.InnerPadding()
	return fyne.NewSize(s, s)
}

// SetChecked shows on without calling OnChanged.
func (t *tickBox) SetChecked(on bool) {
	t.Checked = on
	if on {
		t.icon.SetResource(theme.CheckButtonCheckedIcon())
	} else {
		t.icon.SetResource(theme.CheckButtonIcon())
	}
}

func (t *tickBox) Tapped(*fyne.PointEvent) {
	t.SetChecked(!t.Checked)
	if t.OnChanged != nil {
		t.OnChanged(t.Checked)
	}
}
