package app

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/bulletindesk/bulletindesk/editor"
)

// TestTitleGetsTheWidthWhileNothingIsSelected: at 1,024×700 标题 was 4–5
// characters wide while the empty detail pane took a third of the window,
// and the date filters were cut to 「起始日…」 (review G21). Nothing
// selected, 标题 shows a 17-character headline whole; selecting one gives
// the detail its room; clearing the selection gives the list the width
// again, and an offset the user dragged to is kept for the next one.
func TestTitleGetsTheWidthWhileNothingIsSelected(t *testing.T) {
	const headline = "南岭县深化党建引领基层治理推动振兴" // 17 characters
	titleNeed := fyne.MeasureText(headline, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
	for _, size := range []fyne.Size{{Width: 1024, Height: 700}, {Width: 1280, Height: 800}} {
		t.Run(fmt.Sprint(size.Width), func(t *testing.T) {
			u, ar := newDeskTestUI(t)
			addTestSubmissions(t, ar, &editor.Submission{Title: headline, Text: "南岭县在全县132个村推行党建引领网格化治理，今年以来化解矛盾纠纷318件。",
				Received: today(), Kind: "信息", Status: editor.SubmissionPending})
			u.subs.reload()
			u.win.Resize(size)
			s := u.subs
			if got := s.columns.last; got < titleNeed {
				t.Errorf("nothing selected: 标题 is %.0f px, 「%s」 needs %.0f", got, headline, titleNeed)
			}
			for _, e := range []struct {
				name  string
				width float32
			}{{"起始日期", s.fFrom.Size().Width}, {"截止日期", s.fTo.Size().Width}} {
				need := fyne.MeasureText(e.name, theme.TextSize(), fyne.TextStyle{}).Width + 2*theme.InnerPadding()
				if e.width < need {
					t.Errorf("the %s filter is %.0f px, its placeholder needs %.0f", e.name, e.width, need)
				}
			}
			wide := s.columns.last

			s.selectSubmission(allSubmissions(t, ar)[0].ID)
			u.win.Resize(size) // lays the split out again, as the window does
			if s.split.Offset != subSplitDetail {
				t.Errorf("selected: the split is at %.2f, want %.2f", s.split.Offset, subSplitDetail)
			}
			if got := s.columns.last; got >= wide {
				t.Errorf("selected: 标题 is %.0f px, as wide as with nothing selected (%.0f): the detail got no room", got, wide)
			}
			s.split.SetOffset(0.55) // the user drags the divider

			s.onFilter() // a new filter clears the selection
			if s.split.Offset != subSplitEmpty {
				t.Errorf("cleared: the split is at %.2f, want %.2f", s.split.Offset, subSplitEmpty)
			}
			s.selectSubmission(allSubmissions(t, ar)[0].ID)
			if s.split.Offset != 0.55 {
				t.Errorf("selected again: the split is at %.2f, want the 0.55 the user dragged to", s.split.Offset)
			}
		})
	}
}
