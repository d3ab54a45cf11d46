package intake

import (
	"github.com/bulletindesk/bulletindesk/export/issueprint"
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

// textPlainSectionMax is the longest 栏目 line without 【】 (工作动态,
// 一、经验交流) that may stand over headlines.
const textPlainSectionMax = 10

// textMarkBracketSections marks with △ the headlines of a bulletin whose
// items are headline lines (issue 10 review F25): under a section heading
// (【栏目】, or a plain 栏目 line standing between the end of a clause and a
// headline), as the text's first line, after an item's closing
// attribution, and — where headlines stand flush left over indented
// paragraphs — after any sentence end. The heading then reads as a
// heading, a △ following it. It returns how many items it marked.
func textMarkBracketSections(lines []textLine) int {
	count, in := 0, false
	for i := range lines {
		switch {
		case textBracketSection(lines, i):
			in = true
		case textPlainSection(lines, i):
			in = true
			continue // its headline is marked next
		case textHeadlineStarts(lines, i, in):
			in = true
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

// textHeadlineStarts: line i is a headline with text under it that starts
// an item: right under a section heading over headlines (textPlainSection),
// as the first line of the text, or — in such a section (in) — after an
// item's closing attribution, or after a sentence end where the headline
// stands flush left over an indented paragraph.
func textHeadlineStarts(lines []textLine, i int, in bool) bool {
	if !textIsItemHeadline(lines[i].text) || !textBodyFollows(lines, i) {
		return false
	}
	switch {
	case i == 0:
		return lines[1].indented
	case textPlainSection(lines, i-1):
		return true
	case !in:
		return false
	}
	prev := lines[i-1].text
	if _, _, bracket := textCutClosingBracket(prev); bracket && textClosesItem(prev) {
		return true // an attribution, or a writer's bracket after the last sentence
	}
	return textEndsSentence(prev) && !lines[i].indented && lines[i+1].indented
}

// textPlainSection: line i is a 栏目 line without 【】 over headlines: short
// heading text after the end of a clause (or at the top), a headline under
// it and an indented paragraph (or a blank line's) under the headline. A
// wrapped paragraph's short last line fails: the line before it ends no
// clause.
func textPlainSection(lines []textLine, i int) bool {
	if i+2 >= len(lines) || utf8.RuneCountInString(lines[i].text) > textPlainSectionMax || !textIsHeadingText(lines[i].text) ||
		textBracketTitleRe.MatchString(lines[i].text) || textIsItemStart(lines[i].text) {
		return false
	}
	if i > 0 && !textEndsClause(lines[i-1].text) {
		return false
	}
	// a blank line above the body parts it from its headline only where the
	// headline has none above it: in a text with a blank line between all
	// its rows (a PDF's), blank lines say nothing
	body, head := lines[i+2], lines[i+1]
	return textIsItemHeadline(head.text) && textBodyFollows(lines, i+1) && (body.indented || body.blankAbove && !head.blankAbove) &&
		!head.indented
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
// with no sentence end, not stopping at a comma, a colon or a closing
// bracket (an attribution's, or a sentence's （试行）), its brackets paired,
// and not itself a 【】 line, a △, the footer or an 编者按. A closing quote
// or 》 may end it: 桃花镇开展党员冬训“送学上门” is the commonest headline,
// and taking it for the end of a sentence had run three items into one.
func textIsItemHeadline(s string) bool {
	if utf8.RuneCountInString(s) > 40 || strings.ContainsAny(s, textSentenceEnds+"；;") || textEndsHeadlineNot(s) ||
		textBrokenOff(s) || !textBalanced(s) || textBracketTitleRe.MatchString(s) || textIsItemStart(s) ||
		textFooterStart(s) || textIsNote(s) || textSignerRe.MatchString(s) || textCompact(s) == issueprint.ContentsTitle {
		return false
	}
	return true
}

// textEndsHeadlineNot: s ends where no headline ends: a colon, a full
// stop or a closing bracket.
func textEndsHeadlineNot(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("：:.）)】", r)
}

// textBodyFollows: a line of text, not another headline or 【】 line,
// stands under line i.
func textBodyFollows(lines []textLine, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	next := lines[i+1].text
	return !textIsItemHeadline(next) && !textBracketTitleRe.MatchString(next) && !textIsItemStart(next) && !textFooterStart(next) &&
		!textIsNote(next)
}

// textEndsInCredit: s ends an item: in an attribution.
func textEndsInCredit(s string) bool {
	_, _, ok := textSplitAttribution(s)
	return ok
}
