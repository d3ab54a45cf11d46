package app

import (
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/pdf"
)

// composeTargets warns, quietly, when the open issue or an item passes a
// length target of 设置 (editor.CheckLengths): beside the item's 字数 and
// in one line of the header. The page count needs the PDF layout, made
// off the UI goroutine, and only when a page target is set.
type composeTargets struct {
	s     *composeScreen
	label *widget.Label // the header's line
	mu    sync.Mutex
	gen   int // the newest page count asked for
	pages int // the last page count, -1 unknown
	of    int64
}

func newComposeTargets(s *composeScreen) *composeTargets {
	t := &composeTargets{s: s, label: widget.NewLabel(""), pages: -1}
	t.label.Importance = widget.WarningImportance
	t.label.Truncation = fyne.TextTruncateEllipsis // never widens the window
	return t
}

// itemWords is an item's 字数 as shown beside its △, and whether it
// passes the item target.
func (s *composeScreen) itemWords(words int) (string, bool) {
	if t := s.prefs.ItemWordTarget; t > 0 && words > t {
		return lang.L("{{.N}}字（超过每条{{.T}}字的目标）", map[string]any{"N": words, "T": t}), true
	}
	return lang.L("{{.N}}字", map[string]any{"N": words}), false
}

// check shows the issue's overruns now, with the last page count, and
// asks for a new page count when pages has a target.
func (t *composeTargets) check() {
	is := t.s.issue
	if is == nil {
		t.show("")
		return
	}
	if is.ID != t.of {
		t.of, t.pages = is.ID, -1
	}
	t.show(composeOverrunText(editor.CheckLengths(t.s.prefs, is, t.pages)))
	if t.s.prefs.IssuePageTarget > 0 {
		t.countPages()
	}
}

func (t *composeTargets) show(text string) {
	t.label.SetText(text)
	t.label.Hidden = text == ""
	t.label.Refresh()
}

// countPages lays the issue out as the PDF does and shows the result.
func (t *composeTargets) countPages() {
	is, prefs := composeCopyIssue(t.s.issue), t.s.prefs
	t.mu.Lock()
	t.gen++
	gen := t.gen
	t.mu.Unlock()
	work := func() {
		doc, _, err := pdf.LayoutIssue(&is, prefs)
		fyne.Do(func() {
			t.mu.Lock()
			stale := gen != t.gen
			t.mu.Unlock()
			if stale || err != nil || t.s.issue == nil || t.s.issue.ID != is.ID {
				return
			}
			t.pages = len(doc.Pages)
			t.show(composeOverrunText(editor.CheckLengths(t.s.prefs, t.s.issue, t.pages)))
		})
	}
	if t.s.u.syncWork {
		work()
		return
	}
	go work()
}

// composeOverrunText is the header's line for the issue's overruns (the
// items' own are shown on the items).
func composeOverrunText(over []editor.Overrun) string {
	var parts []string
	items := 0
	for _, o := range over {
		switch o.Kind {
		case editor.OverItemWords:
			items++
		case editor.OverIssueWords:
			parts = append(parts, lang.L("全期{{.N}}字，超过{{.T}}字的目标", map[string]any{"N": o.Value, "T": o.Target}))
		case editor.OverIssuePages:
			parts = append(parts, lang.L("排版{{.N}}页，超过{{.T}}页的目标", map[string]any{"N": o.Value, "T": o.Target}))
		}
	}
	if items > 0 {
		parts = append(parts, lang.L("{{.N}}条超过每条字数的目标", map[string]any{"N": items}))
	}
	return strings.Join(parts, "；")
}
