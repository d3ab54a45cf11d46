package intake

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The page furniture a PDF leaves inside the text, read before the lines
// are sorted (text_read.go): page numbers, and running headers or footers
// printed at every page's top or foot. A line is removed only on evidence
// that it is furniture; a line that could be text stays (a missed page
// number is a character too many, a dropped line is content lost).

// textDropPageLines removes, after the masthead (lines[start:]), what a
// PDF repeats on every page:
//   - page numbers in a page number's shape (— 3 —, 第 2 页 共 4 页);
//   - bare numbers (3 alone on a line) that stand in the middle of a
//     sentence wrapped across a page, next to other furniture, or count
//     the pages (textBarePages);
//   - the masthead's own lines repeated (组工信息, 第5期（总第118期）), the
//     bulletin's name with a number, date or page (组工信息 2024年第5期),
//     any line ending in this issue's number (江州组工 2024年第5期);
//   - any short line repeated on several pages, such as the editing unit's
//     name at each page's top (textRepeatedHeaders).
//
// It returns the lines kept and how many were removed.
func textDropPageLines(lines []textLine, start int, is *editor.Issue) ([]textLine, int) {
	masthead := map[string]bool{}
	for _, l := range lines[:start] {
		if c := textCompact(l.text); len([]rune(c)) >= 2 && !textIsRule(c) {
			masthead[c] = true
		}
	}
	drop := make([]bool, len(lines))
	for i := start; i < len(lines); i++ {
		t := lines[i].text
		drop[i] = textIsPageNumber(t) || masthead[textCompact(t)] || textIsRunningHeader(t, is.BulletinName) ||
			textIsIssueHeader(t, is)
	}
	textRepeatedHeaders(lines, start, drop, is)
	textBarePages(lines, start, drop)
	out := append([]textLine(nil), lines[:start]...)
	removed := 0
	for i, l := range lines[start:] {
		if drop[start+i] {
			removed++
			continue
		}
		if i > 0 && drop[start+i-1] {
			l = textAcrossPageBreak(out, l)
		}
		out = append(out, l)
	}
	return out, removed
}

// textAcrossPageBreak is the first line after removed page furniture: when
// the line before the furniture ends mid-sentence (蓉城镇将全 / — 1 — / blank
// / 镇划分为…), the blank lines of the page break say nothing of paragraphs,
// and the sentence goes on as if the page had not broken.
func textAcrossPageBreak(kept []textLine, l textLine) textLine {
	if n := len(kept); n > 0 && !textEndsClause(kept[n-1].text) {
		l.blankAbove, l.midPage = false, true
	}
	l.afterPage = true
	return l
}

// textRunningRe: what follows the bulletin's name in a running header.
var textRunningRe = regexp.MustCompile(`^(?:\d{4}年)?(?:第\d+期)?(?:[（(]总第\d+期[）)])?(?:\d{4}年\d{1,2}月\d{1,2}日)?(?:第\d+页(?:共\d+页)?)?$`)

// textIsRunningHeader: the bulletin's name, then only a number, a date or
// a page (组工信息 2024年第5期 · 第3页).
func textIsRunningHeader(s, name string) bool {
	name = textCompact(name)
	if name == "" {
		return false
	}
	rest, ok := strings.CutPrefix(textHeaderCompact(s), name)
	return ok && textRunningRe.MatchString(rest)
}

// textHeaderCompact is textCompact without the separators headers use.
func textHeaderCompact(s string) string {
	return strings.NewReplacer("·", "", "|", "", "｜", "").Replace(textCompact(s))
}

// textIssueHeaderRe: a few letters, then a 期 number (江州组工 2024年第5期).
var textIssueHeaderRe = regexp.MustCompile(`^(\p{L}{0,12}?)(?:(\d{4})年)?第(\d+)期(?:[（(]总第(\d+)期[）)])?$`)

