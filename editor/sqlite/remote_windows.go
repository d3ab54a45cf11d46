package sqlite

import (
	"path/filepath"

	"golang.org/x/sys/windows"
)

// isRemote says whether dir's drive is a network drive (a mapped share
// such as Z:), as GetDriveType reports it.
func isRemote(dir string) (bool, error) {
	root := filepath.VolumeName(dir) + `\`
	p, err := windows.UTF16PtrFromString(root)
	if err != nil {
		return false, err
	}
	return windows.GetDriveType(p) == windows.DRIVE_REMOTE, nil
}
