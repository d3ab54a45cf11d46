package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"sync"
	"time"
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
	if err != nil {
		fmt.Fprintln(os.Stderr, "bulletindesk: cpu profile:", err)
		return func() {}
	}
	var mu sync.Mutex
	started, done := false, false
	start := func() {
		mu.Lock()
		defer mu.Unlock()
		if done {
			return
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "bulletindesk: cpu profile:", err)
			return
		}
		started = true
	}
	stop := func() {
		mu.Lock()
		defer mu.Unlock()
		if started && !done {
			pprof.StopCPUProfile()
			writeHeapProfile(path + ".heap")
		}
		if !done {
			done = true
			f.Close()
		}
	}
	// BULLETINDESK_CPUPROFILE_AFTER=10s leaves start-up out, to see what
	// an idle or typing window spends its time on
	if d, err := time.ParseDuration(os.Getenv(envCPUProfile + "_AFTER")); err == nil && d > 0 {
		time.AfterFunc(d, start)
	} else {
		start()
	}
	stopOnSignal(stop)
	return stop
}

// writeHeapProfile writes the allocations since the start beside the CPU
// profile (go tool pprof -sample_index=alloc_space): the garbage collector
// was a fifth of the CPU an issue took to open, so what allocates counts.
func writeHeapProfile(path string) {
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "bulletindesk: heap profile:", err)
		return
	}
	defer f.Close()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		fmt.Fprintln(os.Stderr, "bulletindesk: heap profile:", err)
	}
}
