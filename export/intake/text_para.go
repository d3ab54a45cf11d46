package intake

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// How wrapped lines become paragraphs.
//
// Bulletin text reaches us in two shapes. Our own export (and text pasted
// from Word) has one line per paragraph. Text pulled out of a PDF, or an
// e-mail, is hard-wrapped: a paragraph spans many lines that break in the
// middle of a sentence, often with blank lines between them and stray spaces
// at their starts. We tell the shapes apart per document: when more than a
// quarter of the line breaks inside items (and at least two) fall in
// mid-sentence — the line does not end with 。！？；：, a closing quote or
// a bracket — the document is "wrapped". In a wrapped document a line
// continues the paragraph unless it is indented (two columns or more right
// of the usual margin, see textMargin) — and, if blank lines are rare there
// (e-mail style), unless a blank line precedes it; where blank lines follow
// nearly every line (PDF style) they mean nothing. In a one-line-per-
// paragraph document every line is a paragraph. Items (△), headings and the
// footer always start a new block (text_read.go says how they are told
// from a wrapped piece of a sentence).
//
// The limit: a short text whose lines happen to end sentences cannot be
// told from one paragraph per line, and reads so; no character is lost.
//
// Joining never drops a character of content: only whitespace at the joins
// and ASCII spaces between a Chinese character and a number or a Latin word
// go (公司 24 个 → 公司24个, 4A 景区 → 4A景区); spaces between two Chinese
// words (通讯员 王小明) stay as written, those between two Latin words or
// numbers stay as one, and a line break between Latin words becomes one
// (Word breaks lines there, never inside a Latin word or a number).

// textLine is one non-blank input line.
type textLine struct {
	text       string // without leading and trailing whitespace
	indented   bool   // begins at least two columns right of the page's usual margin
	blankAbove bool   // one or more blank lines precede it
	afterPage  bool   // page furniture (— 1 —, a running header) was removed just above it
	midPage    bool   // and the sentence above ran on over that page break
	literal    bool   // escaped by the writer (text_read_escape.go): a paragraph of its own
	// paraStart: the body's first paragraph after a lead's backslash
	// (textCutLeadLine): a paragraph of its own, the break after it counted
	paraStart bool
}

// textSplitLines returns the non-blank lines of s with their layout facts.
// A line is indented relative to the usual margin (textMargin), so text
// laid out with a left margin (pdftotext -layout) or with every paragraph
// indented alike does not count every line as a new paragraph.
func textSplitLines(s string) []textLine {
	var out []textLine
	var lead []int
	blank := false
	for _, raw := range strings.Split(s, "\n") {
		t := strings.TrimSpace(raw)
		if t == "" {
			blank = true
			continue
		}
		out = append(out, textLine{text: t, blankAbove: blank})
		lead = append(lead, textLeadWidth(raw))
		blank = false
	}
	margin := textMargin(lead)
	for i := range out {
		out[i].indented = lead[i] >= margin+2
	}
	return out
}

// textLeadWidth is the width of a line's leading whitespace in columns: an
// ASCII space one, a full-width space two, a tab four.
func textLeadWidth(raw string) int {
	w := 0
	for _, r := range raw {
		switch {
		case r == '\t':
			w += 4
		case r == '　':
			w += 2
		case unicode.IsSpace(r):
			w++
		default:
			return w
		}
	}
	return w
}

// textMargin is the page's usual left margin: the width that the tenth
// narrowest line reaches, so a few stray lines further left (a page number)
// do not move it, while continuation lines of wrapped paragraphs, being
// many, set it.
func textMargin(widths []int) int {
	if len(widths) == 0 {
		return 0
	}
	sorted := slices.Clone(widths)
	slices.Sort(sorted)
	return sorted[len(sorted)/10]
}

// textLayout is the shape of a document: see the comment at the top.
type textLayout struct {
	wrapped     bool // lines break mid-sentence; only indents (and maybe blanks) start paragraphs
	blankBreaks bool // in a wrapped document, a blank line starts a paragraph
	// numbered: wrapped, without indents or blank lines between
	// paragraphs, so numbered lines in a list start them (text_para_numbered.go).
	numbered bool
	noBlanks bool // no blank line inside a block
	// wrapWidth: with numbered, the width the lines wrap at; a line ending
	// a sentence well short of it ends a paragraph (text_para_short.go).
	wrapWidth int
	// joinSoftWraps: in a text of one paragraph a line, a line that stops
	// mid-sentence still continues on the next (textWrapJoins): an item's
	// one wrapped sentence in an e-mail is no evidence of a wrapped text.
	joinSoftWraps bool
}

// withNumbered sets lay.numbered for a text whose lines are all: wrapped,
// with neither indents nor blank lines to mark paragraphs.
func (lay textLayout) withNumbered(all []textLine) textLayout {
	lay.numbered = lay.wrapped && (!lay.blankBreaks || lay.noBlanks) && !textAnyIndented(all)
	if lay.numbered {
		lay.wrapWidth = textWrapWidth(all)
	}
	return lay
}

