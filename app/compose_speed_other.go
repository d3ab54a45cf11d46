//go:build !unix

package app

// onNextSignal: no SIGUSR2 here, so the sequence never advances.
func onNextSignal(chan<- struct{}) {}
