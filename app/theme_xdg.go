//go:build linux || freebsd || openbsd || netbsd

package app

import (
	"sync"

	"fyne.io/fyne/v2"
	"github.com/rymdport/portal/settings/appearance"
)

// systemSaysNothing: here Fyne's "system" variant is dark when the desktop
// gives no answer, so following the system starts light (newDeskTheme).
const systemSaysNothing = true

var askedDesktop sync.Once

// askDesktopScheme asks the desktop portal once, off the UI goroutine (the
// lookup hangs on some desktops), whether it prefers dark.
func askDesktopScheme() {
	askedDesktop.Do(func() {
		go func() {
			if s, err := appearance.GetColorScheme(); err == nil && s == appearance.Dark {
				systemDark.Store(true)
				fyne.Do(onDesktopDark)
			}
		}()
	})
}
