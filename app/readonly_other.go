//go:build !unix

package app

import "os"

// fileIsReadOnly: the file's read-only attribute (Windows), from its
// metadata, without opening it.
func fileIsReadOnly(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().Perm()&0o200 == 0
}
