package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"sync"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/bulletindesk/bulletindesk/export"
)

// run does long work off the UI goroutine behind a dialog with a progress
// bar and a 取消 button. work reports progress as done of total (total 0:
// unknown); it should stop when ctx ends. An error other than cancellation
// is shown; done (may be nil) then runs on the UI goroutine either way.
func (u *ui) run(title string, work func(ctx context.Context, progress func(done, total int)) error, done func()) {
	ctx, cancel := context.WithCancel(u.ctx())
	if u.syncWork {
		err := work(ctx, func(int, int) {})
		cancel()
		u.showError(err)
		if done != nil {
			done()
		}
		return
	}
	bar := widget.NewProgressBar()
	msg := widget.NewLabel(lang.L("请稍候……"))
	var d *dialog.CustomDialog
	stop := widget.NewButton(lang.L("取消"), func() { cancel(); msg.SetText(lang.L("正在取消……")) })
	d = dialog.NewCustomWithoutButtons(title, container.NewVBox(msg, bar, stop), u.win)
	d.Resize(fyne.NewSize(420, 160))
	d.Show()
	progress := throttledProgress(bar, msg)
	go func() {
		err := work(ctx, progress)
		cancel()
		fyne.Do(func() {
			d.Hide()
			u.showError(err)
			if done != nil {
				done()
			}
		})
	}()
}

// throttledProgress updates the bar at most every 100 ms, through fyne.Do.
func throttledProgress(bar *widget.ProgressBar, msg *widget.Label) func(done, total int) {
	var mu sync.Mutex
	var last time.Time
	return func(done, total int) {
		mu.Lock()
		now := time.Now()
		if now.Sub(last) < 100*time.Millisecond && done != total {
			mu.Unlock()
			return
		}
		last = now
		mu.Unlock()
		fyne.Do(func() {
			if total > 0 {
				bar.SetValue(float64(done) / float64(total))
				msg.SetText(fmt.Sprintf(lang.L("已完成 %d / %d"), done, total))
			}
		})
	}
}

// saveFile asks where to save (filedialog.go), then writes the file off
// the UI goroutine to a temporary name beside the target and renames it, so
// a failed or cancelled write never leaves half a file under the chosen
// name; once written it says where (showSaved). The app's own dialog lists
// folders without opening a file: closing one of the archive's files
// (.db, .db-wal, .db-shm), as Fyne's dialog did to draw its icons, drops
// SQLite's locks on it, and the next program to open the archive then
// deleted the write-ahead log under the running window.
func (u *ui) saveFile(defaultName string, write func(io.Writer) error) {
	req := fileRequest{Title: lang.L("保存"), Name: defaultName, Save: true}
	if ext := filepath.Ext(defaultName); ext != "" {
		req.Exts = []string{ext}
	}
	u.chooseFiles(req, func(paths []string) {
		target := paths[0]
		written := false
		u.run(lang.L("正在保存"), func(ctx context.Context, _ func(int, int)) error {
			err := writeAtomically(target, write)
			written = err == nil
			return err
		}, func() {
			if written {
				u.showSaved(target)
			}
		})
	})
}

// writeAtomically writes path through a temporary file in the same folder
// (export.WriteFile: the umask's or the replaced file's permissions, a
// symbolic link's target written, no temporary file left behind).
func writeAtomically(path string, write func(io.Writer) error) error {
	if err := export.WriteFile(path, write); err != nil {
		return saveFileError(filepath.Base(path), err)
	}
	return nil
}

// fileError is a sentence for the editor that keeps the cause for errors.Is.
type fileError struct {
	msg string
	err error
}

func (e *fileError) Error() string { return e.msg }
func (e *fileError) Unwrap() error { return e.err }

// saveFileError names the file and says in words why it could not be
// written: most often it is open in Word or WPS (Windows refuses to replace
// it then), or the folder is read-only, or the disk is full.
func saveFileError(name string, err error) error {
	why := err.Error()
	switch {
	case errors.Is(err, fs.ErrPermission):
		why = lang.L("没有写入权限。文件可能正在 Word 或 WPS 中打开，请关闭后重试，或换一个文件夹保存。")
	case errors.Is(err, syscall.ENOSPC):
		why = lang.L("磁盘空间不足。")
	}
	return &fileError{msg: lang.L("无法保存{{.File}}：{{.Why}}", map[string]any{"File": name, "Why": why}), err: err}
}

// rememberFolder keeps the folder of a chosen file for the next dialog.
func (u *ui) rememberFolder(uri fyne.URI) {
	if parent, err := storage.Parent(uri); err == nil {
		u.app.Preferences().SetString(prefLastFolder, parent.String())
	}
}

// lastFolder is the folder of the last file dialog, nil when unknown.
func (u *ui) lastFolder() fyne.ListableURI {
	s := u.app.Preferences().String(prefLastFolder)
	if s == "" {
		return nil
	}
	uri, err := storage.ParseURI(s)
	if err != nil {
		return nil
	}
	l, err := storage.ListerForURI(uri)
	if err != nil {
		return nil
	}
	return l
}
