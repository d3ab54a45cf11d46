package app

import (
	"errors"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/app/filedialog"
)

// fileRequest is what a screen asks a file dialog for (the platform's,
// or the app's own: filedialog_fyne.go).
type fileRequest = filedialog.Request

// chooseFiles asks for files with the platform's dialog when the window is
// a real one and it has one, else with the app's own; done gets the chosen
// paths on the UI goroutine, and is not called when the editor cancels.
func (u *ui) chooseFiles(req fileRequest, done func(paths []string)) {
	if req.Dir == "" {
		req.Dir = u.lastFolderPath()
	}
	finish := func(paths []string) {
		if len(paths) == 0 {
			return
		}
		u.rememberFolder(storage.NewFileURI(paths[0]))
		done(paths)
	}
	nw, real := u.win.(driver.NativeWindow)
	native := filedialog.For(os.Getenv("BULLETINDESK_FILE_DIALOG"))
	if !real || native == nil {
		showFyneFiles(u, req, finish)
		return
	}
	var parent uintptr
	nw.RunNative(func(ctx any) { parent = filedialog.WindowHandle(ctx) })
	u.waitForNative(req, native, parent, finish)
}

// waitForNative runs the native dialog off the UI goroutine behind a
// dialog of our own, so clicks meant for the other dialog do not land on
// the screen; 取消 stops waiting (a dialog that never appeared, or appeared
// behind the window).
func (u *ui) waitForNative(req fileRequest, native filedialog.Native, parent uintptr, finish func([]string)) {
	answered := false
	var wait *dialog.CustomDialog
	stop := widget.NewButton(lang.L("不再等待"), func() { answered = true; wait.Hide() })
	wait = dialog.NewCustomWithoutButtons(req.Title, container.NewVBox(
		widget.NewLabel(lang.L("请在系统的文件对话框中选择。")), stop), u.win)
	wait.Show()
	go func() {
		paths, err := native.Choose(req, parent)
		fyne.Do(func() {
			if answered {
				return
			}
			answered = true
			wait.Hide()
			switch {
			case errors.Is(err, filedialog.ErrNoNative):
				showFyneFiles(u, req, finish)
			case err != nil:
				u.showError(err)
			default:
				finish(paths)
			}
		})
	}()
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

// showInFolder shows a written file in the desktop's file manager; nil
// where there is none to ask.
var showInFolder = filedialog.ShowInFolder()
