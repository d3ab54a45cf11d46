package main

import (
	"fmt"
	"os"
	"runtime/pprof"
)

// envCPUProfile names a file to write a CPU profile of the desktop app to.
// The profile covers start-up until SIGUSR1 on Unix, or the window closing, so
// scripts/compose-speed.sh can profile the real window under Xvfb, where the
// test driver's numbers say nothing about laying out real Chinese text.
const envCPUProfile = "BULLETINDESK_CPUPROFILE"

// startProfile starts the CPU profile when asked for and returns the
// function that stops it (safe to call twice).
func startProfile() func() {
	path := os.Getenv(envCPUProfile)
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bulletindesk: cpu profile:", err)
		return func() {}
	}
	done := make(chan struct{})
	stop := func() {
		select {
		case <-done:
		default:
			close(done)
			pprof.StopCPUProfile()
			f.Close()
		}
	}
	stopOnSignal(stop)
	return stop
}
