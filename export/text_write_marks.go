package export

import (
	"fmt"
	"strings"

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
		if n, ok := textCopyCount(kept); ok && n == is.CopyCount {
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

// marksAbove writes 份号, 密级 and 内部资料 above the title, each when set.
func (t *textWriter) marksAbove(is *editor.Issue) {
	if n := strings.TrimSpace(is.Marks.CopyNumber); n != "" {
		t.line(n)
	}
	if c := ClassificationLine(is.Marks); c != "" {
		t.line(c)
	}
	if is.Marks.Internal {
		t.line(InternalMark)
	}
}

// marksBelow writes 签发人 under the 编 line, then 本期要目 and the issue's 编者按.
func (t *textWriter) marksBelow(is *editor.Issue) {
	if s := strings.TrimSpace(is.Marks.Signer); s != "" {
		t.line(SignerLabel + s)
	}
	if leads := ContentsLeads(is); len(leads) > 0 {
		t.gap()
		t.line(ContentsTitle)
		for _, l := range leads {
			t.line(l)
		}
	}
	if note := strings.TrimSpace(is.EditorNote); note != "" {
		t.gap()
		for i, p := range strings.Split(strings.ReplaceAll(note, "\r", ""), "\n") {
			if p = strings.TrimSpace(p); p == "" {
				continue
			}
			if i == 0 {
				p = EditorNoteLabel + p
			}
			t.para(p)
		}
	}
}
