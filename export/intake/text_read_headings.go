package intake

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A heading after an item whose last sentence has no 。 (issue 10 review
// A15). canClose keeps a short wrapped line inside an item from being
// read as a heading; but in hard-wrapped text an item that simply lacks
// its final 。 then swallowed the next heading (…12.6万元二、基层声音).
// These are the shapes where the line is a heading all the same.

// textHeadingShortfall is how many characters shorter than the item's
// longest line its last line must be to end a paragraph, not wrap it.
const textHeadingShortfall = 3

// headingAfterOpenItem reports whether line i, though the item above it is
// open, is a heading: it looks like one and an item starts right below it
// (not through a chain of short lines, which wrapped fragments make), and
// either it is numbered 一、二、 or the item's last line already ended its
// paragraph short of the wrap width.
func (p *textIssueParser) headingAfterOpenItem(i int) bool {
	if p.open == nil || i+1 >= len(p.lines) || !textIsHeadingText(p.lines[i].text) || !textIsItemStart(p.lines[i+1].text) {
		return false
	}
	return textIsNumberedHeading(p.lines[i].text) || textEndedShort(p.open.lines)
}

// textEndedShort: an item's text runs over two or more lines and its last
// line is clearly shorter than its longest (the paragraph ended there).
func textEndedShort(lines []textLine) bool {
	if len(lines) < 2 {
		return false
	}
	longest := 0
	for _, l := range lines[:len(lines)-1] {
		longest = max(longest, utf8.RuneCountInString(l.text))
	}
	return utf8.RuneCountInString(lines[len(lines)-1].text)+textHeadingShortfall <= longest
}

// textIsHeadingText: at most 15 characters of letters, digits and the
// marks headings use (一、 【】 （一） 《》 “”), with no sentence punctuation,
// not wholly in brackets like an attribution （怀宁县委组织部）, and with its
// brackets and quotes paired (a wrapped piece of a sentence often is not).
func textIsHeadingText(s string) bool {
	if textIsItemStart(s) || textFooterStart(s) || utf8.RuneCountInString(s) > 15 {
		return false
	}
	if strings.HasPrefix(s, "（") && strings.HasSuffix(s, "）") || strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") || !textBalanced(s) {
		return false // an attribution, or a piece of a wrapped one
	}
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) &&
			!strings.ContainsRune("、·“”《》【】〔〕（）()-—", r) {
			return false
		}
	}
	return true
}

// textBalanced reports whether every bracket and quote in s is closed in order.
func textBalanced(s string) bool {
	var open []rune
	for _, r := range s {
		if i := strings.IndexRune(textOpeners, r); i >= 0 {
			open = append(open, []rune(textClosersPaired)[utf8.RuneCountInString(textOpeners[:i])])
		} else if strings.ContainsRune(textClosersPaired, r) {
			if len(open) == 0 || open[len(open)-1] != r {
				return false
			}
			open = open[:len(open)-1]
		}
	}
	return len(open) == 0
}

const (
	textOpeners       = "（(【《“〔"
	textClosersPaired = "）)】》”〕"
)

// textHeadingName drops the spaces a PDF puts between the characters of a
// heading (市 内 信 息, 市　内　信　息); spaces between words (本报记者 李明)
// stay, as textCleanSpaces keeps them.
func textHeadingName(s string) string {
	fields := strings.Fields(s)
	spaced := len(fields) > 1
	for _, f := range fields {
		spaced = spaced && utf8.RuneCountInString(f) == 1
	}
	if spaced {
		return strings.Join(fields, "")
	}
	return textCleanSpaces(s)
}
