package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// pageRunes is the most one page of a long text holds. Fyne's Entry lays
// out and wraps its whole text on every change, and the cost grows faster
// than the text: a 200,000-字 submission froze the 来稿 screen for over a
// minute, while 3,000 字 take about 60 ms a key (measured with the test
// driver). Nearly every real submission fits one page, and then nothing
// about the field changes.
const pageRunes = 3000

// textPager shows a long text in an entry one page at a time, with
// 上一页/下一页 under it; the text read back is every page joined, with the
// page shown as edited, so paging never changes a character.
type textPager struct {
	entry      *widget.Entry
	beforeTurn func() // saves what was typed on the page being left
	onShow     func() // after a page went into the entry (组版 refits its height)
	pages      []string
	cur        int
	label      *widget.Label
	prev, next *widget.Button
	bar        *fyne.Container
	stale      bool // the hidden entry's Text was set directly: setEntry it when shown
}

func newTextPager(e *widget.Entry, beforeTurn func()) *textPager {
	p := &textPager{entry: e, beforeTurn: beforeTurn, pages: []string{""}}
	p.label = widget.NewLabel("")
	p.prev = widget.NewButtonWithIcon(lang.L("上一页"), theme.NavigateBackIcon(), func() { p.turn(-1) })
	p.next = widget.NewButtonWithIcon(lang.L("下一页"), theme.NavigateNextIcon(), func() { p.turn(1) })
	p.bar = container.NewHBox(p.prev, p.label, p.next)
	p.bar.Hide()
	return p
}

// view is the page controls, shown only for a text of several pages.
func (p *textPager) view() fyne.CanvasObject { return p.bar }

// set shows text from its first page.
func (p *textPager) set(text string) {
	p.pages = splitPages(text, pageRunes)
	p.cur = 0
	p.show()
}

// text is the whole text, the page on screen as it is now.
func (p *textPager) text() string {
	p.pages[p.cur] = p.entry.Text
	if len(p.pages) == 1 {
		return p.pages[0]
	}
	return strings.Join(p.pages, "")
}

// turn saves, then shows the page delta away.
func (p *textPager) turn(delta int) {
	n := p.cur + delta
	if n < 0 || n >= len(p.pages) {
		return
	}
	if p.beforeTurn != nil {
		p.beforeTurn()
	}
	p.pages[p.cur] = p.entry.Text
	p.cur = n
	p.show()
}

// show puts the current page into the entry without it counting as an edit.
func (p *textPager) show() {
	if p.entry.Visible() {
		p.setEntry(p.pages[p.cur])
		p.entry.Refresh()
	} else {
		// a hidden Entry (组版's body until edited) only holds the text:
		// SetText wraps it at once, at no width before it was laid out,
		// one character a row, each row measured anew
		p.entry.Text = p.pages[p.cur]
		p.entry.CursorRow, p.entry.CursorColumn = 0, 0
		p.stale = true
	}
	if p.onShow != nil {
		p.onShow()
	}
	if len(p.pages) < 2 {
		p.bar.Hide()
		return
	}
	p.label.SetText(fmt.Sprintf(lang.L("第 %d / %d 页（正文较长，分页显示）"), p.cur+1, len(p.pages)))
	p.prev.Disable()
	if p.cur > 0 {
		p.prev.Enable()
	}
	p.next.Disable()
	if p.cur < len(p.pages)-1 {
		p.next.Enable()
	}
	p.bar.Show()
}

// setEntry puts text into the entry without it counting as an edit.
func (p *textPager) setEntry(text string) {
	changed := p.entry.OnChanged
	p.entry.OnChanged = nil
	p.entry.SetText(text)
	p.entry.OnChanged = changed
	p.entry.CursorRow, p.entry.CursorColumn = 0, 0
	p.stale = false
}

// splitPages cuts text into pages of at most n runes, each ending after a
// line break where there is one in the page's second half, else after a
// 。, else at n; joined, the pages are text exactly.
func splitPages(text string, n int) []string {
	r := []rune(text)
	if len(r) <= n {
		return []string{text}
	}
	var pages []string
	for len(r) > n {
		cut := n
		if i := lastIndexRune(r[n/2:n], '\n'); i >= 0 {
			cut = n/2 + i + 1
		} else if i := lastIndexRune(r[n/2:n], '。'); i >= 0 {
			cut = n/2 + i + 1
		}
		pages = append(pages, string(r[:cut]))
		r = r[cut:]
	}
	if len(r) > 0 {
		pages = append(pages, string(r))
	}
	return pages
}

func lastIndexRune(r []rune, c rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == c {
			return i
		}
	}
	return -1
}
