package intake

import (
	"regexp"
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// The footer (版记) of an issue: 报/送/发 lines, each maybe wrapped over
// several lines, the 印发 line and the copy count.

// footerLine adds a 报/送/发 line, the copy count, or a wrapped part of the previous line.
func (p *textIssueParser) footerLine(l textLine) {
	p.open, p.inFoot = nil, true
	p.endNote()
	if n, ok := issueprint.CopyCount(l.text); ok {
		p.is.CopyCount = n
		if t := strings.TrimSpace(l.text); t != issueprint.CopyCountLine(n) {
			p.is.Marks.CopyLine = t // 共印120份, as the source wrote it
		}
		return
	}
	if textPrintedLine(l.text, &p.is.Marks) {
		if p.held != nil && p.is.Marks.Printer == "" {
			p.is.Marks.Printer, p.held = p.held.text, nil
		}
		return
	}
	p.releasePrinter()
	if textIsTrailer(l.text) { // a 责任编辑 line: a 版记 line of its own, printed as it stands
		p.footer = append(p.footer, &editor.DistributionLine{})
		p.fLines = append(p.fLines, []textLine{l})
		return
	}
	if p.holdPrinter(l) {
		return
	}
	if label, text, ok := textFooterLabel(l.text); ok {
		p.footer = append(p.footer, &editor.DistributionLine{Label: label})
		p.fLines = append(p.fLines, []textLine{{text: text}})
		return
	}
	if len(p.fLines) == 0 { // a stray line next to the copy count
		p.footer = append(p.footer, &editor.DistributionLine{})
		p.fLines = append(p.fLines, nil)
	}
	k := len(p.fLines) - 1
	p.fLines[k] = append(p.fLines[k], l)
}

// holdPrinter keeps aside line l when it may be the 印发机关 of a 印发
// line still to come: pdftotext's default mode puts a right-aligned date
// after the page number, so 「青阳县委组织部办公室 / — 2 — / 2025年4月18日
// 印发」 reaches us with the organisation on a line of its own, right after
// the 发 line's closing 。. A unit's name there is no wrapped part of it.
func (p *textIssueParser) holdPrinter(l textLine) bool {
	k := len(p.fLines) - 1
	if k < 0 || len(p.fLines[k]) == 0 || p.is.Marks.Printer != "" || !textNamesUnits(textCompact(l.text)) {
		return false
	}
	last := p.fLines[k][len(p.fLines[k])-1].text
	if !strings.HasSuffix(last, "。") {
		return false
	}
	p.held = &l
	return true
}

// releasePrinter puts a line held by holdPrinter back where it stood, as a
// wrapped part of the footer line before it, when no 印发 line took it.
func (p *textIssueParser) releasePrinter() {
	if p.held == nil {
		return
	}
	k := len(p.fLines) - 1
	p.fLines[k] = append(p.fLines[k], *p.held)
	p.held = nil
}

var textFooterRe = regexp.MustCompile(`^(报送|抄报|抄送|报|送|发)\s*[：:]\s*`) // 报送 and 抄送 are the pair of 高校 and 部门 bulletins

func textFooterStart(s string) bool {
	_, ok := issueprint.CopyCount(s)
	var m editor.IssueMarks
	return ok || textFooterRe.MatchString(s) || textPrintedLine(s, &m) || textIsTrailer(s)
}

func textFooterLabel(s string) (label, text string, ok bool) {
	m := textFooterRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", "", false
	}
	return s[m[2]:m[3]], s[m[1]:], true
}
