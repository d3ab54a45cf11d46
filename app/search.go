package app

import (
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// searchLimit is the hits shown: one page, the best or newest first (the
// summary says how many match in all). Each hit's text is unpacked for its
// snippet, so asking for 200 where 50 fill the screen cost four times the
// page's reading.
const searchLimit = 50

// searchScreen (检索) searches items and submissions as the editor types.
type searchScreen struct {
	u       *ui
	query   *widget.Entry
	list    *widget.List
	summary *widget.Label
	hits    []editor.Hit
	typed   *debouncer

	mu  sync.Mutex
	gen int // the latest query; older answers are dropped
}

func newSearchScreen(u *ui) *searchScreen {
	s := &searchScreen{u: u}
	s.typed = u.debounce(300*time.Millisecond, s.onSearch)
	s.query = widget.NewEntry()
	s.query.SetPlaceHolder(lang.L("输入要查找的文字，如：乡村振兴"))
	s.query.OnChanged = func(string) { s.typed.poke() }
	s.query.OnSubmitted = func(string) { s.typed.flush(); s.onSearch() }
	s.summary = widget.NewLabel("")
	return s
}

// firstFocus puts the cursor in the query when 检索 is shown.
func (s *searchScreen) firstFocus() fyne.Focusable { return s.query }

func (s *searchScreen) view() fyne.CanvasObject {
	s.list = widget.NewList(
		func() int { return len(s.hits) },
		s.createRow,
		s.updateRow)
	s.list.OnSelected = func(id widget.ListItemID) {
		s.list.Unselect(id)
		s.onOpen(id)
	}
	top := container.NewBorder(nil, nil, widget.NewLabel(lang.L("检索")), nil, s.query)
	return container.NewBorder(container.NewVBox(top, s.summary), nil, nil, nil, s.list)
}

func (s *searchScreen) createRow() fyne.CanvasObject {
	head := widget.NewLabel("")
	head.TextStyle = fyne.TextStyle{Bold: true}
	head.Truncation = fyne.TextTruncateEllipsis
	snip := widget.NewRichText()
	snip.Truncation = fyne.TextTruncateEllipsis
	return container.NewVBox(head, snip)
}

func (s *searchScreen) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(s.hits) {
		return
	}
	h := s.hits[id]
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(s.hitHeading(h))
	rt := box.Objects[1].(*widget.RichText)
	rt.Segments = snippetSegments(h.Snippet)
	rt.Refresh()
}

// hitHeading is 【条目】组工信息2022年第12期 · 怀宁县 · title, or 【来稿】unit · date · title.
func (s *searchScreen) hitHeading(h editor.Hit) string {
	parts := []string{}
	if h.Kind == editor.HitItem {
		parts = append(parts, "【"+lang.L("条目")+"】"+h.BulletinName+h.IssueLabel)
	} else {
		parts = append(parts, "【"+lang.L("来稿")+"】"+s.u.dateLabel(h.Date))
	}
	if h.UnitName != "" {
		parts = append(parts, h.UnitName)
	}
	parts = append(parts, h.Title)
	return strings.Join(parts, " · ")
}

// searchMatchStyle marks the searched text: bold, and in the theme's
// primary colour, because fallback CJK fonts have no bold face.
var searchMatchStyle = widget.RichTextStyle{
	Inline:    true,
	ColorName: theme.ColorNamePrimary,
	TextStyle: fyne.TextStyle{Bold: true},
}

// snippetSegments shows the searched text marked.
func snippetSegments(frags []editor.Fragment) []widget.RichTextSegment {
	var segs []widget.RichTextSegment
	for _, f := range frags {
		st := widget.RichTextStyleInline
		if f.Match {
			st = searchMatchStyle
		}
		text := strings.ReplaceAll(f.Text, "\n", " ")
		segs = append(segs, &widget.TextSegment{Text: text, Style: st})
	}
	return segs
}

func (s *searchScreen) reload() {
	if strings.TrimSpace(s.query.Text) != "" {
		s.onSearch()
	}
}

// focus puts the cursor into the query, all of it selected for retyping.
func (s *searchScreen) focus() {
	s.u.win.Canvas().Focus(s.query)
}

// onSearch runs the query off the UI goroutine; only the latest answer shows.
func (s *searchScreen) onSearch() {
	q := strings.TrimSpace(s.query.Text)
	s.mu.Lock()
	s.gen++
	gen := s.gen
	s.mu.Unlock()
	if q == "" {
		s.show(gen, editor.SearchResult{}, nil)
		return
	}
	ctx := s.u.ctx()
	find := func() {
		r, err := s.u.ar.SearchPage(ctx, q, searchLimit)
		if s.u.syncWork {
			s.show(gen, r, err)
			return
		}
		fyne.Do(func() { s.show(gen, r, err) })
	}
	if s.u.syncWork {
		find()
		return
	}
	go find()
}

func (s *searchScreen) show(gen int, r editor.SearchResult, err error) {
	s.mu.Lock()
	stale := gen != s.gen
	s.mu.Unlock()
	if stale {
		return
	}
	hits, total := r.Hits, r.Items+r.Submissions
	s.hits = hits
	switch {
	case err != nil:
		s.summary.SetText(lang.L("检索出错：") + userMessage(err))
	case strings.TrimSpace(s.query.Text) == "":
		s.summary.SetText("")
	case len(hits) == 0:
		s.summary.SetText(lang.L("没有找到。"))
	case total > len(hits) && r.Newest:
		s.summary.SetText(lang.L("共{{.N}}条，显示最新的{{.K}}条。", map[string]any{"N": total, "K": len(hits)}))
	case total > len(hits):
		s.summary.SetText(lang.L("共{{.N}}条，显示最相关的{{.K}}条。", map[string]any{"N": total, "K": len(hits)}))
	default:
		s.summary.SetText(lang.L("找到条数：") + deskItoa(len(hits)))
	}
	if s.list != nil {
		s.list.Refresh()
		s.list.ScrollToTop()
	}
}

// onOpen opens the record of a hit.
func (s *searchScreen) onOpen(i int) {
	if i < 0 || i >= len(s.hits) {
		return
	}
	h := s.hits[i]
	if h.Kind == editor.HitItem {
		s.u.openIssue(h.IssueID)
		if s.u.showItemHit != nil { // 组版 scrolls to the item and marks the text found
			s.u.showItemHit(h.ID, hitMatchText(h))
		}
		return
	}
	s.u.openSubmission(h.ID)
}

// hitMatchText is the text the search matched in a hit as it is written
// there (党建联盟 for the query 党建-联盟), "" when the snippet marks none.
func hitMatchText(h editor.Hit) string {
	for _, f := range h.Snippet {
		if f.Match {
			return f.Text
		}
	}
	return ""
}
