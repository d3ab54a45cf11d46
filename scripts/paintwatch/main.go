// Command paintwatch is the clock of scripts/desk-speed.sh: it reads the
// X display's root window over and over (XGetImage) and prints, each time
// the picture changes, the milliseconds since the start and a hash of the
// picture. The last change before the screen stays still is when the window
// was painted: the start-up and a screen switch are timed by the clock
// until then, as a user sees them, and not by the app's own word.
//
// Usage: paintwatch [-start UNIX_NS] [-quiet MS] [-clear] [-save DIR] [COMMAND ARG...]
// With a command (e.g. xdotool key ctrl+3), the picture before it is read
// first and the clock starts as the command is run; without one, at
// -start (when the app was started). It ends once the picture has been
// still for -quiet after its first change, or after 60 s.
package main

/*
#cgo LDFLAGS: -lX11
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <stdint.h>

// frameHash reads the root window's picture and hashes it (FNV-1a over
// 8-byte words), so a change of one pixel is a change.
static uint64_t frameHash(Display *d) {
	Window root = DefaultRootWindow(d);
	XWindowAttributes a;
	XGetWindowAttributes(d, root, &a);
	XImage *im = XGetImage(d, root, 0, 0, a.width, a.height, AllPlanes, ZPixmap);
	if (!im) return 0;
	uint64_t h = 1469598103934665603ULL;
	size_t n = (size_t)im->bytes_per_line * im->height;
	const uint64_t *p = (const uint64_t *)im->data;
	for (size_t i = 0; i < n / 8; i++) { h ^= p[i]; h *= 1099511628211ULL; }
	XDestroyImage(im);
	return h;
}

// frameRGBA copies the root window's picture into buf (width*height*4
// bytes, RGBA) for -save; it returns 0 when the picture cannot be read.
static int frameRGBA(Display *d, unsigned char *buf, int w, int h) {
	XImage *im = XGetImage(d, DefaultRootWindow(d), 0, 0, w, h, AllPlanes, ZPixmap);
	if (!im) return 0;
	for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
		unsigned long p = XGetPixel(im, x, y);
		unsigned char *o = buf + (y * w + x) * 4;
		o[0] = (p >> 16) & 0xff; o[1] = (p >> 8) & 0xff; o[2] = p & 0xff; o[3] = 0xff;
	}
	XDestroyImage(im);
	return 1;
}

// clearRoot paints the root window black: a window closed just before
// leaves its picture on Xvfb's screen, and an app painting the same
// picture over it would show no change at all.
static void clearRoot(Display *d) {
	Window root = DefaultRootWindow(d);
	XSetWindowBackground(d, root, BlackPixel(d, DefaultScreen(d)));
	XClearWindow(d, root);
	XSync(d, False);
}

static int rootWidth(Display *d) { return DisplayWidth(d, DefaultScreen(d)); }
static int rootHeight(Display *d) { return DisplayHeight(d, DefaultScreen(d)); }
*/
import "C"

import (
	"flag"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"time"
	"unsafe"
)

// saveDir is -save: where each changed picture is written as a PNG named
// by its milliseconds, to see what the window showed on the way.
var saveDir string

func main() {
	startNS := flag.Int64("start", 0, "the start of the clock, in Unix nanoseconds (default: now)")
	quietMS := flag.Int("quiet", 1500, "how long the picture must stay still, in milliseconds")
	flag.StringVar(&saveDir, "save", "", "a folder to write each changed picture to (slows the watch)")
	clear := flag.Bool("clear", false, "paint the screen black first (no window may be open on it)")
	flag.Parse()
	d := C.XOpenDisplay(nil)
	if d == nil {
		fmt.Fprintln(os.Stderr, "paintwatch: cannot open the display $DISPLAY")
		os.Exit(1)
	}
	if *clear {
		C.clearRoot(d)
	}
	before := C.frameHash(d)
	start := time.Now()
	if *startNS != 0 {
		start = time.Unix(0, *startNS)
	}
	if args := flag.Args(); len(args) > 0 {
		start = time.Now()
		if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
			fmt.Fprintf(os.Stderr, "paintwatch: %s: %v %s\n", args[0], err, out)
			os.Exit(1)
		}
	}
	watch(d, before, start, time.Duration(*quietMS)*time.Millisecond)
}

// watch prints each change until the picture has been still for quiet.
func watch(d *C.Display, last C.uint64_t, start time.Time, quiet time.Duration) {
	changed, lastChange := false, time.Now()
	for end := time.Now().Add(60 * time.Second); time.Now().Before(end); {
		h := C.frameHash(d)
		now := time.Now()
		if h != last {
			ms := float64(now.Sub(start).Microseconds()) / 1000
			fmt.Printf("%.0f %016x\n", ms, uint64(h))
			if saveDir != "" {
				save(d, fmt.Sprintf("%06.0f.png", ms))
			}
			last, changed, lastChange = h, true, now
		} else if (changed || now.Sub(start) > 5*time.Second) && now.Sub(lastChange) > quiet {
			return // still since the change, or nothing changed in 5 s
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// save writes the picture on the display now to name in saveDir.
func save(d *C.Display, name string) {
	w, h := int(C.rootWidth(d)), int(C.rootHeight(d))
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	if C.frameRGBA(d, (*C.uchar)(unsafe.Pointer(&img.Pix[0])), C.int(w), C.int(h)) == 0 {
		return
	}
	f, err := os.Create(filepath.Join(saveDir, name))
	if err != nil {
		fmt.Fprintln(os.Stderr, "paintwatch:", err)
		return
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		fmt.Fprintln(os.Stderr, "paintwatch:", err)
	}
}
