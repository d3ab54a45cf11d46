package sqlite

import (
	"errors"
	"path/filepath"
	"strings"
)

// ErrRemote is an archive file on a network drive. SQLite's locks and its
// write-ahead log need the file on this computer's own disk: over SMB or
// NFS two PCs can both think they hold the lock, and the archive is torn.
var ErrRemote = errors.New("the archive file is on a network drive")

// CheckLocal refuses a path on a network drive: a UNC path (\\server\share,
// //server/share), or a file system the operating system reports as
// remote. The folder checked is the nearest one that exists.
func CheckLocal(path string) error {
	if strings.HasPrefix(path, `\\`) || strings.HasPrefix(filepath.ToSlash(path), "//") {
		return ErrRemote
	}
	dir := filepath.Dir(path)
	for {
		remote, err := isRemote(dir)
		if err == nil {
			if remote {
				return ErrRemote
			}
			return nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil // nothing to ask about: the archive will be created where it can
		}
		dir = parent
	}
}
