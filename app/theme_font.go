package app

import (
	"log"
	"os"
	"path/filepath"
	"sync"

	"fyne.io/fyne/v2"

	"github.com/bulletindesk/bulletindesk/pages"
)

// The window's text font. Fyne's own font has no Chinese; for each
// Chinese character it asks the system's fonts and, on a Linux with Noto
// Sans CJK, takes the collection's first face, the Japanese one: 直 and
// 骨 were drawn in their Japanese forms. And Fyne shapes every string
// with a new HarfBuzz shaper, which first prepares every lookup of the
// font (52 in Noto Sans CJK SC's GSUB, four of them over 8,000 glyphs
// each): 0.3–0.4 ms of CPU a string against 0.05–0.07 ms for a font
// without them, most of the cost of laying out and painting an issue.
// So the theme gives Fyne one Simplified Chinese face (pages.FindUIFont:
// Noto Sans CJK SC, Microsoft YaHei, WenQuanYi, …), copied out of its
// collection, keeping only the lookups horizontal Chinese text is drawn
// with: the ligatures of ccmp and liga (—— as one unbroken dash, ﬁ) and
// the kerning and mark positions. Vertical, Japanese, Korean and
// Traditional forms, widths and alternates are never asked for here.
// TestUIFontShapesAsTheWholeFont checks that nothing drawn changes.

// uiLayoutKept says which lookups of the window's font stay.
func uiLayoutKept(table, feature string, lookupType uint16) bool {
	switch table {
	case "GSUB":
		const ligature = 4
		return lookupType == ligature && (feature == "ccmp" || feature == "liga" || feature == "clig" || feature == "rlig")
	case "GPOS":
		return feature == "kern" || feature == "mark" || feature == "mkmk"
	}
	return false
}

type uiFontSet struct {
	regular, bold fyne.Resource // nil when the machine has no Chinese font
}

var (
	uiFontOnce sync.Once
	uiFontRes  uiFontSet
)

// uiFont is the window's font for regular and bold text, read once.
func uiFont() uiFontSet {
	uiFontOnce.Do(func() { uiFontRes = loadUIFont() })
	return uiFontRes
}

// loadUIFont reads the best font of the machine that can be read (a
// collection without the face asked for is passed over).
func loadUIFont() uiFontSet {
	for _, pair := range pages.UIFonts() {
		set := uiFontSet{regular: readUIFont(pair[0])}
		if set.regular == nil {
			continue
		}
		set.bold = set.regular
		if pair[1].File != "" {
			if b := readUIFont(pair[1]); b != nil {
				set.bold = b
			}
		}
		return set
	}
	return uiFontSet{}
}

// readUIFont is f as a resource for Fyne; nil (and a log line naming the
// file) when it cannot be read, and Fyne's own fallback draws the text.
func readUIFont(f pages.UIFont) fyne.Resource {
	data, err := pages.ReadUIFont(f)
	if err == nil {
		err = pages.SimplifyLayout(data, uiLayoutKept)
	}
	if err != nil {
		log.Printf("the window's font: %v", err)
		return nil
	}
	name := filepath.Base(f.File)
	if f.Family != "" {
		name += "#" + f.Family
	}
	return fyne.NewStaticResource(name, data)
}

// Font is the Chinese face for text, regular or bold (Chinese has no
// italic: italic text is drawn upright, as WPS does). Monospace and
// symbols stay Fyne's, and FYNE_FONT, the user's own choice, wins.
func (t *deskTheme) Font(style fyne.TextStyle) fyne.Resource {
	if style.Monospace || style.Symbol || os.Getenv("FYNE_FONT") != "" {
		return t.Theme.Font(style)
	}
	set := uiFont()
	switch {
	case set.regular == nil:
		return t.Theme.Font(style)
	case style.Bold:
		return set.bold
	}
	return set.regular
}
