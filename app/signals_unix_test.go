//go:build unix

package app

import (
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// quitRecorder is an app whose Quit is seen: what a termination signal
// does before the main window is there.
type quitRecorder struct {
	fyne.App
	quit chan struct{}
}

func (a *quitRecorder) Quit() {
	endLoop.Do(func() { close(loopEnded) }) // the loop ends: no grace exit
	close(a.quit)
}

// A SIGTERM while the archive still opens (the first second or two of the
// start, before the main window is built) quits the app in order. Before,
// the handler came with the main window, and such a signal ended the
// process on the spot: this test binary would have died here.
func TestSignalBeforeTheMainWindowQuitsTheApp(t *testing.T) {
	a := &quitRecorder{App: test.NewTempApp(t), quit: make(chan struct{})}
	CatchSignals(a)
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-a.quit:
	case <-time.After(3 * time.Second):
		t.Fatal("the app was not asked to quit within 3 s of SIGTERM")
	}
}
