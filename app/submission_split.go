package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
)

// The 来稿 split's offsets. With nothing selected the detail pane only
// says how to choose one, so the list takes the width and 标题 shows a
// whole headline; at 0.62 with nothing selected 标题 was 4–5 characters
// at 1,024 px beside an empty third of the window (review G21). Selecting
// a submission gives the detail its room back.
const (
	subSplitEmpty  = 0.84
	subSplitDetail = 0.62
)

// fitSplit moves the split for a detail that now shows a submission (has)
// or none. The offset the user dragged to while one was shown is kept for
// the next one.
func (s *submissionsScreen) fitSplit(has bool) {
	if s.split == nil || has == s.detailShown {
		return
	}
	s.detailShown = has
	if has {
		s.split.SetOffset(s.detailOffset)
		return
	}
	s.detailOffset = s.split.Offset
	s.split.SetOffset(subSplitEmpty)
}

// atLeastWide lays out one object no narrower than its text needs: the
// date filters' placeholders 起始日期/截止日期 were cut to 「起始日期」's
// first three characters in a quarter of the filter row.
type atLeastWide struct{ width float32 }

// newDateFilter is a date filter entry wide enough for its placeholder.
func newDateFilter(entry fyne.CanvasObject, placeholder string) fyne.CanvasObject {
	w := fyne.MeasureText(placeholder, theme.TextSize(), fyne.TextStyle{}).Width
	// the entry's inner padding each side, its border and a little air
	w += 4*theme.InnerPadding() + 2*theme.InputBorderSize()
	return container.New(atLeastWide{w}, entry)
}

func (l atLeastWide) MinSize(objects []fyne.CanvasObject) fyne.Size {
	m := objects[0].MinSize()
	return fyne.NewSize(max(m.Width, l.width), m.Height)
}

func (l atLeastWide) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objects, size)
}
