package app

import (
	"log"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/app/textarea"
)

// saveRetry is how long a save the archive did not take — the office
// archive's server unreachable, the connection lost, the disk full — waits
// before it is tried again. The save holds what was typed, so moving on to
// another 来稿 loses nothing; before, it was gone once the field showed
// another record, and only a next key saved again (review F36).
const saveRetry = 3 * time.Second

// turn numbers a record's saves (key: "submission 12"); a retry goes on
// only while its save is the record's latest, as a later one holds all of
// its text and more.
func (g *jobGroup) turn(key string) int {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.turns == nil {
		g.turns = map[string]int{}
	}
	g.turns[key]++
	return g.turns[key]
}

func (g *jobGroup) latest(key string, turn int) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.turns[key] == turn
}

// retrySave runs again on the UI goroutine after saveRetry, unless a later
// save of the record was made meanwhile, when err is worth another try;
// false when it is a refusal that stands (a signed issue, a role).
func (u *ui) retrySave(err error, key string, turn int, again func()) bool {
	if refusalStands(err) { // the same rule as the local drafts (drafts.go)
		return false
	}
	log.Printf("save of %s failed, trying again in %v: %v", key, saveRetry, err)
	c := u.now()
	c.AfterFunc(saveRetry, func() {
		c.Do(func() {
			if u.jobs.latest(key, turn) {
				again()
			}
		})
	})
	return true
}

// autoEntry is an Entry that also saves when it loses focus, so leaving a
// field never waits for the debounce.
type autoEntry struct {
	widget.Entry
	onLeave func()
	ime     textarea.IMEGuard
}

// TypedKey leaves the keys an input method takes to it (textarea.IMEGuard).
func (e *autoEntry) TypedKey(k *fyne.KeyEvent) {
	if e.ime.Key(k) {
		e.Entry.TypedKey(k)
	}
}

// TypedRune types r; a composition is over.
func (e *autoEntry) TypedRune(r rune) {
	e.ime.Rune()
	e.Entry.TypedRune(r)
}

func newAutoEntry(multiLine bool, onChange, onLeave func()) *autoEntry {
	e := &autoEntry{onLeave: onLeave}
	e.MultiLine = multiLine
	if multiLine {
		e.Wrapping = 3 // fyne.TextWrapWord
	}
	e.ExtendBaseWidget(e)
	disableWhenReadOnly(e)
	e.OnChanged = func(string) {
		if onChange != nil {
			onChange()
		}
	}
	return e
}

// AcceptsTab is false: Tab goes on to the next field; a multi-line Entry
// would type a tab into a submission's text.
func (e *autoEntry) AcceptsTab() bool { return false }

// FocusLost saves at once.
func (e *autoEntry) FocusLost() {
	e.ime.Reset()
	e.Entry.FocusLost()
	if e.onLeave != nil {
		e.onLeave()
	}
}

// splitList turns "甲，乙, 丙、丁" into its parts, trimmed, empty ones dropped.
func deskSplitList(s string) []string {
	f := func(r rune) bool { return r == ',' || r == '，' || r == '、' || r == ';' || r == '；' || r == '\n' }
	var out []string
	for _, p := range strings.FieldsFunc(s, f) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func deskItoa(n int) string { return strconv.Itoa(n) }

// wrapLabel is a label that wraps, so long (translated) notes never widen
// their pane.
func wrapLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}
