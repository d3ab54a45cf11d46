package intake

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The tail of an issue and what it says about the rest (issue 10 review
// R1). A text copied from a WPS page with paragraph spacing has no blank
// line between its items, but one before the 版记 or before a closing
// （本期责任编辑：王敏）. That single blank said nothing of how the items
// are laid out, yet it made the reader take blank lines as the marks of
// paragraphs, and an unnumbered heading between two one-line items
// (基层声音) was swallowed into the item above with its credit. So the
// layout is told from the item region only, and a 责任编辑 line is the
// trailer: a line of the 版记, kept there as the source has it.

// textTrailerRe: a line naming the issue's editors, printed at the end of
// the last item or in the 版记 (（本期责任编辑：王敏）, 责任编辑：王敏, 责编：…).
var textTrailerRe = regexp.MustCompile(`^[（(]?(?:本期)?(?:责任编辑|责编|编辑|校对)\s*[：:]`)

// textIsTrailer: s is a 责任编辑 line.
func textIsTrailer(s string) bool { return textTrailerRe.MatchString(s) }

// textItemRegionEnd is the index of the first line of the issue's tail —
// the first footer or 责任编辑 line after the last △ — or len(lines) when
// there is none: what stands from there on is the 版记, whose blank line
// above it tells nothing of the items.
func textItemRegionEnd(lines []textLine) int {
	last := -1
	for i, l := range lines {
		if textIsItemStart(l.text) {
			last = i
		}
	}
	for i := last + 1; i < len(lines); i++ {
		if textFooterStart(lines[i].text) {
			return i
		}
	}
	return len(lines)
}

// headingBetweenItems reports whether line i is a section heading although
// no blank line stands above it in a text whose blank lines mark blocks: it
// looks like a heading, an item starts right under it, and the item above
// it ended (textClosesItem). A body paragraph of that shape in our own
// export is escaped (text_read_escape.go).
func (p *textIssueParser) headingBetweenItems(i int) bool {
	if p.open == nil || len(p.open.lines) == 0 || i+1 >= len(p.lines) || !textIsItemStart(p.lines[i+1].text) ||
		!textIsHeadingText(p.lines[i].text) {
		return false
	}
	return textClosesItem(p.open.lines[len(p.open.lines)-1].text)
}

// textClosesItem: s, an item's last line, ends the item: in a sentence end
// or an attribution, or in a closing bracket that follows a sentence end
// (。（溪口乡党委组织委员 吴敏）: a writer's post and name, credited to no
// unit but closing the item all the same) or names units although the
// sentence before it lacks its 。 (…下降41.3%（柳溪县委组织部）). Either had
// let the next heading be swallowed as a paragraph of the item (issue 10
// review F2, F24).
func textClosesItem(s string) bool {
	if textEndsSentence(s) || textEndsInCredit(s) {
		return true
	}
	before, inner, ok := textCutClosingBracket(s)
	if !ok {
		return false
	}
	return before == "" || textEndsSentence(before) || textNamesUnits(editor.AttributionUnits(textDropSoftSpaces(inner)))
}

// textCutClosingBracket splits off the bracket group that ends s: the text
// before it and the text inside, ok false when s ends in no bracket.
func textCutClosingBracket(s string) (before, inner string, ok bool) {
	openR, closeR := '（', '）'
	if strings.HasSuffix(s, ")") {
		openR, closeR = '(', ')'
	} else if !strings.HasSuffix(s, "）") {
		return s, "", false
	}
	at := textMatchingOpen(s, openR, closeR)
	if at < 0 {
		return s, "", false
	}
	return s[:at], s[at+utf8.RuneLen(openR) : len(s)-utf8.RuneLen(closeR)], true
}

// textEndsSentence: s ends in 。！？, maybe followed by closing quotes.
func textEndsSentence(s string) bool {
	s = strings.TrimRight(s, "”’」』")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(textSentenceEnds, r)
}

// textHasDistribution: a 报/送/发 line, not only a 责任编辑 line.
func textHasDistribution(is *editor.Issue) bool {
	for _, d := range is.Distribution {
		if d.Label != "" {
			return true
		}
	}
	return false
}

// textTrailerChecks say where the 责任编辑 lines went, so the editor
// who looks for them at the end of the last item finds them.
func textTrailerChecks(is *editor.Issue) []string {
	var out []string
	for _, d := range is.Distribution {
		if d.Label == "" && textIsTrailer(d.Text) {
			out = append(out, fmt.Sprintf("%s is kept as a line of the 版记, not of the last item", d.Text))
		}
	}
	return out
}
