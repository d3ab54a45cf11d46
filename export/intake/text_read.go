package intake

import (
	"errors"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// ErrNoIssue is returned for a text with neither a masthead nor any item.
var ErrNoIssue = errors.New("no bulletin found: no masthead, section or △ item")

// ReadIssue reads an issue in the bulletin text format (DESIGN.md): the
// masthead when present, the sections with their △ items, and the footer
// (报/送/发, 共印…份). It accepts what DecodeText accepts, with the artefacts
// of PDFs and e-mail (see text_para.go). Items before any section heading
// go to a section with an empty name, which the caller names.
func ReadIssue(r io.Reader) (*editor.Issue, error) {
	s, err := issueSourceText(r) // a text file, or a Word one (text_read_word.go)
	if err != nil {
		return nil, err
	}
	is, _ := textParseIssue(s)
	if len(is.Sections) == 0 && is.BulletinName == "" && is.Number == 0 {
		return nil, ErrNoIssue
	}
	return is, nil
}

// ReadIssueSummary is ReadIssue together with the summary of what was
// recognised (SummarizeIssue), which also says what only the reading
// knows: how many page numbers and running headers were removed, and how
// many items started by a number or a 【标题】 instead of △.
func ReadIssueSummary(r io.Reader) (*editor.Issue, IssueSummary, error) {
	s, err := issueSourceText(r) // a text file, or a Word one (text_read_word.go)
	if err != nil {
		return nil, IssueSummary{}, err
	}
	is, facts := textParseIssue(s)
	if len(is.Sections) == 0 && is.BulletinName == "" && is.Number == 0 {
		return nil, IssueSummary{}, ErrNoIssue
	}
	return is, textSummaryOf(is, facts), nil
}

// textSummaryOf is SummarizeIssue with what only the reading knew.
func textSummaryOf(is *editor.Issue, facts textReadFacts) IssueSummary {
	read := IssueSummary{Removed: facts.removed, NumberedItems: facts.numbered, MarkedItems: facts.bullets, ItemMarks: facts.bulletMarks, Top: facts.top,
		WebLines: facts.web, DateProposed: facts.webDate, Columns: facts.columns, ColumnCount: facts.columnCount, FooterMoved: facts.footerMoved,
		UnitWithoutBian: facts.unitWithoutBian, readChecks: textReadChecks(facts)}
	return SummarizeIssue(is).WithReading(read)
}

// textReadFacts is what only the reading of a text knows (see ReadIssueSummary).
type textReadFacts struct {
	removed, numbered int
	bullets           int    // items marked ◆ ■ ● ★ (text_read_bullets.go)
	bulletMarks       string // and their marks
	top               []MastheadLine
	web               []string // lines of a web page removed (text_read_web.go)
	webDate           bool     // the date is the page's 发布时间, proposed
	columns           int      // lines of a page in columns split at the gutters
	columnCount       int      // the most columns a page had (2, 3 …)
	footerMoved       bool     // the 版记 stood mid-text and was read as the end
	unitWithoutBian   string   // the editing unit, which the masthead names without 编 (中共南湖区委组织部)
	titles            []string // title lines above the first item, read as headings
	lostTop           []string // check lines for masthead lines kept nowhere
}

// textItemBlock is the lines of one item before they become paragraphs.
type textItemBlock struct {
	section int
	lines   []textLine
	note    []textLine // the item's 编者按
	// wholeLead: the first line is the whole lead, the second the body's
	// first paragraph (textCutLeadLine)
	wholeLead bool
}

// textIssueParser walks the lines once, sorting them into sections, item
// blocks and footer lines; paragraphs are built afterwards, once the
// document's layout (textLayout) is known.
type textIssueParser struct {
	lines   []textLine
	is      *editor.Issue
	blocks  []*textItemBlock
	open    *textItemBlock // the item being read, nil between items
	footer  []*editor.DistributionLine
	fLines  [][]textLine // the lines of each footer entry
	inFoot  bool
	counter textLayoutCounter
	// blankSep: blank lines are rare and so mean something (our own export,
	// Notepad); a blank line before a heading or the footer then ends the
	// item even when its last sentence has no 。！？.
	blankSep bool
	// tailItems is the index after the last item start (-1 until counted).
	tailItems int
	held      *textLine // a line after the 发 line, maybe the 印发机关 (heldPrinter)
	contents  bool      // reading the 本期要目 list
	// contentsLines are the 本期要目 lines as written (textKeepContents)
	contentsLines []string
	note          *textNote         // an 编者按 being read
	issueNote     []textLine        // the issue's 编者按
	removed       int               // page numbers and running headers dropped (textDropPageLines)
	numbered      int               // items started by a number or 【标题】 (textMarkItemStarts)
	bullets       int               // items marked ◆ ■ ● ★ instead of △ (textMarkBulletItems)
	bulletMarks   string            // their marks
	start         int               // the first line after the masthead
	known         map[string]string // the bulletin's sections by textKnownKey (text_read_known.go)
	titles        []string          // title lines read as headings (text_read_title.go)
}

func textParseIssue(s string) (*editor.Issue, textReadFacts) {
	return textParseIssueOpts(s, ReadOptions{})
}

// textParseIssueOpts reads s with its top lines marked by opt.Roles
// (ReadIssueMasthead), or by the reader itself when nil, and the
// bulletin's known sections (text_read_known.go).
func textParseIssueOpts(s string, opt ReadOptions) (*editor.Issue, textReadFacts) {
	roles := opt.Roles
	s, columns, most := textSplitColumns(s) // a page in columns through pdftotext -layout (text_read_columns.go)
	p := &textIssueParser{lines: textSplitLines(s), is: &editor.Issue{}, tailItems: -1, known: textKnownSections(opt.Sections)}
	var web textWebPage
	p.lines, web = textDropWebChrome(p.lines) // a saved web page's site around the issue (text_read_web.go)
	var footerMoved bool
	p.lines, footerMoved = textMoveMidFooter(p.lines)
	var start int
	if roles == nil {
		k := textMarksAbove(p.lines, p.is)
		start = k + textParseMasthead(p.lines[k:], p.is)
	} else {
		start = textPickedMasthead(p.lines, roles, p.is)
	}
	webDate := web.proposeDate(p.is)
	top := textTopRoles(p.lines, start, p.is)
	for i := range top {
		if i < start && i < len(roles) {
			top[i].Role = roles[i]
		}
	}
	p.lines, p.removed = textDropPageLines(p.lines, start, p.is)
	p.start = start
	p.bullets, p.bulletMarks = textMarkBulletItems(p.lines[start:]) // ◆ ■ ● ★ items (text_read_bullets.go)
	p.numbered = textMarkItemStarts(p.lines[start:])
	// a masthead spaced out by blank lines says nothing of the text, nor a blank before the 版记 (text_read_trailer.go)
	p.blankSep = textBlankSeparated(p.lines[start : start+textItemRegionEnd(p.lines[start:])])
	for i := start; i < len(p.lines); i++ {
		p.line(i)
	}
	p.finish()
	facts := textReadFacts{removed: p.removed, numbered: p.numbered, bullets: p.bullets, bulletMarks: p.bulletMarks, top: top, web: web.removed, webDate: webDate, columns: columns, columnCount: most,
		footerMoved: footerMoved, unitWithoutBian: textUnitWithoutBian(p.lines[:start], p.is), titles: p.titles,
		lostTop: textLostTop(top, p.is)}
	p.is.Marks.UnitLine = facts.unitWithoutBian // printed as the source wrote it, no 编 added
	return p.is, facts
}

// line sorts line i into the issue.
func (p *textIssueParser) line(i int) {
	if p.literalLine(i) || p.noteLine(i) || p.markLine(i) {
		return
	}
	l := p.lines[i]
	name, known := p.knownHeading(l)
	switch {
	case known:
		p.open, p.inFoot = nil, false
		p.endNote()
		p.is.Sections = append(p.is.Sections, editor.Section{Name: name})
	case textIsItemStart(l.text):
		_, size := utf8.DecodeRuneInString(l.text)
		l.text = strings.TrimSpace(l.text[size:])
		p.startItem(l)
	case (p.mayClose(l) || p.footerToEnd(i)) && textFooterStart(l.text) && (!textIsTrailer(l.text) || p.footerToEnd(i)):
		p.footerLine(l)
	case (p.mayClose(l) || p.headingAfterOpenItem(i)) && !p.inFoot &&
		(!p.blankSep || l.blankAbove || p.open == nil || p.headingBetweenItems(i)) && p.isHeading(i):
		p.open, p.inFoot = nil, false
		p.endNote()
		p.is.Sections = append(p.is.Sections, editor.Section{Name: textHeadingName(l.text)})
	case textIsPageNumber(l.text), p.open == nil && !p.inFoot && textIsRule(l.text):
		// page numbers and rules from a PDF are layout, not content
	case p.inFoot:
		p.footerLine(l)
	case p.titleLine(i):
		p.is.Sections = append(p.is.Sections, editor.Section{Name: l.text}) // text_read_title.go
		p.titles = append(p.titles, l.text)
	case p.open != nil:
		if n := len(p.open.lines); n > 0 {
			p.counter.add(p.open.lines[n-1], l, n == 1)
		}
		p.open.lines = append(p.open.lines, l)
	default: // text outside any item: keep it as an item of its own
		p.startItem(l)
	}
}

// literalLine adds line i to the item as text when it is escaped
// (text_read_escape.go), and reports whether it was.
func (p *textIssueParser) literalLine(i int) bool {
	l := p.lines[i]
	prev := ""
	if p.open != nil && len(p.open.lines) > 0 {
		prev = p.open.lines[len(p.open.lines)-1].text
	}
	if p.inFoot || !textEscaped(l.text, prev, p.is) {
		return false
	}
	p.note = nil
	l.text, l.literal = strings.TrimPrefix(l.text, textEscape), true
	if p.open == nil {
		p.startItem(l)
		return true
	}
	// A paragraph escaped only so as not to be joined says nothing of
	// the layout: counted, our own items ending without 。 made the text
	// read as wrapped.
	// Nor one after a line ending no clause (a headline lead over its
	// escaped first paragraph): the backslash marks a paragraph of ours,
	// never a wrap.
	if n := len(p.open.lines); n > 0 && !textWrapJoins(prev, l.text) && textEndsClause(prev) {
		p.counter.add(p.open.lines[n-1], l, n == 1)
	}
	p.open.lines = append(p.open.lines, l)
	return true
}

func (p *textIssueParser) startItem(l textLine) {
	if len(p.is.Sections) == 0 {
		p.is.Sections = append(p.is.Sections, editor.Section{})
	}
	l.indented = false
	p.open = &textItemBlock{section: len(p.is.Sections) - 1, note: p.takeItemNote(l)}
	if lead, first, ok := textCutLeadLine(l.text); ok && !l.literal {
		p.open.wholeLead = true // our own export's lead without its 。 (text_write.go textLeadLine)
		rest := l
		l.text, rest.text, rest.paraStart = lead, first, true
		p.open.lines = append(p.open.lines, l, rest)
	} else if l.text != "" {
		p.open.lines = append(p.open.lines, l)
	}
	p.blocks = append(p.blocks, p.open)
	p.inFoot = false
}

// canClose reports whether the item being read may end here: a heading or
// the footer can only follow an item whose text ends a sentence, so a
// short wrapped line inside an item is never taken for a heading.
func (p *textIssueParser) canClose() bool {
	if p.open == nil || len(p.open.lines) == 0 {
		return true
	}
	last := p.open.lines[len(p.open.lines)-1].text
	r, _ := utf8.DecodeLastRuneInString(last)
	return strings.ContainsRune(textSentenceEnds+textClosers+"…", r)
}

// mayClose reports whether the item being read may end before l: after a
// sentence end, or at a blank line where blank lines separate blocks.
func (p *textIssueParser) mayClose(l textLine) bool {
	return p.canClose() || p.blankSep && l.blankAbove
}

// footerToEnd reports whether no item starts after line i: a 报：/送：
// line there is the footer even after an item whose last sentence has no
// 。！？ (a PDF, where blank lines are everywhere, cannot tell us so).
func (p *textIssueParser) footerToEnd(i int) bool {
	if p.tailItems < 0 {
		p.tailItems = len(p.lines)
		for k := len(p.lines) - 1; k >= 0 && !textIsItemStart(p.lines[k].text); k-- {
			p.tailItems = k
		}
	}
	return i >= p.tailItems
}

// textBlankSeparated: there are blank lines, and none of them sits in the
// middle of a sentence (a wrapped line, then a blank, then ordinary text)
// as in a PDF, where blank lines follow nearly every line and mean nothing.
func textBlankSeparated(lines []textLine) bool {
	blanks := false
	for i := 1; i < len(lines); i++ {
		l := lines[i]
		if l.midPage {
			return false // a page broke a sentence: a PDF's text, whose blank lines mean nothing
		}
		if !l.blankAbove || l.afterPage {
			continue // the blank of a page break is the PDF's, not the text's
		}
		blanks = true
		if textBrokenOff(lines[i-1].text) {
			return false // a blank line after 一， is a page's wrapping, whatever comes next
		}
		// A heading-like line after the blank excuses an open sentence
		// only when it is placed like a heading: 领Windows in a wrapped
		// 编者按 looks like one but is followed by text, not an item.
		if !textEndsClause(lines[i-1].text) && !textIsItemStart(l.text) && !textFooterStart(l.text) && !textHeadingAt(lines, i) &&
			!textIsNote(l.text) && textCompact(l.text) != issueprint.ContentsTitle {
			return false
		}
	}
	return blanks
}

// textBrokenOff: s stops at a comma, inside a sentence.
func textBrokenOff(s string) bool {
	return strings.HasSuffix(s, "，") || strings.HasSuffix(s, "、") || strings.HasSuffix(s, ",")
}

// isHeading: a short line without sentence punctuation, followed by an
// item, the footer or the end — possibly through a few more such lines
// (empty sections). Wrapped fragments of a sentence fail: their chain ends
// in a line with punctuation.
func (p *textIssueParser) isHeading(i int) bool { return textHeadingAt(p.lines, i) }

// textHeadingAt is isHeading over lines.
func textHeadingAt(lines []textLine, i int) bool {
	for end := min(len(lines), i+textMaxEmptySections+1); i < end; i++ {
		if textDressedHeadingAt(lines, i) {
			return true // ■工作动态 right over its first item
		}
		if !textIsHeadingText(lines[i].text) {
			return false
		}
		if i+1 == len(lines) {
			return true
		}
		next := lines[i+1].text
		if textIsItemStart(next) || textFooterStart(next) || textIsNote(next) {
			return true // an item's 编者按 may stand between the heading and its △
		}
	}
	return false
}

// textMaxEmptySections bounds the look-ahead of isHeading (and keeps it linear).
const textMaxEmptySections = 8

func (p *textIssueParser) finish() {
	p.endNote()
	lay := p.counter.layout().withNumbered(p.lines[p.start:]) // a centred masthead is no indent
	for _, b := range p.blocks {
		sec := &p.is.Sections[b.section]
		it := textMakeItemLead(textItemParagraphs(b.lines, lay), b.wholeLead)
		it.EditorNote = textNoteText(b.note, lay)
		sec.Items = append(sec.Items, it)
	}
	p.is.EditorNote = textNoteText(p.issueNote, lay)
	p.is.Marks.ContentsText = textKeptContents(p.contentsLines, p.is)
	for i := range p.is.Sections {
		p.is.Sections[i].Position = i
		for j := range p.is.Sections[i].Items {
			p.is.Sections[i].Items[j].Position = j
		}
	}
	wrapped := textLayout{wrapped: true}
	p.releasePrinter()
	for k, d := range p.footer {
		d.Text = strings.Join(textParagraphs(p.fLines[k], wrapped), "")
		p.is.Distribution = append(p.is.Distribution, *d)
	}
}

// textUnitWithoutBian is the issue's editing unit as the masthead writes
// it when no line writes it with 编 after it — the unit alone, or with
// another label (主办：…, …编印) — and "" when one does.
func textUnitWithoutBian(top []textLine, is *editor.Issue) string {
	if is.EditingUnit == "" {
		return ""
	}
	unit := textCompact(is.EditingUnit)
	for _, l := range top {
		c := textCompact(l.text)
		// the line's unit may be the tail of the editing unit (江州大学 /
		// 党委组织部编: the parent organisation is a line of its own)
		if k := strings.Index(c, "编"); k > 0 && strings.HasSuffix(unit, c[:k]) && !textOtherUnitSuffixRe.MatchString(c[k:]) {
			return ""
		}
	}
	for _, l := range top {
		if w := textUnitAsWritten(l.text, unit); w != "" {
			return w
		}
	}
	return is.EditingUnit
}

var textOtherUnitSuffixRe = regexp.MustCompile(`^编[印发]`)

// textUnitAsWritten is masthead line s's editing unit with the label it
// has instead of 编 (主办：中共西河县委组织部, 中共某县委组织部编印), its date
// left off; "" when s has no such label around unit.
func textUnitAsWritten(s, unit string) string {
	c := textChineseDate(textCompact(s))
	if m := textDateRe.FindStringSubmatch(c); m != nil {
		c = m[1]
	}
	if c == unit {
		return ""
	}
	if rest := textUnitLabelRe.ReplaceAllString(c, ""); rest == unit {
		return c
	}
	if m := textUnitRe.FindStringSubmatch(c); m != nil && m[1] == unit && !strings.HasSuffix(c, unit+"编") {
		return c
	}
	return ""
}

func textIsItemStart(s string) bool {
	return strings.HasPrefix(s, "△") || strings.HasPrefix(s, "▲")
}

var textPageRe = regexp.MustCompile(`^[-—－─]+\s*\d+\s*[-—－─]+$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$`)

func textIsPageNumber(s string) bool { return textPageRe.MatchString(s) }

// textIsRule: a line drawn with ─━—_=* (the red rule under a masthead).
func textIsRule(s string) bool {
	if utf8.RuneCountInString(s) < 3 {
		return false
	}
	return strings.Trim(s, "─━—-_=＝*＊·") == ""
}

// textCompact removes all spaces and turns full-width digits narrow, for
// matching masthead and footer patterns (issueprint.Compact).
func textCompact(s string) string { return issueprint.Compact(s) }
