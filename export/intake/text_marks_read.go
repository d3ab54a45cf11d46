package intake

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// Reading the 版头/版记 marks text_write_marks.go writes, and the way other
// offices' texts carry them: 份号, 密级★保密期限 and 内部资料 above the
// title; 签发人：… under the masthead; a 本期要目 list (made again from the
// items' leads, so its lines are not read as an item); the issue's 编者按
// before the first section and an item's 编者按 right before its △; the
// 印发 line in the footer.

var (
	textCopyNumberRe = regexp.MustCompile(`^\d{3,8}$`)
	textClassRe      = regexp.MustCompile(`^(秘密|机密|绝密)(?:★(.+))?$`)
	textInternalRe   = regexp.MustCompile(`^[（(【]?内部资料`)
	textSignerRe     = regexp.MustCompile(`^签发人[：:]\s*(.+)$`)
	textPrintedRe    = regexp.MustCompile(`^(.*?)((?:\d{4})年\d{1,2}月\d{1,2}日)?印发$`)
	textYearRe       = regexp.MustCompile(`[0-9０-９]{4}\s*年`)
)

// textMarksAbove reads the mark lines at the very top (份号, 密级, 内部资料)
// and returns how many there were.
func textMarksAbove(lines []textLine, is *editor.Issue) int {
	i := 0
	for ; i < len(lines) && i < 3; i++ {
		if !textMarkAbove(lines[i].text, i+1 < len(lines), is) {
			return i
		}
	}
	return i
}

// textMarkAbove reads line s as a mark above the masthead, and reports
// whether it was one; a copy number only when more follows (a number
// alone is no 份号).
func textMarkAbove(s string, more bool, is *editor.Issue) bool {
	c := textCompact(s)
	switch {
	case textCopyNumberRe.MatchString(c) && is.Marks.CopyNumber == "" && more:
		is.Marks.CopyNumber = c
	case textClassRe.MatchString(c) && is.Marks.Classification == "":
		m := textClassRe.FindStringSubmatch(c)
		is.Marks.Classification, is.Marks.SecrecyTerm = m[1], m[2]
	case textInternalRe.MatchString(c) && utf8Len(c) <= 12:
		is.Marks.Internal = true
	default:
		return false
	}
	return true
}

// textNote is an 编者按 being read: the issue's, or the next item's.
type textNote struct {
	lines   []textLine
	forItem bool
	// undecided: a note before any heading or item might be either; it
	// is the item's when that item's △ follows it without a blank line.
	undecided bool
}

// markLine handles line i when it is a mark; it reports whether it was.
func (p *textIssueParser) markLine(i int) bool {
	l := p.lines[i]
	c := textCompact(l.text)
	early := len(p.blocks) == 0 && !p.inFoot
	switch {
	case early && len(p.is.Sections) == 0 && textSignerRe.MatchString(l.text):
		p.is.Marks.Signer = strings.TrimSpace(textSignerRe.FindStringSubmatch(l.text)[1])
	case early && c == issueprint.ContentsTitle:
		p.is.Marks.Contents, p.contents = true, true
	case !p.inFoot && textIsNote(l.text) && p.note != nil && p.note.forItem:
		// A second 编者按 before the item's △: both are the item's, the
		// second with its label as written, a paragraph of its own (the
		// first had been dropped).
		l.literal = true
		p.note.lines = append(p.note.lines, l)
	case !p.inFoot && textIsNote(l.text):
		p.contents = false
		p.endNote()
		l.text, _ = textCutNote(l.text)
		p.open = nil
		// The issue's note comes before the first section; an item's
		// right before its △ (in a text without headings, told apart only
		// where blank lines separate blocks). A second note is the item's.
		p.note = &textNote{forItem: !early || len(p.is.Sections) > 0 || p.issueNote != nil || p.blankSep && p.itemFollows(i)}
		p.note.undecided = !p.note.forItem
		if l.text != "" {
			p.note.lines = append(p.note.lines, l)
		}
	case p.contents && (p.contentsEntry(i) || p.contentsGroup(i)):
		p.contentsLines = append(p.contentsLines, l.text) // a 要目 line marked △, or the 栏目 it lists them under
	case p.contents && !textIsItemStart(l.text) && !(p.blankSep && l.blankAbove) && !(textIsHeadingText(l.text) && p.blockFollows(i)) &&
		(p.listedLater(i) || p.continuesContents(i)):
		p.contentsLines = append(p.contentsLines, l.text) // a lead listed in 本期要目
	default:
		p.contents = false
		return false
	}
	return true
}

