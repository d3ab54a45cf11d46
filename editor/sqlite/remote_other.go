//go:build !linux && !windows

package sqlite

// isRemote cannot ask this system about its file systems; only UNC-style
// paths are refused here (macOS users reach shares under /Volumes, which
// statfs would report, but that is not checked yet).
func isRemote(string) (bool, error) { return false, nil }
