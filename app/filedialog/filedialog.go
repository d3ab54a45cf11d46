// Package filedialog asks the platform's own file dialog for files to
// open, a folder or a name to save under: the xdg desktop portal, zenity
// or kdialog on Linux, the common dialog on Windows. It draws nothing
// itself; where a desktop has no such dialog (For gives nil, or Choose
// gives ErrNoNative) the app shows its own, built from Fyne widgets.
//
// Every Choose blocks until the editor answers, so callers run it off the
// UI goroutine.
package filedialog

import (
	"errors"
	"net/url"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/lang"
)

// Request is what a screen asks a file dialog for: files to open
// (several when Multiple), a folder, or a name to save under.
type Request struct {
	Title    string
	Kind     string   // what the files are, for the type filter: 来稿, 备份
	Exts     []string // ".txt", ".docx"; empty: every file
	Dir      string   // the folder to start in
	Name     string   // save: the suggested file name
	Multiple bool
	Folder   bool
	Save     bool
}

// Native is one platform dialog. Choose returns no paths and no error
// when the editor cancels, and ErrNoNative when this desktop has no such
// dialog; parent is the window it belongs to (WindowHandle), 0 if unknown.
type Native interface {
	Name() string
	Choose(req Request, parent uintptr) ([]string, error)
}

// ErrNoNative: the platform offers no dialog of this kind; the app's own
// is shown instead.
var ErrNoNative = errors.New("no native file dialog")

// WindowHandle is the X11 window id or the Windows HWND (from Fyne's
// NativeWindow.RunNative) a native dialog is made the child of, 0 when
// unknown.
func WindowHandle(ctx any) uintptr {
	switch c := ctx.(type) {
	case driver.X11WindowContext:
		return c.WindowHandle
	case driver.WindowsWindowContext:
		return c.HWND
	}
	return 0
}

// URLPath is the local path a file:// URL (as portals and file managers
// give) names; other text is taken as a path already.
func URLPath(s string) string {
	if strings.HasPrefix(s, "file://") {
		if u, err := url.Parse(s); err == nil && u.Path != "" {
			return filepath.FromSlash(u.Path)
		}
	}
	return s
}

// HasWantedExt says whether a file name ends in one of exts (any case).
func HasWantedExt(name string, exts []string) bool {
	if len(exts) == 0 {
		return true
	}
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range exts {
		if strings.ToLower(e) == ext {
			return true
		}
	}
	return false
}

// kindName names the type filter: 来稿（.txt .docx）.
func kindName(req Request) string {
	kind := req.Kind
	if kind == "" {
		kind = lang.L("文件")
	}
	return kind + "（" + strings.Join(req.Exts, " ") + "）"
}

// allFilesName names the filter that shows every file.
func allFilesName() string { return lang.L("所有文件") }
