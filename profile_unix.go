//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
)

// stopOnSignal ends the profile on SIGUSR1, so a script can write it while
// the window keeps running and then close the app any way it likes.
func stopOnSignal(stop func()) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGUSR1)
	go func() {
		<-sig
		stop()
	}()
}
