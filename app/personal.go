package app

import (
	"fyne.io/fyne/v2"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The interface language and the light or dark look are the person's, kept
// in the app's own preferences (one set per user of the computer), not in
// the archive: on the office archive one settings row serves everyone, and
// one editor choosing English must not switch the others' windows. The
// export settings (fonts, indent, colour) stay the archive's.
const (
	prefLanguage = "language" // "", "zh" or "en"
	prefTheme    = "theme"    // "", "light" or "dark"
	prefUnset    = "\x00"
)

// personalLook is the person's language and theme ("" follows the system).
func personalLook(a fyne.App) (language, theme string) {
	p := a.Preferences()
	language, theme = p.String(prefLanguage), p.String(prefTheme)
	if language == prefUnset {
		language = ""
	}
	if theme == prefUnset {
		theme = ""
	}
	return language, theme
}

// setPersonalLook keeps the person's choice for the next start.
func setPersonalLook(a fyne.App, language, theme string) {
	a.Preferences().SetString(prefLanguage, language)
	a.Preferences().SetString(prefTheme, theme)
}

// adoptArchiveLook takes, once, the language and theme an earlier version
// kept in a local archive file (one person's then) as the person's own.
// An office archive's row is not taken: it may hold anyone's choice.
func adoptArchiveLook(a fyne.App, ar *editor.Archive, p editor.Preferences) {
	if a.Preferences().StringWithFallback(prefLanguage, prefUnset) != prefUnset {
		return
	}
	if ar.Engine() != "sqlite" {
		p.Language, p.Theme = "", ""
	}
	setPersonalLook(a, p.Language, p.Theme)
}
