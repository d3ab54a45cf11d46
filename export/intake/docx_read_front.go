package intake

import (
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// What surrounds the piece in a Word 来稿, read as in a text one
// (submission_text_front.go): a cover letter and a greeting at the top,
// set apart; a 落款 and contact lines at the end.

// docxRawContact is the contact of the last k paragraphs as written (联系人：
// 周晓燕  电话 keeps its spaces, which the title's cleaning took out).
func docxRawContact(paras []docxPara, k int, cleaned string) string {
	if k <= 0 || k > len(paras) {
		return cleaned
	}
	parts := make([]string, k)
	for i, p := range paras[len(paras)-k:] {
		parts[i] = strings.TrimSpace(p.text)
	}
	return strings.Join(parts, "；")
}

// docxSplitSignOff takes the 落款 off the end, as for a text submission: a
// date alone (the 收稿日期) and the unit's name above it.
func docxSplitSignOff(lines []textLine, sub *editor.Submission) ([]textLine, string) {
	if n := len(lines); n > 1 && textSubmissionDate(lines[n-1].text, sub) {
		lines = lines[:n-1]
	}
	lines, signOff := textSplitSignOff(lines)
	if signOff != "" {
		sub.Intake = append(sub.Intake, editor.IntakeNote{Label: "落款", Value: signOff})
	}
	return lines, signOff
}

// docxSplitLetter finds a cover letter at the top (textSplitLetter) and
// returns its paragraphs' text and its unit.
func docxSplitLetter(paras []docxPara, sub *editor.Submission) ([]string, string) {
	letter, _, unit := textSplitLetter(docxLines(paras), sub)
	out := make([]string, len(letter))
	for i, l := range letter {
		out[i] = l.text
	}
	return out, unit
}

// docxSplitGreeting takes the greeting paragraphs off the top — 各位领导：
// or 王科长： alone, 各位老师好，附上…请审阅。 — as a text 来稿's
// (textSplitGreeting): set apart with the letter, not the title nor the
// first paragraph of an adopted item.
func docxSplitGreeting(paras []docxPara) ([]string, []docxPara) {
	greet, _ := textSplitGreeting(docxLines(paras))
	out := make([]string, len(greet))
	for i, l := range greet {
		out[i] = l.text
	}
	return out, paras[len(greet):]
}

// docxLines are the paragraphs' texts as lines, spaces cleaned.
func docxLines(paras []docxPara) []textLine {
	lines := make([]textLine, len(paras))
	for i, p := range paras {
		lines[i] = textLine{text: textCleanSpaces(p.text)}
	}
	return lines
}

// docxByline takes the byline under the title (paras[at]: 龙溪县委组织部
// centred under it, or with the writer and a telephone) off the text, as
// a text 来稿's (textByline, review G1): its unit and the rest of its line.
func docxByline(paras []string, at int) (rest []string, unit, contact string) {
	if at < 0 || at >= len(paras)-1 {
		return paras, "", ""
	}
	unit, contact, ok := textBylineParts(paras[at])
	if !ok {
		return paras, "", ""
	}
	return append(paras[:at:at], paras[at+1:]...), unit, contact
}
