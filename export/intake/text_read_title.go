package intake

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A title line above the first item (review G24 addendum): a 说明 or 通报
// headed 「县委组织部关于2025年第三季度信息采用情况的说明」, then its △ items.
// Too long for a 栏目, it was read as an item of its own and printed with a
// △ the source does not have. A line of that shape right above the first
// △ — no sentence end, not stopping at a comma or colon, its brackets
// paired — is read as the heading over the items, printed as the line it
// was, and the summary asks the editor to look at it.

// textTitleMax is the longest such title line, in characters.
const textTitleMax = 40

// titleLine reports whether line i is a title line over the first item.
func (p *textIssueParser) titleLine(i int) bool {
	if p.open != nil || len(p.blocks) > 0 || p.inFoot || i+1 >= len(p.lines) || !textIsItemStart(p.lines[i+1].text) {
		return false
	}
	s := p.lines[i].text
	return utf8.RuneCountInString(s) <= textTitleMax && !strings.ContainsAny(s, textSentenceEnds+"；;") && !textBrokenOff(s) &&
		!textEndsHeadlineNot(s) && textBalanced(s) && !textFooterStart(s) && !textIsNote(s) && !strings.HasPrefix(s, textEscape)
}

// textTitleChecks say which lines were read as a title over the items.
func textTitleChecks(titles []string) []string {
	var out []string
	for _, t := range titles {
		out = append(out, fmt.Sprintf("%s: read as a heading over the items, printed as it stands, without △", t))
	}
	return out
}

// textLostTop are the masthead lines the reader took for none of its
// fields and keeps nowhere (2025-12, a line it does not understand), for a
// check line each, so the editor marks them in the preview instead of
// losing them unseen (review G23).
func textLostTop(top []MastheadLine, is *editor.Issue) []string {
	var out []string
	for i, l := range top {
		if l.Role == MastheadOther && !textTopLineKept(l.Text, is) {
			out = append(out, fmt.Sprintf("top line %d %s is not understood and not kept: mark what it is in the preview, or type it in", i+1, l.Text))
		}
	}
	return out
}

// textTopLineKept: masthead line s is kept in is — a mark above the title
// (份号, 密级, 内部资料), 签发人, a part of the name or the editing unit — or is
// layout (a rule).
func textTopLineKept(s string, is *editor.Issue) bool {
	var probe editor.Issue
	name := textCompact(textHeadingName(s))
	return textIsRule(s) || textMarkAbove(s, true, &probe) || textSignerRe.MatchString(s) || name == "" ||
		strings.Contains(textCompact(is.BulletinName), name) || strings.Contains(textCompact(is.EditingUnit), name)
}