// blockFollows: the line after i starts an item or an item's 编者按, with
// no blank line between: line i is a section heading, not a 要目 line.
func (p *textIssueParser) blockFollows(i int) bool {
	if i+1 >= len(p.lines) || p.lines[i+1].blankAbove {
		return false
	}
	next := p.lines[i+1].text
	return textIsItemStart(next) || textIsNote(next)
}

// itemFollows: the line after i starts an item, with no blank line between.
func (p *textIssueParser) itemFollows(i int) bool {
	return i+1 < len(p.lines) && textIsItemStart(p.lines[i+1].text) && !p.lines[i+1].blankAbove
}

// noteLine adds line i to the 编者按 being read, or ends the note (and
// reports false) when the line starts something else.
func (p *textIssueParser) noteLine(i int) bool {
	l := p.lines[i]
	if p.note == nil || textIsItemStart(l.text) || textIsNote(l.text) || p.isHeading(i) || textFooterStart(l.text) ||
		!p.note.forItem && p.blankSep && l.blankAbove {
		return false
	}
	if n := len(p.note.lines); n > 0 {
		p.counter.add(p.note.lines[n-1], l, false)
	}
	p.note.lines = append(p.note.lines, l)
	return true
}

// endNote stores an issue's 编者按 when one was being read; an item's waits
// for its item (startItem).
func (p *textIssueParser) endNote() {
	if p.note == nil || p.note.forItem {
		return
	}
	p.issueNote = p.note.lines // made into paragraphs once the layout is known
	p.note = nil
}

// takeItemNote is the pending 编者按 of the item starting now, nil when none.
func (p *textIssueParser) takeItemNote(l textLine) []textLine {
	if p.note == nil {
		return nil
	}
	if p.note.undecided && !l.blankAbove {
		p.note.forItem = true
	}
	if !p.note.forItem {
		p.endNote()
		return nil
	}
	n := p.note.lines
	p.note = nil
	return n
}

// textNoteText is an 编者按's lines as paragraphs, "\n" between them.
func textNoteText(lines []textLine, lay textLayout) string {
	if len(lines) == 0 {
		return ""
	}
	lines[0].indented = false
	return strings.Join(textParagraphs(lines, lay), "\n")
}

// textPrintedLine reads the 印发 line of the footer into the marks.
func textPrintedLine(s string, m *editor.IssueMarks) bool {
	c := textCompact(s)
	sub := textPrintedRe.FindStringSubmatch(c)
	if sub == nil || sub[1] == "" && sub[2] == "" || strings.ContainsAny(sub[1], "，。；：") {
		return false
	}
	if sub[2] != "" {
		d := textDateRe.FindStringSubmatch(sub[2])
		t, ok := textMakeDate(d[2], d[3], d[4])
		if !ok {
			return false
		}
		m.PrintedDate = t
	}
	// the organisation keeps its spaces inside; the gap before the date goes
	org := strings.TrimSpace(s)
	if k := strings.Index(org, "印发"); sub[2] != "" {
		org = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(org[:textIndexDate(org)]), "　 "))
	} else if k >= 0 {
		org = strings.TrimSpace(org[:k])
	}
	m.Printer = org
	return true
}

// textIndexDate is where the date starts in a 印发 line (its first digit run before 年).
func textIndexDate(s string) int {
	loc := textYearRe.FindStringIndex(s)
	if loc == nil {
		return len(s)
	}
	return loc[0]
}

// textNoteLabels open an 编者按, in the forms offices print it.
var textNoteLabels = []string{"编者按：", "编者按:", "【编者按】", "编者按　", "编者按 "}

// textCutNote takes the 编者按 label off s; a PDF's spaces between its
// characters (编 者 按 ：) do not hide it.
func textCutNote(s string) (string, bool) {
	for _, label := range textNoteLabels {
		rest, ok := s, true
		for _, want := range label {
			rest = strings.TrimLeft(rest, " \t")
			r, size := utf8.DecodeRuneInString(rest)
			if r != want && !(unicode.IsSpace(want) && unicode.IsSpace(r)) {
				ok = false
				break
			}
			rest = rest[size:]
		}
		if ok {
			return strings.TrimSpace(rest), true
		}
	}
	return s, false
}

func textIsNote(s string) bool { _, ok := textCutNote(s); return ok }
