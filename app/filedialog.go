package app

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
)

// fileRequest is what a screen asks a file dialog for: files to open
// (several when multiple), a folder, or a name to save under.
type fileRequest struct {
	title    string
	kind     string   // what the files are, for the type filter: 来稿, 备份
	exts     []string // ".txt", ".docx"; empty: every file
	dir      string   // the folder to start in; "" the last one used
	name     string   // save: the suggested file name
	multiple bool
	folder   bool
	save     bool
}

// nativeFiles is the platform's own file dialog (the xdg desktop portal,
// zenity or kdialog on Linux, the common dialog on Windows). Its calls
// block until the editor answers, so they run off the UI goroutine; they
// return no paths and no error when the editor cancels, and
// errNoNativeDialog when this desktop has no such dialog.
type nativeFiles interface {
	name() string
	choose(req fileRequest, parent uintptr) ([]string, error)
}

// errNoNativeDialog: the platform offers no dialog of this kind; Fyne's
// (filedialog_fyne.go) is shown instead.
var errNoNativeDialog = errors.New("no native file dialog")

// nativeFilesFor is set per platform (filedialog_linux.go, …_windows.go,
// …_other.go); BULLETINDESK_FILE_DIALOG=fyne (or portal, zenity, kdialog
// on Linux) chooses one.
var nativeFilesFor func(choice string) nativeFiles

// chooseFiles asks for files with the platform's dialog when the window is
// a real one and it has one, else with the app's own; done gets the chosen
// paths on the UI goroutine, and is not called when the editor cancels.
func (u *ui) chooseFiles(req fileRequest, done func(paths []string)) {
	if req.dir == "" {
		req.dir = u.lastFolderPath()
	}
	finish := func(paths []string) {
		if len(paths) == 0 {
			return
		}
		u.rememberFolder(storage.NewFileURI(paths[0]))
		done(paths)
	}
	nw, real := u.win.(driver.NativeWindow)
	native := nativeFilesFor(os.Getenv("BULLETINDESK_FILE_DIALOG"))
	if !real || native == nil {
		showFyneFiles(u, req, finish)
		return
	}
	var parent uintptr
	nw.RunNative(func(ctx any) { parent = windowHandle(ctx) })
	u.waitForNative(req, native, parent, finish)
}

// waitForNative runs the native dialog off the UI goroutine behind a
// dialog of our own, so clicks meant for the other dialog do not land on
// the screen; 取消 stops waiting (a dialog that never appeared, or appeared
// behind the window).
func (u *ui) waitForNative(req fileRequest, native nativeFiles, parent uintptr, finish func([]string)) {
	answered := false
	var wait *dialog.CustomDialog
	stop := widget.NewButton(lang.L("不再等待"), func() { answered = true; wait.Hide() })
	wait = dialog.NewCustomWithoutButtons(req.title, container.NewVBox(
		widget.NewLabel(lang.L("请在系统的文件对话框中选择。")), stop), u.win)
	wait.Show()
	go func() {
		paths, err := native.choose(req, parent)
		fyne.Do(func() {
			if answered {
				return
			}
			answered = true
			wait.Hide()
			switch {
			case errors.Is(err, errNoNativeDialog):
				showFyneFiles(u, req, finish)
			case err != nil:
				u.showError(err)
			default:
				finish(paths)
			}
		})
	}()
}

// windowHandle is the X11 window id or the Windows HWND a native dialog
// is made the child of, 0 when unknown.
func windowHandle(ctx any) uintptr {
	switch c := ctx.(type) {
	case driver.X11WindowContext:
		return c.WindowHandle
	case driver.WindowsWindowContext:
		return c.HWND
	}
	return 0
}

// lastFolderPath is the folder of the last file chosen, or the home folder.
func (u *ui) lastFolderPath() string {
	if l := u.lastFolder(); l != nil && l.Scheme() == "file" {
		return l.Path()
	}
	if home, err := os.UserHomeDir(); err == nil {
		return home
	}
	return ""
}

// fileURLPath is the local path a file:// URL (as portals and file
// managers give) names; other text is taken as a path already.
func fileURLPath(s string) string {
	if strings.HasPrefix(s, "file://") {
		if u, err := url.Parse(s); err == nil && u.Path != "" {
			return filepath.FromSlash(u.Path)
		}
	}
	return s
}

// hasWantedExt says whether a file name ends in one of exts (any case).
func hasWantedExt(name string, exts []string) bool {
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

// fileKindName names the type filter: 来稿（.txt .docx）.
func fileKindName(req fileRequest) string {
	kind := req.kind
	if kind == "" {
		kind = lang.L("文件")
	}
	return kind + "（" + strings.Join(req.exts, " ") + "）"
}

// allFilesName names the filter that shows every file.
func allFilesName() string { return lang.L("所有文件") }
