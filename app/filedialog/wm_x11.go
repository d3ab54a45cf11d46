//go:build linux && cgo && !android

package filedialog

/*
#cgo LDFLAGS: -lX11 -lxcb
#include <stdlib.h>
#include <string.h>
#include <X11/Xlib.h>
#include <xcb/xcb.h>

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

// The rest is XCB, which hands a request's error back with its reply
// instead of calling Xlib's error handler (whose default ends the
// process): a window can vanish between two requests.

static xcb_atom_t wm_atom(xcb_connection_t *c, const char *name) {
	xcb_intern_atom_reply_t *r = xcb_intern_atom_reply(c, xcb_intern_atom(c, 1, strlen(name), name), NULL);
	xcb_atom_t a = r ? r->atom : XCB_ATOM_NONE;
	free(r);
	return a;
}

// wm_window_prop is window w's 32-bit property (one value), 0 if none.
static uint32_t wm_window_prop(xcb_connection_t *c, xcb_window_t w, xcb_atom_t prop, xcb_atom_t type) {
	xcb_get_property_reply_t *r = xcb_get_property_reply(c, xcb_get_property(c, 0, w, prop, type, 0, 1), NULL);
	uint32_t v = 0;
	if (r && xcb_get_property_value_length(r) == 4) v = *(uint32_t *)xcb_get_property_value(r);
	free(r);
	return v;
}

// wm_attach makes the windows the window manager lists for process pid
// (_NET_CLIENT_LIST, _NET_WM_PID) transient for parent, or with parent 0
// finds the first and returns it; the count made, or -1 with no display.
static long wm_attach(uint32_t pid, uint32_t parent) {
	xcb_connection_t *c = xcb_connect(NULL, NULL);
	if (xcb_connection_has_error(c)) { xcb_disconnect(c); return -1; }
	xcb_window_t root = xcb_setup_roots_iterator(xcb_get_setup(c)).data->root;
	xcb_atom_t list = wm_atom(c, "_NET_CLIENT_LIST"), wmpid = wm_atom(c, "_NET_WM_PID");
	long n = 0;
	xcb_get_property_reply_t *l = NULL;
	if (list && wmpid) l = xcb_get_property_reply(c, xcb_get_property(c, 0, root, list, XCB_ATOM_WINDOW, 0, 4096), NULL);
	int count = l ? xcb_get_property_value_length(l) / 4 : 0;
	xcb_window_t *ws = l ? xcb_get_property_value(l) : NULL;
	for (int i = 0; i < count; i++) {
		if (ws[i] == parent || wm_window_prop(c, ws[i], wmpid, XCB_ATOM_CARDINAL) != pid) continue;
		if (parent == 0) { n = ws[i]; break; }
		xcb_change_property(c, XCB_PROP_MODE_REPLACE, ws[i], XCB_ATOM_WM_TRANSIENT_FOR, XCB_ATOM_WINDOW, 32, 1, &parent);
		n++;
	}
	free(l);
	free(xcb_get_input_focus_reply(c, xcb_get_input_focus(c), NULL)); // the changes are made
	xcb_disconnect(c);
	return n;
}

// wm_transient_for is w's WM_TRANSIENT_FOR, 0 if none or no display.
static uint32_t wm_transient_for(uint32_t w) {
	xcb_connection_t *c = xcb_connect(NULL, NULL);
	uint32_t v = 0;
	if (!xcb_connection_has_error(c)) v = wm_window_prop(c, w, XCB_ATOM_WM_TRANSIENT_FOR, XCB_ATOM_WINDOW);
	xcb_disconnect(c);
	return v;
}
*/
import "C"

import (
	"os"
	"time"
)

// x11WindowManager says whether a window manager runs on the display the
// app is on; true when it cannot tell (no X display: Wayland's own
// compositor places the dialogs).
func x11WindowManager() bool { return C.wm_redirects() != 0 }

// keepAbove makes the dialog program proc's window transient for the
// app's window once the window manager lists it, so it stays above the
// window as a dialog does. zenity 3.44 takes --attach and sets no
// WM_TRANSIENT_FOR on its file chooser: a click on the window (openbox)
// put the dialog behind it, with the window waiting for an answer. It
// gives up when proc ends or after a minute.
func keepAbove(proc *os.Process, parent uintptr, ended <-chan struct{}) {
	if parent == 0 || uint64(parent) > 0xffffffff {
		return
	}
	for end := time.Now().Add(time.Minute); time.Now().Before(end); {
		if C.wm_attach(C.uint32_t(proc.Pid), C.uint32_t(parent)) != 0 {
			return
		}
		select {
		case <-ended:
			return
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// windowOf is the first window the window manager lists for pid, 0 if none.
func windowOf(pid int) uint32 { return uint32(C.wm_attach(C.uint32_t(pid), 0)) }

// transientFor is window w's WM_TRANSIENT_FOR, 0 if none.
func transientFor(w uint32) uint32 { return uint32(C.wm_transient_for(C.uint32_t(w))) }
