//go:build !linux && !windows

package app

import (
	"os/exec"
	"runtime"
)

// Elsewhere (macOS) Fyne's dialog and the app's own (filedialog_fyne.go)
// are used: the macOS panel needs cgo and Objective-C that is not built here.
func init() {
	nativeFilesFor = func(string) nativeFiles { return nil }
	if runtime.GOOS == "darwin" {
		// the Finder opens the folder with the file selected
		showInFolder = func(path string) error { return exec.Command("open", "-R", path).Start() }
	}
}
