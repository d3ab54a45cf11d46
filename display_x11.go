//go:build linux && cgo && !wayland && !ci

package main

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <stdlib.h>

extern void bulletindeskDisplayLost(void);

static int onDisplayLost(Display *d) {
	bulletindeskDisplayLost();
	exit(1);
	return 0;
}

static void watchDisplay(void) { XSetIOErrorHandler(onDisplayLost); }
*/
import "C"

import (
	"log"

	"github.com/bulletindesk/bulletindesk/app"
)

// watchDisplay saves pending edits when the X server goes away (logout,
// a crashed or killed X, a dropped remote session). Xlib then calls its
// I/O error handler from inside the event loop and ends the process; GLFW
// installs none, so before this the last second of typing was lost.
func watchDisplay() { C.watchDisplay() }

//export bulletindeskDisplayLost
func bulletindeskDisplayLost() {
	log.Print("the display went away: saving what is pending")
	app.SaveNow()
}
