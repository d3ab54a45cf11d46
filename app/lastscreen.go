package app

import (
	"os"
	"time"

	"fyne.io/fyne/v2"
)

// screenSettle is how long a screen must have been on show, with the
// window answering, before the app reopens on it next time.
const screenSettle = 2 * time.Second

// forgetScreen clears the screen to reopen on while another is being
// built: if building or drawing it hangs the window and the editor has to
// kill the app, the next start opens on 来稿 instead of into the same hang.
// Before, a 来稿 too long to draw made the app unusable for good.
func (u *ui) forgetScreen() {
	if u.syncWork && u.clock == nil {
		return
	}
	u.app.Preferences().SetString(prefLastScreen, "")
}

// rememberScreen keeps key as the screen to reopen on once it has been
// shown for screenSettle: the callback runs on the UI goroutine, so it
// never runs while the window is stuck drawing.
func (u *ui) rememberScreen(key string) {
	if u.syncWork && u.clock == nil {
		u.app.Preferences().SetString(prefLastScreen, key)
		return
	}
	u.now().AfterFunc(screenSettle, func() {
		fyne.Do(func() {
			if u.currentKey() == key {
				u.app.Preferences().SetString(prefLastScreen, key)
			}
		})
	})
}

// reopenKey is the screen to reopen on: the one remembered, or the one
// BULLETINDESK_SCREEN names (see restoreLastPlace).
func (u *ui) reopenKey() string {
	if env := os.Getenv("BULLETINDESK_SCREEN"); env != "" {
		return env
	}
	return u.app.Preferences().String(prefLastScreen)
}
