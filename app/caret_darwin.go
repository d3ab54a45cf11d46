//go:build darwin

package app

// caretWrapSafe is false on macOS: Fyne's macOS theme watcher asserts that
// the current app's settings are its own type.
const caretWrapSafe = false