// textIsIssueHeader: s ends in this issue's number — and year or total
// number, where it gives them — after at most a name: a running header
// naming the bulletin otherwise than its masthead does.
func textIsIssueHeader(s string, is *editor.Issue) bool {
	m := textIssueHeaderRe.FindStringSubmatch(textHeaderCompact(s))
	if m == nil || is.Number == 0 || strconv.Itoa(is.Number) != m[3] {
		return false
	}
	return (m[2] == "" || m[2] == strconv.Itoa(is.Year)) && (m[4] == "" || m[4] == strconv.Itoa(is.TotalNumber))
}

// textBareRe: a page number printed alone (3, ３).
var textBareRe = regexp.MustCompile(`^\d{1,3}$`)

func textIsBareNumber(s string) bool { return textBareRe.MatchString(textCompact(s)) }

// textBarePages marks the bare numbers that are page numbers: one that
// interrupts a sentence wrapped at the page width (the line before is as
// wide as the page's lines and ends no clause), one next to other page
// furniture, or all of them when they count up one by one at least
// textPageLines lines apart. A number under a short line (a table's 序号
// after a cell) stays.
func textBarePages(lines []textLine, start int, drop []bool) {
	var bare []int
	for i := start; i < len(lines); i++ {
		if !drop[i] && textIsBareNumber(lines[i].text) {
			bare = append(bare, i)
		}
	}
	if textCountsPages(lines, bare) {
		for _, i := range bare {
			drop[i] = true
		}
		return
	}
	wide := textPageWidth(lines[start:]) * 2 / 3
	for _, i := range bare {
		prev := textPrevKept(drop, i, start)
		drop[i] = prev >= 0 && (drop[i-1] || i+1 < len(lines) && drop[i+1] ||
			!textEndsClause(lines[prev].text) && textWidth(lines[prev].text) >= wide && i+1 < len(lines))
	}
}

// textPageLines: the fewest lines between two page numbers (a page of
// text holds more; a table's 序号 column fewer).
const textPageLines = 8

// textHeaderApart: the fewest lines from one running header to the next
// (a page holds more lines than a wrapped sentence repeated at once).
const textHeaderApart = 3

// textCountsPages: the bare numbers go up by one, far apart.
func textCountsPages(lines []textLine, bare []int) bool {
	if len(bare) < 2 {
		return false
	}
	for k := 1; k < len(bare); k++ {
		a, _ := strconv.Atoi(textCompact(lines[bare[k-1]].text))
		b, _ := strconv.Atoi(textCompact(lines[bare[k]].text))
		if b != a+1 || bare[k]-bare[k-1] < textPageLines {
			return false
		}
	}
	return true
}

// textPageWidth is the width of the page's full lines: the widest tenth.
func textPageWidth(lines []textLine) int {
	if len(lines) == 0 {
		return 0
	}
	w := make([]int, len(lines))
	for i, l := range lines {
		w[i] = textWidth(l.text)
	}
	slices.Sort(w)
	return w[len(w)*9/10]
}

// textPrevKept is the index of the last line before i, from start on,
// not dropped; -1 when none.
func textPrevKept(drop []bool, i, start int) int {
	for j := i - 1; j >= start; j-- {
		if !drop[j] {
			return j
		}
	}
	return -1
}

// textRepeatedHeaders marks the lines a PDF repeats at each page's top or
// foot: a line of a header's shape (textMayRepeatAsHeader) that stands
// two or more times, when it names the editing unit or the bulletin, or
// when it is narrower than the page's lines and at least two of its places
// show a page break — in the middle of a sentence, or next to a page
// number. A heading repeated in several items (主要做法) follows a
// sentence end and comes before text, so stays; so do two wrapped lines
// that happen to be alike, which are as wide as the page.
func textRepeatedHeaders(lines []textLine, start int, drop []bool, is *editor.Issue) {
	places := map[string][]int{}
	narrow := textPageWidth(lines[start:]) * 2 / 3
	for i := start; i < len(lines); i++ {
		if t := lines[i].text; !drop[i] && textMayRepeatAsHeader(t) {
			c := textHeaderCompact(t)
			places[c] = append(places[c], i)
		}
	}
	for c, at := range places {
		if len(at) < 2 {
			continue
		}
		evidence := 0
		for _, i := range at {
			if textAtPageBreak(lines, start, drop, i) {
				evidence++
			}
		}
		if textNamesIssue(c, is) || evidence >= 2 && textWidth(lines[at[0]].text) < narrow && textPagesApart(at) && !textRepeatedPassage(lines, start, drop, at) {
			for _, i := range at {
				drop[i] = true
			}
		}
	}
}

