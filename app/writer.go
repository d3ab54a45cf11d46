package app

import (
	"context"
	"fmt"
	"log"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/bulletindesk/bulletindesk/editor"
)

// waitShown is how long a write may take before the status line says the
// window is waiting for the archive.
const waitShown = 500 * time.Millisecond

// writeDrain is the longest closing waits for queued writes to finish.
const writeDrain = 10 * time.Second

// writeQueue runs the autosaves' archive writes off the UI goroutine, one at
// a time and in order. A write waits while another program holds the
// archive's lock (up to its busy timeout); on the UI goroutine that froze the
// window for seconds, mid-word. Results come back through fyne.Do.
type writeQueue struct {
	mu       sync.Mutex
	jobs     []writeJob
	busy     bool
	idle     chan struct{} // closed when the queue empties; nil while idle
	versions map[string]int64
	closing  bool // the window is gone: no more callbacks into widgets
}

type writeJob struct {
	work func(ctx context.Context) error
	done func(error)
}

// write runs work, an archive write, after the writes queued before it,
// then done with its error on the UI goroutine. Without asyncWrites (the
// package's tests, unless one asks) both run at once on the caller's
// goroutine.
func (u *ui) write(work func(ctx context.Context) error, done func(error)) {
	if !u.asyncWrites {
		done(work(u.ctx()))
		return
	}
	q := &u.writes
	q.mu.Lock()
	q.jobs = append(q.jobs, writeJob{work, done})
	start := !q.busy
	if start {
		q.busy = true
		q.idle = make(chan struct{})
	}
	q.mu.Unlock()
	if start {
		go u.runWrites()
	}
}

func (u *ui) runWrites() {
	q := &u.writes
	for {
		q.mu.Lock()
		if len(q.jobs) == 0 {
			q.busy = false
			close(q.idle)
			q.idle = nil
			q.mu.Unlock()
			fyne.Do(func() { u.showWaiting(false) })
			return
		}
		job := q.jobs[0]
		q.jobs = q.jobs[1:]
		q.mu.Unlock()
		slow := u.now().AfterFunc(waitShown, func() { fyne.Do(func() { u.showWaiting(true) }) })
		err := job.work(u.ctx())
		slow.Stop()
		q.mu.Lock()
		closing := q.closing
		q.mu.Unlock()
		if !closing {
			fyne.Do(func() { job.done(err) })
		} else if err != nil {
			log.Printf("save while closing: %v", err)
		}
	}
}

// waitWrites blocks until every queued write has run, or writeDrain passed;
// closing (quit, a signal, the display gone) calls it so nothing queued is
// lost with the process. After it, results no longer reach the widgets.
func (u *ui) waitWrites() {
	q := &u.writes
	q.mu.Lock()
	q.closing = true
	idle := q.idle
	q.mu.Unlock()
	if idle == nil {
		return
	}
	select {
	case <-idle:
	case <-time.After(writeDrain):
		log.Printf("the archive did not take the last edits within %v; they are kept on this computer", writeDrain)
		u.drafts().keepTrying()
	}
}

// chainVersion gives a record's save the version this window's own last
// save of it left, when that is newer than the one its copy was read at:
// a save queued behind another of the same record must not be refused as
// a conflict with ourselves. Runs on the writer goroutine.
func (q *writeQueue) chainVersion(key string, v *int64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if last, ok := q.versions[key]; ok && last > *v {
		*v = last
	}
}

// saved remembers the version a save of the record left.
func (q *writeQueue) saved(key string, v int64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.versions == nil {
		q.versions = map[string]int64{}
	}
	q.versions[key] = v
}

// showWaiting shows or hides the calm status line under the screens.
func (u *ui) showWaiting(on bool) {
	if u.status == nil {
		return
	}
	if on {
		u.status.SetText(lang.L("正在等待档案……另一个程序正在写入档案，您的修改会在它完成后保存，可以继续输入。"))
		u.status.Show()
		return
	}
	u.status.Hide()
}

// saveSubmission writes sub (writer goroutine) and reads it back, so the
// detail shows what the archive made of it (字数, the unit recognised).
func (u *ui) saveSubmission(ctx context.Context, sub *editor.Submission) error {
	key := fmt.Sprintf("submission %d", sub.ID)
	u.writes.chainVersion(key, &sub.Version)
	kept := *sub // kept on this computer while the archive does not take it (drafts.go)
	if err := u.drafts().trySave(localDraft{Kind: "submission", ID: sub.ID, Submission: &kept}, func() error {
		return u.ar.UpdateSubmission(ctx, sub)
	}); err != nil {
		return err
	}
	u.writes.saved(key, sub.Version)
	if fresh, err := u.ar.Submission(ctx, sub.ID); err == nil {
		*sub = fresh
	}
	return nil
}

// saveItem writes an item's copy (writer goroutine).
func (u *ui) saveItem(ctx context.Context, it *editor.Item) error {
	key := fmt.Sprintf("item %d", it.ID)
	u.writes.chainVersion(key, &it.Version)
	kept := *it // kept on this computer while the archive does not take it (drafts.go)
	if err := u.drafts().trySave(localDraft{Kind: "item", ID: it.ID, Item: &kept}, func() error {
		return u.ar.UpdateItem(ctx, it)
	}); err != nil {
		return err
	}
	u.writes.saved(key, it.Version)
	return nil
}
