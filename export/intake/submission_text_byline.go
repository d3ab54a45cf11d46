package intake

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
)

// A byline under a 来稿's title names the unit, often with the writer and
// a telephone; the same shape closing an e-mail (白沙县委组织部 刘芳) is
// its signature.

// textByline takes a byline under the title: the unit on a line of its
// own (白沙县委组织部, or （白沙县委组织部）), or followed by the writer and
// a telephone (青山县委组织部　张建国　联系电话：13800001234, review G1),
// maybe followed by a date, when text follows. It returns the unit and
// what follows it on the line, as written, for the contact. Without this
// the line was the text's first paragraph: an adopted item opened with a
// telephone number.
func textByline(lines []textLine, sub *editor.Submission) (rest []textLine, unit, contact string) {
	if len(lines) < 2 {
		return lines, "", ""
	}
	unit, contact, ok := textBylineParts(lines[0].text)
	if !ok {
		return lines, "", ""
	}
	lines = lines[1:]
	if len(lines) > 1 && textSubmissionDate(lines[0].text, sub) {
		lines = lines[1:]
	}
	return lines, unit, contact
}

// textBylineParts splits a byline: a unit alone, bracketed or not, or a
// unit followed by spaces and parts that are each a person's name (two to
// four Han characters naming no unit), a telephone number or a contact
// label (联系电话：…); ok false for anything else.
func textBylineParts(s string) (unit, contact string, ok bool) {
	s = strings.TrimSpace(s)
	if u := strings.TrimSuffix(strings.TrimPrefix(s, "（"), "）"); textNamesUnits(u) {
		return u, "", true
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '　' || r == '\t' })
	if len(parts) < 2 || utf8.RuneCountInString(parts[0]) < 4 || !textNamesUnits(parts[0]) {
		return "", "", false
	}
	for _, p := range parts[1:] {
		if !textIsPersonName(p) && !textPhoneRe.MatchString(p) && !textContactRe.MatchString(p) {
			return "", "", false
		}
	}
	return parts[0], strings.TrimLeft(strings.TrimPrefix(s, parts[0]), " 　\t"), true
}

// textIsPersonName: two to four Han characters that name no unit (张建国).
func textIsPersonName(s string) bool {
	n := utf8.RuneCountInString(s)
	if n < 2 || n > 4 || textNamesUnits(s) {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}
