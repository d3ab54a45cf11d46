package intake

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// A 本期要目 list repeats the items' leads or titles. The reader keeps its
// lines apart from the items: as the source wrote them when they are not
// simply the leads (1. 蓉城镇探索…新路径, three lines for four items), so
// a back issue prints its own list (Marks.ContentsText); otherwise the
// list is made again from the items on export. A line there that no later
// item holds is not a 要目 line, whatever blank lines suggest (a PDF puts
// one after every line): dropping it would lose it, as an empty section's
// heading was lost right under the list.

// textKeptContents is the 要目 list to keep: lines joined by "\n", "" when
// they are the issue's leads as the writer prints them.
func textKeptContents(lines []string, is *editor.Issue) string {
	leads := issueprint.ContentsFromLeads(is)
	same := len(lines) == len(leads)
	for i := 0; same && i < len(lines); i++ {
		same = textCompact(lines[i]) == textCompact(leads[i])
	}
	if same || len(lines) == 0 {
		return ""
	}
	return strings.Join(lines, "\n")
}

// textContentsMarkRe: what a 要目 line adds to the lead it lists — a number
// before it, leader dots and a page number after it.
var textContentsMarkRe = regexp.MustCompile(`^(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|△|▲)|(?:[.．·…]{2,}\d*|\d+)$`)

// textContentsEntry is line s of a 要目 list as the text it lists.
func textContentsEntry(s string) string {
	return textContentsMarkRe.ReplaceAllString(textCompact(s), "")
}

// listedLater: line i, read as a 要目 line, is held by an item after it
// (in the item's first lines: a wrapped lead spans several).
func (p *textIssueParser) listedLater(i int) bool {
	// the line as it stands too: a lead of its own starting 一、 lists as
	// 一、一, which without its "number" is too short to tell
	whole, entry := textCompact(p.lines[i].text), textContentsEntry(p.lines[i].text)
	for _, e := range []string{entry, whole} {
		if utf8.RuneCountInString(e) < 2 {
			continue
		}
		for j := i + 1; j < len(p.lines); j++ {
			if textIsItemStart(p.lines[j].text) && strings.Contains(p.itemOpening(j), e) {
				return true
			}
		}
	}
	return false
}

// continuesContents: line i numbers on from the 要目 line before it (1.…
// then 2.…): a list's entry that shortens its item's lead (县直机关工委开展
// 作风整治 for …开展作风建设专项整治) is still the list's, not an item.
func (p *textIssueParser) continuesContents(i int) bool {
	n := len(p.contentsLines)
	if n == 0 {
		return false
	}
	for _, st := range []textNumberStyle{textNumberArabic, textNumberHan} {
		prev, _, ok1 := textItemNumber(p.contentsLines[n-1], st)
		cur, _, ok2 := textItemNumber(p.lines[i].text, st)
		if ok1 && ok2 && cur == prev+1 {
			return true
		}
	}
	return false
}

// itemOpening is the compact text of the item's lead starting at line j:
// up to the line ending its first sentence, eight lines at most (a heading
// further down is not the item's).
func (p *textIssueParser) itemOpening(j int) string {
	var b strings.Builder
	for k := j; k < len(p.lines) && k < j+8; k++ {
		if k > j && textIsItemStart(p.lines[k].text) {
			break
		}
		c := textCompact(p.lines[k].text)
		b.WriteString(c)
		if strings.ContainsAny(c, "。！？!?") {
			break
		}
	}
	return b.String()
}

// contentsEntry: line i of a 本期要目 list is an entry marked △ as the
// items are (the common WPS layout, issue 10 review F1), not an item: a
// later item's opening holds its text, and no text of its own
// stands under it — the next line is another △, a heading or the end of
// a block. Read as items, the list had become three invented ones.
func (p *textIssueParser) contentsEntry(i int) bool {
	l := p.lines[i]
	if !textIsItemStart(l.text) || i+1 >= len(p.lines) {
		return false
	}
	next := p.lines[i+1]
	if !textIsItemStart(next.text) && !textIsHeadingText(next.text) && !next.blankAbove {
		return false
	}
	entry := textContentsEntry(l.text)
	if utf8.RuneCountInString(entry) < 2 {
		return false
	}
	for j := i + 1; j < len(p.lines); j++ {
		if !textIsItemStart(p.lines[j].text) {
			continue
		}
		if strings.Contains(textContentsEntry(p.itemOpening(j)), entry) {
			return true
		}
	}
	return false
}

// contentsGroup: line i of a 本期要目 list is a 栏目 line the list groups
// its △ entries under (【工作动态】 over two of them): heading text whose
// next line is such an entry.
func (p *textIssueParser) contentsGroup(i int) bool {
	return textIsHeadingText(p.lines[i].text) && i+1 < len(p.lines) && p.contentsEntry(i+1)
}
