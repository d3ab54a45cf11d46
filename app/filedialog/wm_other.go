//go:build linux && !android && !cgo

package filedialog

import "os"

// Without cgo there is no real window (Fyne's GL driver needs it), so no
// native dialog is asked for anyway.

func x11WindowManager() bool { return true }

func keepAbove(*os.Process, uintptr, <-chan struct{}) {}