// textPagesApart: the places of a repeated line have a few lines between
// them (textHeaderApart): a header stands once a page, while a sentence an
// item says twice may wrap alike two lines apart.
func textPagesApart(at []int) bool {
	for k := 1; k < len(at); k++ {
		if at[k]-at[k-1] < textHeaderApart {
			return false
		}
	}
	return true
}

// textRepeatedPassage: the lines at share what comes right before and
// after them too (the same two characters end the line above each and
// start the line below): a sentence the text repeats, wrapped alike, not
// a header, which stands between different pages' text.
func textRepeatedPassage(lines []textLine, start int, drop []bool, at []int) bool {
	edges := func(i int) (string, string) {
		before, after := "", ""
		if p := textPrevKept(drop, i, start); p >= 0 {
			r := []rune(textCompact(lines[p].text))
			before = string(r[max(0, len(r)-2):])
		}
		if i+1 < len(lines) {
			r := []rune(textCompact(lines[i+1].text))
			after = string(r[:min(2, len(r))])
		}
		return before, after
	}
	b0, a0 := edges(at[0])
	if b0 == "" || a0 == "" {
		return false
	}
	for _, i := range at[1:] {
		if b, a := edges(i); b != b0 || a != a0 {
			return false
		}
	}
	return true
}

// textMayRepeatAsHeader: s has the shape of a running header: at most 30
// Chinese characters (four at least, a name), digits, spaces and the marks
// of names and numbers, no Latin letters (Windows alone on a line is a
// long word wrapped, twice the same in a text about it), its
// brackets paired, not in brackets (an attribution), not a sub-heading (一、主要做法),
// a 【标题】, a number alone or an escaped line.
func textMayRepeatAsHeader(s string) bool {
	if len([]rune(s)) > 30 || textIsBracketed(s) || !textBalanced(s) || textSubHeadRe.MatchString(s) || textBracketTitleRe.MatchString(s) ||
		textIsBareNumber(s) || textIsItemStart(s) || textFooterStart(s) {
		return false
	}
	han := 0
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsSpace(r) && !strings.ContainsRune("·|｜-—（）()《》", r) ||
			r < 0x80 && unicode.IsLetter(r) {
			return false
		}
		if unicode.Is(unicode.Han, r) {
			han++
		}
	}
	return han >= 4 // a name: 江州市委组织部, 组工信息 2024年第3期
}

// textNamesIssue: c (compacted) is the editing unit or part of it, or
// holds the bulletin's name.
func textNamesIssue(c string, is *editor.Issue) bool {
	unit, name := textCompact(is.EditingUnit), textCompact(is.BulletinName)
	return unit != "" && len([]rune(c)) >= 4 && strings.Contains(unit, c) || name != "" && strings.Contains(c, name)
}

// textAtPageBreak: line i stands where a page breaks: next to a page
// number, or between a line that ends no clause and one that goes on
// with the text (not an item, a heading, a note or the footer).
func textAtPageBreak(lines []textLine, start int, drop []bool, i int) bool {
	if i > start && textIsPageFurniture(lines[i-1].text, drop[i-1]) || i+1 < len(lines) && textIsPageFurniture(lines[i+1].text, drop[i+1]) {
		return true
	}
	prev := textPrevKept(drop, i, start)
	if prev < 0 || textEndsClause(lines[prev].text) || i+1 >= len(lines) ||
		3*textWidth(lines[i].text) > 2*textWidth(lines[prev].text) {
		return false // a header is narrower than the wrapped line it interrupts; a piece of the text is as wide
	}
	next := lines[i+1].text
	return !textIsItemStart(next) && !textFooterStart(next) && !textIsNote(next) && !textHeadingAt(lines, i+1)
}

// textIsPageFurniture: a page number, already dropped or bare.
func textIsPageFurniture(s string, dropped bool) bool {
	return dropped || textIsBareNumber(s)
}
