//go:build windows

package filedialog

import (
	"errors"
	"fmt"
	"os/exec"
	"runtime"
	"strings"
	"syscall"
	"unicode/utf16"
	"unsafe"

	"github.com/TheTitanrain/w32"
	"github.com/sqweek/dialog"
)

// For is, on Windows, the common dialog (GetOpenFileName and the folder
// browser, through sqweek/dialog: plain system calls, no cgo), which takes
// typed paths and opens folders on a double click; nil for choice "fyne".
func For(choice string) Native {
	if choice == "fyne" {
		return nil
	}
	return commonDialog{}
}

// ShowInFolder is Explorer opening the folder with the file selected.
func ShowInFolder() func(path string) error {
	return func(path string) error {
		// explorer reads its own command line: the path quoted after the comma
		cmd := exec.Command("explorer")
		cmd.SysProcAttr = &syscall.SysProcAttr{CmdLine: `explorer /select,"` + path + `"`}
		return cmd.Start()
	}
}

type commonDialog struct{}

func (commonDialog) Name() string { return "windows" }

// choose asks for a folder, a name to save under, or files to open: one,
// or several with Ctrl or Shift when the screen takes several (an import
// of 来稿), which sqweek/dialog cannot ask for (openSeveral).
func (commonDialog) Choose(req Request, parent uintptr) ([]string, error) {
	var path string
	var err error
	switch {
	case req.Multiple:
		return openSeveral(req, parent)
	case req.Folder:
		path, err = dialog.Directory().Title(req.Title).SetStartDir(req.Dir).Browse()
	case req.Save:
		b := dialog.File().Title(req.Title).SetStartDir(req.Dir).SetStartFile(req.Name)
		path, err = withFilters(b, req).Save()
	default:
		b := dialog.File().Title(req.Title).SetStartDir(req.Dir)
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
func withFilters(b *dialog.FileBuilder, req Request) *dialog.FileBuilder {
	if len(req.Exts) == 0 {
		return b
	}
	var exts []string
	for _, e := range req.Exts {
		exts = append(exts, strings.TrimPrefix(e, "."))
	}
	return b.Filter(kindName(req), exts...).Filter(allFilesName(), "*")
}

// openSeveral is the common dialog (GetOpenFileNameW) with
// OFN_ALLOWMULTISELECT, called through TheTitanrain/w32, the binding
// sqweek/dialog itself uses. sqweek passes neither that flag nor a buffer
// for more than one name; github.com/ncruces/zenity, which would, is not
// to be had from the module proxy here. The dialog is owned by the
// window, so it stays above it and the window waits for it.
func openSeveral(req Request, parent uintptr) ([]string, error) {
	runtime.LockOSThread() // the dialog's window belongs to this thread
	defer runtime.UnlockOSThread()
	buf := make([]uint16, 1<<16) // room for several hundred names
	ofn := &w32.OPENFILENAME{
		Owner:   w32.HWND(parent),
		File:    &buf[0],
		MaxFile: uint32(len(buf)),
		Flags: w32.OFN_ALLOWMULTISELECT | w32.OFN_EXPLORER | w32.OFN_FILEMUSTEXIST |
			w32.OFN_HIDEREADONLY | w32.OFN_NOCHANGEDIR,
	}
	ofn.StructSize = uint32(unsafe.Sizeof(*ofn))
	ofn.Title, _ = syscall.UTF16PtrFromString(req.Title)
	if req.Dir != "" {
		ofn.InitialDir, _ = syscall.UTF16PtrFromString(req.Dir)
	}
	var filter []uint16
	if f := commonDialogFilter(req); f != "" {
		filter = utf16.Encode([]rune(f))
		ofn.Filter = &filter[0]
	}
	ok := w32.GetOpenFileName(ofn)
	runtime.KeepAlive(filter)
	if !ok {
		if code := w32.CommDlgExtendedError(); code != 0 {
			return nil, fmt.Errorf("open dialog: CommDlgExtendedError %#x", code)
		}
		return nil, nil // cancelled
	}
	return commonDialogPaths(buf), nil
}
