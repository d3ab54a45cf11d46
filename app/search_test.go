package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

func TestSearchShowsHitAndOpensIt(t *testing.T) {
	u, ar := newDeskTestUI(t)
	addTestSubmissions(t, ar,
		&editor.Submission{Title: "宿松县党建引领基层治理", Text: "宿松县以党建引领基层治理，推行网格化管理。"},
		&editor.Submission{Title: "桐城市干部培训", Text: "桐城市举办年轻干部培训班。"},
	)
	u.onFind()
	if u.currentKey() != keySearch {
		t.Fatalf("Ctrl+F went to %s", u.currentKey())
	}
	u.search.query.SetText("党建")
	if len(u.search.hits) != 1 {
		t.Fatalf("got %d hits for 党建, want 1 (%s)", len(u.search.hits), u.search.summary.Text)
	}
	h := u.search.hits[0]
	var bold []string
	for _, seg := range snippetSegments(h.Snippet) {
		if ts, ok := seg.(*widget.TextSegment); ok && ts.Style == searchMatchStyle {
			bold = append(bold, ts.Text)
		}
	}
	if strings.Join(bold, "") != "党建" {
		t.Errorf("bold parts of the snippet = %q, want 党建 (snippet %+v)", bold, h.Snippet)
	}
	u.search.onOpen(0)
	if u.currentKey() != keySubmissions || u.subs.selected != h.ID {
		t.Errorf("opening the hit shows %s/%d, want submissions/%d", u.currentKey(), u.subs.selected, h.ID)
	}
	if !strings.Contains(u.subs.detail.text.Text(), "网格化") {
		t.Errorf("detail text = %q", u.subs.detail.text.Text())
	}
}

// When more match than the list shows, the summary says how many match in
// all and that the newest are shown.
func TestSearchSummarySaysHowManyMatch(t *testing.T) {
	u, ar := newDeskTestUI(t)
	var subs []*editor.Submission
	for i := range 350 { // above the 300 still ranked by relevance
		subs = append(subs, &editor.Submission{Title: "党建工作" + deskItoa(i), Text: "党建引领基层治理。"})
	}
	addTestSubmissions(t, ar, subs...)
	u.onFind()
	u.search.query.SetText("党建")
	if len(u.search.hits) != searchLimit {
		t.Fatalf("got %d hits, want %d", len(u.search.hits), searchLimit)
	}
	if got, want := u.search.summary.Text, "共350条，显示最新的50条。"; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
}

// TestSearchScreenTakesTheCursor: Ctrl+4 (or a click on 检索) showed the
// screen with the cursor nowhere, and what the editor typed was lost.
// Also after every other screen was built and kept (the shown screen is
// put first in the stack, so that focusing walks past no hidden screen).
func TestSearchScreenTakesTheCursor(t *testing.T) {
	cases := []struct {
		name    string
		visited []string
	}{
		{"after 来稿", []string{keySubmissions}},
		{"after every screen", []string{keySubmissions, keyCompose, keyIssues, keyStats, keyUnits, keySettings, keySearch, keyCompose}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			u, _ := newDeskTestUI(t)
			for _, k := range c.visited {
				u.showKey(k)
			}
			u.showKey(keySearch)
			if got := u.win.Canvas().Focused(); got != fyne.Focusable(u.search.query) {
				t.Errorf("检索 shown with the cursor in %T, want its query", got)
			}
			search := u.entries[u.indexOf(keySearch)].shown
			for _, o := range u.content.Objects {
				if o.Visible() != (o == search) {
					t.Errorf("a screen other than 检索 is shown, or 检索 is hidden")
				}
			}
			u.win.Canvas().Focused().TypedRune('党')
			if got := u.search.query.Text; got != "党" {
				t.Errorf("typed into the query: %q, want 党", got)
			}
		})
	}
}