// textLayoutCounter tallies the line breaks inside paragraphs-to-be.
// midBlanks counts the blank lines after a line that ends no clause: with
// none of them, blank lines separate paragraphs even where they are many.
type textLayoutCounter struct{ breaks, soft, blanks, midBlanks int }

// add counts the break between prev and next, two lines of the same block;
// first says prev is the block's first line. Breaks that tell nothing of
// the layout are not counted: after a title or a sub-heading (一、主要做法),
// which end no sentence in any layout, and inside a bracket, which is
// joined in any layout. Counted, a title and two headings made a text of
// one paragraph a line read as hard-wrapped, all joined into one.
func (c *textLayoutCounter) add(prev, next textLine, first bool) {
	// After a line the writer escaped (\本期要目) comes a paragraph of
	// ours, not a wrap: counted, it had made our own text read as wrapped.
	// So is one after the body's first paragraph cut off its lead's line
	// (paraStart) when it ends no clause (本期要目): ours, as the writer
	// escapes what would join.
	if next.indented || prev.literal || prev.paraStart && !textEndsClause(prev.text) || textNeutralBreak(prev.text, next.text, first) {
		return
	}
	c.breaks++
	if !textEndsClause(prev.text) {
		c.soft++
		if next.blankAbove {
			c.midBlanks++
		}
	}
	if next.blankAbove && !next.afterPage { // a page break's blank says nothing of paragraphs
		c.blanks++
	}
}

func (c *textLayoutCounter) layout() textLayout {
	// One soft break among several is a short line, not a wrapped text.
	wrapped := c.soft*4 > c.breaks && (c.soft >= 2 || c.breaks == 1)
	blankBreaks := c.blanks*2 < c.breaks || c.blanks > 0 && c.midBlanks == 0
	return textLayout{wrapped: wrapped, blankBreaks: wrapped && blankBreaks, noBlanks: c.blanks == 0}
}

// textNeutralBreak: the break between prev and next says nothing about
// wrapping: prev is a sub-heading (一、主要做法, （二）工作成效), or a bracket
// is open at its end, or prev is a block's first line shaped like a title
// (at most 30 characters, no sentence end, not stopping at a comma) and
// what follows is a sub-heading or a paragraph at least twice as wide —
// the first line of a wrapped paragraph is as wide as the next.
func textNeutralBreak(prev, next string, first bool) bool {
	if textSubHeadRe.MatchString(prev) && textIsHeadingText(prev) || textOpenBracket(prev) >= 0 {
		return true
	}
	if !first || utf8.RuneCountInString(prev) > 30 || strings.ContainsAny(prev, textSentenceEnds) ||
		strings.ContainsAny(lastRune(prev), "，,、：:；;…—") {
		return false
	}
	return textSubHeadRe.MatchString(next) || textEndsClause(next) && textWidth(next) >= 2*textWidth(prev)
}

// textWidth is the width of s in columns: two for an East Asian character.
func textWidth(s string) int {
	w := 0
	for _, r := range s {
		w++
		if editor.IsEastAsianRune(r) {
			w++
		}
	}
	return w
}

// textSubHeadRe: how sub-headings and numbered paragraphs start: 一、 （一）
// 1. 1、 一是 第一，.
var textSubHeadRe = regexp.MustCompile(`^(?:[一二三四五六七八九十]{1,3}[、是]|[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|\d{1,2}[.．、](?:[^\d]|$)|第[一二三四五六七八九十]{1,3}[，、是：])`)

// textOpenBracket is the byte index of a bracket left open near the end of
// s (in its last textBracketSpan characters), -1 when none: a line broken
// inside （含上年度未整改\n事项） is joined in any layout.
func textOpenBracket(s string) int {
	depth, n := 0, 0
	for i := len(s); i > 0 && n < textBracketSpan; n++ {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		switch {
		case strings.ContainsRune("）)】〕》", r):
			depth++
		case strings.ContainsRune("（(【〔《", r):
			if depth == 0 {
				return i
			}
			depth--
		}
	}
	return -1
}

// textBracketSpan bounds how far back an open bracket joins lines: a stray
// （ far back does not glue the paragraphs after it together.
const textBracketSpan = 40

// textParagraphs joins the lines of one block into paragraphs.
func textParagraphs(lines []textLine, lay textLayout) []string {
	return textJoinLines(lines, lay, textCleanSpaces)
}

// textItemParagraphs joins an item's lines, keeping the spaces (one each)
// inside a bracket group that ends a paragraph: （某县委组织部 张三） is an
// attribution with the writer's name, which textMakeItem tells apart.
func textItemParagraphs(lines []textLine, lay textLayout) []string {
	lay.joinSoftWraps = true
	return textJoinLines(lines, lay, textCleanKeepTail)
}

// textCleanKeepTail is textCleanSpaces except in a closing bracket group.
func textCleanKeepTail(s string) string {
	at := -1
	if strings.HasSuffix(s, "）") {
		at = textMatchingOpen(s, '（', '）')
	} else if strings.HasSuffix(s, ")") {
		at = textMatchingOpen(s, '(', ')')
	}
	if at < 0 {
		return textCleanSpaces(s)
	}
	return textCleanSpaces(s[:at]) + textCollapseSoftSpaces(s[at:])
}

