package intake

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// ErrUnsupportedType is a file named for import whose extension no 来稿
// reader takes.
var ErrUnsupportedType = errors.New("unsupported file type")

// ErrNoSubmissionFiles is a folder holding no file a 来稿 reader takes.
var ErrNoSubmissionFiles = errors.New("the folder holds no file that can be imported")

// SubmissionPaths expands the files and folders an editor named (on the
// command line, in 导入文件夹, by dropping them) into the files to read:
// a file as named, a folder's files of the known types with its
// subfolders, in name order, leaving out hidden files and folders and
// Word's ~$ lock files. What cannot be read this way is in bad, each
// naming its path: a path that does not exist, a file of another type, a
// folder with nothing to import.
func SubmissionPaths(paths []string) (files []string, bad []SubmissionFile) {
	exts := SubmissionFormats()
	known := func(p string) bool { return slices.Contains(exts, strings.ToLower(filepath.Ext(p))) }
	for _, p := range paths {
		info, err := os.Stat(p)
		switch {
		case err != nil:
			bad = append(bad, SubmissionFile{Name: p, Err: err})
		case !info.IsDir() && !known(p) && strings.ToLower(filepath.Ext(p)) != ".pdf":
			bad = append(bad, SubmissionFile{Name: p, Err: fmt.Errorf("%s: %w %q (supported: %s)",
				filepath.Base(p), ErrUnsupportedType, filepath.Ext(p), strings.Join(exts, " "))})
		case !info.IsDir():
			files = append(files, p) // a PDF is read to say what to do with it
		default:
			found, walkBad := folderSubmissions(p, known)
			files, bad = append(files, found...), append(bad, walkBad...)
			if len(found) == 0 && len(walkBad) == 0 {
				bad = append(bad, SubmissionFile{Name: p, Err: fmt.Errorf("%s: %w (supported: %s)",
					filepath.Base(p), ErrNoSubmissionFiles, strings.Join(exts, " "))})
			}
		}
	}
	return files, bad
}

func folderSubmissions(dir string, known func(string) bool) (files []string, bad []SubmissionFile) {
	filepath.WalkDir(dir, func(q string, e fs.DirEntry, err error) error {
		if err != nil {
			bad = append(bad, SubmissionFile{Name: q, Err: err})
			return nil
		}
		hidden := strings.HasPrefix(e.Name(), ".") || strings.HasPrefix(e.Name(), "~$")
		switch {
		case e.IsDir() && hidden && q != dir:
			return fs.SkipDir
		case !e.IsDir() && !hidden && known(q):
			files = append(files, q)
		}
		return nil
	})
	return files, bad
}
