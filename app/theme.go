package app

import (
	"image/color"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// deskTheme is Fyne's default theme with the light/dark choice of the
// settings, and a Simplified Chinese font of the system for the text
// (theme_font.go; none is bundled: a CJK font would add 10+ MB).
type deskTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
	forced  bool
	mode    string // as chosen in 设置: "", "light" or "dark"
}

// systemDark is set when the desktop itself says it prefers dark.
var systemDark atomic.Bool

// newDeskTheme: mode is Preferences.Theme, "" (follow the system), "light" or "dark".
// Following the system is light unless the desktop asks for dark: Fyne
// reads dark from a Linux desktop that says nothing (no portal, a bare X
// session), and the bulletin is edited as it prints, dark on light.
func newDeskTheme(mode string) fyne.Theme {
	t := &deskTheme{Theme: theme.DefaultTheme(), mode: mode}
	switch mode {
	case "light":
		t.variant, t.forced = theme.VariantLight, true
	case "dark":
		t.variant, t.forced = theme.VariantDark, true
	default:
		askDesktopScheme()
		if systemSaysNothing && !systemDark.Load() {
			t.variant, t.forced = theme.VariantLight, true
		}
	}
	return t
}

// onDesktopDark switches a theme that follows the system to dark once the
// desktop answered that it prefers dark.
func onDesktopDark() {
	a := fyne.CurrentApp()
	if a == nil {
		return
	}
	if t, ok := a.Settings().Theme().(*deskTheme); ok && t.mode == "" {
		a.Settings().SetTheme(newDeskTheme(""))
	}
}

// Color overrides the system variant when the editor chose one.
func (t *deskTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.forced {
		v = t.variant
	}
	return t.Theme.Color(n, v)
}

// applyTheme switches light/dark at once.
func (u *ui) applyTheme(mode string) {
	u.app.Settings().SetTheme(newDeskTheme(mode))
}

// cjkFontHints are parts of file names of fonts that carry Chinese glyphs.
var cjkFontHints = []string{"cjk", "wqy", "droidsansfallback", "gbsn", "gkai", "ukai", "uming",
	"sourcehan", "source-han", "notosanssc", "notoserifsc", "simsun", "simhei", "msyh", "fangsong", "han sans"}

// init drops a FYNE_FONT naming a .ttc collection, which Fyne cannot load
// (it crashes on the first text drawn). It must run before main creates the
// Fyne app, which reads FYNE_FONT, hence init.
func init() {
	if f := os.Getenv("FYNE_FONT"); strings.HasSuffix(strings.ToLower(f), ".ttc") {
		log.Printf("FYNE_FONT=%s is a font collection (.ttc), which Fyne cannot use; ignoring it. Name a .ttf file instead.", f)
		os.Unsetenv("FYNE_FONT")
	}
}

// checkFonts logs a hint on Linux when no Chinese font is installed: every
// Chinese character would then be drawn as a box.
func checkFonts() {
	if runtime.GOOS != "linux" || os.Getenv("FYNE_FONT") != "" {
		return
	}
	if !hasCJKFont(fontDirs()) {
		log.Print("no Chinese (CJK) font found: Chinese text will not render. " +
			"Install one, e.g. `apt-get install fonts-noto-cjk` or `fonts-wqy-microhei`.")
	}
}

func fontDirs() []string {
	dirs := []string{"/usr/share/fonts", "/usr/local/share/fonts"}
	if home, err := os.UserHomeDir(); err == nil {
		dirs = append(dirs, filepath.Join(home, ".fonts"), filepath.Join(home, ".local/share/fonts"))
	}
	return dirs
}

// hasCJKFont looks for a font file whose name says it covers Chinese.
func hasCJKFont(dirs []string) bool {
	found := false
	for _, d := range dirs {
		filepath.WalkDir(d, func(p string, e os.DirEntry, err error) error {
			if err != nil || found {
				return filepath.SkipDir
			}
			name := strings.ToLower(e.Name())
			for _, h := range cjkFontHints {
				if strings.Contains(name, h) {
					found = true
					return filepath.SkipAll
				}
			}
			return nil
		})
		if found {
			return true
		}
	}
	return false
}
