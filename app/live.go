package app

import (
	"fmt"
	"log"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/editor"
)

// liveDelay is how long the window gathers other desktops' changes before
// it shows them: another editor typing saves about every second, and the
// screen is read again once for all of them.
const liveDelay = time.Second

// liveReloads are the screens read again at once while shown when another
// desktop changes something; the others (statistics over ten years, a
// search) are read again when next shown.
var liveReloads = map[string]bool{keyCompose: true, keySubmissions: true, keyIssues: true, keyUnits: true, keyUsers: true}

// live keeps the window current with the other desktops: their changes
// are shown within a few seconds without a restart, and an item someone
// else is typing in says so. It lives on the UI goroutine; Watch's
// goroutine hands it changes through fyne.Do.
type live struct {
	u      *ui
	due    bool                        // a refresh is waiting for liveDelay or for the editor to pause
	roles  bool                        // a 管理员 changed someone's roles: this user's are read again at the refresh
	labels map[int64]*widget.Label     // 「张三正在编辑」 on each item of the issue shown, by item id
	rows   map[int64]fyne.CanvasObject // the row holding each label, laid out again when it changes
	header *widget.Label               // 「张三正在编辑本期的期号、日期或报送范围」 on the issue shown
	// headerRow holds header, laid out again when it is shown or hidden
	headerRow *fyne.Container
	// headerIssue is the issue whose header header speaks of: another
	// issue's header starts without the mark
	headerIssue int64
	marked      map[presenceKey]time.Time // when this desktop last said it types in a record
	expires     *time.Timer               // hides the marks of someone who stopped typing
}

// startLive follows the other desktops' changes until the window closes.
// It first offers what an earlier run typed and could not save (drafts.go).
func (u *ui) startLive() {
	u.offerDrafts()
	go u.ar.Watch(u.base, func(c editor.Change) { fyne.Do(func() { u.live().onChange(c) }) })
}

func (u *ui) live() *live {
	if u.liveState == nil {
		u.liveState = &live{u: u, labels: map[int64]*widget.Label{}, rows: map[int64]fyne.CanvasObject{}, marked: map[presenceKey]time.Time{}}
	}
	return u.liveState
}

// onChange takes another desktop's change: someone's typing updates the
// marks; anything else refreshes the screen after liveDelay.
func (l *live) onChange(c editor.Change) {
	if c.Kind == "presence" {
		l.showPresence()
		return
	}
	l.roles = l.roles || c.Kind == "roles"
	if l.due {
		return
	}
	l.due = true
	if l.u.syncWork {
		l.refresh()
		return
	}
	time.AfterFunc(liveDelay, func() { fyne.Do(l.refresh) })
}

// refresh reads the shown screen again, once this window's own edits are
// written: a field must never be rebuilt from the archive while what the
// editor typed is still on its way there. While they are, it waits.
func (l *live) refresh() {
	u := l.u
	if !u.jobs.idle() || !u.writes.quiet() {
		time.AfterFunc(liveDelay, func() { fyne.Do(l.refresh) })
		return
	}
	l.due = false
	u.refreshConflicts() // an open conflict dialog shows their newest save (conflict.go)
	if l.roles {
		l.roles = false
		u.rolesChanged() // the shown screen read again among them
		l.showPresence()
		return
	}
	for i, e := range u.entries {
		if e.obj == nil {
			continue
		}
		if i == u.current && liveReloads[e.key] {
			e.s.reload()
			continue
		}
		e.dirty = true
	}
	l.showPresence()
}

// rolesChanged: 计分办法, shown inside 统计, greys or frees its fields;
// the statistics themselves do not depend on who looks.
func (s *statsScreen) rolesChanged() { s.rules.applyRole() }

// presenceKey is a record someone types in: an item, or an issue's header.
type presenceKey struct {
	kind string // "item" or "issue"
	id   int64
}

// label is item id's 「正在编辑」 line, hidden while nobody else types in it.
func (l *live) label(id int64) *widget.Label {
	lb := l.labels[id]
	if lb == nil {
		lb = presenceLabel()
		l.labels[id] = lb
	}
	return lb
}

// headerLabel is the issue header's 「正在编辑」 line (one header is shown
// at a time), hidden while nobody else types in it.
func (l *live) headerLabel() *widget.Label {
	if l.header == nil {
		l.header = presenceLabel()
	}
	return l.header
}

func presenceLabel() *widget.Label {
	lb := widget.NewLabel("")
	lb.Importance = widget.WarningImportance
	lb.Hide()
	return lb
}

