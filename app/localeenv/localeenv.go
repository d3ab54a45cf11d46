// Package localeenv quiets Fyne's locale lookup on systems whose locale is
// C.UTF-8 (containers, CI, minimal installs). Fyne's lang package reads the
// locale in its own init and logs "Error parsing user locale C" for it on
// every start, even for command-line subcommands.
//
// Go initialises packages in import-path order once their imports are ready,
// so this package, importing only os, runs before github.com/jeandeaual/go-locale
// and fyne.io/fyne/v2/lang. It sets only LC_MESSAGES, and only when the
// language is already "none": the character set (LANG) is left alone, so
// programs we start (LibreOffice) keep UTF-8.
package localeenv

import (
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
