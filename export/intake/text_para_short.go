package intake

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Paragraphs of a hard-wrapped text with nothing else to mark them: no
// indents, no blank lines (pdftotext of a PDF in its default mode, which
// drops the 　　 of each paragraph). Every line then runs to the wrap width
// but a paragraph's last; a line ending a sentence clearly short of that
// width ended its paragraph. Without this our own PDF read back as items
// of one paragraph each.

// textShortfall is how far (in half-width columns: a Han character is 2)
// a line must stop short of the wrap width to end its paragraph; a line
// may end a character or two early where punctuation may not start the
// next one.
const textShortfall = 6

// textWrapWidth is the width most wrapped lines reach: the upper quartile
// of the lines' widths (not the widest, which a table row or a long Latin
// word may exceed); 0 for too few lines to tell.
func textWrapWidth(lines []textLine) int {
	if len(lines) < 4 {
		return 0
	}
	widths := make([]int, 0, len(lines))
	for _, l := range lines {
		widths = append(widths, textColumns(l.text))
	}
	slices.Sort(widths)
	return widths[len(widths)*3/4]
}

// textColumns is s's width in half-width columns.
func textColumns(s string) int {
	n := 0
	for _, r := range s {
		if r < 0x1100 {
			n++
		} else {
			n += 2
		}
	}
	return n
}

// textEndsParaShort: in a text wrapped at width, prev ends a sentence well
// before the width, so the next line starts a paragraph.
func textEndsParaShort(prev string, width int) bool {
	if width < 2*textMinWrap || prev == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(prev, "”’）)"))
	return strings.ContainsRune("。！？", r) && textColumns(prev)+textShortfall <= width
}

// textMinWrap: a text wrapped narrower than this many Han characters is
// not a page's wrapping (a list of short lines).
const textMinWrap = 15
