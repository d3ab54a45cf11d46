//go:build linux && cgo && !android

package filedialog

import (
	"bufio"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestWindowManagerProbe starts a bare X server (Xvfb) and asks whether a
// window manager runs there: none, then (when openbox is installed) one.
func TestWindowManagerProbe(t *testing.T) {
	if _, err := exec.LookPath("Xvfb"); err != nil {
		t.Skip("no Xvfb")
	}
	startX(t)
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

// startX starts a bare X server (Xvfb) for the test on a display it
// picks itself (-displayfd: it writes the number once it takes clients),
// kept up when the probe's connection closes (-noreset: a server reset
// then left openbox starting without a display).
func startX(t *testing.T) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	srv := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "640x480x24", "-nolisten", "tcp", "-noreset")
	srv.ExtraFiles = []*os.File{w}
	err = srv.Start()
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { srv.Process.Signal(os.Interrupt); srv.Wait() }) // Xvfb removes its lock
	n, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		t.Fatalf("Xvfb gave no display: %v", err)
	}
	t.Setenv("DISPLAY", ":"+strings.TrimSpace(n))
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

// TestZenityKeptAboveTheWindow: zenity takes --attach and sets no
// WM_TRANSIENT_FOR on its file chooser, so under openbox a click on the
// app's window put the dialog behind it; keepAbove sets it.
func TestZenityKeptAboveTheWindow(t *testing.T) {
	for _, prog := range []string{"Xvfb", "openbox", "zenity"} {
		if _, err := exec.LookPath(prog); err != nil {
			t.Skipf("no %s", prog)
		}
	}
	startX(t)
	wm := exec.Command("openbox")
	if err := wm.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { wm.Process.Kill(); wm.Wait() })
	waitForX(t, "openbox", func() bool { return x11WindowManager() })
	parent := exec.Command("zenity", "--info", "--text=简报编辑台")
	dialog := exec.Command("zenity", "--file-selection", "--title=打开来稿文件")
	for _, c := range []*exec.Cmd{parent, dialog} {
		if err := c.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Process.Kill(); c.Wait() })
		waitForX(t, "the window of "+c.Args[1], func() bool { return windowOf(c.Process.Pid) != 0 })
	}
	win := windowOf(parent.Process.Pid)
	ended := make(chan struct{})
	defer close(ended)
	keepAbove(dialog.Process, uintptr(win), ended)
	if got := transientFor(windowOf(dialog.Process.Pid)); got != win {
		t.Errorf("the dialog is transient for %#x, want the window %#x", got, win)
	}
}
