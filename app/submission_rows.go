package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The submissions list holds only the pages in view: a page is fetched off
// the UI goroutine when the table first asks for one of its rows.

// row is the i-th submission of the list, asking for its page when missing.
func (s *submissionsScreen) row(i int) (editor.Submission, bool) {
	p := i / subPageSize
	page, ok := s.pages[p]
	if !ok {
		s.loadPage(p)
		page, ok = s.pages[p]
		if !ok {
			return editor.Submission{}, false
		}
	}
	if j := i % subPageSize; j < len(page) {
		return page[j], true
	}
	return editor.Submission{}, false
}

// loadPage fetches one page off the UI goroutine and refreshes the table.
func (s *submissionsScreen) loadPage(p int) {
	if s.asked[p] {
		return
	}
	s.asked[p] = true
	f := s.filter
	f.Limit, f.Offset = subPageSize, p*subPageSize
	gen := s.gen
	fetch := func() {
		rows, err := s.u.ar.Submissions(s.u.ctx(), f)
		apply := func() {
			if gen != s.gen {
				return
			}
			if err != nil {
				delete(s.asked, p)
				s.count.SetText(lang.L("读取来稿出错：") + userMessage(err))
				return
			}
			s.pages[p] = rows
			s.evictPages(p)
			if !s.u.syncWork {
				s.table.Refresh()
			}
		}
		if s.u.syncWork {
			apply()
			return
		}
		fyne.Do(apply)
	}
	if s.u.syncWork {
		fetch()
		return
	}
	go fetch()
}

// reloadRows counts the rows and drops the loaded pages; the table asks for
// the pages it shows.
func (s *submissionsScreen) reloadRows() { s.reloadRowsFirst(false) }

// reloadRowsFirst is reloadRows; with firstNow it reads the first page at
// once, on the UI goroutine (about 10 ms on ten years), so the screen shows
// its rows in the picture it first appears in: fetched behind, they came a
// frame later, after every cell had been laid out and painted as … first.
// Typing in the filter keeps the page off the UI goroutine.
func (s *submissionsScreen) reloadRowsFirst(firstNow bool) {
	if s.table == nil {
		return
	}
	s.gen++
	s.pages, s.asked = map[int][]editor.Submission{}, map[int]bool{}
	if firstNow && !s.u.syncWork {
		f := s.filter
		f.Limit, f.Offset = subPageSize, 0
		if rows, err := s.u.ar.Submissions(s.u.ctx(), f); err == nil {
			s.pages[0], s.asked[0] = rows, true
		} // else the table asks again, and says what failed
	}
	n, err := s.u.ar.CountSubmissions(s.u.ctx(), s.filter)
	if err != nil {
		s.total = 0
		s.count.SetText(lang.L("读取来稿出错：") + userMessage(err))
	} else {
		s.total = n
		s.showCount()
	}
	s.table.UnselectAll()
	s.table.Refresh()
	s.table.ScrollToTop()
}

// replaceRow puts a saved submission into the loaded pages.
func (s *submissionsScreen) replaceRow(sub editor.Submission) {
	for p, page := range s.pages {
		for i := range page {
			if page[i].ID == sub.ID {
				s.pages[p][i] = sub
			}
		}
	}
	if s.table != nil {
		s.table.Refresh()
	}
}

// subPagesKept bounds the memory the list holds while scrolling far.
const subPagesKept = 12

// evictPages forgets the pages farthest from the one just loaded.
func (s *submissionsScreen) evictPages(near int) {
	for len(s.pages) > subPagesKept {
		far, dist := -1, -1
		for p := range s.pages {
			if d := max(p-near, near-p); d > dist {
				far, dist = p, d
			}
		}
		delete(s.pages, far)
		delete(s.asked, far)
	}
}
