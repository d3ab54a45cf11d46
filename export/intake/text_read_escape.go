package intake

import (
	"fmt"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// A body paragraph that the reader would take for something else — an
// item's △, a 报：/送： footer line, an 编者按, a page number, a repeat of
// the masthead, or a run of heading-like lines ending the item (a heading
// there starts a section) — is written with a backslash before it
// (\△…, \报：…) and read back without it, so that writing and reading
// gives the same issue whatever the text. So is a paragraph starting with
// a Han character after one that stops mid-sentence (会议强调做好全年工作 /
// \下一步…): the reader joins such a line to the one before, as the hard
// wrap of an e-mail or a PDF it mostly is (textWrapJoins). A paragraph
// that starts with a backslash before such a line gets one more. Other
// backslashes, and those in other offices' texts, are text: only "\"
// before what needs it is read as an escape.

const textEscape = `\`

// textSpecialLine: the reader would not take s, inside an item, as text.
func textSpecialLine(s string, is *editor.Issue) bool {
	if textIsItemStart(s) || textBulletOf(s) != 0 || textFooterStart(s) || textIsNote(s) || textIsPageNumber(s) || textIsRule(s) || textIsBareNumber(s) ||
		textIsIssueHeader(s, is) {
		return true
	}
	c := textCompact(s)
	return c == issueprint.ContentsTitle || textIsRunningHeader(s, is.BulletinName) || c != "" &&
		(c == textCompact(is.BulletinName) || c == textCompact(textNumberLine(is)) || strings.HasPrefix(c, "签发人"))
}

// textNumberLine is the masthead's 第N期 line as WriteIssue writes it.
func textNumberLine(is *editor.Issue) string {
	switch {
	case is.Number > 0 && is.TotalNumber > 0:
		return fmt.Sprintf("第%d期（总第%d期）", is.Number, is.TotalNumber)
	case is.Number > 0:
		return fmt.Sprintf("第%d期", is.Number)
	}
	return ""
}

// textEscaped reports whether s is an escaped line: a backslash before a
// special line, a heading-like line, a line shaped like a running header,
// a line the reader would join to prev (the line before it in the item,
// "" when none: textWrapJoins), or another escaped line.
func textEscaped(s, prev string, is *editor.Issue) bool {
	rest, ok := strings.CutPrefix(s, textEscape)
	return ok && (textSpecialLine(rest, is) || textIsHeadingText(rest) || textMayRepeatAsHeader(rest) ||
		textWrapJoins(prev, rest) || textOpenEnded(prev) || textEscaped(rest, prev, is))
}

// textOpenEnded: prev, a line of the item, ends no clause — a headline lead
// over its text, a paragraph typed without its 。. The paragraph after it
// is escaped: in a short issue that line break is the one evidence of a
// layout, and read as a wrap it joined the two (a headline lead over one
// short paragraph came back as one).
func textOpenEnded(prev string) bool {
	return prev != "" && !textEndsClause(prev)
}

// textEscapeParas escapes the body paragraphs of an item (paras[1:]; the
// first is the △ line) that would not read back as its text: special
// lines, heading-like lines from the first of a run that ends the item,
// lines the reader would join to the paragraph before, and lines shaped
// like a running header that the issue repeats (repeats, from
// textRepeatedParas).
func textEscapeParas(paras []string, is *editor.Issue, repeats map[string]int) {
	tail := len(paras)
	for tail > 1 && textIsHeadingText(paras[tail-1]) {
		tail--
	}
	// prev is the line before as the reader keeps it: without the △ and
	// the escape it is written with
	prev := strings.TrimSpace(strings.TrimPrefix(paras[0], "△"))
	if _, first, ok := textCutLeadLine(prev); ok {
		prev = first // the line the reader keeps before the next: the body's, after the lead's backslash
	}
	for i := 1; i < len(paras); i++ {
		p := paras[i]
		header := textMayRepeatAsHeader(p) && repeats[textHeaderCompact(p)] > 1
		if textSpecialLine(p, is) || textEscaped(p, prev, is) || textWrapJoins(prev, p) || textOpenEnded(prev) || header || i == tail && tail < len(paras) {
			paras[i] = textEscape + p
		}
		prev = p
	}
}

// textRepeatedParas counts the section names and body paragraphs of an
// issue, for the running headers a reader would take repeated lines for.
func textRepeatedParas(is *editor.Issue) map[string]int {
	n := map[string]int{}
	for _, sec := range is.Sections {
		n[textHeaderCompact(sec.Name)]++
		for _, it := range sec.Items {
			for _, p := range strings.Split(it.Body, "\n") {
				n[textHeaderCompact(strings.TrimSpace(p))]++
			}
		}
	}
	return n
}
