// Package localeenv quiets Fyne's locale lookup on systems whose locale is
// C.UTF-8 (containers, CI, minimal installs). Fyne's lang package reads the
// locale in its own init and logs "Error parsing user locale C" for it on
// every start, even for command-line subcommands.
//
// Go initialises packages in import-path order once their imports are
// ready, so this package, importing only the standard library, runs before
// github.com/jeandeaual/go-locale and fyne.io/fyne/v2/lang. It sets only
// LC_MESSAGES, and only when the language is already "none": the character
// set (LANG) is left alone, so programs we start (LibreOffice) keep UTF-8.
// Installed tells the app and the dialog programs it starts which locales
// this system really has.
package localeenv

import (
	"bytes"
	"io"
	"os"
	"strings"
)

func init() {
	if os.Getenv("LC_ALL") != "" || os.Getenv("LC_MESSAGES") != "" {
		return
	}
	if isNoLanguage(os.Getenv("LANG")) {
		os.Setenv("LC_MESSAGES", "C")
	}
}

// isNoLanguage reports whether a locale such as C.UTF-8 or POSIX.utf8 names
// no language; plain "C" and "POSIX" go-locale already understands.
func isNoLanguage(v string) bool {
	return strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.")
}

// Installed looks for a compiled locale as glibc does: its folder
// under /usr/lib/locale, or its name in the locale archive. Without glibc's
// folders (musl, BSD) a UTF-8 name is taken as installed.
func Installed(name string) bool {
	base, _, _ := strings.Cut(name, ".")
	norm := base + ".utf8"
	if base == "C" || base == "POSIX" {
		norm = "C.utf8"
	}
	const dir = "/usr/lib/locale"
	if _, err := os.Stat(dir); err != nil {
		return true
	}
	for _, n := range []string{name, norm} {
		if _, err := os.Stat(dir + "/" + n); err == nil {
			return true
		}
	}
	return archiveNames(dir+"/locale-archive", norm)
}

// archiveNames reports whether glibc's locale archive names that locale;
// the names come near the start, so a big archive is not read whole.
func archiveNames(path, norm string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head, _ := io.ReadAll(io.LimitReader(f, 8<<20))
	return bytes.Contains(head, []byte(norm+"\x00"))
}
