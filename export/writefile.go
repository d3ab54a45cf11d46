package export

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/bulletindesk/bulletindesk/export/intake"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// WriteFile writes path through a temporary file in the same folder,
// renamed into place only when everything was written, so a failed or
// interrupted export never leaves a half-written file where the old one
// was. The file gets the permissions a new file gets under the user's umask
// (0666 masked, as cp and editors do), or those of the file it replaces;
// when path is a symbolic link, the file it points to is written and the link
// kept. The temporary file is removed on every return, by RemoveTempFiles
// on a signal, and, after a kill -9, by the next WriteFile to that folder.
func WriteFile(path string, write func(io.Writer) error) (err error) {
	path, err = writeTarget(path)
	if err != nil {
		return err
	}
	fi, statErr := os.Stat(path)
	if statErr == nil && fi.IsDir() {
		return &fs.PathError{Op: "write", Path: path, Err: errors.New("is a directory")}
	}
	writeSweepStale(filepath.Dir(path))
	f, err := writeCreateTemp(path)
	if err != nil {
		return err
	}
	tmp := f.Name()
	tempFiles.add(tmp)
	defer func() {
		p := recover() // a writer's panic must not leave the temporary file behind
		if err != nil || p != nil {
			f.Close()
			os.Remove(tmp)
		}
		tempFiles.remove(tmp)
		if p != nil {
			panic(p)
		}
	}()
	if err = write(f); err != nil {
		return err
	}
	if statErr == nil {
		if err = f.Chmod(fi.Mode().Perm()); err != nil {
			return err
		}
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// writeTarget is the file path names: path itself, or the file a symbolic
// link points to (followed to the end, even when that file is still missing).
func writeTarget(path string) (string, error) {
	for range 40 {
		fi, err := os.Lstat(path)
		if err != nil || fi.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", fmt.Errorf("%s: too many symbolic links", path)
}

// writeTempMark is in every temporary name, with the writing process's id
// after it, so a later run can tell its own from a killed run's.
const writeTempMark = ".bdtmp-"

// writeCreateTemp creates the temporary file with mode 0666, which the
// system masks with the user's umask (os.CreateTemp would make it 0600).
func writeCreateTemp(path string) (*os.File, error) {
	for range 100 {
		var b [6]byte
		rand.Read(b[:])
		name := filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+writeTempMark+
			strconv.Itoa(os.Getpid())+"-"+hex.EncodeToString(b[:]))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("%s: cannot make a temporary file next to it", path)
}

// writeSweepStale removes temporary files left in dir by runs that were
// killed before they could (their process is gone).
func writeSweepStale(dir string) {
	names, _ := filepath.Glob(filepath.Join(dir, ".*"+writeTempMark+"*"))
	for _, n := range names {
		rest := n[strings.LastIndex(n, writeTempMark)+len(writeTempMark):]
		pid, err := strconv.Atoi(strings.SplitN(rest, "-", 2)[0])
		if err == nil && pid != os.Getpid() && !intake.OfficeProcessAlive(pid) {
			os.Remove(n)
		}
	}
}

// tempFiles are the temporary files being written now.
var tempFiles = &tempSet{names: map[string]bool{}}

type tempSet struct {
	mu    sync.Mutex
	names map[string]bool
}

func (s *tempSet) add(n string)    { s.mu.Lock(); s.names[n] = true; s.mu.Unlock() }
func (s *tempSet) remove(n string) { s.mu.Lock(); delete(s.names, n); s.mu.Unlock() }

// RemoveTempFiles removes the temporary files of the writes in progress;
// for a signal handler that is about to exit (SIGINT, SIGTERM, SIGHUP).
func RemoveTempFiles() {
	tempFiles.mu.Lock()
	defer tempFiles.mu.Unlock()
	for n := range tempFiles.names {
		os.Remove(n)
	}
}
