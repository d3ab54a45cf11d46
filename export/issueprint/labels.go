package issueprint

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/bulletindesk/bulletindesk/editor"
)

// The 版头/版记 marks as every writer prints them (text, Word, PDF, HTML), so
// the four say the same words.
const (
	EditorNoteLabel = "编者按："
	ContentsTitle   = "本期要目"
	InternalMark    = "内部资料　注意保存"
	SignerLabel     = "签发人："
)

// CopyCountLine is the copy count as the 版记 prints it: the source's own
// line of an imported issue while it says the same number (共印120份),
// else （共印N份）; "" for no count.
func CopyCountLine(n int) string {
	if n <= 0 {
		return ""
	}
	return fmt.Sprintf("（共印%d份）", n)
}

// IssueCopyLine is CopyCountLine of the issue, its kept line when that
// still says its count (Marks.CopyLine).
func IssueCopyLine(is *editor.Issue) string {
	if kept := strings.TrimSpace(is.Marks.CopyLine); kept != "" && is.CopyCount > 0 {
		if n, ok := CopyCount(kept); ok && n == is.CopyCount {
			return kept
		}
	}
	return CopyCountLine(is.CopyCount)
}

// ClassificationLine is 密级★保密期限 (GB/T 9704 §7.2.2), "" when no 密级.
func ClassificationLine(m editor.IssueMarks) string {
	c := strings.TrimSpace(m.Classification)
	if c == "" {
		return ""
	}
	if term := strings.TrimSpace(m.SecrecyTerm); term != "" {
		return c + "★" + term
	}
	return c
}

// PrintedLine is the 版记's 印发机关 and 印发日期 line (GB/T 9704 §7.4.3):
// 中共江州市委组织部办公室　　2022年6月16日印发; "" when neither is set.
func PrintedLine(m editor.IssueMarks) string {
	org := strings.TrimSpace(m.Printer)
	switch {
	case org == "" && m.PrintedDate.IsZero():
		return ""
	case m.PrintedDate.IsZero():
		return org + "印发"
	case org == "":
		return TextDate(m.PrintedDate) + "印发"
	}
	return org + "　　" + TextDate(m.PrintedDate) + "印发"
}

// ContentsLeads are the lines 本期要目 lists, in order, when the issue has
// it on — the source's own list of an imported issue (Marks.ContentsText),
// else the items' leads; nil when it is off.
func ContentsLeads(is *editor.Issue) []string {
	if !is.Marks.Contents {
		return nil
	}
	if kept := strings.TrimSpace(is.Marks.ContentsText); kept != "" {
		return strings.Split(kept, "\n")
	}
	return ContentsFromLeads(is)
}

// ContentsFromLeads is the 本期要目 made from the items' leads.
func ContentsFromLeads(is *editor.Issue) []string {
	var out []string
	for _, sec := range is.Sections {
		for _, it := range sec.Items {
			if l := strings.TrimSpace(it.Lead); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// TextDate is a date as Chinese text shows it: 2022年6月15日.
func TextDate(d editor.Date) string {
	return fmt.Sprintf("%d年%d月%d日", d.Year(), int(d.Month()), d.Day())
}

func IsHexColor(s string) bool {
	if len(s) != 6 {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("0123456789ABCDEF", c) {
			return false
		}
	}
	return true
}

// docxModTime stamps the zip entries with the issue's time, not the clock,
// so writing the same issue twice gives the same bytes.
func ModTime(is *editor.Issue) time.Time {
	switch {
	case !is.UpdatedAt.IsZero():
		return is.UpdatedAt.UTC()
	case !is.Date.IsZero():
		return is.Date.UTC()
	}
	return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
}

// docxIssueNumber is 第N期（总第M期） as the text format writes it.
func IssueNumber(is *editor.Issue) string {
	switch {
	case is.Number > 0 && is.TotalNumber > 0:
		return fmt.Sprintf("第%d期（总第%d期）", is.Number, is.TotalNumber)
	case is.Number > 0:
		return fmt.Sprintf("第%d期", is.Number)
	}
	return ""
}

var textCopyRe = regexp.MustCompile(`^[（(]?(?:共印|印数)[：:]?(\d+)份?[）)]?$`)

func CopyCount(s string) (int, bool) {
	m := textCopyRe.FindStringSubmatch(Compact(s))
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

// Compact removes all spaces and turns full-width digits narrow: how a
// printed line is matched against the labels here (a 共印 line) and how the
// readers match masthead and footer patterns.
func Compact(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return -1
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		}
		return r
	}, s)
}
