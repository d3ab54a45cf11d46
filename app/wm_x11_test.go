//go:build linux && cgo && !android

package app

import (
	"fmt"
	"os"
	"os/exec"
	"testing"
	"time"
)

// TestWindowManagerProbe starts a bare X server (Xvfb) and asks whether a
// window manager runs there: none, then (when openbox is installed) one.
func TestWindowManagerProbe(t *testing.T) {
	xvfb, err := exec.LookPath("Xvfb")
	if err != nil {
		t.Skip("no Xvfb")
	}
	display := ""
	for n := 140; n < 200 && display == ""; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); os.IsNotExist(err) {
			display = fmt.Sprintf(":%d", n)
		}
	}
	srv := exec.Command(xvfb, display, "-screen", "0", "640x480x24", "-nolisten", "tcp")
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Process.Kill(); srv.Wait() })
	t.Setenv("DISPLAY", display)
	waitForX(t, "the X server", func() bool { _, err := os.Stat("/tmp/.X11-unix/X" + display[1:]); return err == nil })
	time.Sleep(200 * time.Millisecond)
	if x11WindowManager() {
		t.Fatalf("a window manager is reported on a bare Xvfb")
	}
	openbox, err := exec.LookPath("openbox")
	if err != nil {
		t.Skip("no openbox to try the other way")
	}
	wm := exec.Command(openbox)
	if err := wm.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wm.Process.Kill(); wm.Wait() })
	waitForX(t, "openbox", x11WindowManager)
}

// waitForX polls cond for up to 20 s (a server starting on a loaded
// machine); it is not a timing check.
func waitForX(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for end := time.Now().Add(20 * time.Second); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("%s: not seen within 20 s", what)
}
