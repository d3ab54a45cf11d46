package app

import (
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
)

// quitGrace is how long a termination signal waits for the window to write
// what is pending and close before the process ends regardless.
const quitGrace = 5 * time.Second

// quitOnSignal makes SIGTERM, SIGHUP (logout, shutdown, a closed terminal)
// and SIGINT close the window the way its close button does: pending edits
// are written first. Before, the process died at once and took everything
// typed since the last pause with it. stop undoes it.
func quitOnSignal(u *ui) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGTERM, syscall.SIGHUP, os.Interrupt)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			log.Printf("%v: saving and closing", sig)
			fyne.Do(u.quit)
			select { // a window that cannot answer must not keep a shutdown waiting
			case <-time.After(quitGrace):
				log.Printf("the window did not close within %v after %v", quitGrace, sig)
				os.Exit(1)
			case <-done:
			}
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