// textCollapseSoftSpaces shrinks each run of ASCII spaces and tabs to one space.
func textCollapseSoftSpaces(s string) string {
	var b strings.Builder
	soft := false
	for _, r := range s {
		if textIsSoftSpace(r) {
			soft = true
			continue
		}
		if soft {
			b.WriteByte(' ')
			soft = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

func textJoinLines(lines []textLine, lay textLayout, clean func(string) string) []string {
	var paras []string
	var cur strings.Builder
	var numbered []bool
	if lay.numbered {
		numbered = textNumberedStarts(lines)
	}
	for i, l := range lines {
		newPara := i == 0 || textStartsPara(cur.String(), lines[i-1], l, lay) ||
			numbered != nil && numbered[i] && textOpenBracket(cur.String()) < 0 ||
			lay.numbered && textEndsParaShort(lines[i-1].text, lay.wrapWidth) && textOpenBracket(cur.String()) < 0
		if newPara && i > 0 {
			paras = append(paras, clean(cur.String()))
			cur.Reset()
		}
		if !newPara && textNeedsSpace(cur.String(), l.text) {
			cur.WriteByte(' ')
		}
		cur.WriteString(l.text)
	}
	if len(lines) > 0 {
		paras = append(paras, clean(cur.String()))
	}
	return paras
}

// textStartsPara reports whether line l starts a new paragraph after the
// text cur of the paragraph so far, whose last line is prev: at an indent
// or a line the writer escaped; never inside a bracket left open near
// cur's end; else, in a text of one paragraph a line, at every line that
// does not continue prev's sentence (textWrapJoins), and in a wrapped text
// at a blank line where blank lines break paragraphs. (A numbered line
// after a sentence end in a wrapped text is joined here: 。\n1. is as often
// a wrap as a new paragraph; only where nothing else marks paragraphs does
// a list's numbering, textJoinLines.)
func textStartsPara(cur string, prev, l textLine, lay textLayout) bool {
	switch {
	case l.indented || l.literal || l.paraStart:
		return true
	case textOpenBracket(cur) >= 0:
		return false
	case !lay.wrapped:
		return !lay.joinSoftWraps || !textWrapJoins(prev.text, l.text)
	}
	return lay.blankBreaks && l.blankAbove
}

// textWrapJoins: in a text of one paragraph a line, next continues the
// sentence prev breaks off — prev ends no clause (no 。！？；： closing
// quote or bracket) and is not a heading-like line (一、主要做法, a short
// title), and next starts with a Han character. That is an e-mail's or a
// PDF's hard wrap inside an item (…每周四晚组织 / 机关干部进村入户…); the
// writer escapes a paragraph of ours that would read so (text_read_escape.go).
func textWrapJoins(prev, next string) bool {
	if prev == "" || textEndsClause(prev) || textIsHeadingText(prev) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.Is(unicode.Han, r)
}

// textNeedsSpace reports whether joining a wrapped line after prev needs a
// space: between two Latin letters or digits, where Word broke the line at
// a space (it never breaks inside a Latin word or a number).
func textNeedsSpace(prev, next string) bool {
	a, _ := utf8.DecodeLastRuneInString(prev)
	b, _ := utf8.DecodeRuneInString(next)
	return textIsLatinAlnum(a) && textIsLatinAlnum(b)
}

func textIsLatinAlnum(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// textCleanSpaces drops runs of ASCII spaces and tabs next to an East
// Asian character — a PDF's or Word's spacing around numbers and Latin
// words (公司 24 个) — except between two Han characters, where they
// separate words (通讯员 王小明, 联系人：周晓燕  电话) and stay as written;
// other runs shrink to one space.
func textCleanSpaces(s string) string {
	if !strings.ContainsAny(s, " \t\u00a0") {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		if !textIsSoftSpace(rs[i]) {
			b.WriteRune(rs[i])
			continue
		}
		j := i
		for j < len(rs) && textIsSoftSpace(rs[j]) {
			j++
		}
		switch {
		case i == 0 || j == len(rs):
		case unicode.Is(unicode.Han, rs[i-1]) && unicode.Is(unicode.Han, rs[j]):
			b.WriteString(string(rs[i:j]))
		case !editor.IsEastAsianRune(rs[i-1]) && !editor.IsEastAsianRune(rs[j]):
			b.WriteByte(' ')
		}
		i = j - 1
	}
	return b.String()
}

// textDropSoftSpaces removes every ASCII space and tab: a PDF's spacing
// inside a name (石门区 委组织部).
func textDropSoftSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if textIsSoftSpace(r) {
			return -1
		}
		return r
	}, s)
}

func textIsSoftSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' }

// textSentenceEnds end a sentence: the lead is the text up to the first one.
const textSentenceEnds = "。！？!?"

// textClosers may follow a sentence end and still belong to the sentence.
const textClosers = "”’」』）)》】"

// textEndsClause reports whether a line ends where a paragraph may end: a
// sentence end, ；：, or a closing quote or bracket (not …, which wraps).
func textEndsClause(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(textSentenceEnds+textClosers+"；：;:.", r)
}

// lastRune is the last character of s as a string.
func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}
