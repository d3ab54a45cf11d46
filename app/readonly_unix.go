//go:build unix

package app

import (
	"errors"
	"syscall"
)

// fileIsReadOnly: access(2) with W_OK, which opens nothing.
func fileIsReadOnly(path string) bool {
	err := syscall.Access(path, 2) // W_OK
	return errors.Is(err, syscall.EACCES) || errors.Is(err, syscall.EROFS) || errors.Is(err, syscall.EPERM)
}
