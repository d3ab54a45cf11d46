//go:build windows

package app

import (
	"errors"
	"os/exec"
	"strings"
	"syscall"

	"github.com/sqweek/dialog"
)

// On Windows the common dialog (GetOpenFileName and the folder browser,
// through sqweek/dialog: plain system calls, no cgo) takes typed paths and
// opens folders on a double click.
func init() {
	nativeFilesFor = windowsFiles
	// Explorer opens the folder with the file selected
	showInFolder = func(path string) error {
		// explorer reads its own command line: the path quoted after the comma
		cmd := exec.Command("explorer")
		cmd.SysProcAttr = &syscall.SysProcAttr{CmdLine: `explorer /select,"` + path + `"`}
		return cmd.Start()
	}
}

func windowsFiles(choice string) nativeFiles {
	if choice == "fyne" {
		return nil
	}
	return commonDialog{}
}

type commonDialog struct{}

func (commonDialog) name() string { return "windows" }

// choose asks for one file: sqweek/dialog does not pass
// OFN_ALLOWMULTISELECT, so several 来稿 come in through 导入文件夹 or one
// dialog after another.
func (commonDialog) choose(req fileRequest, _ uintptr) ([]string, error) {
	var path string
	var err error
	switch {
	case req.folder:
		path, err = dialog.Directory().Title(req.title).SetStartDir(req.dir).Browse()
	case req.save:
		b := dialog.File().Title(req.title).SetStartDir(req.dir).SetStartFile(req.name)
		path, err = withFilters(b, req).Save()
	default:
		b := dialog.File().Title(req.title).SetStartDir(req.dir)
		path, err = withFilters(b, req).Load()
	}
	if errors.Is(err, dialog.ErrCancelled) || path == "" {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return []string{path}, nil
}

// withFilters adds req's file types (sqweek wants them without the dot).
func withFilters(b *dialog.FileBuilder, req fileRequest) *dialog.FileBuilder {
	if len(req.exts) == 0 {
		return b
	}
	var exts []string
	for _, e := range req.exts {
		exts = append(exts, strings.TrimPrefix(e, "."))
	}
	return b.Filter(fileKindName(req), exts...).Filter(allFilesName(), "*")
}
