//go:build !linux || !cgo || wayland || ci

package main

// watchDisplay: only X11 ends the process from inside the event loop when
// the display goes away; elsewhere closing goes through the window.
func watchDisplay() {}
