package app

import (
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"

	"github.com/gofrs/flock"

	"github.com/bulletindesk/bulletindesk/editor"
)

// ErrWindowOpen means another window already has the archive open. Two
// windows on one archive each saved their own copy of what they showed, and
// each save wiped the other's typing of the same item without a word.
var ErrWindowOpen = errors.New("the archive is open in another Bulletin Desk window")

// LockArchive takes the operating system's lock on a file beside the
// archive (archive.db.lock), held until release, so a second window on the
// same archive is refused. The command line does not take it: it may read
// (and its writes are single transactions the archive checks). The lock
// goes with the process, so a killed window leaves none behind. A folder
// where the lock file cannot be made (read-only) gets no lock: nothing can
// be written there either. release is never nil.
func LockArchive(archivePath string) (release func(), err error) {
	os.MkdirAll(filepath.Dir(archivePath), 0o755) // first start: Open would make it next
	l := flock.New(archivePath + ".lock")
	ok, err := l.TryLock()
	if err != nil {
		if lockNotPossible(err) {
			log.Printf("no window lock beside the archive: %v", err)
			return func() {}, nil
		}
		return func() {}, fmt.Errorf("lock %s: %w", l.Path(), err)
	}
	if !ok {
		return func() {}, ErrWindowOpen // release may be called all the same
	}
	return func() { l.Unlock() }, nil
}

// lockNotPossible says the lock file cannot be made because nothing can be
// written where the archive is: a folder this user may not write, one that
// is gone, or a read-only file system (a CD, a write-protected USB stick, a
// share mounted read-only), which Go does not count as ErrPermission.
func lockNotPossible(err error) bool {
	return editor.Denied(err) || errors.Is(err, fs.ErrNotExist)
}
