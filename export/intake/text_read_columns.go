package intake

import (
	"fmt"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// Two-column pages (issue 10 review R2). pdftotext -layout — the command
// our own message recommends for a PDF — prints a two-column page line by
// line across both columns: the left column's line, a run of spaces (the
// gutter), the right column's line. Read as it stands, the columns were
// interleaved inside sentences and a heading became an item. pdftotext
// puts each character in a column of its own, whatever its width, so the
// gutter is where the right column's lines start at about the same
// character index on most lines of a block. Such a block is read as its
// left column, then its right column. A line of the masthead (unit and
// date, with spaces between) is never split, and the 版记 under the block
// is no part of it.

// textColumnKind is what one line of a possible two-column block holds.
type textColumnKind int

const (
	textColOther textColumnKind = iota // across the gutter: the block ends
	textColBlank
	textColLeft  // the left column only
	textColRight // the right column only
	textColBoth  // both, with the gutter between
)

// textGutterMinSpaces is the shortest run of spaces that is a gutter.
const textGutterMinSpaces = 3

// textGutterSlack is how far right of the gutter a right column's line may
// start: a centred heading or an indented first line starts later.
const textGutterSlack = 14

// textColumnsMin is how many lines of a block must show the gutter.
const textColumnsMin = 3

// textSplitColumns rewrites each two-column block of s as its left column,
// then its right column, and returns how many lines it split; s is
// returned unchanged when it has no such block. Each page (pdftotext ends
// one with a form feed) is read on its own: a block never runs from one
// page's columns into the next page's. A page of three or more columns is
// read column by column (text_read_columns_many.go); most is the most
// columns a page had (0 when none was split).
func textSplitColumns(s string) (out string, lines, most int) {
	pages := strings.Split(s, "\f")
	for i, pg := range pages {
		p, n, cols := textSplitManyColumns(pg)
		if n == 0 {
			p, n = textSplitPageColumns(pg)
			cols = 2
		}
		pages[i] = p
		if n > 0 {
			lines, most = lines+n, max(most, cols)
		}
	}
	if lines == 0 {
		return s, 0, 0
	}
	return strings.Join(pages, "\f"), lines, most
}

// textSplitPageColumns is textSplitColumns for one page.
func textSplitPageColumns(s string) (string, int) {
	raw := strings.Split(s, "\n")
	c := textGutter(raw)
	if c < 0 {
		return s, 0
	}
	kinds := make([]textColumnKind, len(raw))
	for i, l := range raw {
		kinds[i] = textColumnKindOf([]rune(l), c)
	}
	var out []string
	split := 0
	for i := 0; i < len(raw); {
		end := textColumnBlockEnd(raw, kinds, i)
		if end == i || !textIsColumnBlock(kinds[i:end]) {
			out = append(out, raw[i])
			i++
			continue
		}
		left, right := textColumnStreams(raw[i:end], kinds[i:end], c)
		if !textColumnsOfText(left) || !textColumnsOfText(right) {
			out = append(out, raw[i])
			i++
			continue
		}
		out = append(append(out, left...), right...)
		split += end - i
		i = end
	}
	if split == 0 {
		return s, 0
	}
	return strings.Join(out, "\n"), split
}

// textGutter is the character index where the right column starts most
// often, -1 when fewer than textColumnsMin lines show one gutter there.
func textGutter(raw []string) int {
	votes := map[int]int{}
	for _, l := range raw {
		if at, ok := textOneGap([]rune(l)); ok {
			votes[at]++
		}
	}
	best, n := -1, 0
	for at, v := range votes {
		if sum := v + votes[at+1]; sum > n || sum == n && at < best {
			best, n = at, sum
		}
	}
	if n < textColumnsMin || best < 10 {
		return -1
	}
	return best
}

// textOneGap is where the text after the only gutter-wide run of spaces
// inside l starts; ok false when l has none or several (a table's row).
func textOneGap(l []rune) (int, bool) {
	at, gaps := -1, 0
	start := textLeadRunes(l)
	for i := start; i < len(l); i++ {
		if l[i] != ' ' {
			continue
		}
		j := i
		for j < len(l) && l[j] == ' ' {
			j++
		}
		if j < len(l) && j-i >= textGutterMinSpaces {
			at, gaps = j, gaps+1
		}
		i = j
	}
	return at, gaps == 1
}

// textLeadRunes is how many spaces l starts with.
func textLeadRunes(l []rune) int {
	n := 0
	for n < len(l) && l[n] == ' ' {
		n++
	}
	return n
}

// textColumnKindOf says what line l holds, the gutter being at c.
func textColumnKindOf(l []rune, c int) textColumnKind {
	text := strings.TrimSpace(string(l))
	var probe editor.Issue
	switch {
	case text == "":
		return textColBlank
	case textMastheadField(text, &probe):
		return textColOther // 某某编   2026年9月18日 is one line of the masthead
	case textLeadRunes(l) >= c-1:
		return textColRight
	case len([]rune(strings.TrimRight(string(l), " "))) <= c-1:
		return textColLeft
	}
	if at, ok := textOneGap(l); ok && at >= c-1 && at <= c+textGutterSlack {
		return textColBoth
	}
	return textColOther
}

// textColumnBlockEnd is the end of the block starting at i: the last line
// with right-column text, and the left column's lines after it up to the
// 版记 (which follows the block, it is not its left column's).
func textColumnBlockEnd(raw []string, kinds []textColumnKind, i int) int {
	lastRight := -1
	k := i
	for ; k < len(kinds) && kinds[k] != textColOther; k++ {
		if kinds[k] == textColRight || kinds[k] == textColBoth {
			lastRight = k
		}
	}
	if lastRight < 0 {
		return i
	}
	end := lastRight + 1
	for end < k && kinds[end] != textColRight && !textFooterStart(strings.TrimSpace(raw[end])) {
		end++
	}
	for end > lastRight+1 && kinds[end-1] == textColBlank {
		end-- // a blank line under the block stays, after it
	}
	return end
}

// textIsColumnBlock: enough lines show the gutter, and most lines hold
// right-column text.
func textIsColumnBlock(kinds []textColumnKind) bool {
	both, right, lines := 0, 0, 0
	for _, k := range kinds {
		switch k {
		case textColBoth:
			both++
		case textColRight:
			right++
		}
		if k != textColBlank {
			lines++
		}
	}
	return both >= textColumnsMin && 2*(both+right) >= lines
}

// textColumnMinWidth is the fewest characters a column's lines average:
// a page's columns hold lines of text, a two-column table's cells less.
const textColumnMinWidth = 8

// textColumnsOfText: the lines of a column average textColumnMinWidth
// characters at least (a table of 单位 and 篇数 is left as it stands).
func textColumnsOfText(lines []string) bool {
	n := 0
	for _, l := range lines {
		n += len([]rune(strings.TrimSpace(l)))
	}
	return len(lines) > 0 && n >= textColumnMinWidth*len(lines)
}

// textColumnStreams cuts the lines of a block at the gutter c: the left
// column's lines as they stand, the right column's with the indent they
// have from the gutter. Blank lines inside the block are the page's
// layout, not the text's, and go.
func textColumnStreams(raw []string, kinds []textColumnKind, c int) (left, right []string) {
	for i, l := range raw {
		rs := []rune(l)
		switch kinds[i] {
		case textColLeft:
			left = append(left, l)
		case textColRight:
			right = append(right, string(rs[min(c, textLeadRunes(rs)):]))
		case textColBoth:
			at, _ := textOneGap(rs)
			left = append(left, strings.TrimRight(string(rs[:at]), " "))
			right = append(right, strings.Repeat(" ", max(0, at-c))+string(rs[at:]))
		}
	}
	return left, right
}

// textColumnCheck is the summary's line when columns were split.
func textColumnCheck(lines int) string {
	return fmt.Sprintf("read as two columns, left then right: %d lines of a two-column block (pdftotext -layout); look at the items at the column break", lines)
}

// textMoveMidFooter moves a 版记 that stands in the middle of the text to
// its end. pdftotext without -layout reads a two-column page's left
// column, then the one-column 版记 under both, then the right column; so
// 报：/发： lines followed by more △ items or a section heading are no
// footer there, and the sentence cut at the left column's foot goes on
// after them. It reports whether it moved them (the summary says so).
func textMoveMidFooter(lines []textLine) ([]textLine, bool) {
	f := -1
	for i, l := range lines {
		if textIsItemStart(l.text) && f < 0 {
			f = len(lines) // an item first: the footer is looked for after it
		}
		if f == len(lines) && textFooterRe.MatchString(l.text) { // 报：/发： (an escaped \报： is text)
			f = i
			break
		}
	}
	if f < 0 || f == len(lines) {
		return lines, false
	}
	e := f
	for e < len(lines) && textFooterStart(lines[e].text) && !textIsTrailer(lines[e].text) && !strings.HasPrefix(lines[e].text, textEscape) {
		e++
	}
	if !textMoreIssueAfter(lines, e) {
		return lines, false
	}
	out := append(append([]textLine(nil), lines[:f]...), lines[e:]...)
	if !textEndsClause(lines[f-1].text) { // the sentence runs on past the 版记
		out[f].blankAbove, out[f].midPage = false, true
	}
	moved := append([]textLine(nil), lines[f:e]...)
	moved[0].blankAbove = true
	return append(out, moved...), true
}

// textMoreIssueAfter: an item or a section heading stands at e or later.
// A short line right above a 印发 line is no heading: pdftotext's default
// mode puts the 印发机关 (梧州县委组织部办公室) on a line of its own under 发：.
func textMoreIssueAfter(lines []textLine, e int) bool {
	for i := e; i < len(lines); i++ {
		if textIsItemStart(lines[i].text) || textHeadingAt(lines, i) && i+1 < len(lines) && !textAbovePrinted(lines, i) {
			return true
		}
	}
	return false
}

// textAbovePrinted: the line after i, past page numbers (the date of the
// 印发 line comes after the page's number), is a footer line.
func textAbovePrinted(lines []textLine, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if !textIsPageNumber(lines[j].text) && !textIsBareNumber(lines[j].text) {
			return textFooterStart(lines[j].text)
		}
	}
	return false
}

// textFooterMovedCheck is the summary's line when the 版记 was moved.
const textFooterMovedCheck = "the 版记 (报：/发：) stood in the middle, with items after it (a two-column PDF's text?): read as the end; look at the item before it"
