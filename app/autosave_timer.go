package app

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// saveDelay is how long after the last keystroke an edit is written when
// the editor pauses.
const saveDelay = 400 * time.Millisecond

// saveMaxWait is the longest an edit waits while the editor keeps typing:
// a trailing debounce alone never fired during steady typing (every key
// restarted it), and a kill then lost everything typed since the last
// pause. 800 ms plus the write keeps the loss within the one second promised.
const saveMaxWait = 800 * time.Millisecond

// clock is time as the debouncers see it; tests drive a fake one so they
// can type at a steady rate and look at the archive without sleeping.
type clock interface {
	Now() time.Time
	AfterFunc(d time.Duration, f func()) stopper
}

type stopper interface{ Stop() bool }

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }
func (realClock) AfterFunc(d time.Duration, f func()) stopper {
	return time.AfterFunc(d, f)
}

// jobGroup tracks pending debounced saves, so quitting can write them first.
type jobGroup struct {
	mu      sync.Mutex
	pending map[*debouncer]bool
}

func (g *jobGroup) add(d *debouncer, pending bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if !pending {
		delete(g.pending, d)
		return
	}
	if g.pending == nil {
		g.pending = map[*debouncer]bool{}
	}
	g.pending[d] = true
}

// flushAll runs every pending debounced save now (UI goroutine).
func (g *jobGroup) flushAll() {
	g.mu.Lock()
	var ds []*debouncer
	for d := range g.pending {
		ds = append(ds, d)
	}
	g.mu.Unlock()
	for _, d := range ds {
		d.flush()
	}
}

// debouncer runs fn on the UI goroutine once the pokes stop for delay, and,
// when maxWait is set, no later than maxWait after the first poke it has
// not yet run for, however often it is poked.
type debouncer struct {
	u       *ui
	delay   time.Duration
	maxWait time.Duration
	fn      func()
	mu      sync.Mutex
	timer   stopper
	first   time.Time // the first poke not yet run for
	gen     int
}

// debounce makes a debouncer for fn; typing pokes it, a pause runs fn.
func (u *ui) debounce(delay time.Duration, fn func()) *debouncer {
	return &debouncer{u: u, delay: delay, fn: fn}
}

// autosave makes the debouncer for a save: after a pause, and at least
// every saveMaxWait while the editor types on.
func (u *ui) autosave(fn func()) *debouncer {
	return &debouncer{u: u, delay: saveDelay, maxWait: saveMaxWait, fn: fn}
}

func (u *ui) now() clock {
	if u.clock == nil {
		return realClock{}
	}
	return u.clock
}

// poke (re)starts the wait; with syncWork (and no test clock) it runs fn at once.
func (d *debouncer) poke() {
	c := d.u.now()
	if d.u.syncWork && d.u.clock == nil {
		d.fn()
		return
	}
	d.mu.Lock()
	now := c.Now()
	if d.timer == nil {
		d.first = now
	} else {
		d.timer.Stop()
	}
	wait := d.delay
	if d.maxWait > 0 {
		wait = min(wait, d.first.Add(d.maxWait).Sub(now))
	}
	d.gen++
	gen := d.gen
	d.timer = c.AfterFunc(max(wait, 0), func() {
		fyne.Do(func() { d.fire(gen) })
	})
	d.mu.Unlock()
	d.u.jobs.add(d, true)
}

// fire runs fn if no later poke superseded this one.
func (d *debouncer) fire(gen int) {
	d.mu.Lock()
	if gen != d.gen || d.timer == nil {
		d.mu.Unlock()
		return
	}
	d.timer = nil
	d.mu.Unlock()
	d.u.jobs.add(d, false)
	d.fn()
}

// flush runs a pending fn now (on focus loss, before switching records, on quit).
func (d *debouncer) flush() {
	d.mu.Lock()
	pending := d.timer != nil
	if pending {
		d.timer.Stop()
	}
	gen := d.gen
	d.mu.Unlock()
	if pending {
		d.fire(gen)
	}
}

// cancel drops a pending fn: what it would have saved is no longer wanted
// (the editor took the other side's text in a conflict).
func (d *debouncer) cancel() {
	d.mu.Lock()
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
	d.gen++
	d.mu.Unlock()
	d.u.jobs.add(d, false)
}
