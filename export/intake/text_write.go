package intake

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// textIndent is the Chinese paragraph indent: two full-width spaces.
const textIndent = "　　"

// WriteIssue writes is in the bulletin text format, UTF-8 with "\n" line
// ends, the way it is printed:
//
//	组工信息
//	第12期（总第345期）
//	中共江州市委组织部编        2022年6月15日
//
//	市内信息
//	△lead body（attribution）
//	following paragraph
//
//	报：…
//
// One line per paragraph (indented with 　　 when p.Indent), a blank line
// before each section and before the footer. ReadIssue reads it back to
// the same issue: a body paragraph that would read as something else (a
// △ or 报： start, an 编者按, a page number, the masthead, a heading ending
// the item) is written after a backslash, \△…, which reading takes off
// (text_read_escape.go).
//
// The 版头/版记 marks are written only when set (text_marks.go): 份号, 密级★
// 保密期限 and 内部资料　注意保存 above the title, 签发人：… under the 编 line,
// then the 本期要目 block and the issue's 编者按：…; an item's 编者按：… is a
// paragraph of its own before its △; the 印发 line closes the footer.
func WriteIssue(w io.Writer, is *editor.Issue, p editor.Preferences) error {
	return writeIssueText(w, is, p, false)
}

// WriteIssuePrinted writes the issue's text as it prints, for reading on
// screen and pasting into an e-mail or the portal: WriteIssue's lines
// without the backslash that keeps a paragraph from reading back as
// something else (\第2页…), which is for ReadIssue, not for people.
func WriteIssuePrinted(w io.Writer, is *editor.Issue, p editor.Preferences) error {
	return writeIssueText(w, is, p, true)
}

func writeIssueText(w io.Writer, is *editor.Issue, p editor.Preferences, printed bool) error {
	is = issueprint.PrintedIssue(is)
	bw := bufio.NewWriter(w)
	tw := &textWriter{w: bw, indent: p.Indent, is: is, repeats: textRepeatedParas(is), printed: printed}
	tw.marksAbove(is)
	tw.masthead(is)
	tw.marksBelow(is)
	for _, sec := range is.Sections {
		tw.section(sec)
	}
	tw.footer(is)
	if tw.err != nil {
		return fmt.Errorf("write the issue: %w", tw.err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write the issue: %w", err)
	}
	return nil
}

// textWriter keeps the first write error so the layout code reads straight.
type textWriter struct {
	w       *bufio.Writer
	indent  bool
	is      *editor.Issue  // for what a paragraph must not look like (textEscapeParas)
	repeats map[string]int // the issue's repeated lines (textRepeatedParas)
	written bool           // anything written yet: blank lines go between blocks only
	printed bool           // as printed: no escapes (WriteIssuePrinted)
	err     error
}

func (t *textWriter) line(s string) {
	if t.err == nil {
		_, t.err = t.w.WriteString(s + "\n")
	}
	t.written = true
}

func (t *textWriter) gap() {
	if t.written {
		t.line("")
	}
}

func (t *textWriter) para(s string) {
	if t.indent {
		s = textIndent + s
	}
	t.line(s)
}

func (t *textWriter) masthead(is *editor.Issue) {
	if is.BulletinName != "" {
		t.line(is.BulletinName)
	}
	switch {
	case is.Number > 0 && is.TotalNumber > 0:
		t.line(fmt.Sprintf("第%d期（总第%d期）", is.Number, is.TotalNumber))
	case is.Number > 0:
		t.line(fmt.Sprintf("第%d期", is.Number))
	}
	var parts []string
	if unit := editor.EditingUnitLine(is); unit != "" {
		parts = append(parts, unit)
	}
	if !is.Date.IsZero() {
		parts = append(parts, issueprint.TextDate(is.Date))
	}
	if len(parts) > 0 {
		t.line(strings.Join(parts, "        "))
	}
}

func (t *textWriter) section(sec editor.Section) {
	t.gap()
	if sec.Name != "" {
		t.line(sec.Name)
	}
	for _, it := range sec.Items {
		if note := strings.TrimSpace(it.EditorNote); note != "" {
			t.para(issueprint.EditorNoteLabel + note)
		}
		// A body typed on Windows may carry \r; spaces at a paragraph's
		// ends would read back as indentation.
		paras := strings.Split(strings.ReplaceAll(it.Body, "\r", ""), "\n")
		for i := range paras {
			paras[i] = strings.TrimSpace(paras[i])
		}
		paras[0] = "△" + textLeadLine(strings.TrimSpace(it.Lead), paras[0], t.printed)
		if it.Attribution != "" {
			// After a paragraph that ends no sentence (主办：…人社局) the
			// reader takes a bracket on the same line for the sentence's
			// own; on a line of its own it is the attribution again.
			last := paras[len(paras)-1]
			if r, _ := utf8.DecodeLastRuneInString(last); last != "" && !strings.ContainsRune(textSentenceEnds+textClosers+"…", r) {
				paras = append(paras, "")
			}
			paras[len(paras)-1] += "（" + it.Attribution + "）"
		}
		if !t.printed {
			textEscapeParas(paras, t.is, t.repeats)
		}
		for _, p := range paras {
			t.para(p)
		}
	}
}

func (t *textWriter) footer(is *editor.Issue) {
	printed := issueprint.PrintedLine(is.Marks)
	if len(is.Distribution) == 0 && is.CopyCount <= 0 && printed == "" {
		return
	}
	t.gap()
	for _, d := range is.Distribution {
		t.line(issueprint.FooterLineText(d))
	}
	if printed != "" {
		t.line(printed)
	}
	if is.CopyCount > 0 {
		t.line(issueprint.IssueCopyLine(is))
	}
}

// textLeadLine is the △ line's text: the lead, then the body's first
// paragraph. When the reader would run the lead on into the body — it has
// no final 。！？ (县里召开推进会, typed so in 组版) — a backslash stands
// between them in the text export, so that reading gives back lead and
// body as they were (review F12: 县里召开推进会本期要目 came back as the
// lead); printed, the line reads as every other format prints it.
func textLeadLine(lead, first string, printed bool) string {
	if first == "" || printed {
		return lead + first
	}
	if got, _ := textSplitLead(lead + first); len(got) <= len(lead) {
		return lead + first // read back as it was (or, a 。 inside the lead, no mark would help)
	}
	return lead + textEscape + first
}
