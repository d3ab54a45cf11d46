package app

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
)

// saveEvery is the most often one field's edits are written while the
// editor types: the first key after a pause is written at once, and the
// keys after it at most saveEvery later. It used to be a debounce (400 ms
// after the last key, 500 ms at the latest while typing went on), and at
// load 12–25 a key then waited 0.3–0.5 s on the timer after reaching the
// field 0.07–0.6 s late behind the window's frames: the worst tenth of the
// keys took over a second to reach the archive, and a kill -9 lost a key
// typed 1.1 s before (scripts/kill-typing.sh). A save of a typed key is
// 1–3 ms of an archive transaction (revisions coalesce: a minute of typing
// is one), against 60–80 ms of the window's own work for the same key.
const saveEvery = 150 * time.Millisecond

// clock is time as the debouncers see it, and their way back to the UI
// goroutine; tests drive a fake one so they can type at a steady rate and
// look at the archive without sleeping, and make the UI goroutine late, as
// frames and the preview make it under load.
type clock interface {
	Now() time.Time
	AfterFunc(d time.Duration, f func()) stopper
	Do(f func()) // f on the UI goroutine
}

type stopper interface{ Stop() bool }

type realClock struct{}

func (realClock) Now() time.Time { return time.Now() }
func (realClock) AfterFunc(d time.Duration, f func()) stopper {
	return time.AfterFunc(d, f)
}
func (realClock) Do(f func()) { fyne.Do(f) }

// jobGroup tracks pending debounced saves, so quitting can write them first.
type jobGroup struct {
	mu      sync.Mutex
	pending map[*debouncer]bool
	turns   map[string]int // each record's saves, numbered (autosave.go)
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

// debouncer runs fn on the UI goroutine once the pokes stop for delay; a
// save's (every set) runs it at the first poke and then at most every
// every, however often it is poked. A debouncer made by
// autosaveTaken runs no fn: each poke takes the write of what the fields
// hold then, and the last one taken is queued from the timer's goroutine.
type debouncer struct {
	u       *ui
	delay   time.Duration
	fn      func()
	take    func() func() // autosaveTaken's: the write of the fields as they are (UI goroutine)
	mu      sync.Mutex
	timer   stopper
	pending func()        // the write take gave at the last poke, not yet queued
	every   time.Duration // a save's: at most this often, the first at once
	last    time.Time     // when the last save was claimed
	gen     int
}

// debounce makes a debouncer for fn; typing pokes it, a pause runs fn.
func (u *ui) debounce(delay time.Duration, fn func()) *debouncer {
	return &debouncer{u: u, delay: delay, fn: fn}
}

// autosave makes the debouncer for a save: at the first poke, and then
// at most every saveEvery while the editor types on.
func (u *ui) autosave(fn func()) *debouncer {
	return &debouncer{u: u, every: saveEvery, fn: fn}
}

// autosaveTaken makes the debouncer for a text typed into steadily (a
// 来稿's text, an item's body): take runs on the UI goroutine at each poke
// and returns the write of what the fields hold, and when the save is due
// the timer's goroutine queues that write itself. The UI goroutine is no
// hop on the way: under load it ran the due save 0.1–0.3 s late behind the
// frames and the preview, which with the 0.8 s wait broke the one second.
func (u *ui) autosaveTaken(take func() func()) *debouncer {
	return &debouncer{u: u, every: saveEvery, take: take}
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
	var w func()
	if d.take != nil {
		w = d.take()
	}
	if d.u.syncWork && d.u.clock == nil {
		d.runNow(w)
		return
	}
	d.mu.Lock()
	d.pending = w
	now := c.Now()
	if d.every > 0 && d.timer != nil {
		// a save is already due at d.last+every (or on its way, when it
		// saves what the fields hold then): this key goes with it
		d.mu.Unlock()
		d.u.jobs.add(d, true)
		return
	}
	if d.timer != nil && !d.timer.Stop() {
		// the wait is over and the save is on its way; it saves what the
		// fields hold when it runs. Superseding it here made typing that
		// outpaced its way to the UI goroutine never save (4.2 s, load 20).
		d.mu.Unlock()
		d.u.jobs.add(d, true)
		return
	}
	wait := d.delay
	if d.every > 0 {
		wait = d.last.Add(d.every).Sub(now)
	}
	d.gen++
	gen := d.gen
	d.timer = c.AfterFunc(max(wait, 0), func() { d.due(gen) })
	d.mu.Unlock()
	d.u.jobs.add(d, true)
}

// runNow runs fn, or the write taken.
func (d *debouncer) runNow(w func()) {
	switch {
	case d.take == nil:
		d.fn()
	case w != nil:
		w()
	}
}

// queued says the write taken is queued by u.write and not run there, so
// it can be queued under d.mu: a later write then never overtakes it.
func (d *debouncer) queued() bool { return d.take != nil && d.u.asyncWrites }

// due runs when the wait is over (the timer's goroutine).
func (d *debouncer) due(gen int) {
	if !d.queued() {
		d.u.now().Do(func() { d.fire(gen) })
		return
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if w, ok := d.claim(gen); ok && w != nil {
		w()
	}
}

// claim ends the wait of poke gen, unless a later poke superseded it, and
// hands over the write taken (d.mu held).
func (d *debouncer) claim(gen int) (func(), bool) {
	if gen != d.gen || d.timer == nil {
		return nil, false
	}
	d.timer = nil
	d.last = d.u.now().Now()
	w := d.pending
	d.pending = nil
	d.u.jobs.add(d, false)
	return w, true
}

// fire runs fn, or the write taken, if no later poke superseded this one.
func (d *debouncer) fire(gen int) {
	d.mu.Lock()
	w, ok := d.claim(gen)
	if ok && d.queued() {
		defer d.mu.Unlock()
		d.runNow(w)
		return
	}
	d.mu.Unlock()
	if ok {
		d.runNow(w)
	}
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
	d.pending = nil
	d.gen++
	d.mu.Unlock()
	d.u.jobs.add(d, false)
}
