package intake

import (
	"fmt"
	"io"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The masthead as the editor marks it, line by line, in the import
// preview: the reader says which of the top lines it took for what
// (IssueSummary.Top), the editor corrects that, and ReadIssueMasthead reads
// the text again with the lines so marked. The masthead is the top lines
// down to the first one marked 正文; everything from there is read as the
// issue's text as usual, so no line of text is lost by a wrong mark.

// MastheadRole is what a top line of a bulletin text is.
type MastheadRole int

const (
	MastheadBody   MastheadRole = iota // 正文: the masthead ends above it
	MastheadName                       // 刊名 (several lines join: 组工信息 + （增刊）)
	MastheadUnit                       // 编辑单位 (several join: 江州大学 + 党委组织部)
	MastheadNumber                     // 第N期（总第M期）
	MastheadDate                       // the date
	MastheadOther                      // part of the masthead, none of these: 内部资料, 份号, a rule
)

// MastheadLine is one of the top lines and what it was read as.
type MastheadLine struct {
	Text string
	Role MastheadRole
}

// textTopLines is how many lines from the top the preview offers to mark.
const textTopLines = textMastheadLook + 3

// textTopRoles says what the reader took each of the top lines for, up to
// the first item: the lines before start are the masthead (and the marks
// above it), the rest text.
func textTopRoles(lines []textLine, start int, is *editor.Issue) []MastheadLine {
	var out []MastheadLine
	for i := 0; i < len(lines) && i < textTopLines && !textIsItemStart(lines[i].text); i++ {
		out = append(out, MastheadLine{Text: lines[i].text, Role: textRoleAsRead(lines[i].text, i < start, is)})
	}
	return out
}

// textRoleAsRead is the role of a masthead line by what it holds.
func textRoleAsRead(s string, masthead bool, is *editor.Issue) MastheadRole {
	var probe editor.Issue
	name := textHeadingName(s)
	switch {
	case !masthead:
		return MastheadBody
	case is.BulletinName != "" && strings.Contains(is.BulletinName, name):
		return MastheadName
	case textMastheadField(s, &probe) && (probe.Number > 0 || probe.TotalNumber > 0):
		return MastheadNumber
	case !probe.Date.IsZero():
		return MastheadDate
	case probe.EditingUnit != "" || is.EditingUnit != "" && strings.Contains(is.EditingUnit, name):
		return MastheadUnit
	}
	return MastheadOther
}

// ReadIssueMasthead is ReadIssueSummary with the top lines marked by the
// editor: roles[i] is what the i-th non-blank line is (MastheadLine, as
// IssueSummary.Top lists them); the masthead ends at the first line marked
// MastheadBody, or after the roles given.
func ReadIssueMasthead(r io.Reader, roles []MastheadRole) (*editor.Issue, IssueSummary, error) {
	s, err := issueSourceText(r) // a text file, or a Word one (text_read_word.go)
	if err != nil {
		return nil, IssueSummary{}, err
	}
	is, facts := textParseIssueOpts(s, ReadOptions{Roles: roles})
	if len(is.Sections) == 0 && is.BulletinName == "" && is.Number == 0 && is.EditorNote == "" {
		return nil, IssueSummary{}, ErrNoIssue
	}
	return is, textSummaryOf(is, facts), nil
}

// textPickedMasthead fills the masthead of is from the lines marked, and
// returns the index of the first line after it.
func textPickedMasthead(lines []textLine, roles []MastheadRole, is *editor.Issue) int {
	end := 0
	for i := 0; i < len(lines) && i < len(roles) && roles[i] != MastheadBody; i++ {
		if roles[i] == MastheadOther {
			textMarkAbove(lines[i].text, true, is) // 份号, 密级, 内部资料; a rule or an ornament is dropped
		} else {
			textPickedField(lines[i].text, roles[i], is)
		}
		end = i + 1
	}
	return end
}

// textPickedField reads line s as the field the editor marked it: the
// field first, then whatever else a one-line masthead holds (某某编 第1期
// 2022年6月15日) where still empty.
func textPickedField(s string, role MastheadRole, is *editor.Issue) {
	var probe editor.Issue
	textMastheadField(s, &probe)
	switch role {
	case MastheadName:
		is.BulletinName += textHeadingName(s)
		return
	case MastheadUnit:
		u := probe.EditingUnit
		if u == "" {
			u = strings.TrimSuffix(textCompact(s), "编")
		}
		is.EditingUnit += u
	case MastheadNumber:
		is.Number, is.TotalNumber = probe.Number, probe.TotalNumber
	case MastheadDate:
		is.Date = probe.Date
	default:
		return
	}
	if is.Number == 0 {
		is.Number, is.TotalNumber = probe.Number, probe.TotalNumber
	}
	if is.Date.IsZero() {
		is.Date = probe.Date
	}
	if is.EditingUnit == "" {
		is.EditingUnit = probe.EditingUnit
	}
	if !is.Date.IsZero() {
		is.Year = is.Date.Year()
	} else if is.Year == 0 {
		is.Year = probe.Year
	}
}

// mastheadRoleNames name the roles on the command line, in English and Chinese.
var mastheadRoleNames = [][2]string{{"body", "正文"}, {"name", "刊名"}, {"unit", "编辑单位"}, {"number", "期号"}, {"date", "日期"}, {"other", "刊头"}}

func (r MastheadRole) String() string {
	if r < 0 || int(r) >= len(mastheadRoleNames) {
		return "?"
	}
	return mastheadRoleNames[r][0]
}

// ParseMastheadRoles reads the roles of the top lines, one a line, as
// import-issue --masthead takes them: name,unit,date,body (or 刊名,编辑单位,日期,正文).
func ParseMastheadRoles(s string) ([]MastheadRole, error) {
	var out []MastheadRole
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '，' || r == ' ' }) {
		found := false
		for i, n := range mastheadRoleNames {
			if f == n[0] || f == n[1] {
				out, found = append(out, MastheadRole(i)), true
			}
		}
		if !found {
			return nil, fmt.Errorf("%q is not a masthead role (body, name, unit, number, date, other)", f)
		}
	}
	return out, nil
}
