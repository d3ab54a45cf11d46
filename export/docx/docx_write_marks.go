package docx

import (
	"strings"

	"github.com/bulletindesk/bulletindesk/editor"
	"github.com/bulletindesk/bulletindesk/export/issueprint"
)

// docxKaiFont sets the 编者按 and the 本期要目, as bulletins print them.
const docxKaiFont = "楷体_GB2312"

// marksAbove writes 份号, 密级★保密期限 and 内部资料 above the masthead, in
// 黑体 at the top left (GB/T 9704 §7.2.1–7.2.2), each when set.
func (d *docxBody) marksAbove(is *editor.Issue) {
	internal := ""
	if is.Marks.Internal {
		internal = issueprint.InternalMark
	}
	for _, s := range []string{strings.TrimSpace(is.Marks.CopyNumber), issueprint.ClassificationLine(is.Marks), internal} {
		if s != "" {
			d.para(`<w:pStyle w:val="Normal"/><w:keepNext/><w:jc w:val="left"/>`, docxRun(docxFonts(d.look.heading), s))
		}
	}
}

// signer writes 签发人：… flush right, one character in, under the rule.
func (d *docxBody) signer(is *editor.Issue) {
	if s := strings.TrimSpace(is.Marks.Signer); s != "" {
		d.para(`<w:pStyle w:val="Normal"/><w:keepNext/><w:ind w:right="320"/><w:jc w:val="right"/>`, docxRun("", issueprint.SignerLabel+s))
	}
}

// front writes the 本期要目 (when on) and the issue's 编者按 before the first
// section, as the layout of the PDF does.
func (d *docxBody) front(is *editor.Issue) {
	if leads := issueprint.ContentsLeads(is); len(leads) > 0 {
		d.para(`<w:pStyle w:val="Normal"/><w:keepNext/><w:jc w:val="center"/>`, docxRun(docxFonts(d.look.heading), issueprint.ContentsTitle))
		for _, l := range leads {
			d.para(`<w:pStyle w:val="BulletinBody"/><w:ind w:left="640" w:firstLine="0"/><w:jc w:val="left"/>`, docxRun(docxFonts(docxKaiFont), l))
		}
		d.para(`<w:pStyle w:val="BulletinBody"/>`)
	}
	d.note(is.EditorNote)
}

// note writes a 编者按: the label in 黑体, the text in 楷体.
func (d *docxBody) note(text string) {
	first := true
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r", ""), "\n") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		var runs []string
		if first {
			runs = append(runs, docxRun(docxFonts(d.look.heading), issueprint.EditorNoteLabel))
		}
		runs = append(runs, docxRun(docxFonts(docxKaiFont), p))
		d.para(`<w:pStyle w:val="BulletinBody"/>`+docxIf(first, `<w:keepNext/>`), runs...)
		first = false
	}
}
