package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/bulletindesk/bulletindesk/app/filedialog"
)

// fyneFiles is the app's own file dialog, for desktops without a native
// one. Fyne's took no typed path, chose one file only and opened a folder,
// （父目录） too, on a single click; here the path field takes a typed or
// pasted path (a folder opens, a file is chosen), several files are ticked
// for an import, a click selects and a double click (or Enter in the path
// field, or 打开) opens a folder. It lists folders with os.ReadDir and opens
// no file: closing a file drops SQLite's locks on the archive (progress.go).
type fyneFiles struct {
	u      *ui
	req    fileRequest
	done   func(paths []string)
	dir    string
	items  []fileItem
	ticked []string // full paths, in the order ticked
	path   *pathEntry
	list   *fileList
	focus  int // the row the keyboard is on (Fyne's List keeps its own unexported)
	count  *widget.Label
	d      *dialog.CustomDialog
}

// fileItem is one row: a folder or a file of a wanted type.
type fileItem struct {
	name string
	dir  bool
}

// showFyneFiles shows the app's own dialog for req.
func showFyneFiles(u *ui, req fileRequest, done func(paths []string)) *fyneFiles {
	f := &fyneFiles{u: u, req: req, done: done}
	f.path = newPathEntry(func() { f.d.Hide() })
	f.path.OnSubmitted = func(string) { f.onAccept() }
	f.count = widget.NewLabel("")
	f.list = newFileList(f)
	up := widget.NewButtonWithIcon(lang.L("上一级"), theme.MoveUpIcon(), f.onUp)
	home := widget.NewButtonWithIcon(lang.L("主文件夹"), theme.HomeIcon(), func() {
		if h, err := os.UserHomeDir(); err == nil {
			f.open(h)
		}
	})
	top := container.NewBorder(nil, nil, widget.NewLabel(lang.L("路径：")), container.NewHBox(up, home), f.path)
	accept := widget.NewButton(f.acceptText(), f.onAccept)
	accept.Importance = widget.HighImportance
	cancel := widget.NewButton(lang.L("取消"), func() { f.d.Hide() })
	bottom := container.NewBorder(nil, nil, nil, container.NewHBox(cancel, accept), f.count)
	f.d = dialog.NewCustomWithoutButtons(req.Title, container.NewBorder(top, bottom, nil, nil, f.list), u.win)
	f.d.Resize(fyne.NewSize(760, 520))
	f.open(f.startDir())
	f.d.Show()
	u.win.Canvas().Focus(f.path)
	return f
}

func (f *fyneFiles) acceptText() string {
	switch {
	case f.req.Save:
		return lang.L("保存")
	case f.req.Folder:
		return lang.L("选择此文件夹")
	}
	return lang.L("打开")
}

// startDir is req.Dir when it is a folder, else the home folder.
func (f *fyneFiles) startDir() string {
	if info, err := os.Stat(f.req.Dir); err == nil && info.IsDir() {
		return f.req.Dir
	}
	h, _ := os.UserHomeDir()
	return h
}

// open lists dir: folders first, then the files of the wanted types, each
// by name; hidden files and Office's ~$ lock files are left out.
func (f *fyneFiles) open(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		f.u.showError(fmt.Errorf(lang.L("无法打开文件夹 %s：%w"), dir, err))
		return
	}
	f.dir = dir
	f.items = f.items[:0]
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, ".") || strings.HasPrefix(n, "~$") {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			info, err := os.Stat(filepath.Join(dir, n))
			isDir = err == nil && info.IsDir()
		}
		if isDir || !f.req.Folder && filedialog.HasWantedExt(n, f.req.Exts) {
			f.items = append(f.items, fileItem{name: n, dir: isDir})
		}
	}
	slices.SortStableFunc(f.items, func(a, b fileItem) int {
		if a.dir != b.dir {
			if a.dir {
				return -1
			}
			return 1
		}
		return strings.Compare(a.name, b.name)
	})
	f.list.UnselectAll()
	f.list.Refresh()
	f.list.ScrollToTop()
	f.path.SetText(f.shownPath(dir))
	f.path.CursorColumn = len([]rune(f.path.Text))
	f.showCount()
}

// shownPath is what the path field shows in dir: the folder, and for a
// save the name to save under.
func (f *fyneFiles) shownPath(dir string) string {
	if f.req.Save {
		name := filepath.Base(f.path.Text)
		if f.path.Text == "" || strings.HasSuffix(f.path.Text, string(filepath.Separator)) {
			name = f.req.Name
		}
		return filepath.Join(dir, name)
	}
	return withSeparator(dir)
}

func withSeparator(dir string) string {
	if strings.HasSuffix(dir, string(filepath.Separator)) {
		return dir
	}
	return dir + string(filepath.Separator)
}

func (f *fyneFiles) onUp() {
	if parent := filepath.Dir(f.dir); parent != f.dir {
		f.open(parent)
	}
}

func (f *fyneFiles) showCount() {
	if f.req.Multiple && len(f.ticked) > 0 {
		f.count.SetText(fmt.Sprintf(lang.L("已选 %d 个文件"), len(f.ticked)))
		return
	}
	f.count.SetText(lang.L("单击选中，双击打开；也可以在路径栏输入或粘贴路径后按回车。"))
}

// pathEntry is the dialog's path field. Escape in it cancels the dialog,
// as in the list and in any desktop dialog: Fyne's entry ignores Escape,
// and the key never reaches the window while the cursor is in a field, so
// the dialog the cursor starts in could not be left by keyboard.
type pathEntry struct {
	widget.Entry
	onEscape func()
}

func newPathEntry(onEscape func()) *pathEntry {
	e := &pathEntry{onEscape: onEscape}
	e.ExtendBaseWidget(e)
	return e
}

func (e *pathEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(ev)
}
