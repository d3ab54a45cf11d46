package editor

import (
	"context"
	"time"

	"github.com/bulletindesk/bulletindesk/editor/postgres"
)

// watchPoll is how often a local archive file is asked for new changes
// (another program on the same file, such as the command line): one
// indexed read of the newest rows of a small table.
var watchPoll = time.Second

// Watch calls fn with each change another desktop or program commits to
// the archive, from now until ctx ends; this opening's own changes are
// left out. On the office archive the server tells (LISTEN/NOTIFY, on a
// connection of Watch's own, connected again when lost — what was missed
// meanwhile is read from the changes table); a local file is polled every
// watchPoll. fn runs on Watch's goroutine, one change at a time: the app
// hands it to the UI with fyne.Do. Watch returns when ctx ends.
func (a *Archive) Watch(ctx context.Context, fn func(Change)) {
	w := &watcher{a: a, fn: fn, seen: map[int64]bool{}}
	w.last, _ = a.LastChange(ctx)
	w.floor = w.last
	if a.eng.name == "postgres" {
		w.window = changeKeep / 10
		postgres.Listen(ctx, a.dsn, "bulletindesk listen "+a.client, func() { w.catchUp(ctx) }, func(n postgres.Notice) {
			w.deliver(Change{Seq: n.Seq, Client: n.Client, Author: n.Author, Kind: n.Kind, RowID: n.ID})
		})
		return
	}
	t := time.NewTicker(watchPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			w.catchUp(ctx)
		}
	}
}

// watcher delivers each change once: a change may come both by NOTIFY and
// from the table after a reconnection, and PostgreSQL's sequence numbers
// are not always committed in order, so it remembers which it delivered
// rather than only the highest few.
type watcher struct {
	a     *Archive
	fn    func(Change)
	floor int64 // the last change before Watch began: none up to it is delivered
	last  int64 // the highest change delivered or skipped
	seen  map[int64]bool
	// window is how far below last a change may still arrive: 0 on a
	// file, whose writers take turns, so numbers commit in order
	window int64
}

// catchUp delivers the changes the table holds past the ones seen.
func (w *watcher) catchUp(ctx context.Context) {
	changes, err := w.a.ChangesSince(ctx, max(w.last-w.window, w.floor))
	if err != nil {
		return // the next poll or reconnection tries again
	}
	for _, c := range changes {
		w.deliver(c)
	}
}

func (w *watcher) deliver(c Change) {
	if w.seen[c.Seq] || c.Seq <= w.floor || c.Seq <= w.last-w.window {
		return
	}
	w.seen[c.Seq] = true
	w.last = max(w.last, c.Seq)
	if len(w.seen) > 2*changeKeep {
		for s := range w.seen {
			if s <= w.last-w.window {
				delete(w.seen, s)
			}
		}
	}
	if !w.a.Mine(c) {
		w.fn(c)
	}
}
