package app

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
)

// Choosing an existing file in the save dialog opens it for writing; that
// must not empty it: the old export stays whole until the new one is
// renamed over it, and the dialog can still list and browse folders.
func TestSaveDialogWriterKeepsTheFileUntilWritten(t *testing.T) {
	test.NewTempApp(t)
	keepFilesUntilWritten()
	dir := t.TempDir()
	path := filepath.Join(dir, "第10期.txt")
	if err := os.WriteFile(path, []byte("旧的导出"), 0o644); err != nil {
		t.Fatal(err)
	}
	uri := storage.NewFileURI(path)

	w, err := storage.Writer(uri)
	if err != nil {
		t.Fatal(err)
	}
	w.Close()
	if got, _ := os.ReadFile(path); string(got) != "旧的导出" {
		t.Errorf("after opening and closing unwritten: %q, want the old content", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "新建.txt")); err == nil {
		t.Error("an unwritten new file was created")
	}

	w, _ = storage.Writer(uri)
	io.WriteString(w, "新的导出")
	w.Close()
	if got, _ := os.ReadFile(path); string(got) != "新的导出" {
		t.Errorf("after writing: %q, want the new content", got)
	}

	if ok, err := storage.CanList(storage.NewFileURI(dir)); !ok || err != nil {
		t.Errorf("folders cannot be listed any more: %v %v", ok, err)
	}
	if list, err := storage.List(storage.NewFileURI(dir)); err != nil || len(list) != 1 {
		t.Errorf("list = %v, %v; want the one file", list, err)
	}
}
