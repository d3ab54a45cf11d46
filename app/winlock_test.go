package app

import (
	"errors"
	"io/fs"
	"path/filepath"
	"syscall"
	"testing"
)

// A second window on the same archive is refused while the first is open,
// and opens once the first has closed.
func TestSecondWindowOnTheArchiveIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	release, err := LockArchive(path)
	if err != nil {
		t.Fatalf("the first window: %v", err)
	}
	second, err := LockArchive(path)
	if !errors.Is(err, ErrWindowOpen) {
		t.Errorf("a second window on the same archive: err = %v, want ErrWindowOpen", err)
	}
	second() // main releases before showing why it cannot open: this crashed when nil
	other, err := LockArchive(filepath.Join(t.TempDir(), "other.db"))
	if err != nil {
		t.Errorf("a window on another archive: %v", err)
	} else {
		other()
	}
	release()
	again, err := LockArchive(path)
	if err != nil {
		t.Fatalf("after the first window closed: %v", err)
	}
	again()
}

func TestSecondWindowMessageSaysWhatToDo(t *testing.T) {
	setupLanguage("zh")
	got := userMessage(ErrWindowOpen)
	if got == ErrWindowOpen.Error() {
		t.Errorf("the message is the technical one: %q", got)
	}
}

// A read-only file system (a write-protected USB stick, a share mounted
// read-only) cannot hold the lock file, and nothing can be written there
// either, so the window opens without it; before, EROFS was not taken for
// a permission problem and the window refused with "read-only file system".
func TestLockNotPossible(t *testing.T) {
	cases := []struct {
		name string
		err  error
		want bool
	}{
		{"read-only file system", &fs.PathError{Op: "open", Path: "a.db.lock", Err: syscall.EROFS}, true},
		{"permission", &fs.PathError{Op: "open", Path: "a.db.lock", Err: fs.ErrPermission}, true},
		{"folder gone", &fs.PathError{Op: "open", Path: "a.db.lock", Err: fs.ErrNotExist}, true},
		{"something else", &fs.PathError{Op: "open", Path: "a.db.lock", Err: syscall.EIO}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := lockNotPossible(c.err); got != c.want {
				t.Errorf("lockNotPossible(%v) = %v, want %v", c.err, got, c.want)
			}
		})
	}
}
