package app

import (
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// twoSubmissionFiles writes two 来稿 and a subfolder into a new folder.
func twoSubmissionFiles(t *testing.T) (dir, a, b string) {
	t.Helper()
	dir = filepath.Join(t.TempDir(), "来稿 十二月")
	os.MkdirAll(filepath.Join(dir, "旧稿"), 0o755)
	a, b = filepath.Join(dir, "临江区.txt"), filepath.Join(dir, "白沙县.txt")
	os.WriteFile(a, []byte("临江区建强村级党群服务中心\n\n　　临江区今年建成村级党群服务中心36个。\n"), 0o644)
	os.WriteFile(b, []byte("白沙县储备村级后备力量\n\n　　白沙县今年回引63名本土青年回村任职。\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "说明.pdf"), []byte("%PDF-1.4"), 0o644)
	return dir, a, b
}

// fileRows is the rows the app's file dialog shows, by name.
func fileRows(t *testing.T, u *ui) map[string]*fileRow {
	t.Helper()
	rows := map[string]*fileRow{}
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	bWalk(top, func(o fyne.CanvasObject) bool {
		if r, ok := o.(*fileRow); ok && r.label.Text != "" {
			rows[r.label.Text] = r
		}
		return false
	})
	return rows
}

func importedTitles(t *testing.T, u *ui) map[string]bool {
	if u.subs.preview != nil { // the import preview: the editor presses 导入
		u.subs.preview.onImport()
	}
	got := map[string]bool{}
	for _, s := range allSubmissions(t, u.ar) {
		got[s.Title] = true
	}
	return got
}

// TestOpenTicksSeveralFiles: Fyne's open dialog chose one file only; the
// app's own ticks several, in a folder whose path was typed.
func TestOpenTicksSeveralFiles(t *testing.T) {
	u, _ := newDeskTestUI(t)
	dir, _, _ := twoSubmissionFiles(t)
	u.subs.onOpenFile()
	path, ok := u.win.Canvas().Focused().(*pathEntry)
	if !ok {
		t.Fatalf("the open dialog leaves the cursor in %T, want the path field", u.win.Canvas().Focused())
	}
	path.SetText("")
	test.Type(path, dir)
	path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	rows := fileRows(t, u)
	if rows["说明.pdf"] != nil || rows["临江区.txt"] == nil || rows["旧稿"] == nil {
		t.Fatalf("rows %v, want the folder and the .txt files only", rows)
	}
	test.Tap(rows["旧稿"]) // selected, not opened: 打开 must not open it once files are ticked
	test.Tap(rows["临江区.txt"])
	test.Tap(rows["白沙县.txt"].tick)
	bTap(t, u, "打开")
	got := importedTitles(t, u)
	if !got["临江区建强村级党群服务中心"] || !got["白沙县储备村级后备力量"] {
		t.Errorf("imported %v, want both ticked files", got)
	}
}

// TestOpenTakesATypedOrPastedFilePath: a path typed (or a file manager's
// file:// URL pasted) and Enter imports that file.
func TestOpenTakesATypedOrPastedFilePath(t *testing.T) {
	for _, tc := range []struct{ name, text string }{
		{"typed", ""},
		{"file URL", "file://"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, _ := newDeskTestUI(t)
			_, a, _ := twoSubmissionFiles(t)
			u.subs.onOpenFile()
			path := u.win.Canvas().Focused().(*pathEntry)
			text := a
			if tc.text != "" {
				text = tc.text + (&url.URL{Path: a}).EscapedPath()
			}
			path.SetText(text)
			path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
			if got := importedTitles(t, u); !got["临江区建强村级党群服务中心"] || len(got) != 1 {
				t.Errorf("imported %v, want 临江区's file", got)
			}
		})
	}
}

// TestFolderOpensOnDoubleClickOnly: Fyne's dialog opened a folder, and
// （父目录）, on a single click; a click now selects it.
func TestFolderOpensOnDoubleClickOnly(t *testing.T) {
	u, _ := newDeskTestUI(t)
	dir, _, _ := twoSubmissionFiles(t)
	u.chooseFiles(fileRequest{Title: "打开", Exts: []string{".txt"}, Dir: dir, Multiple: true}, func([]string) {})
	path := u.win.Canvas().Focused().(*pathEntry)
	test.Tap(fileRows(t, u)["旧稿"])
	if rows := fileRows(t, u); rows["临江区.txt"] == nil {
		t.Fatalf("a single click opened the folder: rows %v", rows)
	}
	if want := filepath.Join(dir, "旧稿") + string(filepath.Separator); path.Text != want {
		t.Errorf("path field %q after a click on 旧稿, want %q", path.Text, want)
	}
	test.DoubleTap(fileRows(t, u)["旧稿"])
	if rows := fileRows(t, u); rows["临江区.txt"] != nil {
		t.Errorf("a double click did not open the folder: rows %v", rows)
	}
	bTap(t, u, "上一级")
	if rows := fileRows(t, u); rows["临江区.txt"] == nil {
		t.Errorf("上一级 did not go back: rows %v", rows)
	}
}

// TestSaveSaysWhereTheFileWent: an export gave no sign it had been
// written; now the path shows, with 打开所在文件夹 where there is a file
// manager to ask.
func TestSaveSaysWhereTheFileWent(t *testing.T) {
	u, _ := newDeskTestUI(t)
	dir := t.TempDir()
	u.rememberFolder(storage.NewFileURI(filepath.Join(dir, "x")))
	u.saveFile("第12期.txt", func(w io.Writer) error { _, err := io.WriteString(w, "组工信息"); return err })
	path := u.win.Canvas().Focused().(*pathEntry)
	want := filepath.Join(dir, "第12期.txt")
	if path.Text != want {
		t.Fatalf("save path %q, want %q", path.Text, want)
	}
	path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got, err := os.ReadFile(want); err != nil || string(got) != "组工信息" {
		t.Fatalf("written %q, %v", got, err)
	}
	var shown []string
	bWalk(u.win.Canvas().Overlays().Top(), func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok {
			shown = append(shown, l.Text)
		}
		return false
	})
	if !strings.Contains(strings.Join(shown, "\n"), want) {
		t.Errorf("the dialog after saving says %q, want the path %s", shown, want)
	}
	if showInFolder != nil {
		bButton(t, u, "打开所在文件夹")
	}
}

// TestFileDialogByKeyboard: Tab reaches the list; arrows, Space ticks,
// Enter opens a folder or imports, Backspace goes up.
func TestFileDialogByKeyboard(t *testing.T) {
	u, _ := newDeskTestUI(t)
	dir, _, _ := twoSubmissionFiles(t)
	u.rememberFolder(storage.NewFileURI(filepath.Join(dir, "x.txt")))
	u.subs.onOpenFile()
	c := u.win.Canvas()
	var list *fileList
	for i := 0; i < 12 && list == nil; i++ {
		c.FocusNext()
		list, _ = c.Focused().(*fileList)
	}
	if list == nil {
		t.Fatal("Tab never reaches the file list")
	}
	key := func(k fyne.KeyName) { c.Focused().TypedKey(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyReturn) // 旧稿, the first row: opens it
	if rows := fileRows(t, u); rows["临江区.txt"] != nil {
		t.Fatalf("Enter on 旧稿 did not open it: %v", rows)
	}
	key(fyne.KeyBackspace)
	if rows := fileRows(t, u); rows["临江区.txt"] == nil {
		t.Fatalf("Backspace did not go back up: %v", rows)
	}
	key(fyne.KeyDown)
	key(fyne.KeySpace) // 临江区.txt ticked
	key(fyne.KeyDown)
	key(fyne.KeyReturn) // 白沙县.txt, with the ticked one
	got := importedTitles(t, u)
	if !got["临江区建强村级党群服务中心"] || !got["白沙县储备村级后备力量"] {
		t.Errorf("imported %v, want the ticked file and the one Enter was pressed on", got)
	}
	for c.Overlays().Top() != nil { // the import's own report
		c.Overlays().Top().Hide()
		c.Overlays().Remove(c.Overlays().Top())
	}
	u.subs.onOpenFile()
	c.Focus(nil)
	for i := 0; i < 12; i++ {
		if c.FocusNext(); c.Focused() != nil {
			if _, ok := c.Focused().(*fileList); ok {
				break
			}
		}
	}
	key(fyne.KeyEscape)
	if c.Overlays().Top() != nil {
		t.Errorf("Escape in the list left the dialog open")
	}
}

// TestEscapeInThePathFieldCancels: the dialog opens with the cursor in its
// path field, and Escape there did nothing (Fyne's entry ignores it), so
// the keyboard user could not leave the dialog without choosing.
func TestEscapeInThePathFieldCancels(t *testing.T) {
	for _, tc := range []struct {
		name string
		open func(u *ui)
	}{
		{"open", func(u *ui) { u.subs.onOpenFile() }},
		{"save", func(u *ui) { u.saveFile("第12期.txt", func(io.Writer) error { return nil }) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, _ := newDeskTestUI(t)
			tc.open(u)
			path, ok := u.win.Canvas().Focused().(*pathEntry)
			if !ok {
				t.Fatalf("the dialog leaves the cursor in %T, want the path field", u.win.Canvas().Focused())
			}
			path.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if top := u.win.Canvas().Overlays().Top(); top != nil {
				t.Errorf("Escape in the path field left the dialog open")
			}
		})
	}
}
