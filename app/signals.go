package app

import (
	"log"
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
)

// quitGrace is how long a termination signal waits for the window to write
// what is pending and close before the process ends regardless.
const quitGrace = 5 * time.Second

// onSignal is what a termination signal does now: quit the app while the
// archive opens, close the main window the way its close button does once
// it is there (quitOnSignal). Set before any window exists (CatchSignals):
// the main window's handler came only after the archive was open and the
// screens built, and a SIGTERM in the first second or two of the start
// (three or four at load 25) ended the process on the spot.
var onSignal atomic.Pointer[func()]

// catching is set once CatchSignals has run: the signals are caught for
// the whole life of the process, only their action changes.
var catching sync.Once

// CatchSignals makes SIGTERM, SIGHUP (logout, shutdown, a closed terminal)
// and SIGINT end the app in order from now on: before the main window is
// there, a.Quit (the opening of the archive is cancelled and rolled back);
// once it is, what its close button does, pending edits written first.
// Before, the process died at once and took everything typed since the
// last save with it. main calls it right after making the app.
func CatchSignals(a fyne.App) {
	quit := a.Quit
	onSignal.Store(&quit)
	// a quit before the main window (a signal while the archive opens)
	a.Lifecycle().SetOnStopped(func() { endLoop.Do(func() { close(loopEnded) }) })
	catching.Do(func() {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, syscall.SIGTERM, syscall.SIGHUP, os.Interrupt)
		go func() {
			for sig := range ch {
				log.Printf("%v: saving and closing", sig)
				fyne.Do(*onSignal.Load())
				go exitAfterGrace(sig)
			}
		}()
	})
}

// loopEnded is closed once the window's loop has ended (the app's
// OnStopped): what runs after it writes the last edits itself and must not
// be cut short by the grace period.
var loopEnded = make(chan struct{})

var endLoop sync.Once

// exitAfterGrace ends the process when the window has not closed within
// quitGrace of sig: a window that cannot answer must not keep a shutdown
// waiting.
func exitAfterGrace(sig os.Signal) {
	select {
	case <-time.After(quitGrace):
		log.Printf("the window did not close within %v after %v", quitGrace, sig)
		os.Exit(1)
	case <-loopEnded:
	}
}

// quitOnSignal makes a termination signal close u's window as its close
// button does (u.quit): pending edits are written first. stop, once the
// window's loop has ended, says the last writes are under way (no grace
// period cuts them short) and gives the signal back to quitting the app.
func quitOnSignal(u *ui) (stop func()) {
	if onSignal.Load() == nil {
		CatchSignals(u.app) // main did; a window shown another way is covered all the same
	}
	quit := u.quit
	prev := onSignal.Swap(&quit)
	return func() {
		endLoop.Do(func() { close(loopEnded) })
		onSignal.CompareAndSwap(&quit, prev)
	}
}
