package intake

import (
	"regexp"
	"strconv"
)

// Numbered paragraphs in a wrapped text with no other sign of where
// paragraphs start: no line indented, no blank lines between paragraphs
// (pdftotext without -layout, an e-mail pasted flush left). There every
// line break looks alike, and a numbered line after a sentence end —
// 。\n2.完善制度 — is as likely the start of list item 2 as a wrap that
// happened to fall before an inline 2. of 主要有：1.…；2.…. Such a line
// starts a paragraph when its number continues a list at the start of
// the nearest line of the same block numbered in the same style: the
// number before it on the line before, or the one after it on the next.
// (Any later line would do too often: an inline 2. wrapped to a line's
// start was taken with the list's 3. further on.) An inline
// list rarely puts two numbers in a row at line starts; a real list
// always does. Measured on export/intake/testdata/intake/wrap (README): the rule
// is right where joining everything was wrong, and wrong rarely.
//
// 一是/二是 and 第一，are left out: they run inline in a paragraph in
// nearly every text that uses them.

// textListRes: the list numbers a paragraph starts with, one per style:
// 一、 （一） 1. 1、 （1） 1）.
var textListRes = []*regexp.Regexp{
	regexp.MustCompile(`^([一二三四五六七八九十]{1,3})、`),
	regexp.MustCompile(`^[（(]([一二三四五六七八九十]{1,3})[）)]`),
	regexp.MustCompile(`^(\d{1,2})[.．](?:[^\d]|$)`),
	regexp.MustCompile(`^(\d{1,2})、`),
	regexp.MustCompile(`^[（(](\d{1,2})[）)]`),
	regexp.MustCompile(`^(\d{1,2})[）)]`),
}

// textListNumber is the style and number of the list number s starts
// with; ok false when it starts with none.
func textListNumber(s string) (style, n int, ok bool) {
	for st, re := range textListRes {
		m := re.FindStringSubmatch(s)
		if m == nil {
			continue
		}
		if st == 0 || st == 1 {
			n = textCNSmall(m[1])
		} else {
			n, _ = strconv.Atoi(m[1])
		}
		return st, n, n > 0
	}
	return 0, 0, false
}

// textNumberedStarts reports, for each line of a block, whether it starts
// a numbered paragraph by the rule above: it begins the block or follows
// a line that ends a clause or a heading, and the nearest such line numbered in the
// same style before it has the number before its own, or the nearest
// after it the number after. The line after such a line that is a
// heading, short, starts a paragraph too.
func textNumberedStarts(lines []textLine) []bool {
	byStyle := map[int][]int{} // style → indexes of the numbered lines
	nums := make([]int, len(lines))
	short := textPageWidth(lines) * 2 / 3
	for i, l := range lines {
		if i > 0 && !textEndsParaLine(lines[i-1].text, short) {
			continue
		}
		if st, n, ok := textListNumber(l.text); ok {
			byStyle[st], nums[i] = append(byStyle[st], i), n
		}
	}
	starts := make([]bool, len(lines))
	for _, at := range byStyle {
		for k, i := range at {
			starts[i] = k > 0 && nums[at[k-1]] == nums[i]-1 || k+1 < len(at) && nums[at[k+1]] == nums[i]+1
		}
	}
	for i := range len(lines) - 1 { // a numbered heading (二、取得成效) is a paragraph of its own
		if starts[i] && textIsHeadingText(lines[i].text) && textWidth(lines[i].text) < short {
			starts[i+1] = true
		}
	}
	return starts
}

// textEndsParaLine: a line may end a paragraph: it ends a clause, or it
// is a heading (一、主要做法 over 1.…), shorter than the page's lines.
func textEndsParaLine(s string, short int) bool {
	return textEndsClause(s) || textIsHeadingText(s) && textWidth(s) < short
}

// textAnyIndented: some line is indented, so indents mark paragraphs.
func textAnyIndented(lines []textLine) bool {
	for _, l := range lines {
		if l.indented {
			return true
		}
	}
	return false
}
