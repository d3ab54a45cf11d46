//go:build !darwin

package app

// caretWrapSafe: on Windows and Linux Fyne looks at the current app's
// settings only through the fyne.Settings interface.
const caretWrapSafe = true
