package app

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
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
