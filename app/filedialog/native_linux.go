//go:build linux && !android

package filedialog

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/bulletindesk/bulletindesk/app/localeenv"
)

// ShowInFolder shows a written file's folder in the desktop's file
// manager; nil where there is none to ask.
func ShowInFolder() func(path string) error {
	if _, err := exec.LookPath("xdg-open"); err != nil {
		return nil
	}
	return func(path string) error { return exec.Command("xdg-open", filepath.Dir(path)).Start() }
}

// windowManagerRunning is x11WindowManager (wm_x11.go); tests replace it.
var windowManagerRunning = x11WindowManager

// For is the dialog choice names (BULLETINDESK_FILE_DIALOG: portal,
// zenity, kdialog; fyne for none). By default it tries the desktop portal
// first (it is the desktop's own dialog under GNOME, KDE and the others,
// and the only one inside a sandbox), then the dialog programs desktops ship: kdialog first on KDE,
// zenity first elsewhere. With no window manager (a bare X server, a kiosk
// session) it leaves the choice to the app's own dialog: there a native
// dialog has no frame, never gets the keyboard (Escape did nothing), can
// be stacked behind the window, which nothing raises, and zenity's was
// 822 px tall on an 800 px screen with its 打开 button off the bottom.
func For(choice string) Native {
	all := map[string]Native{"portal": portalFiles{}, "zenity": zenityFiles{}, "kdialog": kdialogFiles{}}
	if choice == "fyne" || choice == "" && !windowManagerRunning() {
		return nil
	}
	if f, ok := all[choice]; ok {
		return f
	}
	order := []string{"portal", "zenity", "kdialog"}
	if strings.Contains(strings.ToUpper(os.Getenv("XDG_CURRENT_DESKTOP")), "KDE") {
		order = []string{"portal", "kdialog", "zenity"}
	}
	var chain firstNativeFiles
	for _, n := range order {
		chain = append(chain, all[n])
	}
	return chain
}

// firstNativeFiles asks the first of its dialogs this desktop has.
type firstNativeFiles []Native

func (c firstNativeFiles) Name() string { return "native" }

func (c firstNativeFiles) Choose(req Request, parent uintptr) ([]string, error) {
	for _, f := range c {
		paths, err := f.Choose(req, parent)
		if !errors.Is(err, ErrNoNative) {
			return paths, err
		}
	}
	return nil, ErrNoNative
}

// runDialogProgram runs zenity or kdialog and reads one path a line. Exit
// status 1 is the editor cancelling; a program that is missing or cannot
// show itself (no display it can use) leaves the choice to the next dialog.
// Its window is kept above the app's (keepAbove, wm_x11.go).
func runDialogProgram(prog string, args []string, parent uintptr) ([]string, error) {
	path, err := exec.LookPath(prog)
	if err != nil {
		return nil, ErrNoNative
	}
	var out, stderr bytes.Buffer
	cmd := exec.Command(path, args...)
	cmd.Env = dialogEnv(os.Environ(), localeenv.Installed)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err = cmd.Start(); err == nil {
		ended := make(chan struct{})
		go keepAbove(cmd.Process, parent, ended)
		err = cmd.Wait()
		close(ended)
	}
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 {
		return nil, nil
	}
	if err != nil {
		log.Printf("%s: %v: %s", prog, err, strings.TrimSpace(stderr.String()))
		return nil, ErrNoNative
	}
	var paths []string
	for _, l := range strings.Split(out.String(), "\n") {
		if l = strings.TrimRight(l, "\r"); l != "" {
			paths = append(paths, l)
		}
	}
	return paths, nil
}

// globs is the patterns for exts in both cases: GTK's and Qt's filters
// compare case and Windows users send 通知.DOCX.
func globs(exts []string) []string {
	var g []string
	for _, e := range exts {
		g = append(g, "*"+strings.ToLower(e), "*"+strings.ToUpper(e))
	}
	return g
}

// zenityFiles is GNOME's dialog program, found on most GTK desktops.
type zenityFiles struct{}

func (zenityFiles) Name() string { return "zenity" }

func (zenityFiles) Choose(req Request, parent uintptr) ([]string, error) {
	return runDialogProgram("zenity", zenityArgs(req, parent), parent)
}

func zenityArgs(req Request, parent uintptr) []string {
	args := []string{"--file-selection", "--title=" + req.Title}
	start := req.Dir + string(filepath.Separator)
	switch {
	case req.Folder:
		args = append(args, "--directory")
	case req.Save:
		args = append(args, "--save", "--confirm-overwrite")
		start = filepath.Join(req.Dir, req.Name)
	case req.Multiple:
		args = append(args, "--multiple", "--separator=\n")
	}
	if req.Dir != "" {
		args = append(args, "--filename="+start)
	}
	if len(req.Exts) > 0 && !req.Folder {
		args = append(args, "--file-filter="+kindName(req)+" | "+strings.Join(globs(req.Exts), " "),
			"--file-filter="+allFilesName()+" | *")
	}
	if parent != 0 {
		args = append(args, fmt.Sprintf("--attach=%d", parent))
	}
	return args
}

// kdialogFiles is KDE's dialog program.
type kdialogFiles struct{}

func (kdialogFiles) Name() string { return "kdialog" }

func (kdialogFiles) Choose(req Request, parent uintptr) ([]string, error) {
	return runDialogProgram("kdialog", kdialogArgs(req, parent), parent)
}

func kdialogArgs(req Request, parent uintptr) []string {
	args := []string{"--title", req.Title}
	if parent != 0 {
		args = append(args, "--attach", fmt.Sprint(parent))
	}
	filter := ""
	if len(req.Exts) > 0 {
		filter = strings.Join(globs(req.Exts), " ") + "|" + kindName(req)
	}
	switch {
	case req.Folder:
		return append(args, "--getexistingdirectory", req.Dir)
	case req.Save:
		return append(args, "--getsavefilename", filepath.Join(req.Dir, req.Name), filter)
	case req.Multiple:
		return append(args, "--getopenfilename", req.Dir, filter, "--multiple", "--separate-output")
	}
	return append(args, "--getopenfilename", req.Dir, filter)
}

// dialogEnv is our environment less the locale settings naming a locale
// this system lacks: the app sets LC_MESSAGES=zh_CN.UTF-8 for Fyne's own
// strings even where it is not installed, and GTK then fell back to the C
// locale, could not read the Chinese title, and zenity refused to start
// ("This option is not available").
func dialogEnv(env []string, installed func(string) bool) []string {
	var out []string
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG":
			if v != "" && !installed(v) {
				continue
			}
		}
		out = append(out, kv)
	}
	return out
}
