//go:build linux && cgo && !android

package app

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>

// wm_redirects is 1 when some client of the display redirects the root
// window's substructure, which is what a window manager does (all of
// them, twm too, not only those that set the EWMH properties), 0 when
// none does and -1 when the display cannot be opened. all_event_masks is
// every client's selection together, so no error handler (which is
// process-wide, and GLFW has its own) is needed.
static int wm_redirects(void) {
	Display *d = XOpenDisplay(NULL);
	if (!d) return -1;
	XWindowAttributes a;
	int got = XGetWindowAttributes(d, DefaultRootWindow(d), &a);
	XCloseDisplay(d);
	if (!got) return -1;
	return (a.all_event_masks & SubstructureRedirectMask) != 0;
}
*/
import "C"

// x11WindowManager says whether a window manager runs on the display the
// app is on; true when it cannot tell (no X display: Wayland's own
// compositor places the dialogs).
func x11WindowManager() bool { return C.wm_redirects() != 0 }
