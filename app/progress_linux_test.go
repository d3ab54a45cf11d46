package app

import (
	"io"
	"os"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/storage"
)

// The save dialog, shown in the archive's folder, must not open the
// archive's files: closing them drops SQLite's POSIX locks, and another
// program opening the archive then deletes the write-ahead log the running
// window still writes to.
func TestSaveDialogKeepsTheArchiveLocks(t *testing.T) {
	if _, err := os.ReadFile("/proc/locks"); err != nil {
		t.Skip("no /proc/locks")
	}
	u, ar := newDeskTestUI(t)
	shm := ar.Path() + "-shm"
	held := func() bool {
		info, err := os.Stat(shm)
		if err != nil {
			t.Fatalf("no shared-memory file: %v", err)
		}
		ino := info.Sys().(*syscall.Stat_t).Ino
		text, _ := os.ReadFile("/proc/locks")
		for _, l := range strings.Split(string(text), "\n") {
			f := strings.Fields(l)
			if len(f) > 5 && f[4] == strconv.Itoa(os.Getpid()) && strings.HasSuffix(f[5], ":"+strconv.FormatUint(ino, 10)) {
				return true
			}
		}
		return false
	}
	if !held() {
		t.Skip("the archive holds no lock to keep")
	}
	u.rememberFolder(storage.NewFileURI(ar.Path()))
	u.saveFile("第12期.txt", func(w io.Writer) error { return nil })
	if !held() {
		t.Errorf("showing the save dialog in the archive's folder released the archive's locks")
	}
}
