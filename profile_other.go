//go:build !unix

package main

// stopOnSignal: no SIGUSR1 here; the profile ends when the window closes.
func stopOnSignal(func()) {}
