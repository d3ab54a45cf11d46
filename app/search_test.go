package app

import (
	"strings"
	"testing"

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
	if !strings.Contains(u.subs.detail.text.Text, "网格化") {
		t.Errorf("detail text = %q", u.subs.detail.text.Text)
	}
}
