//go:build !linux && !windows

package filedialog

import (
	"os/exec"
	"runtime"
)

// For is nil elsewhere (macOS): the app's own dialog is used, as the macOS
// panel needs cgo and Objective-C that is not built here.
func For(string) Native { return nil }

// ShowInFolder is the Finder opening the folder with the file selected on
// macOS, nil elsewhere.
func ShowInFolder() func(path string) error {
	if runtime.GOOS != "darwin" {
		return nil
	}
	return func(path string) error { return exec.Command("open", "-R", path).Start() }
}
