package app

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestWriteAtomically(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "第12期.txt")
	os.WriteFile(path, []byte("旧内容"), 0o644)

	err := writeAtomically(path, func(w io.Writer) error {
		io.WriteString(w, "写了一半")
		return errors.New("disk full")
	})
	if err == nil {
		t.Fatal("a failed write reported success")
	}
	if got, _ := os.ReadFile(path); string(got) != "旧内容" {
		t.Errorf("a failed write changed the file to %q", got)
	}
	if err := writeAtomically(path, func(w io.Writer) error { _, err := io.WriteString(w, "新内容"); return err }); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "新内容" {
		t.Errorf("file = %q, want 新内容", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %d entries", len(entries))
	}
}

// TestQuitWritesPendingEdits: an edit still waiting for its pause is
// written when the app quits (flushAll), once.
func TestQuitWritesPendingEdits(t *testing.T) {
	u := &ui{}
	saves := 0
	d := u.debounce(time.Hour, func() { saves++ })
	d.poke()
	d.poke()
	u.jobs.flushAll()
	u.jobs.flushAll()
	if saves != 1 {
		t.Errorf("saved %d times, want 1", saves)
	}
	d.flush()
	if saves != 1 {
		t.Errorf("a flush with nothing pending saved again")
	}
}

// A refused save names the file and says why in words, not in the system's
// English ("open …: permission denied").
func TestSaveFileErrorInWords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "组工信息2026年第12期.docx")
	err := saveFileError(filepath.Base(path), &os.PathError{Op: "rename", Path: path, Err: os.ErrPermission})
	msg := userMessage(err)
	if !strings.Contains(msg, "组工信息2026年第12期.docx") || !strings.Contains(msg, "WPS") || strings.Contains(msg, "permission denied") {
		t.Errorf("message %q", msg)
	}
	if !errors.Is(err, os.ErrPermission) {
		t.Errorf("the cause is lost")
	}
}

func TestExportedFileIsReadableByOthers(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permissions")
	}
	path := filepath.Join(t.TempDir(), "第12期.txt")
	if err := writeAtomically(path, func(w io.Writer) error { _, err := io.WriteString(w, "内容"); return err }); err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != 0o644 {
		t.Errorf("the exported file has mode %v, want -rw-r--r-- as the command line writes it", got)
	}
}
