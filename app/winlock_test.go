package app

import (
	"errors"
	"path/filepath"
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
