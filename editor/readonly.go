package editor

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// ReadOnly says whether the archive was opened for reading only, on
// purpose: its file or its folder may not be written by this user (file
// permissions, a read-only disk or share). Reads work as usual; every
// write returns ErrReadOnly at once, so the app can disable editing and
// say why instead of failing at each pause.
func (a *Archive) ReadOnly() bool { return a.readOnly }

// fileReadOnly says whether the existing archive file at path may not be
// written (or its folder, where SQLite must create the -wal and -shm
// files), and whether it is to be read as immutable: a folder nobody can
// write, holding no write-ahead log, where no writer can run either.
func fileReadOnly(path string) (readOnly, immutable bool) {
	if _, err := os.Stat(path); err != nil {
		return false, false // missing: Open creates it, or says why it cannot
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	fileRO := err != nil && denied(err)
	if err == nil {
		f.Close()
	}
	dirRO := !dirWritable(filepath.Dir(path))
	if !fileRO && !dirRO {
		return false, false
	}
	_, walErr := os.Stat(path + "-wal")
	return true, dirRO && walErr != nil
}

// dirWritable tries to make (and removes) a file in dir: the one test that
// holds for permissions, read-only mounts and network shares alike.
func dirWritable(dir string) bool {
	f, err := os.CreateTemp(dir, ".bulletindesk-probe-*")
	if err != nil {
		return !denied(err)
	}
	f.Close()
	os.Remove(f.Name())
	return true
}

func denied(err error) bool { return Denied(err) }

// Denied says whether err is the operating system refusing a write: no
// permission, or a read-only file system (a CD, a write-protected stick, a
// share mounted read-only), which Go does not count as fs.ErrPermission.
func Denied(err error) bool {
	return errors.Is(err, fs.ErrPermission) || errors.Is(err, syscall.EROFS)
}

// errReadOnly is the refusal of a write to a read-only archive.
func (a *Archive) errReadOnly() error {
	return fmt.Errorf("%s: %w: it was opened read-only because this user may not write the file or its folder", a.path, ErrReadOnly)
}
