package app

import (
	"context"
	"strings"
	"testing"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export"
)

// 版面 shows the issue's pages with their count, follows typing, and says
// when the 版记 had to go to a page of its own.
func TestComposePagesFollowTyping(t *testing.T) {
	if _, err := export.PDFFonts(editor.DefaultPreferences()); err != nil {
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
