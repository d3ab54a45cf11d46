package intake

import (
	"strings"
	"unicode/utf8"
)

// Items marked ◆ ■ ● ★ instead of △ (issue 10 review F28). WPS templates
// of 简报 mark their items with any of these, and a 简讯 block under △
// items is often marked ●; the same marks also list points inside an
// item's body. A marked line is taken as an item's start only where an
// item can start: the first line, right under a section heading, right
// after an item's closing attribution, or — in a text without △, once
// such a start has fixed which mark its items use — after a sentence
// end. Under △ items a marked run is a block of items only when it
// stands under a 【栏目】 line or its entries end in attributions; else the
// marks stay text, as a list inside the item above. The mark is read as
// △ is (the summary says how many items had one, and which).

// textBulletMarks are the marks items carry instead of △.
const textBulletMarks = "◆◇■□●○★☆◎"

// textBulletOf is the mark starting s, 0 when none.
func textBulletOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if r != utf8.RuneError && strings.ContainsRune(textBulletMarks, r) && utf8.RuneLen(r) < len(strings.TrimSpace(s)) {
		return r
	}
	return 0
}

// textMarkBulletItems turns the marked item starts of lines into △ lines
// and returns how many it turned and the marks they had, in order.
func textMarkBulletItems(lines []textLine) (int, string) {
	triangles := false
	for _, l := range lines {
		triangles = triangles || textIsItemStart(l.text)
	}
	var mark rune // the items' mark, once a start fixed it (a text without △)
	count, marks := 0, ""
	for i := range lines {
		r := textBulletOf(lines[i].text)
		if r == 0 || mark != 0 && r != mark || textDressedHeadingAt(lines, i) {
			continue
		}
		strong := textBulletStartsStrong(lines, i, triangles)
		if !strong && (triangles || mark == 0 || i == 0 || !textEndsSentence(lines[i-1].text)) {
			continue
		}
		if !triangles {
			mark = r
		}
		_, size := utf8.DecodeRuneInString(lines[i].text)
		lines[i].text = "△" + strings.TrimSpace(lines[i].text[size:])
		count++
		if !strings.ContainsRune(marks, r) {
			marks += string(r)
		}
	}
	return count, marks
}

// textBulletStartsStrong: marked line i stands where an item starts: the
// first line, after an item's closing attribution, or under a section
// heading (a short heading line after the end of a clause, or at the top);
// under △ items the heading must be a 【栏目】 line or the marked entry
// end in an attribution.
func textBulletStartsStrong(lines []textLine, i int, triangles bool) bool {
	if i == 0 {
		return !triangles
	}
	prev := lines[i-1].text
	if textEndsInCredit(prev) {
		return true
	}
	if !textIsHeadingText(prev) && !textDressedHeadingAt(lines, i-1) || i >= 2 && !textEndsClause(lines[i-2].text) {
		return false
	}
	return !triangles || textBracketTitleRe.MatchString(prev) || textEndsInCredit(textBulletEntryEnd(lines, i))
}

// textBulletEntryEnd is the last line of the entry marked at line i: the
// line before the next mark, △, heading or footer line.
func textBulletEntryEnd(lines []textLine, i int) string {
	k := i
	for k+1 < len(lines) {
		next := lines[k+1].text
		if textBulletOf(next) != 0 || textIsItemStart(next) || textFooterStart(next) || textHeadingAt(lines, k+1) {
			break
		}
		k++
	}
	return lines[k].text
}

// textIsDressedHeading: s is heading text after a mark (■工作动态), as a
// WPS template dresses its 栏目 lines.
func textIsDressedHeading(s string) bool {
	r := textBulletOf(s)
	return r != 0 && textIsHeadingText(strings.TrimSpace(s[utf8.RuneLen(r):]))
}

// textDressedHeadingAt: line i is a dressed heading over an item: the
// next line is marked with another mark, or is a △.
func textDressedHeadingAt(lines []textLine, i int) bool {
	if i+1 >= len(lines) || !textIsDressedHeading(lines[i].text) {
		return false
	}
	next := lines[i+1].text
	r := textBulletOf(next)
	return textIsItemStart(next) || r != 0 && r != textBulletOf(lines[i].text)
}
