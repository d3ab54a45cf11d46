package export

import (
	"strings"
	"unicode/utf8"
)

// 【栏目】 headings over headlines (issue 10 review R9). Text copied from a
// WPS window of a bulletin without △ has its sections as 【工作动态】 on a
// line of their own, each item as a headline line, then its paragraphs.
// Every 【】 line had been read as an item's title: two items called 工作动态
// and 基层声音, their real headlines a body line. A short 【】 line (2–8
// characters inside) with a headline under it and text under that is a
// section heading, kept with its 【】 as the source prints it, and the
// headline starts the item; in such a section, a headline right after a
// closing attribution starts the next item.

// textBracketSectionMax is the longest 栏目 name in 【】, in characters.
const textBracketSectionMax = 8

// textMarkBracketSections marks with △ the headlines under 【栏目】 lines
// (the 【栏目】 line then reads as a heading, a △ following it) and returns
// how many items it found.
func textMarkBracketSections(lines []textLine) int {
	count, in := 0, false
	for i := range lines {
		switch {
		case textBracketSection(lines, i):
			in = true
		case in && i > 0 && textIsItemHeadline(lines[i].text) && textBodyFollows(lines, i) && textEndsInCredit(lines[i-1].text):
		default:
			continue
		}
		if textIsItemStart(lines[i].text) {
			continue
		}
		k := i
		if textBracketTitleRe.MatchString(lines[i].text) {
			k = i + 1
		}
		lines[k].text = "△" + lines[k].text
		count++
	}
	return count
}

// textBracketSection: line i is 【栏目】 alone, a headline under it and a
// paragraph of text under the headline.
func textBracketSection(lines []textLine, i int) bool {
	m := textBracketTitleRe.FindStringSubmatchIndex(lines[i].text)
	if m == nil || m[1] != len(lines[i].text) || i+1 >= len(lines) {
		return false
	}
	name := lines[i].text[m[2]:m[3]]
	if n := utf8.RuneCountInString(name); n < 2 || n > textBracketSectionMax || !textIsHeadingText(name) {
		return false
	}
	return textIsItemHeadline(lines[i+1].text) && textBodyFollows(lines, i+1)
}

// textIsItemHeadline: s reads as an item's headline: at most 40 characters,
// with no sentence end, not stopping at a comma or a colon, its brackets
// paired, and not itself a 【】 line, a △, the footer or an 编者按.
func textIsItemHeadline(s string) bool {
	if utf8.RuneCountInString(s) > 40 || strings.ContainsAny(s, textSentenceEnds+"；;") || textEndsClause(s) ||
		textBrokenOff(s) || !textBalanced(s) || textBracketTitleRe.MatchString(s) || textIsItemStart(s) ||
		textFooterStart(s) || textIsNote(s) {
		return false
	}
	return true
}

// textBodyFollows: a line of text, not another headline or 【】 line,
// stands under line i.
func textBodyFollows(lines []textLine, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	next := lines[i+1].text
	return !textIsItemHeadline(next) && !textBracketTitleRe.MatchString(next) && !textIsItemStart(next) && !textFooterStart(next)
}

// textEndsInCredit: s ends an item: in an attribution.
func textEndsInCredit(s string) bool {
	_, _, ok := textSplitAttribution(s)
	return ok
}
