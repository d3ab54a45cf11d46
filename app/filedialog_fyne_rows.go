package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/bulletindesk/bulletindesk/app/filedialog"
)

// fileRow is one row of the app's file dialog: a click selects it (and
// ticks a file for an import of several), a double click opens it.
type fileRow struct {
	widget.BaseWidget
	f     *fyneFiles
	id    widget.ListItemID
	tick  *tickBox
	icon  *widget.Icon
	label *widget.Label
}

func (f *fyneFiles) newRow() fyne.CanvasObject {
	r := &fileRow{f: f, icon: widget.NewIcon(theme.FileIcon()), label: widget.NewLabel("")}
	r.label.Truncation = fyne.TextTruncateEllipsis
	r.tick = newTickBox(func(on bool) { f.setTicked(r.id, on) })
	r.ExtendBaseWidget(r)
	return r
}

func (r *fileRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, container.NewHBox(r.tick, r.icon), nil, r.label))
}

func (r *fileRow) Tapped(*fyne.PointEvent) { r.f.list.Select(r.id) }

func (r *fileRow) DoubleTapped(*fyne.PointEvent) { r.f.activate(r.id) }

func (f *fyneFiles) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	r := o.(*fileRow)
	r.id = id
	it := f.items[id]
	r.label.SetText(it.name)
	if it.dir {
		r.icon.SetResource(theme.FolderIcon())
	} else {
		r.icon.SetResource(theme.FileIcon())
	}
	if f.req.Multiple && !it.dir {
		r.tick.Show()
		r.tick.SetChecked(slices.Contains(f.ticked, filepath.Join(f.dir, it.name)))
	} else {
		r.tick.Hide()
	}
}

// onSelected (a click, or Space in the list) puts the row in the path
// field, so 打开 or Enter acts on it; a file of an import of several is
// ticked, or unticked when it was.
func (f *fyneFiles) onSelected(id widget.ListItemID) {
	if id >= len(f.items) {
		return
	}
	f.focus = id
	it := f.items[id]
	full := filepath.Join(f.dir, it.name)
	switch {
	case it.dir && f.req.Save:
		f.path.SetText(filepath.Join(full, filepath.Base(f.path.Text)))
	case it.dir:
		f.path.SetText(withSeparator(full))
	case f.req.Multiple:
		f.setTicked(id, !slices.Contains(f.ticked, full))
		f.list.Unselect(id) // a second click unticks it again
	default:
		f.path.SetText(full)
	}
}

// setTicked ticks or unticks the file in row id.
func (f *fyneFiles) setTicked(id widget.ListItemID, on bool) {
	full := filepath.Join(f.dir, f.items[id].name)
	had := slices.Contains(f.ticked, full)
	switch {
	case on && !had:
		f.ticked = append(f.ticked, full)
	case !on && had:
		f.ticked = slices.DeleteFunc(f.ticked, func(p string) bool { return p == full })
	default:
		return
	}
	// 打开 now takes the ticked files, not a folder clicked before
	f.path.SetText(withSeparator(f.dir))
	f.list.RefreshItem(id)
	f.showCount()
}

// activate is a double click: a folder opens, a file is chosen.
func (f *fyneFiles) activate(id widget.ListItemID) {
	it := f.items[id]
	full := filepath.Join(f.dir, it.name)
	if it.dir {
		f.open(full)
		return
	}
	if f.req.Save {
		f.path.SetText(full)
	}
	f.choose(f.withTicked(full))
}

// onAccept is 打开/保存/回车: the path field names a folder to open, or the
// file(s) to choose; with nothing typed the ticked files are chosen.
func (f *fyneFiles) onAccept() {
	p := strings.TrimSpace(filedialog.URLPath(strings.Trim(strings.TrimSpace(f.path.Text), `"'`)))
	if p != "" && !filepath.IsAbs(p) {
		p = filepath.Join(f.dir, p)
	}
	info, err := os.Stat(p)
	isDir := err == nil && info.IsDir()
	switch {
	case f.req.Folder && isDir:
		f.choose([]string{filepath.Clean(p)})
	case isDir && filepath.Clean(p) != filepath.Clean(f.dir):
		f.open(p)
	case isDir && f.req.Multiple && len(f.ticked) > 0:
		f.choose(f.ticked)
	case isDir:
		return // nothing chosen yet
	case f.req.Save:
		f.confirmSave(p, err == nil)
	case err != nil:
		f.u.showError(err)
	default:
		f.choose(f.withTicked(p))
	}
}

// withTicked is p and the ticked files, once each.
func (f *fyneFiles) withTicked(p string) []string {
	if !f.req.Multiple || slices.Contains(f.ticked, p) {
		return append([]string{p}, slices.DeleteFunc(slices.Clone(f.ticked), func(t string) bool { return t == p })...)
	}
	return append(slices.Clone(f.ticked), p)
}

// confirmSave asks before replacing a file that is there.
func (f *fyneFiles) confirmSave(p string, exists bool) {
	if !exists {
		f.choose([]string{p})
		return
	}
	msg := lang.L("{{.File}} 已存在。要替换它吗？", map[string]any{"File": filepath.Base(p)})
	f.u.confirm(f.req.Title, msg, lang.L("替换"), true, func() { f.choose([]string{p}) })
}

func (f *fyneFiles) choose(paths []string) {
	f.d.Hide()
	f.done(paths)
}

// fileList is the dialog's list, for the keyboard as well: Tab reaches it,
// arrows move, Space selects (and ticks a file), Enter opens a folder or
// chooses a file, Backspace goes up a folder, Escape cancels.
type fileList struct {
	widget.List
	f *fyneFiles
}

func newFileList(f *fyneFiles) *fileList {
	l := &fileList{f: f}
	l.Length = func() int { return len(f.items) }
	l.CreateItem, l.UpdateItem = f.newRow, f.updateRow
	l.OnSelected = f.onSelected
	l.ExtendBaseWidget(l)
	return l
}

func (l *fileList) TypedKey(ev *fyne.KeyEvent) {
	f := l.f
	if row, ok := listFocus(&l.List); ok {
		f.focus = row
	}
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if f.focus >= 0 && f.focus < len(f.items) {
			f.activate(f.focus)
		}
		return
	case fyne.KeyBackspace:
		f.onUp()
		return
	case fyne.KeyEscape:
		f.d.Hide()
		return
	}
	l.List.TypedKey(ev)
}
