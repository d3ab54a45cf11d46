//go:build unix

package app

import (
	"os"
	"os/signal"
	"syscall"
)

// onNextSignal sends on next at each SIGUSR2.
func onNextSignal(next chan<- struct{}) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGUSR2)
	go func() {
		for range sig {
			next <- struct{}{}
		}
	}()
}