// showPresence marks the items of the issue shown that others type in.
func (l *live) showPresence() {
	s, ok := l.compose()
	if !ok || s.issue == nil {
		return
	}
	who, err := l.u.ar.EditingIn(l.u.ctx(), s.issue.ID)
	if err != nil {
		log.Printf("who is editing: %v", err)
		return
	}
	names := map[int64][]string{}
	var header []string
	var next time.Time
	for _, p := range who {
		switch {
		case p.Kind == "item":
			names[p.RowID] = append(names[p.RowID], p.Author)
		case p.Kind == "issue" && p.RowID == s.issue.ID:
			header = append(header, p.Author)
		}
		if next.IsZero() || p.Expires.Before(next) {
			next = p.Expires
		}
	}
	for id, lb := range l.labels {
		if l.setLabel(lb, names[id], editingItem) && l.rows[id] != nil {
			l.rows[id].Refresh() // a label shown or hidden in an HBox takes room only when it is laid out
		}
	}
	l.headerIssue = s.issue.ID
	if l.header != nil && l.setLabel(l.header, header, editingHeader) && l.headerRow != nil {
		l.headerRow.Refresh()
	}
	l.recheckAt(next)
}

// editingItem and editingHeader say who types in an item, in a header.
func editingItem(who string) string {
	return lang.L("{{.Names}}正在编辑", map[string]any{"Names": who})
}

func editingHeader(who string) string {
	return lang.L("{{.Names}}正在编辑本期的期号、日期或报送范围", map[string]any{"Names": who})
}

// setLabel shows who types in a record (says, with their names), or hides
// the label; true when that changed anything.
func (l *live) setLabel(lb *widget.Label, names []string, says func(who string) string) bool {
	if len(names) == 0 {
		if !lb.Visible() {
			return false
		}
		lb.Hide()
		return true
	}
	sort.Strings(names)
	text := says(strings.Join(names, lang.L("、")))
	if lb.Visible() && lb.Text == text {
		return false
	}
	lb.SetText(text)
	lb.Show()
	return true
}

// placed remembers the row item id's label is in.
func (l *live) placed(id int64, row fyne.CanvasObject) { l.rows[id] = row }

// recheckAt looks again when the first mark expires, so that the marks of
// someone who stopped typing (or whose desktop went away) disappear.
func (l *live) recheckAt(t time.Time) {
	if l.expires != nil {
		l.expires.Stop()
		l.expires = nil
	}
	if t.IsZero() || l.u.syncWork {
		return
	}
	l.expires = time.AfterFunc(time.Until(t)+100*time.Millisecond, func() { fyne.Do(l.showPresence) })
}

func (l *live) compose() (*composeScreen, bool) {
	for _, e := range l.u.entries {
		if e.key == keyCompose {
			s, ok := e.s.(*composeScreen)
			return s, ok
		}
	}
	return nil, false
}

// typing says, at most every third of editor.PresenceTTL per item, that
// this editor types in item id of issue issueID, off the UI goroutine.
func (l *live) typing(id, issueID int64) { l.mark(presenceKey{"item", id}, issueID) }

// typingHeader says so of issue issueID's header (期号, 日期, 报送范围, 印数).
func (l *live) typingHeader(issueID int64) { l.mark(presenceKey{"issue", issueID}, issueID) }

func (l *live) mark(k presenceKey, issueID int64) {
	if l.u.readOnly {
		return
	}
	now := time.Now()
	if last, ok := l.marked[k]; ok && now.Sub(last) < editor.PresenceTTL/3 {
		return
	}
	l.marked[k] = now
	mark := func() {
		if err := l.u.ar.MarkEditing(l.u.ctx(), k.kind, k.id, issueID); err != nil {
			log.Printf("%v", fmt.Errorf("say this %s is being edited: %w", k.kind, err))
		}
	}
	if l.u.syncWork {
		mark()
		return
	}
	go mark()
}

// idle says no debounced save is waiting.
func (g *jobGroup) idle() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.pending) == 0
}

// idle says no archive write is queued or running.
func (q *writeQueue) quiet() bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	return !q.busy
}

// typedIn says the keyboard is in one of the item's fields: a change made
// by loading or pasting text in code is nobody typing.
func (ie *itemEditor) typedIn() bool {
	f := ie.s.u.win.Canvas().Focused()
	if f == fyne.Focusable(ie.body) {
		return true
	}
	for _, e := range []*composeEntry{ie.lead, ie.attr, ie.note} {
		if e != nil && f == fyne.Focusable(e) {
			return true
		}
	}
	return false
}
