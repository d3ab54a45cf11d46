package export

import "unicode/utf8"

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
