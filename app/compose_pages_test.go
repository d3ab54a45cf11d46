package app

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/pdf"
)

// 版面 shows the issue's pages with their count, follows typing, and says
// when the 版记 had to go to a page of its own.
func TestComposePagesFollowTyping(t *testing.T) {
	if _, err := pdf.PDFFonts(editor.DefaultPreferences()); err != nil {
		t.Skipf("no Chinese font: %v", err)
	}
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "某县推进工作。")
	u.openIssue(is.ID)
	s.pages.shown = true
	s.pages.update()
	if got := s.pages.status.Text; !strings.HasPrefix(got, "共1页") || len(s.pages.list.Objects) != 1 {
		t.Fatalf("status %q with %d pages drawn, want one page", got, len(s.pages.list.Objects))
	}
	if s.pages.warn.Visible() {
		t.Errorf("a warning on a short issue: %q", s.pages.warn.Text)
	}
	var ie *itemEditor
	for _, e := range s.editors {
		ie = e
	}
	// long enough that the text ends at the foot of page two, no room left for the 版记
	found := false
	for n := 700; n < 1300 && !found; n += 20 {
		ie.body.SetText(strings.Repeat("全县推行议事制度，", n/9))
		ie.changed() // as if typed: SetText is not an edit
		s.pages.update()
		found = strings.Contains(s.pages.warn.Text, "版记放不下")
	}
	if !found || !strings.HasPrefix(s.pages.status.Text, "共3页") {
		t.Errorf("no 版记 warning for any length; status %q", s.pages.status.Text)
	}
	if _, err := ar.Issue(context.Background(), is.ID); err != nil {
		t.Fatal(err)
	}
}

// TestComposePagesKeepTheSplitAt1024: choosing 版面 at 1024×700 leaves the
// editing column as wide as it was, the pages drawn as wide as the pane
// allows. The pages had a fixed 416 px minimum: the split moved 70 px
// left, the column's buttons were cut and the tab labels were drawn over
// one another (review F14).
func TestComposePagesKeepTheSplitAt1024(t *testing.T) {
	if _, err := pdf.PDFFonts(editor.DefaultPreferences()); err != nil {
		t.Skipf("no Chinese font: %v", err)
	}
	u, ar := newComposeTestUI(t)
	s := composeOf(t, u)
	is := bIssueWithItems(t, ar, "甲县建立周例会。", "乙县推行积分制。")
	u.win.Resize(fyne.NewSize(1024, 700))
	u.openIssue(is.ID)
	before := s.scroll.Size().Width
	var tabs *container.AppTabs
	bWalk(u.win.Canvas().Content(), func(o fyne.CanvasObject) bool {
		tabs, _ = o.(*container.AppTabs)
		return tabs != nil
	})
	if tabs == nil {
		t.Fatal("no tabs beside the editing column")
	}
	tabs.SelectIndex(1) // 版面
	if !s.pages.shown || len(s.pages.list.Objects) == 0 {
		t.Fatalf("版面 shows %d pages, want the issue's", len(s.pages.list.Objects))
	}
	if after := s.scroll.Size().Width; after != before {
		t.Errorf("the editing column is %.0f px wide with 版面, %.0f with 文本预览", after, before)
	}
	if need, text := s.pages.root.MinSize().Width, s.preview.view().MinSize().Width; need > text {
		t.Errorf("版面 needs %.0f px, more than the %.0f of 文本预览: the split moves when it is chosen", need, text)
	}
	page := s.pages.list.Objects[0].Size()
	if room := s.pages.scroll.Size().Width; page.Width > room || page.Width < composePagesMin {
		t.Errorf("a page is drawn %.0f px wide in a pane of %.0f", page.Width, room)
	}
}
